// WorkbookContent → the regulation workbook of src/core/layout.ts: one Excel Table per block,
// dropdowns from the hidden Danh mục sheet, frozen headers, A4 print set-up.
import ExcelJS from 'exceljs';
import { columnLetter } from '../core/grid';
import {
  BLOCKS,
  DOCUMENT_FIELDS,
  LISTS_SHEET,
  LIST_VALUES,
  STANDARD_PARTIES,
  type BlockSpec,
  type ListKey,
} from '../core/layout';
import { excelPackage } from './excel-package';
import type { CellNote } from './notes-xml';
import { fitWorkbookText, printOnA4 } from './print';
import { rowHeight } from './row-height';
import type { ContentRow, ContentValue, WorkbookContent } from '../core/template/content';

/** Rows a dropdown covers below each header (the template's room to grow). */
export const INPUT_ROOM = 500;

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };
const FONT = 'Times New Roman';
const SIZE = 12;
/** White bold on navy, written on the cells: LibreOffice does not apply the table style's header colours. */
const HEADER_FONT: Partial<ExcelJS.Font> = { name: FONT, size: SIZE, bold: true, color: { argb: 'FFFFFFFF' } };

/** Defined names of the dropdown lists. */
export const LIST_NAMES: Record<ListKey, string> = {
  documentKinds: 'DS_LoaiVanBan',
  partyCodes: 'DS_MaBen',
  partyKinds: 'DS_LoaiBen',
  partyRoles: 'DS_VaiTro',
  cadences: 'DS_ChuKy',
  capacities: 'DS_ThamQuyen',
  statuses: 'DS_TrangThai',
  clauseIds: 'DS_MaDieuKhoan',
  disseminationMethods: 'DS_HinhThucPhoBien',
};

const quote = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;

/** User text always stays text: exceljs writes strings as strings, never as formulas. */
function cellValue(v: ContentValue | undefined): ExcelJS.CellValue {
  if (v === undefined || v === null || v === '') return null;
  return v;
}

function addListsSheet(wb: ExcelJS.Workbook) {
  const ws = wb.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  const lists: Array<[ListKey, readonly string[]]> = Object.entries(LIST_VALUES) as Array<[ListKey, readonly string[]]>;
  lists.push(['partyCodes', STANDARD_PARTIES.map((p) => p.code)]);
  lists.forEach(([key, values], i) => {
    const col = i + 1;
    ws.getCell(1, col).value = LIST_NAMES[key];
    ws.getCell(1, col).font = { bold: true };
    values.forEach((v, r) => (ws.getCell(r + 2, col).value = v));
    ws.getColumn(col).width = 26;
    if (key !== 'partyCodes') {
      wb.definedNames.add(
        `${quote(LISTS_SHEET)}!$${columnLetter(col)}$2:$${columnLetter(col)}$${values.length + 1}`,
        LIST_NAMES[key],
      );
    }
  });
  // Codes and clause ids come from the workbook's own tables, so a new party appears in the dropdowns.
  const parties = BLOCKS.find((b) => b.key === 'parties')!;
  const clauses = BLOCKS.find((b) => b.key === 'clauses')!;
  wb.definedNames.add(`${quote(parties.sheet)}!$A$2:$A$${INPUT_ROOM + 1}`, LIST_NAMES.partyCodes);
  wb.definedNames.add(`${quote(clauses.sheet)}!$A$2:$A$${INPUT_ROOM + 1}`, LIST_NAMES.clauseIds);
}

