// exceljs workbook → SheetGrid[]. Data validations and conditional formats are never parsed:
// a whole-column validation can keep exceljs busy for minutes and we only need values.
import ExcelJS from 'exceljs';
import type { CellValue, SheetGrid } from '../core/grid';
import { unescapeUnderscoreHex } from './sheet-xml';

const SKIPPED_NODES = [
  'dataValidations',
  'conditionalFormatting',
  'extLst',
  'hyperlinks',
  'drawing',
  'legacyDrawing',
  'picture',
];

export async function loadWorkbook(bytes: ArrayBuffer | Uint8Array, maxRows?: number): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  // exceljs accepts a Buffer in Node and an ArrayBuffer-like in browsers.
  await wb.xlsx.load(data as never, { ignoreNodes: SKIPPED_NODES, ...(maxRows ? { maxRows } : {}) } as never);
  return wb;
}

function valueOf(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('error' in v && typeof v.error === 'string') return { error: v.error };
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if ('formula' in v || 'sharedFormula' in v) {
      const result = (v as { result?: ExcelJS.CellValue }).result;
      // exceljs gives a text result as stored: its `_xHHHH_` escapes read as Excel (and lean-read.ts) reads them.
      if (typeof result === 'string') return unescapeUnderscoreHex(result);
      return result === undefined ? null : valueOf(result);
    }
    if ('text' in v) return valueOf((v as { text: ExcelJS.CellValue }).text);
  }
  return String(v);
}

const NULL_TYPE = 0; // ExcelJS.ValueType.Null
const MERGE_TYPE = 1; // ExcelJS.ValueType.Merge: a cell covered by a merge; its value belongs to the master

/** A note as exceljs reads it: plain text when it wrote it, rich text runs when Excel did. */
export function noteText(note: unknown): string {
  if (typeof note === 'string') return note;
  const texts = (note as { texts?: Array<{ text?: unknown }> } | null | undefined)?.texts;
  return Array.isArray(texts) ? texts.map((t) => (typeof t?.text === 'string' ? t.text : '')).join('') : '';
}

export function gridsFromWorkbook(wb: ExcelJS.Workbook): SheetGrid[] {
  const grids: SheetGrid[] = [];
  wb.eachSheet((ws) => {
    const rows: CellValue[][] = [];
    const notes: Record<string, string> = {};
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const values: CellValue[] = [];
      // Empty cells too, for a note on a blank cell of a row that has values (a signature with no party code).
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        if (cell.note) {
          const text = noteText(cell.note);
          if (text) notes[cell.address] = text;
        }
        if (cell.type === MERGE_TYPE || cell.type === NULL_TYPE) return;
        values[col - 1] = valueOf(cell.value);
      });
      rows[rowNumber - 1] = values;
    });
    for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
    type LoadedTable = { name?: string; table?: { name?: string; tableRef?: string; ref?: string } };
    const loaded = (ws.getTables?.() ?? []) as unknown as LoadedTable[];
    const tables = loaded.map((t) => ({
      name: t.name ?? t.table?.name ?? '',
      range: t.table?.tableRef ?? t.table?.ref ?? '',
    }));
    const grid: SheetGrid = { name: ws.name, rows, tables: tables.filter((t) => t.name && t.range) };
    if (Object.keys(notes).length > 0) grid.notes = notes;
    grids.push(grid);
  });
  return grids;
}
