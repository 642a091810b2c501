// The tracking workbook's contract (DESIGN.md §4), shared by the generator (`track`) and by
// the readers of filled workbooks (`batch`, the pane): sheet names, headers, marks, properties.

/** Months of a school year in order: T9 … T12, T1 … T8 (calendar month numbers). */
export const SCHOOL_YEAR_MONTHS = [9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8] as const;
export const monthLabel = (month: number) => `T${month}`;

export const TRACKING_SHEETS = {
  tracking: 'Theo dõi',
  summary: 'Tổng hợp',
  calendar: 'Lịch',
  lists: 'Danh mục',
} as const;

/** Headers of the Theo dõi table, left to right; the month columns sit between `cadence` and `rate`. */
export const TRACKING_HEADERS = {
  no: 'STT',
  clauseId: 'Mã điều khoản',
  task: 'Nhiệm vụ',
  lead: 'Chủ trì',
  support: 'Phối hợp',
  cadence: 'Chu kỳ',
  rate: 'Tỷ lệ hoàn thành',
  evidence: 'Minh chứng',
  note: 'Ghi chú',
} as const;

/** The dropdown values of a due month cell. A due cell starts as `due`. */
export const MARKS = {
  due: '○ Cần làm',
  done: '✓ Đã làm',
  notDone: '✗ Chưa làm',
} as const;
export type Mark = keyof typeof MARKS;

/** Read a mark leniently (a school may type "x", "đã làm", "✓"). Null for an empty cell. */
export function readMark(value: unknown): Mark | null {
  const text = String(value ?? '').normalize('NFC').trim().toLowerCase();
  if (!text) return null;
  if (text === MARKS.done.toLowerCase() || /^(✓|✔|x|v|đã làm|da lam|đã thực hiện|hoàn thành|có)$/.test(text)) return 'done';
  if (text === MARKS.notDone.toLowerCase() || /^(✗|✘|chưa làm|chua lam|không|chưa thực hiện)$/.test(text)) return 'notDone';
  if (text === MARKS.due.toLowerCase() || /^(○|cần làm|can lam)$/.test(text)) return 'due';
  return 'due';
}

/**
 * Workbook properties that identify a generated tracking workbook and trace it to its source.
 * exceljs writes them as core properties: keywords carries the marker, description a JSON object.
 */
export const TRACKING_MARKER = 'phoihop:tracking';
export interface TrackingProvenance {
  /** Source document number (Số ký hiệu). */
  sourceNumber: string;
  schoolYear: string;
  /** Hex SHA-256 of the source model's content. */
  sourceHash: string;
  generator: string;
  school: string;
  managingAuthority: string;
}
