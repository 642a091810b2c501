// Print set-up shared by every workbook we write: A4, one page wide (or several, with columns repeated), the header rows repeated on
// every page, a footer with a label on the left and the page number on the right.
import type ExcelJS from 'exceljs';
import { EXCEL_LIMITS, escapeUnderscoreHex, fitText } from './sheet-xml';

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
  /**
   * Default: shrunk to one page wide. `{ scale, titleColumns }`: printed at that scale over as many
   * pages as it takes, these columns (e.g. `A:B`) repeated on the left of each.
   */
  across?: { scale: number; titleColumns: string };
  /** Lines printed centred at the top of every page (plain text), the first in bold. */
  header?: string[];
}

const escapeCodes = (s: string) => s.replace(/&/g, '&&');

export function printOnA4(ws: ExcelJS.Worksheet, o: A4Options): void {
  ws.pageSetup = {
    paperSize: 9,
    orientation: o.landscape ? 'landscape' : 'portrait',
    ...(o.across
      ? { fitToPage: false, scale: o.across.scale, printTitlesColumn: o.across.titleColumns }
      : { fitToPage: true, fitToWidth: 1, fitToHeight: 0 }),
    ...(o.horizontalCentered ? { horizontalCentered: true } : {}),
    printTitlesRow: `${o.titleRow}:${o.titleRow}`,
    ...(o.printArea ? { printArea: absoluteRows(o.printArea) } : {}),
    margins: o.margins,
  };
  ws.headerFooter = {
    ...(o.header
      ? {
          oddHeader: `&C${o.header.map((l, i) => (i === 0 ? `&B&11${escapeCodes(l)}&B` : `&9${escapeCodes(l)}`)).join('\n')}`,
        }
      : {}),
    oddFooter: footerCodes(o.footer, o.pageLabel),
  };
}

/** The footer with its codes: `footer` on the left, the page label on the right. */
export function footerCodes(footer: string, pageLabel = 'Trang &P/&N'): string {
  // `&&` is a literal ampersand in header/footer codes; each of header and footer stays within
  // Excel's 255 characters.
  const right = `&R&8${pageLabel}`;
  const room = EXCEL_LIMITS.headerFooterChars - right.length - '&L&8'.length;
  let left = escapeCodes(footer);
  if (left.length > room) left = escapeCodes(`${footer.slice(0, Math.floor(room / 2) - 1)}…`);
  return `&L&8${left}${right}`;
}

/**
 * exceljs prefixes each corner of a print area with `$` (column only), so `A1:Q19` would become
 * `$A1:$Q19`, which LibreOffice does not take as the print area: give it `A$1:Q$19`.
 */
function absoluteRows(range: string): string {
  return range.replace(/([A-Z]+)\$?(\d+)/g, '$1$$$2');
}

/**
 * Every text cell of a workbook as it must be stored, just before exceljs writes it: text that
 * holds an `_xHHHH_` escapes it (exceljs writes it as it is, and Excel and every reader would
 * give the character back), within Excel's 32,767 characters, cut with a visible mark.
 */
export function fitWorkbookText(wb: ExcelJS.Workbook): void {
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value;
        if (typeof v === 'string') {
          const stored = fitText(escapeUnderscoreHex(v));
          if (stored !== v) cell.value = stored;
        } else if (v && typeof v === 'object' && 'formula' in v && typeof v.result === 'string') {
          // A formula's cached text (the month plan's task names) is stored the same way.
          const stored = escapeUnderscoreHex(v.result);
          if (stored !== v.result) cell.value = { ...v, result: stored };
        }
      }),
    ),
  );
}