function dropdown(ws: ExcelJS.Worksheet, range: string, list: ListKey) {
  // One validation per range: exceljs's per-cell validations come out as overlapping ranges (#2820).
  (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(
    range,
    {
      type: 'list',
      allowBlank: true,
      formulae: [LIST_NAMES[list]],
      showErrorMessage: list !== 'partyCodes' && list !== 'clauseIds' && list !== 'partyKinds',
      errorStyle: 'warning',
      errorTitle: 'Phối hợp',
      error: 'Giá trị không có trong danh sách / Value not in the list',
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

/** Each data row as tall as its longest wrapped text. */
function sizeRows(ws: ExcelJS.Worksheet, rows: ContentValue[][], widths: number[]) {
  rows.forEach((r, i) => {
    const cells = r.map((v, j): [string, number] => [typeof v === 'string' ? v : '', widths[j] ?? 10]);
    ws.getRow(i + 2).height = rowHeight(cells, SIZE);
  });
}

function addBlock(wb: ExcelJS.Workbook, spec: BlockSpec, rows: ContentValue[][]) {
  const ws = wb.addWorksheet(spec.sheet, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
  spec.columns.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));
  ws.addTable({
    name: spec.table,
    ref: 'A1',
    headerRow: true,
    totalsRow: false,
    style: { theme: 'TableStyleLight9', showRowStripes: true },
    columns: spec.columns.map((c) => ({ name: c.header, filterButton: true })),
    // Excel requires a table to have at least one data row.
    rows: rows.length > 0 ? rows.map((r) => r.map(cellValue)) : [spec.columns.map(() => null)],
  });
  const last = Math.max(rows.length + 1, INPUT_ROOM + 1);
  spec.columns.forEach((c, i) => {
    const letter = columnLetter(i + 1);
    ws.getColumn(i + 1).alignment = { vertical: 'top', wrapText: true };
    ws.getColumn(i + 1).font = { name: FONT, size: SIZE };
    if (c.list) dropdown(ws, `${letter}2:${letter}${last}`, c.list);
    if (c.kind === 'date') ws.getColumn(i + 1).numFmt = 'dd/mm/yyyy';
  });
  const widths = spec.columns.map((c) => c.width);
  styleHeader(
    ws,
    spec.columns.map((c) => c.header),
    widths,
  );
  sizeRows(ws, rows, widths);
  printSetup(ws, !!spec.landscape);
  return ws;
}

function blockRows(spec: BlockSpec, rows: ContentRow[] | undefined): ContentValue[][] {
  return (rows ?? []).map((r) => spec.columns.map((c) => r[c.key] ?? null));
}

/** Write a regulation workbook (the empty template when content is empty). */
export async function writeRegulationWorkbook(content: WorkbookContent): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Phối hợp';
  wb.title = content.title ?? 'Quy chế phối hợp';
  wb.created = new Date(Date.UTC(2025, 0, 1));
  wb.modified = wb.created;
  // Notes are written into the package by excelPackage, by the sheet's part number (exceljs's id).
  const notes = new Map<number, CellNote[]>();
  const noteOn = (ws: ExcelJS.Worksheet, row: number, col: number, text: string) => {
    if (!text) return;
    const list = notes.get(ws.id) ?? [];
    list.push({ row, col, text });
    notes.set(ws.id, list);
  };
  for (const spec of BLOCKS) {
    if (spec.key === 'document') {
      const rows = DOCUMENT_FIELDS.map((f) => [f.label, content.document[f.key] ?? null]);
      const ws = addBlock(wb, spec, rows);
      DOCUMENT_FIELDS.forEach((f, i) => {
        ws.getCell(i + 2, 1).font = { name: FONT, size: SIZE, bold: true };
        if ('list' in f && f.list) dropdown(ws, `B${i + 2}`, f.list);
      });
      // Notes on document fields (index = DOCUMENT_FIELDS order) sit on the value cell.
      for (const [index, note] of Object.entries(content.notes?.document ?? {})) noteOn(ws, Number(index) + 2, 2, note);
      continue;
    }
    const ws = addBlock(wb, spec, blockRows(spec, content.blocks[spec.key]));
    const blockNotes = content.notes?.[spec.key];
    if (blockNotes) {
      for (const [index, note] of Object.entries(blockNotes)) noteOn(ws, Number(index) + 2, 1, note);
    }
  }
  for (const extra of content.extraSheets ?? []) {
    const ws = wb.addWorksheet(extra.name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
    ws.addRow(extra.headers);
    for (const row of extra.rows) ws.addRow(row.map(cellValue));
    const widths = extra.headers.map((_, i) => (i === extra.headers.length - 1 ? 90 : 14));
    widths.forEach((w, i) => {
      ws.getColumn(i + 1).width = w;
      ws.getColumn(i + 1).alignment = { vertical: 'top', wrapText: true };
      ws.getColumn(i + 1).font = { name: FONT, size: SIZE };
    });
    styleHeader(ws, extra.headers, widths);
    sizeRows(ws, extra.rows, widths);
    printSetup(ws, true);
  }
  addListsSheet(wb);
  fitWorkbookText(wb);
  // Stored, not deflated: excelPackage puts the parts in Excel's order and deflates them once.
  const stored = await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as ExcelJS.XlsxWriteOptions);
  return excelPackage(stored as ArrayBuffer, {}, notes);
}
