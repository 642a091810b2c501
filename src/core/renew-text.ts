// The free text of a regulation carried into the next school year: the title, a clause, a task.
// The regulation's own school year moves on, as the title does. A sentence saying this document
// replaces another is made to replace the previous version, which is the document being renewed
// (its number, date and year). What names an older year, a date of the old year or an older
// document and cannot be decided is left as it was and reported, so the school reads it before
// signing: a date moved by a year is a date nobody chose.
import type { IsoDate, SchoolYear } from './values';
import { TURNS_TO_NEW_DOCUMENT } from './replaced-document';

export interface YearShift {
  from: SchoolYear;
  to: SchoolYear;
  /** The renewed document's number ('' when it has none): what the new document replaces. */
  oldNumber: string;
  oldIssueDate: IsoDate | null;
  /** The new document's number and issue date, when given. */
  newNumber: string;
  newIssueDate: IsoDate | null;
  /** Numbers of the versions before the renewed one (what it replaced). */
  olderNumbers: string[];
  /** The calendar year the renewed document's title names ("… NĂM 2021"), when it names one. */
  ownYear: number | null;
}

export interface RenewedText {
  text: string;
  /** Mentions left as they were that belong to the old year or an older document. */
  stale: string[];
  /** What a replacement sentence named, as it was and as it now reads, when it had to be rewritten to name the previous version. */
  replacement: { before: string; after: string } | null;
  /** What a replacement sentence names that could not be matched to the previous version. */
  unclear: string[];
  /** What the first replacement sentence replaces, as it now reads, or null when no sentence says it replaces a document. */
  replaces: string | null;
  /** Sentences saying a document is repealed or ends ("bãi bỏ …", "… hết hiệu lực"), left as they were. */
  ended: string[];
}

/** Both cases of each letter, so the words match in a capitalised title without the i flag (it would make \p{Lu} match any letter). */
const ci = (words: string) =>
  words.replace(/\p{L}/gu, (c) => (c.toLowerCase() === c.toUpperCase() ? c : `[${c.toLowerCase()}${c.toUpperCase()}]`));
const Y = '(?:19|20)\\d\\d';
const DASH = '[-\\u2010-\\u2015\\u2212/]';
const STEMS = ['Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ', 'Canh', 'Tân', 'Nhâm', 'Quý'];
const BRANCHES = ['Tý', 'Sửu', 'Dần', 'Mão', 'Thìn', 'Tỵ', 'Ngọ', 'Mùi', 'Thân', 'Dậu', 'Tuất', 'Hợi'];
const VARIANTS: Record<string, string> = { kỉ: 'kỷ', quí: 'quý', tí: 'tý', tị: 'tỵ', mẹo: 'mão' };
const stemOrBranch = (xs: string[], extra: string[]) => [...xs.map((x) => x.toLowerCase()), ...extra].map(ci).join('|');

const TOKEN = new RegExp(
  [
    `(?<dw>${ci('ngày')}\\s+\\d{1,2}\\s+${ci('tháng')}\\s+\\d{1,2}\\s+${ci('năm')}\\s+${Y})(?!\\d)`,
    `(?<my>${ci('tháng')}\\s+\\d{1,2}\\s*(?:[/-]|\\s${ci('năm')}\\s)\\s*${Y})(?!\\d)`,
    `(?<cc>(?:${ci('xuân')}|${ci('tết')}(?:\\s+${ci('nguyên đán')})?|${ci('năm')})\\s+(?:${stemOrBranch(STEMS, ['kỉ', 'quí'])})\\s+(?:${stemOrBranch(BRANCHES, ['tí', 'tị', 'mẹo'])}))(?!\\p{L})`,
    `(?<by>(?<!\\p{L})${ci('năm')}\\s*:?\\s*${Y})(?!\\d)(?!\\s*${DASH}\\s*\\d)`,
    `(?<dn>(?<!\\d)\\d{1,2}\\s*[/.-]\\s*\\d{1,2}\\s*[/.-]\\s*${Y})(?!\\d)`,
    `(?<sy>(?<!\\d)${Y}\\s*${DASH}\\s*${Y})(?!\\d)`,
    `(?<num>(?<![\\p{L}\\d])\\d{1,4}\\s*/\\s*(?:${Y}\\s*/\\s*)?[\\p{Lu}][\\p{Lu}\\p{Nd}&]*(?:\\s*[-–]\\s*[\\p{Lu}\\p{Nd}&]+(?!\\p{Ll}))*)`,
    `(?<law>(?<!\\p{L})(?:${['luật', 'hiến pháp', 'nghị định', 'thông tư', 'chỉ thị', 'nghị quyết'].map(ci).join('|')})(?!\\p{L}))`,
    `(?<sep>[,;:])`,
  ].join('|'),
  'gu',
);

