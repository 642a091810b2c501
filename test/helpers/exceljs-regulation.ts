// The regulation workbook as exceljs writes it (then put in Excel's order by excelPackage): the
// reference src/xlsx/write-regulation.ts is held to, part for part (test/xlsx/regulation-writer.test.ts).
// It is the writer the project used before the workbook was written as text.
import ExcelJS from 'exceljs';
import { LISTS_SHEET, type ListKey } from '../../src/core/layout';
import {
  LIST_ALERT,
  TEMPLATE_LOOK,
  listRange,
  templateLists,
  templateSheets,
  type TemplateSheet,
} from '../../src/core/template/sheets';
import { excelPackage } from '../../src/xlsx/excel-package';
import type { CellNote } from '../../src/xlsx/notes-xml';
import { fitWorkbookText, printOnA4 } from '../../src/xlsx/print';
import { rowHeight } from '../../src/xlsx/row-height';
import type { ContentValue, WorkbookContent } from '../../src/core/template/content';

const INPUT_ROOM = TEMPLATE_LOOK.inputRoom;

const FONT = TEMPLATE_LOOK.font;
const SIZE = TEMPLATE_LOOK.size;
const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: `FF${TEMPLATE_LOOK.headerFill}` },
};
const HEADER_FONT: Partial<ExcelJS.Font> = {
  name: FONT,
  size: SIZE,
  bold: true,
  color: { argb: `FF${TEMPLATE_LOOK.headerFontColour}` },
};

const LISTS = templateLists();
const LIST_BY_KEY = new Map(LISTS.map((l) => [l.key, l]));

const quote = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;

/** User text always stays text: exceljs writes strings as strings, never as formulas (`_xHHHH_` escaped by fitWorkbookText). */
function cellValue(v: ContentValue | undefined): ExcelJS.CellValue {
  if (v === undefined || v === null || v === '') return null;
  return v;
}

function addListsSheet(wb: ExcelJS.Workbook) {
  const ws = wb.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  for (const list of LISTS) {
    if (!list.column) continue;
    const col = ws.getColumn(list.column);
    ws.getCell(`${list.column}1`).value = list.title;
    ws.getCell(`${list.column}1`).font = { bold: true };
    list.values.forEach((v, r) => (ws.getCell(`${list.column}${r + 2}`).value = v));
    col.width = TEMPLATE_LOOK.listWidth;
    if (!list.fromTable) wb.definedNames.add(listRange(list), list.name);
  }
  // Code lists name their table's first column, so a new party or clause appears in the dropdowns.
  for (const list of LISTS) {
    if (list.fromTable) wb.definedNames.add(`${quote(list.fromTable.sheet)}!$A$2:$A$${INPUT_ROOM + 1}`, list.name);
  }
}

function dropdown(ws: ExcelJS.Worksheet, range: string, key: ListKey) {
  const list = LIST_BY_KEY.get(key)!;
  // One validation per range: exceljs's per-cell validations come out as overlapping ranges (#2820).
  (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(
    range,
    {
      type: 'list',
      allowBlank: true,
      formulae: [list.name],
      showErrorMessage: list.strict,
      errorStyle: 'warning',
      errorTitle: LIST_ALERT.title,
      error: LIST_ALERT.message,
    },
  );
}

function printSetup(ws: ExcelJS.Worksheet, landscape: boolean) {
  printOnA4(ws, {
    landscape,
    titleRow: 1,
    footer: `Phối hợp — ${ws.name}`,
    margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  });
}

/** Called after the column styles, which exceljs would otherwise spread over the header cells too. */
function styleHeader(ws: ExcelJS.Worksheet, headers: string[], widths: number[]) {
  const row = ws.getRow(1);
  headers.forEach((_, i) => {
    const cell = row.getCell(i + 1);
    cell.font = HEADER_FONT;
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  });
  row.height = Math.max(
    30,
    rowHeight(
      headers.map((h, i) => [h, widths[i]]),
      SIZE,
    ),
  );
}

/** A data row as tall as its longest wrapped text. */
const dataRowHeight = (r: ContentValue[], widths: number[]) =>
  rowHeight(
    r.map((v, j): [string, number] => [typeof v === 'string' ? v : '', widths[j] ?? 10]),
    SIZE,
  );

function sizeRows(ws: ExcelJS.Worksheet, rows: ContentValue[][], widths: number[]) {
  rows.forEach((r, i) => (ws.getRow(i + 2).height = dataRowHeight(r, widths)));
}

function addSheet(wb: ExcelJS.Workbook, sheet: TemplateSheet) {
  const rows = sheet.rows;
  const ws = wb.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
  sheet.widths.forEach((w, i) => {
    const column = ws.getColumn(i + 1);
    column.width = w;
    column.alignment = { vertical: 'top', wrapText: true };
    column.font = { name: FONT, size: SIZE };
  });
  if (sheet.table) {
    ws.addTable({
      name: sheet.table,
      ref: 'A1',
      headerRow: true,
      totalsRow: false,
      style: { theme: TEMPLATE_LOOK.tableStyle, showRowStripes: true },
      columns: sheet.headers.map((h) => ({ name: h, filterButton: true })),
      // Excel requires a table to have at least one data row.
      rows: rows.length > 0 ? rows.map((r) => r.map(cellValue)) : [sheet.headers.map(() => null)],
    });
  } else {
    ws.addRow(sheet.headers);
    for (const row of sheet.rows) ws.addRow(row.map(cellValue));
  }
  for (const d of sheet.dropdowns) dropdown(ws, d.range, d.list);
  for (const i of sheet.dateColumns) ws.getColumn(i + 1).numFmt = 'dd/mm/yyyy';
  if (sheet.boldLabels)
    sheet.rows.forEach((_, i) => (ws.getCell(i + 2, 1).font = { name: FONT, size: SIZE, bold: true }));
  styleHeader(ws, sheet.headers, sheet.widths);
  sizeRows(ws, rows, sheet.widths);
  printSetup(ws, sheet.landscape);
  return ws;
}

/** Write a regulation workbook with exceljs (the empty template when content is empty). */
export async function writeRegulationWorkbookWithExceljs(content: WorkbookContent): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Phối hợp';
  wb.title = content.title ?? 'Quy chế phối hợp';
  wb.created = new Date(Date.UTC(2025, 0, 1));
  wb.modified = wb.created;
  // Notes are written into the package by excelPackage, by the sheet's part number (exceljs's id).
  const notes = new Map<number, CellNote[]>();
  for (const sheet of templateSheets(content)) {
    const ws = addSheet(wb, sheet);
    const list = sheet.notes.filter((n) => n.text);
    if (list.length > 0) notes.set(ws.id, list);
  }
  addListsSheet(wb);
  fitWorkbookText(wb);
  const stored = await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as ExcelJS.XlsxWriteOptions);
  return excelPackage(stored as ArrayBuffer, {}, notes);
}
