// The tracking workbook's contract, shared by the generator (`track`) and by
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
  const text = String(value ?? '')
    .normalize('NFC')
    .trim()
    .toLowerCase();
  if (!text) return null;
  if (text === MARKS.done.toLowerCase() || /^(✓|✔|x|v|đã làm|da lam|đã thực hiện|hoàn thành|có)$/.test(text))
    return 'done';
  if (text === MARKS.notDone.toLowerCase() || /^(✗|✘|chưa làm|chua lam|không|chưa thực hiện)$/.test(text))
    return 'notDone';
  if (text === MARKS.due.toLowerCase() || /^(○|cần làm|can lam)$/.test(text)) return 'due';
  return 'due';
}

/**
 * Workbook properties that identify a generated tracking workbook and trace it to its source.
 * exceljs writes them as core properties: keywords carries the marker, description a JSON object.
 */
export const TRACKING_MARKER = 'phoihop:tracking';

/** The marker among a workbook's keywords; LibreOffice saves it back with a space for its colon. */
export function hasMarkerKeyword(keywords: string | null | undefined): boolean {
  return /(?:^|[\s,;])phoihop[:\s]tracking(?=$|[\s,;])/.test(String(keywords ?? ''));
}
export interface TrackingProvenance {
  /** Source document number (Số ký hiệu). */
  sourceNumber: string;
  schoolYear: string;
  /** Hex SHA-256 of the source model's content. */
  sourceHash: string;
  generator: string;
  school: string;
  managingAuthority: string;
  /** Name of the school calendar that placed the months (absent in older files). */
  calendar?: string;
}

/** The core properties a generated tracking workbook carries (exceljs: wb.keywords, wb.description …). */
export function provenanceProperties(p: TrackingProvenance): {
  keywords: string;
  description: string;
  subject: string;
} {
  return {
    keywords: TRACKING_MARKER,
    description: JSON.stringify(p),
    subject: [p.sourceNumber, p.schoolYear].filter(Boolean).join(' · '),
  };
}

/** The provenance of a workbook from its core properties, or null when it is not a generated tracking workbook. */
export function readProvenance(props: {
  keywords?: string | null;
  description?: string | null;
}): TrackingProvenance | null {
  if (!hasMarkerKeyword(props.keywords)) return null;
  try {
    const p = JSON.parse(String(props.description ?? '')) as Partial<TrackingProvenance>;
    if (!p || typeof p !== 'object' || typeof p.sourceHash !== 'string' || typeof p.schoolYear !== 'string')
      return null;
    const s = (v: unknown) => (typeof v === 'string' ? v : '');
    return {
      sourceNumber: s(p.sourceNumber),
      schoolYear: p.schoolYear,
      sourceHash: p.sourceHash,
      generator: s(p.generator),
      school: s(p.school),
      managingAuthority: s(p.managingAuthority),
      ...(typeof p.calendar === 'string' ? { calendar: p.calendar } : {}),
    };
  } catch {
    return null;
  }
}

/**
 * Where things are on the Theo dõi sheet as generated. Readers should still find the header row
 * by its headers (a school may insert a row above), but may start from here.
 */
export const TRACKING_LAYOUT = {
  /** 1-based row of the column headers on Theo dõi (the title block is above it). */
  headerRow: 6,
  /** Month columns follow the Chu kỳ column, one per SCHOOL_YEAR_MONTHS entry, headed monthLabel(m). */
  firstMonthColumn: 7,
} as const;
