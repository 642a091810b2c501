// Values as school clerks type them: dates, school years, cadences and pinned months.
import { memo } from './memo';
import { clean, stripMarks } from './text';

/** ISO calendar date, yyyy-mm-dd. */
export type IsoDate = string;

const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

function iso(y: number, m: number, d: number): IsoDate | null {
  if (!Number.isInteger(y) || y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return null;
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function isoFromUtc(date: Date): IsoDate | null {
  if (Number.isNaN(date.getTime())) return null;
  return iso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** Excel serial day number (what Office.js returns for a date cell) to an ISO date. */
export function isoFromExcelSerial(serial: number): IsoDate | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 200_000) return null;
  return isoFromUtc(new Date(EXCEL_EPOCH_UTC + Math.floor(serial) * DAY_MS));
}

export function excelSerialFromIso(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - EXCEL_EPOCH_UTC) / DAY_MS);
}

/**
 * A date from an Excel date, a serial number, `dd/mm/yyyy`, `d-m-yyyy`, `yyyy-mm-dd`,
 * or `[Place,] ngày 07 tháng 10 năm 2024`. Null when it is not a real calendar date.
 */
export function parseDate(input: unknown): IsoDate | null {
  if (input === null || input === undefined || input === '') return null;
  if (input instanceof Date) return isoFromUtc(input);
  if (typeof input === 'number') return isoFromExcelSerial(input);
  const text = stripMarks(clean(input)).toLowerCase();
  let m = /ngay\s*(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})/.exec(text);
  if (m) return iso(+m[3], +m[2], +m[1]);
  m = /^(?:ngay\s*)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(text);
  if (m) return iso(+m[3], +m[2], +m[1]);
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:t[\d:.]+z?)?$/.exec(text);
  if (m) return iso(+m[1], +m[2], +m[3]);
  if (/^\d+(\.\d+)?$/.test(text)) return isoFromExcelSerial(Number(text));
  return null;
}

/**
 * Hiệu lực từ ngày of a document "có hiệu lực (kể) từ ngày ký": the words, not a date, so that the
 * cell means the same before the issue date is known, after it is given and in next year's draft.
 */
export const ON_SIGNING = 'Ngày ký';

/** The cell says "from signing" ("Ngày ký", "Từ ngày ký", "Kể từ ngày ký"): the issue date, whatever it is. */
export function isOnSigning(input: unknown): boolean {
  if (typeof input !== 'string') return false;
  return /^(?:(?:ke\s+)?tu\s+)?ngay\s+ky$/.test(stripMarks(clean(input)).toLowerCase().replace(/[.;]$/, ''));
}

