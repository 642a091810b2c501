// The tracking workbook's shared look: one style object per kind (exceljs caches a style id per
// object, so styling stays constant-cost), the cell helpers and the A4 print set-up of its sheets.
import type ExcelJS from 'exceljs';
import { LABELS } from '../core/tracking/labels';
import { printOnA4 } from './print';
import { col } from './sheet-xml';

export const FONT = 'Times New Roman';
export type Style = Partial<ExcelJS.Style>;
const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF808080' } };
const BORDER: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const solid = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
const font = (size = 11, extra: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> => ({ name: FONT, size, ...extra });
const UNLOCKED: Partial<ExcelJS.Protection> = { locked: false };

export const STYLE = {
  text: { font: font(), alignment: { vertical: 'top', wrapText: true }, border: BORDER },
  center: { font: font(), alignment: { vertical: 'top', horizontal: 'center', wrapText: true }, border: BORDER },
  input: { font: font(), alignment: { vertical: 'top', wrapText: true }, border: BORDER, protection: UNLOCKED },
  due: {
    font: font(10),
    alignment: { vertical: 'middle', horizontal: 'center', shrinkToFit: true },
    border: BORDER,
    protection: UNLOCKED,
  },
  off: { font: font(10), fill: solid('FFD9D9D9'), border: BORDER },
  rate: { font: font(), numFmt: '0%', alignment: { vertical: 'top', horizontal: 'center' }, border: BORDER },
  header: {
    font: font(11, { bold: true }),
    fill: solid('FFDDEBF7'),
    alignment: { vertical: 'middle', horizontal: 'center', wrapText: true },
    border: BORDER,
  },
  band: {
    font: font(11, { bold: true }),
    fill: solid('FFEDEDED'),
    alignment: { vertical: 'middle' },
    border: { top: thin, bottom: thin },
  },
  number: { font: font(), alignment: { vertical: 'top', horizontal: 'center' }, border: BORDER },
  total: { font: font(11, { bold: true }), alignment: { vertical: 'top', horizontal: 'center' }, border: BORDER },
  totalLabel: { font: font(11, { bold: true }), alignment: { vertical: 'top' }, border: BORDER },
  totalRate: {
    font: font(11, { bold: true }),
    numFmt: '0%',
    alignment: { vertical: 'top', horizontal: 'center' },
    border: BORDER,
  },
  title: { font: font(14, { bold: true }), alignment: { vertical: 'middle', horizontal: 'center', wrapText: true } },
  heading: { font: font(12, { bold: true }), alignment: { vertical: 'middle', horizontal: 'center' } },
  plain: { font: font(12), alignment: { vertical: 'middle', horizontal: 'center' } },
  italic: { font: font(11, { italic: true }), alignment: { vertical: 'middle', horizontal: 'center', wrapText: true } },
  legend: { font: font(10, { italic: true }), alignment: { vertical: 'middle', horizontal: 'left', wrapText: true } },
  dateLine: {
    font: font(12, { italic: true }),
    alignment: { vertical: 'middle', horizontal: 'center' },
    protection: UNLOCKED,
  },
  nameInput: {
    font: font(12, { bold: true }),
    alignment: { vertical: 'middle', horizontal: 'center' },
    protection: UNLOCKED,
  },
  section: { font: font(12, { bold: true }), alignment: { vertical: 'middle' } },
  pickerLabel: { font: font(12, { bold: true }), alignment: { vertical: 'middle', horizontal: 'right' } },
  picker: {
    font: font(12, { bold: true }),
    fill: solid('FFFFF2CC'),
    alignment: { vertical: 'middle', horizontal: 'center' },
    border: BORDER,
    protection: UNLOCKED,
  },
  totalLine: { font: font(11, { bold: true }), alignment: { vertical: 'middle', wrapText: true } },
} satisfies Record<string, Style>;

export const PROTECTION: Partial<ExcelJS.WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
  autoFilter: true,
  sort: false,
  insertRows: false,
  deleteRows: false,
};

// ---------------------------------------------------------------- helpers

// Row heights come from the one estimate every writer shares (row-height.ts).
export { rowHeightFor as heightFor, wrappedLines as lines } from './row-height';

export function cellStyle(cell: ExcelJS.Cell, style: Style, value?: ExcelJS.CellValue) {
  if (value !== undefined) cell.value = value;
  cell.style = style as ExcelJS.Style;
}

export function put(ws: ExcelJS.Worksheet, range: string, value: ExcelJS.CellValue, style: Style) {
  if (range.includes(':')) ws.mergeCells(range);
  const master = ws.getCell(range.split(':')[0]);
  cellStyle(master, style, value);
}

export function printSetup(ws: ExcelJS.Worksheet, titleRow: number, lastRow: number, lastCol: number, footer: string) {
  printOnA4(ws, {
    landscape: true,
    titleRow,
    footer,
    pageLabel: LABELS.page('&P', '&N'),
    horizontalCentered: true,
    printArea: `A1:${col(lastCol)}${lastRow}`,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.25, footer: 0.3 },
  });
}

export type Validations = { add(range: string, validation: ExcelJS.DataValidation): void };
export const validations = (ws: ExcelJS.Worksheet) =>
  (ws as unknown as { dataValidations: Validations }).dataValidations;

export const SOLID_CF = (bg: string, color: string, bold = false): Partial<ExcelJS.Style> => ({
  fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: bg } },
  font: { color: { argb: color }, bold },
});

/** The footer of every printed sheet: what it is, for which school, which year. */
export const sheetFooter = (spec: { header: { school: string; kind: string }; schoolYear: { text: string } }) =>
  `${LABELS.footer} — ${spec.header.school || spec.header.kind} — ${LABELS.schoolYear.toLowerCase()} ${spec.schoolYear.text}`;
