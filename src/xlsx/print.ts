// Print set-up shared by every workbook we write: A4, one page wide, the header rows repeated on
// every page, a footer with a label on the left and the page number on the right.
import type ExcelJS from 'exceljs';
import { EXCEL_LIMITS, fitText } from './sheet-xml';

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
  // `&&` is a literal ampersand in header/footer codes; the whole footer stays within Excel's 255.
  const right = `&R&8${o.pageLabel ?? 'Trang &P/&N'}`;
  const room = EXCEL_LIMITS.headerFooterChars - right.length - '&L&8'.length;
  let left = o.footer.replace(/&/g, '&&');
  if (left.length > room) left = `${o.footer.slice(0, Math.floor(room / 2) - 1)}…`.replace(/&/g, '&&');
  ws.headerFooter = { oddFooter: `&L&8${left}${right}` };
}

/** Every text cell of a workbook within Excel's 32,767 characters, cut with a visible mark. */
export function fitWorkbookText(wb: ExcelJS.Workbook): void {
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'string' && cell.value.length > EXCEL_LIMITS.cellChars)
          cell.value = fitText(cell.value);
      }),
    ),
  );
}
