// A PDF's table, beyond its geometry: which lines open a row, as the PDF drew its cells, and the
// cells a table of tasks merged down its rows. A PDF keeps no cell borders in its text (and a
// table drawn without borders keeps none at all): a time or a person merged over several rows
// is printed once, in the first of them, and the rows under it show an empty cell.
import type { PageLine } from './pdf-lines';
import type { GridCell } from './table-grid';
import { readHeader, refineHeader, type Column } from './task-table';

/** The segments' places in the page's content stream, when the PDF says them. */
const drawnAt = (l: PageLine) => l.segments.flatMap((s) => [s.first, s.last]).filter((o) => o !== undefined);

/**
 * The lines that open a row, when the PDF draws its table cell after cell (Word and LibreOffice
 * do: a cell's lines, then the next cell's, a row after the other): a line goes on with the row
 * above while some of its text was drawn before that row's last piece ("nghị viên" under "Tổ
 * chức Hội", drawn before the row's time and people), and opens a row when all of it was drawn
 * after (a two-row header's "Chủ trì | Phối hợp", a row whose cells each hold one line). Null
 * when no line was drawn before the one above ended: the PDF draws line by line, or no cell
 * wraps, and rows are told apart by their positions.
 */
export function rowsAsDrawn(lines: PageLine[]): Set<PageLine> | null {
  if (lines.some((l) => drawnAt(l).length < 2 * l.segments.length)) return null;
  const opens = new Set<PageLine>();
  let rowEnd = -1;
  // Where the row's last drawn piece is: the last cell's next line is drawn right after it, under it.
  let last: { left: number; right: number } | undefined;
  let interleaved = false;
  for (const l of lines) {
    const at = drawnAt(l) as number[];
    const [first, end] = [Math.min(...at), Math.max(...at)];
    const s0 = l.segments[0];
    const lastCellGoesOn =
      l.segments.length === 1 && first - rowEnd <= 2 && !!last && s0.left < last.right && s0.right > last.left;
    if (first > rowEnd && !lastCellGoesOn) opens.add(l);
    else interleaved = true;
    if (end > rowEnd || opens.has(l))
      for (const s of l.segments) if ((s.last ?? -1) >= end) last = { left: s.left, right: s.right };
    rowEnd = opens.has(l) ? end : Math.max(rowEnd, end);
  }
  return interleaved ? opens : null;
}

/** What a task's row always has: its time (a moment or a cycle) and who leads it (helpers may be none). */
const ALWAYS_FILLED = new Set<Column>(['time', 'cadence', 'lead']);
const TIMING = new Set<Column>(['time', 'cadence']);

const blank = (c: GridCell) => !c.lines.join('').trim();

/**
 * A table of tasks with its merged cells put back: a task row whose time or lead is empty, under a
 * task row that has one, is read as covered by that cell (as Word merges "Tháng 9" down the tasks
 * of September), and so given it, as the .docx reader gives a merged cell to each row it covers.
 * Any other table is returned as it is.
 */
export function mergedDown<C extends GridCell>(rows: C[][]): C[][] {
  let header: Column[] | null = null;
  let at = 0;
  for (; at < Math.min(2, rows.length) && !header; at++) header = readHeader(rows[at].map((c) => c.lines.join(' ')));
  if (!header) return rows;
  const refined =
    rows[at] &&
    refineHeader(
      header,
      rows[at].map((c) => c.lines.join(' ')),
    );
  if (refined) [header, at] = [refined, at + 1];
  // A table with a Chu kỳ column is our own export's list of tasks: it merges no cells, and a
  // task there may have no time at all.
  if (header.includes('cadence')) return rows;
  const content = header.indexOf('content');
  const width = header.length;
  const above: Array<C | undefined> = [];
  return rows.map((row, r) => {
    const task = r >= at && row.length === width && !blank(row[content]);
    if (!task) {
      above.length = 0;
      return row;
    }
    // A row timed by one of its columns ("Hằng tháng" under Chu kỳ, Thời điểm empty) has its time.
    const timed = row.some((cell, c) => TIMING.has(header![c]) && !blank(cell));
    return row.filter((cell, c) => {
      const head = above[c];
      if (ALWAYS_FILLED.has(header![c]) && blank(cell) && head && !(timed && TIMING.has(header![c]))) {
        head.rowSpan++;
        return false;
      }
      above[c] = blank(cell) ? undefined : cell;
      return true;
    });
  });
}
