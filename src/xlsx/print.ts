// Print set-up shared by every workbook we write: A4, one page wide, the header rows repeated on
// every page, a footer with a label on the left and the page number on the right.
import type ExcelJS from 'exceljs';

export interface A4Options {
  landscape: boolean;
  /** Rows repeated at the top of every printed page, e.g. `1` or `6`. */
  titleRow: number;
  /** Left footer text (plain text; `&` is escaped). */
  footer: string;
  /** Right footer text; `&P` and `&N` are the page codes. Default `Trang &P/&N`. */
  pageLabel?: string;
  margins: ExcelJS.Margins;
  printArea?: string;
  horizontalCentered?: boolean;
}

export function printOnA4(ws: ExcelJS.Worksheet, o: A4Options): void {
  ws.pageSetup = {
    paperSize: 9,
    orientation: o.landscape ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    ...(o.horizontalCentered ? { horizontalCentered: true } : {}),
    printTitlesRow: `${o.titleRow}:${o.titleRow}`,
    ...(o.printArea ? { printArea: o.printArea } : {}),
    margins: o.margins,
  };
  // `&&` is a literal ampersand in header/footer codes.
  ws.headerFooter = { oddFooter: `&L&8${o.footer.replace(/&/g, '&&')}&R&8${o.pageLabel ?? 'Trang &P/&N'}` };
}
