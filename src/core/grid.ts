// The port every host fills: a sheet as a plain grid of values, whatever read it
// (exceljs from a file, Office.js from the open workbook, a test from literals).

export interface CellError {
  error: string;
}
export type CellValue = string | number | boolean | Date | null | CellError;

export interface TableRef {
  /** Excel Table (ListObject) name. */
  name: string;
  /** A1 range of the table including its header row, e.g. `A1:F20`. */
  range: string;
}

export interface SheetGrid {
  name: string;
  /** rows[0][0] is the cell at `origin` (A1 unless given). Ragged rows are fine. */
  rows: CellValue[][];
  /** 1-based row and column of rows[0][0]; defaults to 1, 1. */
  origin?: { row: number; col: number };
  tables?: TableRef[];
  /** Cell notes (Excel's legacy comments) by A1 address, e.g. `{ B6: 'Kiểm tra lại: …' }`. */
  notes?: Record<string, string>;
}

export function isCellError(v: unknown): v is CellError {
  return typeof v === 'object' && v !== null && !(v instanceof Date) && typeof (v as CellError).error === 'string';
}

/** 1 → A, 27 → AA. */
export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function address(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

export interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** `B2:F20` (or a single `B2`, optionally prefixed by `Sheet!`) as 1-based bounds. */
export function parseRange(ref: string): Range | null {
  const bare = ref.includes('!') ? ref.slice(ref.lastIndexOf('!') + 1) : ref;
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(bare.trim());
  if (!m) return null;
  const top = Number(m[2]);
  const left = columnNumber(m[1]);
  const bottom = m[4] ? Number(m[4]) : top;
  const right = m[3] ? columnNumber(m[3]) : left;
  return {
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}

/** The value a grid holds at an A1 address of a named sheet (undefined when the sheet or cell is absent). */
export function valueAt(grids: SheetGrid[], sheet: string, cell: string): CellValue | undefined {
  const grid = grids.find((g) => g.name === sheet);
  const at = parseRange(cell);
  if (!grid || !at) return undefined;
  const origin = grid.origin ?? { row: 1, col: 1 };
  return grid.rows[at.top - origin.row]?.[at.left - origin.col];
}
