// Rows typed just under an Excel Table. Excel grows a Table when a row is typed under it;
// LibreOffice Calc and WPS do not, so a signatory typed "on the next line" there sits outside
// the Table. Those rows belong to the block: the reader takes them and says so.
import { address, parseRange, type CellValue, type Range, type SheetGrid, type TableRef } from './grid';

/** Data rows found directly under a Table, outside its range. */
export interface RowsBelowTable {
  table: string;
  /** The Table's range as the file states it, e.g. `A1:E5`. */
  tableRange: string;
  /** The range that would hold those rows too, e.g. `A1:E6`. */
  extendedRange: string;
  first: number;
  last: number;
}

function holdsData(v: CellValue | undefined): boolean {
  if (v === null || v === undefined) return false;
  // An error value was typed (or computed) there too: the row is not empty.
  return typeof v !== 'string' || v.trim() !== '';
}

function overlaps(a: Range, b: Range): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/**
 * The rows right under `table` (on `grid`) that hold a value in one of its columns, up to the
 * first empty row or the next Table; null when the row under it is empty.
 */
export function rowsBelowTable(grid: SheetGrid, table: TableRef): RowsBelowTable | null {
  const range = parseRange(table.range);
  if (!range) return null;
  const origin = grid.origin ?? { row: 1, col: 1 };
  const others = (grid.tables ?? [])
    .filter((t) => t !== table)
    .map((t) => parseRange(t.range))
    .filter((r): r is Range => r !== null);
  let last = range.bottom;
  for (let r = range.bottom + 1; r < origin.row + grid.rows.length; r++) {
    const row = grid.rows[r - origin.row] ?? [];
    let any = false;
    for (let c = range.left; c <= range.right && !any; c++) any = holdsData(row[c - origin.col]);
    if (!any) break;
    const line = { top: r, bottom: r, left: range.left, right: range.right };
    if (others.some((o) => overlaps(o, line))) break;
    last = r;
  }
  if (last === range.bottom) return null;
  return {
    table: table.name,
    tableRange: table.range,
    extendedRange: `${address(range.top, range.left)}:${address(last, range.right)}`,
    first: range.bottom + 1,
    last,
  };
}
