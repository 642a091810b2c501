// A table as its reader found it (Word's, or a page's <table>) → lines of text. A heading or
// signature table is read cell after cell, as the eye reads its columns; a plan's table of tasks
// (a header naming TT, Thời gian, Nội dung, Người thực hiện …) is written a row a line, cells
// between bars and a cell's lines joined by <br>, which is how the importer reads a table
// (task-table.ts). Merged cells are undone: a time or a person merged down over several rows
// belongs to each of them.
import { asRow, readHeader, type Column } from './task-table';

export interface GridCell {
  /** The cell's lines as the reader made them (blank ones too). */
  lines: string[];
  colSpan: number;
  rowSpan: number;
}

interface Slot<C> {
  cell: C;
  /** Covered by a cell from the left (colSpan) or from above (rowSpan). */
  fromLeft: boolean;
  fromAbove: boolean;
}

/**
 * Word tables have at most 63 columns; a span past that (a crafted gridSpan of 2,000,000,000 or
 * colspan=999 on every cell) is read as reaching the table's edge, never one slot per column.
 */
const MAX_COLUMNS = 64;

function toGrid<C extends GridCell>(rows: C[][]): Slot<C>[][] {
  const below: Array<{ cell: C; left: number } | undefined> = [];
  return rows.map((row) => {
    const out: Slot<C>[] = [];
    let col = 0;
    const fillFromAbove = () => {
      for (let b = below[col]; b && b.left > 0; b = below[col]) {
        out[col++] = { cell: b.cell, fromLeft: false, fromAbove: true };
        b.left--;
      }
    };
    for (const cell of row) {
      fillFromAbove();
      const span = Math.max(1, Math.min(cell.colSpan || 1, MAX_COLUMNS - col));
      for (let k = 0; k < span; k++) {
        out[col] = { cell, fromLeft: k > 0, fromAbove: false };
        below[col] = cell.rowSpan > 1 ? { cell, left: cell.rowSpan - 1 } : undefined;
        col++;
      }
    }
    fillFromAbove();
    return out;
  });
}

const cellText = (cell: GridCell) =>
  cell.lines
    .map((l) => l.replace(/\|/g, '/').replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('<br>');

// People and times merged down a column belong to every row they cover.
const CARRIED = new Set<Column>(['time', 'cadence', 'lead', 'support']);

export interface TableLine<C extends GridCell> {
  text: string;
  /** The cells it came from, and which of their lines when it is one line of one cell. */
  cells: C[];
  at?: number;
}

const cellByCell = <C extends GridCell>(cells: C[]): TableLine<C>[] =>
  cells.flatMap((cell) => cell.lines.map((text, at) => ({ text, cells: [cell], at })));

/** A table's lines: a table of tasks a row a line, any other table cell after cell. */
export function tableLines<C extends GridCell>(rows: C[][]): TableLine<C>[] {
  return taskTableLines(rows) ?? cellByCell(rows.flat());
}

/**
 * A table of tasks as bar-separated lines; null when the table is not one. Rows above the header
 * (a title row) keep their lines.
 */
function taskTableLines<C extends GridCell>(rows: C[][]): TableLine<C>[] | null {
  const grid = toGrid(rows);
  let at = -1;
  let header: Column[] | null = null;
  for (let r = 0; r < Math.min(2, grid.length) && !header; r++) {
    header = readHeader(grid[r].map((s) => cellText(s.cell)));
    at = r;
  }
  if (!header) return null;
  const out: TableLine<C>[] = [];
  grid.forEach((row, r) => {
    const cells = [...new Set(row.map((s) => s.cell))];
    if (r < at) {
      out.push(...cellByCell(cells));
      return;
    }
    // A row that is one cell across the table heads the rows under it.
    if (cells.length === 1 && row.length > 1) {
      out.push({ text: asRow([cellText(cells[0])]), cells });
      return;
    }
    const texts = row.map((s, col) => {
      if (r > at && ((s.fromAbove && !CARRIED.has(header![col] ?? 'other')) || s.fromLeft)) return '';
      return cellText(s.cell);
    });
    out.push({ text: asRow(texts), cells });
  });
  return out;
}