/** "thay thế" followed by a document (a kind, "số", a number): not "người thay thế" (a stand-in). */
const REPLACES = new RegExp(
  `(?<!\\p{L})${ci('thay thế')}(?=\\s+(?:${ci('cho')}\\s+)?(?:${ci('các')}\\s+|${ci('bản')}\\s+)?(?:${[
    'quy chế',
    'qui chế',
    'quy định',
    'kế hoạch',
    'quyết định',
    'văn bản',
    'chương trình',
    'nghị quyết',
    'hướng dẫn',
    'thỏa thuận',
    'thoả thuận',
    'số',
  ]
    .map(ci)
    .join('|')}|\\d))`,
  'u',
);
/**
 * A document repealed or ending: "bãi bỏ Quy chế số …", "Kế hoạch số … hết hiệu lực". Not "Quy chế
 * này hết hiệu lực …" (this document's own end), nor "… trái với Quy chế này đều bãi bỏ" (no document
 * named: see `namesDocument`).
 */
const ENDS = new RegExp(
  `(?<!\\p{L})(?:${['bãi bỏ', 'hủy bỏ', 'huỷ bỏ'].map(ci).join('|')})(?!\\p{L})|(?<!${ci('này')}\\s+(?:${ci('sẽ')}\\s+)?)(?<!\\p{L})(?:${['hết hiệu lực', 'không còn hiệu lực'].map(ci).join('|')})(?!\\p{L})`,
  'u',
);
/** A sentence naming a document by its number, a date or a year (not the bare "các quy định trước đây"). */
const namesDocument = (sentence: string) =>
  [...sentence.matchAll(TOKEN)].some((m) => {
    const g = m.groups ?? {};
    return !!(g.num || g.sy || g.dw || g.dn || g.by || g.my);
  });

/** Where the thing replaced ends inside its sentence: what follows is about the new document. */
const OBJECT_END = new RegExp(`(?:,\\s*|\\s+)(?:${ci('và')}\\s+)?(?:${TURNS_TO_NEW_DOCUMENT.map(ci).join('|')})`, 'u');
/** Sentences end at . ! ? ; before a space or the end, and at a line break. */
const SENTENCE = /(?<=[.!?;](?=\s|$)|\n)/u;

const numberKey = (s: string) => s.replace(/\s+/g, '').replace(/[–—]/g, '-').toUpperCase();
const yearsIn = (s: string) => [...s.matchAll(/(?:19|20)\d\d/g)].map((m) => Number(m[0]));

/** The can chi name of the lunar year starting at Tết of a calendar year: 2024 → Giáp Thìn. */
export function canChi(year: number): string {
  return `${STEMS[(year + 6) % 10]} ${BRANCHES[(year + 8) % 12]}`;
}
const canChiKey = (s: string) =>
  s
    .toLowerCase()
    .split(/\s+/)
    .map((w) => VARIANTS[w] ?? w)
    .join(' ');

/** A date as written, its numbers read: day, month, year. */
function dateParts(s: string): [number, number, number] {
  const [d, m, y] = (s.match(/\d+/g) ?? []).map(Number);
  return [d, m, y];
}
const isoOf = ([d, m, y]: [number, number, number]) =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** The same date written another day, keeping the words, separators and zero padding it had. */
function rewriteDate(written: string, iso: IsoDate): string {
  const [y, m, d] = iso.split('-').map(Number);
  const values = [d, m, y];
  let i = 0;
  return written.replace(/\d+/g, (n) => {
    const v = values[i++];
    return n.length === 2 && v < 10 ? `0${v}` : String(v);
  });
}

/** The words of a name written in the case the text had them ("XUÂN NHÂM DẦN", "xuân Nhâm Dần"). */
function casedLike(written: string, name: string): string {
  return written === written.toUpperCase() ? name.toUpperCase() : name;
}

