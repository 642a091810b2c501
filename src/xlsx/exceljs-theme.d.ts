// exceljs's default theme part (Office's theme), written into the regulation workbook as exceljs writes it.
declare module 'exceljs/lib/xlsx/xml/theme1.js' {
  const xml: string;
  export default xml;
}
