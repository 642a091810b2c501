// Whether a document and a workbook are the same regulation (same number and school year), and
// where they disagree. A document with a text layer is compared as written. A scan read by OCR
// is compared with the tolerance its reading needs, and no more:
// - its number and school year through the characters OCR confuses (O/0, I/l/|/1, S/5, B/8,
//   Z/2, g/9, Đ/Ð/D, dashes and spaces), a slash read as a stroke, and one misread letter; the
//   digits must agree, so 15/QCPH and 16/QCPH stay two regulations;
// - a school year it did not read does not keep it from its workbook of the same number;
// - a field it did not read (no date, no signatory names), or a clause count its guessed layout
//   gives otherwise while the articles (Điều) agree, is "not compared", never "differs";
// - signatories' names through their letters without tone marks, one misread letter per 8.
import { clean, foldKey, stripMarks } from '../text';
import type { RegulationFacts } from './types';

export type ComparedField = 'number' | 'issueDate' | 'signatories' | 'clauses';

/** Where a workbook and its document differ, and (OCR) what could not be compared. */
export interface Comparison {
  differ: ComparedField[];
  unchecked: ComparedField[];
}

/** The exact key: number (spaces dropped) and school year as written, folded. */
export function regulationKey(r: Pick<RegulationFacts, 'number' | 'schoolYear'>): string {
  return r.number.trim() && r.schoolYear.trim()
    ? `${foldKey(r.number).replace(/\s+/g, '')}|${foldKey(r.schoolYear)}`
    : '';
}

const CONFUSED: Record<string, string> = { o: '0', i: '1', l: '1', '|': '1', '!': '1', z: '2', s: '5', b: '8', g: '9' };

/** A number as OCR may have read it: letters without marks, confusables as their digit, every separator a '/'. */
function numberShape(n: string): string {
  return stripMarks(clean(n))
    .toLowerCase()
    .replace(/[ðđ]/g, 'd')
    .replace(/[oilz|!sbg]/g, (c) => CONFUSED[c])
    .replace(/\s+/g, '')
    .replace(/[^a-z0-9]+/g, '/')
    .replace(/^\/|\/$/g, '');
}

/** The number's characters as OCR may have read them, without separators. */
export const looseNumber = (n: string) => numberShape(n).replace(/\//g, '');

/** Edit distance, stopped once it passes `most`. */
function within(a: string, b: string, most: number): boolean {
  if (Math.abs(a.length - b.length) > most) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...row) > most) return false;
    prev = row;
  }
  return prev[b.length] <= most;
}

/** The same but for one separator read as a stroke (15/QCPH as 15lQCPH). */
function strokeForSeparator(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const at = [...a].findIndex((c, i) => c !== b[i]);
  return at >= 0 && a.slice(at + 1) === b.slice(at + 1) && [a[at], b[at]].sort().join('') === '/1';
}

/** Two numbers that OCR could have read one as the other. */
export function sameNumberLoosely(a: string, b: string): boolean {
  const [x, y] = [looseNumber(a), looseNumber(b)];
  if (!x || !y) return false;
  if (x === y || strokeForSeparator(numberShape(a), numberShape(b))) return true;
  const digits = (s: string) => s.replace(/[^0-9]/g, '');
  const letters = (s: string) => s.replace(/[^a-z]/g, '');
  return digits(x) === digits(y) && letters(x).length >= 3 && within(letters(x), letters(y), 1);
}

/** The school year's first year as OCR may have read it ("2O26 – 2027" → 2026), or null. */
export function looseYear(schoolYear: string): number | null {
  const m = /\d{4}/.exec(
    clean(schoolYear)
      .toLowerCase()
      .replace(/[oilz|!sbg]/g, (c) => CONFUSED[c]),
  );
  return m ? Number(m[0]) : null;
}

/** Whether an OCR reading may be the regulation of a workbook: same number, and same school year when it read one. */
export function sameRegulationLoosely(ocr: RegulationFacts, book: RegulationFacts): boolean {
  if (!sameNumberLoosely(ocr.number, book.number)) return false;
  const year = looseYear(ocr.schoolYear);
  return year === null || year === looseYear(book.schoolYear);
}

const nameKey = (n: string) =>
  stripMarks(clean(n))
    .toLowerCase()
    .replace(/[^a-z]/g, '');
const names = (r: RegulationFacts) => JSON.stringify((r.signatories ?? []).map((n) => foldKey(n)).sort());

/** OCR's signatory names against the workbook's: differ when one read matches none; unchecked when some were not read. */
function ocrSignatories(book: string[], read: string[]): 'differ' | 'unchecked' | null {
  if (read.length === 0) return book.length > 0 ? 'unchecked' : null;
  const free = book.map(nameKey);
  for (const name of read.map(nameKey)) {
    const at = free.findIndex((n) => within(n, name, Math.max(1, Math.floor(n.length / 8))));
    if (at < 0) return 'differ';
    free.splice(at, 1);
  }
  return free.length > 0 ? 'unchecked' : null;
}

const dateOf = (r: RegulationFacts) => r.issueDate ?? clean(r.issueDateRaw);

/** Where the workbook and the document of the same regulation differ (and, for a scan, what OCR left uncompared). */
export function compareRegulations(book: RegulationFacts, doc: RegulationFacts, ocr: boolean): Comparison {
  const differ: ComparedField[] = [];
  const unchecked: ComparedField[] = [];
  if (!ocr) {
    if (clean(book.number) !== clean(doc.number)) differ.push('number');
    if (dateOf(book) !== dateOf(doc)) differ.push('issueDate');
    if (names(book) !== names(doc)) differ.push('signatories');
    if ((book.clauses ?? 0) !== (doc.clauses ?? 0)) differ.push('clauses');
    return { differ, unchecked };
  }
  if (!sameNumberLoosely(book.number, doc.number)) differ.push('number');
  if (!dateOf(doc)) {
    if (dateOf(book)) unchecked.push('issueDate');
  } else if (dateOf(book) !== dateOf(doc)) differ.push('issueDate');
  const signed = ocrSignatories(book.signatories ?? [], doc.signatories ?? []);
  if (signed === 'differ') differ.push('signatories');
  else if (signed === 'unchecked') unchecked.push('signatories');
  if ((book.clauses ?? 0) !== (doc.clauses ?? 0)) {
    // A scan's layout is guessed: its articles (Điều) say more than its count of every point.
    const articles = [book.articles ?? 0, doc.articles ?? 0];
    if (articles[0] > 0 && articles[1] > 0 && articles[0] !== articles[1]) differ.push('clauses');
    else unchecked.push('clauses');
  }
  return { differ, unchecked };
}