export function renewText(input: string, shift: YearShift): RenewedText {
  const staleList: string[] = [];
  const unclear: string[] = [];
  let replacement: RenewedText['replacement'] = null;
  let replaces: string | null = null;
  const ended: string[] = [];
  if (!input) return { text: input, stale: staleList, replacement, unclear, replaces, ended };
  const { from, to } = shift;
  const years = to.start - from.start;
  const oldRange = (y: number) => y === from.start || y === from.end;
  const oldKey = numberKey(shift.oldNumber);
  const olderKeys = new Set(shift.olderNumbers.filter(Boolean).map(numberKey));

  /** Text that is not the thing replaced: the year moves on, what cannot be decided is reported. */
  const plain = (text: string): string => {
    let citing = false; // a document number seen in this phrase: what follows belongs to that citation
    return text.replace(TOKEN, (m: string, ...args: unknown[]) => {
      const g = args.at(-1) as Record<string, string | undefined>;
      const offset = args.at(-3) as number;
      // "năm học 2020-2021", "số 12/QC-MN" rather than a bare figure, so the clerk finds it in the sentence.
      const lead = /(?:(?<!\p{L})(?:năm học|NĂM HỌC|Năm học|số|Số|SỐ)\s*:?\s*)$/u.exec(
        text.slice(Math.max(0, offset - 12), offset),
      );
      const stale = { push: (x: string) => staleList.push(lead ? lead[0] + x : x) };
      if (g.sep) {
        citing = false;
        return m;
      }
      // "Luật Công đoàn năm 2024": an instrument's own year, not the regulation's.
      if (g.law) {
        citing = true;
        return m;
      }
      if (g.num) {
        const key = numberKey(m);
        if (oldKey && key === oldKey) {
          if (shift.newNumber) return shift.newNumber;
          stale.push(m);
          return m;
        }
        if (olderKeys.has(key)) stale.push(m);
        citing = true;
        return m;
      }
      if (g.dw || g.dn) {
        const parts = dateParts(m);
        if (citing || !oldRange(parts[2])) return m;
        if (shift.newIssueDate && isoOf(parts) === shift.oldIssueDate) return rewriteDate(m, shift.newIssueDate);
        stale.push(m);
        return m;
      }
      if (g.my) {
        if (!citing && oldRange(yearsIn(m)[0])) stale.push(m);
        return m;
      }
      if (g.cc) {
        const named = canChiKey(m.split(/\s+/).slice(-2).join(' '));
        const prefix = m.split(/\s+/).slice(0, -2).join(' ');
        if (named === canChiKey(canChi(from.end)))
          return `${prefix} ${casedLike(m.split(/\s+/).slice(-2).join(' '), canChi(to.end))}`;
        if (named !== canChiKey(canChi(to.end))) stale.push(m);
        return m;
      }
      if (g.by) {
        // "NĂM 2021" where the title names the regulation by its calendar year moves on like a school year.
        const y = yearsIn(m)[0];
        if (!citing && y === shift.ownYear) return m.replace(String(y), String(y + years));
        if (!citing && oldRange(y)) stale.push(m);
        return m;
      }
      // A school year: two consecutive years; "2021-2025" is a period and stays.
      const [y1, y2] = yearsIn(m);
      if (y2 !== y1 + 1) return m;
      if (y1 === from.start && !citing) return m.replace(/^\d{4}/, String(to.start)).replace(/\d{4}$/, String(to.end));
      if (y1 <= to.start) stale.push(m);
      return m;
    });
  };

  /** The thing a replacement sentence names: made to name the renewed document, or reported. */
  const replaced = (text: string): string =>
    text.replace(TOKEN, (m: string, ...args: unknown[]) => {
      const g = args.at(-1) as Record<string, string | undefined>;
      if (g.sep || g.cc || g.law) return m;
      if (g.num) {
        if (oldKey && numberKey(m) === oldKey) return m;
        if (shift.oldNumber) return shift.oldNumber;
        unclear.push(m);
        return m;
      }
      if (g.dw || g.dn) {
        if (isoOf(dateParts(m)) === shift.oldIssueDate) return m;
        if (shift.oldIssueDate) return rewriteDate(m, shift.oldIssueDate);
        unclear.push(m);
        return m;
      }
      if (g.by) {
        const y = yearsIn(m)[0];
        if (shift.ownYear !== null && y <= shift.ownYear) return m.replace(String(y), String(shift.ownYear));
        unclear.push(m);
        return m;
      }
      const [y1, y2] = yearsIn(m);
      if (g.my) {
        if (!oldRange(y1)) unclear.push(m);
        return m;
      }
      if (y2 !== y1 + 1 || y1 === from.start) return m;
      if (y1 < from.start) return m.replace(/^\d{4}/, String(from.start)).replace(/\d{4}$/, String(from.end));
      unclear.push(m);
      return m;
    });

  const text = input
    .split(SENTENCE)
    .map((sentence) => {
      // What it repeals is not for renew to decide: said twice beside the Thay thế văn bản sentence, it is the school's to correct.
      if (ENDS.test(sentence) && namesDocument(sentence)) {
        ended.push(sentence.trim());
        return sentence;
      }
      const at = REPLACES.exec(sentence);
      if (!at) return plain(sentence);
      const start = at.index + at[0].length;
      const end = OBJECT_END.exec(sentence.slice(start));
      const stop = end ? start + end.index : sentence.length;
      const object = sentence.slice(start, stop);
      const renewedObject = replaced(object);
      const after = plain(sentence.slice(0, start)) + renewedObject + plain(sentence.slice(stop));
      const bare = (x: string) => x.trim().replace(/[\s.;,!?]+$/, '');
      if (renewedObject !== object) replacement = { before: bare(object), after: bare(renewedObject) };
      // "thay thế cho Quy chế …": what is replaced starts at the document, as the import reads it.
      replaces ??= bare(renewedObject).replace(/^(?:cho|Cho|CHO)\s+/u, '');
      return after;
    })
    .join('');
  return { text, stale: staleList, replacement, unclear, replaces, ended };
}
