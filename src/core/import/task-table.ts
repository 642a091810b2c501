// A plan's table of tasks: "TT | Thời gian | Nội dung công việc | Người thực hiện | Phối hợp". It
// reaches the text as one line a row, cells between bars ("| 1 | Tháng 9/2024 | Họp … | BGH |"),
// a cell's own lines joined by <br>: Word's tables are written so by the .docx reader, and that
// is how a Markdown text writes one. The header names the columns; each row below is one task
// whose time and people are read from their own columns, and a row spanning the whole table
// ("Tháng 9/2024", "HỌC KỲ I") heads the rows under it.
import { fold } from './vocab';

export type Column = 'no' | 'time' | 'cadence' | 'content' | 'lead' | 'support' | 'clause' | 'other';

export const TABLE_ROW = /^\s*\|.*\|\s*$/;
/** Markdown's rule under the header: "|---|:---:|". */
export const RULE_ROW = /^\s*\|(?:\s*:?-{2,}:?\s*\|)+\s*$/;
export const CELL_BREAK = /\s*<br\s*\/?>\s*/gi;

/** A row line: its cells between bars, as every reader writes a table of tasks. */
export const asRow = (cells: string[]) => `| ${cells.join(' | ')} |`;

/** The cells of a row line, trimmed (the outer bars dropped). */
export function rowCells(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => c.trim());
}

/** A cell's own lines. */
export const cellLines = (cell: string) =>
  cell
    .split(CELL_BREAK)
    .map((s) => s.trim())
    .filter(Boolean);

// Matched on folded text at the start of a header cell. "Phối hợp" before "thực hiện":
// "Bộ phận phối hợp" supports, "Bộ phận thực hiện" leads.
const HEADER: Array<[RegExp, Column]> = [
  [/^(?:s\s?tt|tt|so tt|so thu tu)$/, 'no'],
  // Our own export's appendix: "Chu kỳ" beside "Thời điểm", and the clause a task carries out.
  [/^chu ky(?![a-z])/, 'cadence'],
  [/^(?:ma )?(?:dieu khoan|so hieu dieu khoan|ma dieu)(?![a-z])/, 'clause'],
  [/^(?:thoi gian|thoi diem|thoi han|thang|ngay(?: thang)?|tuan|moc thoi gian)(?![a-z])/, 'time'],
  [
    /^(?:(?:cac )?noi dung|cong viec|(?:cac |ten )?hoat dong|nhiem vu|chu de|cong tac|viec can lam|chuong trinh)(?![a-z])/,
    'content',
  ],
  [/(?:phoi hop|ho tro)(?![a-z])/, 'support'],
  [
    /^(?:(?:nguoi|bo phan|don vi|luc luong|to chuc|ca nhan|can bo)(?:\s*\/\s*[a-z ]+)?(?: [a-z ]+)?|thuc hien|chu tri|phu trach|trach nhiem|chiu trach nhiem)$/,
    'lead',
  ],
  [
    /^(?:ghi chu|ket qua|bien phap|yeu cau|chi tieu|kinh phi|san pham|dia diem|minh chung|hinh thuc|doi tuong|muc tieu)(?![a-z])/,
    'other',
  ],
];

function columnOf(cell: string): Column | null {
  // "Người thực hiện / phối hợp", "Chủ trì, phối hợp": the column is named by its first part.
  const f = fold(cell)
    .replace(CELL_BREAK, ' ')
    .split(/\s*[/,]\s*|\s+va\s+/)[0]
    .replace(/[.:*()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!f) return null;
  for (const [re, col] of HEADER) if (re.test(f)) return col;
  return null;
}

/**
 * The columns of a header row, or null when the row is not one: every cell names a column, one
 * of them holds the task, and another its time or its people.
 */
export function readHeader(cells: string[]): Column[] | null {
  if (cells.length < 2) return null;
  const cols = cells.map(columnOf);
  const named = cols.filter((c) => c !== null);
  if (named.length < cells.filter(Boolean).length || !cols.includes('content')) return null;
  if (!cols.some((c) => c === 'time' || c === 'lead' || c === 'support')) return null;
  return cols.map((c) => c ?? 'other');
}

/**
 * A second header row under the first ("Thực hiện" over "Chủ trì | Phối hợp"): its columns win
 * where it names one. Null when the row is not a header.
 */
export function refineHeader(header: Column[], cells: string[]): Column[] | null {
  // As wide as the header, and naming two columns at least: a month across the table is a label.
  if (cells.length !== header.length) return null;
  const cols = cells.map(columnOf);
  if (cols.filter(Boolean).length < 2 || cells.some((c, i) => c && cols[i] === null)) return null;
  return header.map((h, i) => cols[i] ?? h);
}

export interface TableRow {
  no: string;
  /** The task: the content cell's lines, bullets dropped, joined. */
  content: string;
  time: string;
  lead: string;
  support: string;
  /** The Chu kỳ and Mã điều khoản columns, when the table has them ('' otherwise). */
  cadence: string;
  clause: string;
}

const BULLET = /^[-–—+•*]\s*/;

/** A data row read by its header; null when it holds no task. */
export function readRow(header: Column[], cells: string[]): TableRow | null {
  const of = (col: Column) =>
    header
      .map((h, i) => (h === col ? cellLines(cells[i] ?? '').join(', ') : ''))
      .filter(Boolean)
      .join(', ');
  const content = cellLines(cells[header.indexOf('content')] ?? '')
    .map((l) => l.replace(BULLET, ''))
    .join(' ');
  if (!content) return null;
  return {
    no: of('no').replace(/[.)]$/, ''),
    content,
    time: cellLines(cells[header.indexOf('time')] ?? '').join(', '),
    lead: of('lead'),
    support: of('support'),
    cadence: of('cadence'),
    clause: of('clause'),
  };
}

/**
 * A row that heads the rows under it ("Tháng 9/2024", "HỌC KỲ I"): a cell spanning the table (one
 * cell), or one cell filled and no task.
 */
export function spanningLabel(header: Column[], cells: string[]): string | null {
  const filled = cells.filter(Boolean);
  if (filled.length !== 1) return null;
  if (cells.length > 1 && cellLines(cells[header.indexOf('content')] ?? '').length) return null;
  return cellLines(filled[0]).join(' ');
}