/** dd/mm/yyyy, the way a Vietnamese reader expects a date. */
export function formatDateVi(date: IsoDate | null): string {
  if (!date) return '';
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

export interface SchoolYear {
  /** First calendar year (September start). */
  start: number;
  end: number;
  /** `year` for 2024-2025, `period` for "Giai đoạn 2022-2027". */
  kind: 'year' | 'period';
  /** Canonical text: `2024-2025` or `Giai đoạn 2022-2027`. */
  text: string;
  /** A school year must span consecutive years; a period must end after it starts. */
  valid: boolean;
}

/** The school years a regulation can name. */
export const SCHOOL_YEARS = { first: 1945, last: 2199 };

export function parseSchoolYear(input: unknown): SchoolYear | null {
  const raw = clean(input);
  if (!raw) return null;
  const text = stripMarks(raw).toLowerCase();
  const m = /^(?:nam hoc\s*)?(giai doan\s*)?(\d{4})\s*[-\u2010-\u2015\u2212/]\s*(\d{4})$/.exec(text);
  if (!m) return null;
  const start = +m[2];
  const end = +m[3];
  // Vietnam's school years begin in 1945; a year 0000 or 9998 is a slip, and the dates it would make are not dates.
  const sane = start >= SCHOOL_YEARS.first && end <= SCHOOL_YEARS.last;
  if (m[1])
    return {
      start,
      end,
      kind: 'period',
      text: `Giai đoạn ${start}-${end}`,
      valid: sane && end > start && end - start <= 10,
    };
  return { start, end, kind: 'year', text: `${start}-${end}`, valid: sane && end === start + 1 };
}

/** The school year a date falls in (September to August). */
export function schoolYearOf(date: IsoDate): number {
  const [y, m] = date.split('-').map(Number);
  return m >= 8 ? y : y - 1;
}

export const CADENCES = [
  'Thường xuyên',
  'Hàng tuần',
  'Hàng tháng',
  'Hàng quý',
  '3 lần/năm',
  'Mỗi học kỳ',
  '2 lần/năm',
  'Hàng năm',
  'Đầu năm học',
  'Cuối năm học',
  'Một lần',
  'Đột xuất',
] as const;
export type Cadence = (typeof CADENCES)[number];

// Matched on unaccented lower-case text, count-based forms before single words.
const CADENCE_PATTERNS: Array<[RegExp, Cadence]> = [
  [/th(?:u|)ong xuyen|lien tuc|hang ngay|moi ngay|tung ngay|hang buoi/, 'Thường xuyên'],
  [/(?:^|\D)(?:6|06|sau)\s*thang\s*(?:mot|1|01)\s*lan/, '2 lần/năm'],
  [/(?:^|\D)(?:3|03|ba)\s*thang\s*(?:mot|1|01)\s*lan/, 'Hàng quý'],
  [/(?:^|\D)(?:1|01|mot)\s*thang\s*(?:mot|1|01)\s*lan/, 'Hàng tháng'],
  [
    /(?:(?:2|02|hai)\s*lan\s*(?:\/|mot|moi|trong|mot)?\s*(?:nam|nam hoc))|(?:nam(?: hoc)?\s*(?:2|02|hai)\s*lan)/,
    '2 lần/năm',
  ],
  [/(?:(?:3|03|ba)\s*lan\s*(?:\/|mot|moi|trong)?\s*(?:nam|nam hoc))|(?:nam(?: hoc)?\s*(?:3|03|ba)\s*lan)/, '3 lần/năm'],
  [/(?:(?:1|01|mot)\s*lan\s*(?:\/|mot|moi|trong)\s*(?:nam|nam hoc))|(?:nam(?: hoc)?\s*(?:1|01|mot)\s*lan)/, 'Hàng năm'],
  [/so ket.*tong ket|giua nam.*cuoi nam/, '2 lần/năm'],
  [/tuan/, 'Hàng tuần'],
  [/thang/, 'Hàng tháng'],
  [/quy\b|quy$/, 'Hàng quý'],
  [/hoc ky|hk\s*[i1]|ky hoc/, 'Mỗi học kỳ'],
  [/dau nam|khai giang/, 'Đầu năm học'],
  [/cuoi nam|tong ket|ket thuc nam/, 'Cuối năm học'],
  [/hang nam|hang nam|moi nam|tung nam|nam$|^nam|thuong nien/, 'Hàng năm'],
  [/dot xuat|khi can|khi co yeu cau|khi yeu cau|phat sinh|bat thuong/, 'Đột xuất'],
  [/mot lan|1 lan|duy nhat/, 'Một lần'],
];

const CANONICAL_BY_KEY = new Map(CADENCES.map((c) => [stripMarks(c).toLowerCase(), c]));

export interface CadenceReading {
  /** The normalised cadence, or null when the text names none we know. */
  value: Cadence | null;
  /** True when several cadences were written ("hàng tháng, quý"): the most frequent is kept. */
  compound: boolean;
  /** Every cadence recognised in the text, most frequent first. */
  parts: Cadence[];
}

function matchOne(part: string): Cadence | null {
  const exact = CANONICAL_BY_KEY.get(part);
  if (exact) return exact;
  for (const [pattern, cadence] of CADENCE_PATTERNS) if (pattern.test(part)) return cadence;
  return null;
}

/** Normalise free cadence text to one of CADENCES. Results are shared: treat them as read-only. */
export const parseCadence = memo(parseCadenceText);

function parseCadenceText(input: unknown): CadenceReading {
  const text = stripMarks(clean(input))
    .toLowerCase()
    .replace(/^(?:dinh ky|theo)\s+/, '');
  if (!text) return { value: null, compound: false, parts: [] };
  const whole = matchOne(text);
  const pieces = text.split(/\s*(?:,|;|\bva\b|\bhoac\b|\+)\s*/).filter(Boolean);
  const found = new Set<Cadence>();
  if (pieces.length > 1) {
    for (const piece of pieces) {
      const c = matchOne(piece);
      if (c) found.add(c);
    }
  }
  if (found.size <= 1) {
    const value = whole ?? [...found][0] ?? null;
    return { value, compound: false, parts: value ? [value] : [] };
  }
  const parts = [...found].sort((a, b) => CADENCES.indexOf(a) - CADENCES.indexOf(b));
  return { value: parts[0], compound: true, parts };
}

export interface MonthsReading {
  /** Calendar months 1..12, in the order written, without repeats. */
  months: number[];
  /** Tokens that are not a month. */
  invalid: string[];
}

/** Pinned months: `T10, T1, T4`, `tháng 10 và tháng 1`, `10; 1`. Results are shared: read-only. */
export const parseMonths = memo(parseMonthsText);

function parseMonthsText(input: unknown): MonthsReading {
  const text = stripMarks(clean(input)).toLowerCase();
  const months: number[] = [];
  const invalid: string[] = [];
  if (!text) return { months, invalid };
  for (const token of text.split(/\s*(?:,|;|\bva\b|\/|\s)\s*/).filter(Boolean)) {
    if (token === 'thang') continue;
    const m = /^(?:t|thang)?\.?(\d{1,2})$/.exec(token);
    const n = m ? Number(m[1]) : NaN;
    if (n >= 1 && n <= 12) {
      if (!months.includes(n)) months.push(n);
    } else invalid.push(token);
  }
  return { months, invalid };
}
