// Two columns merged into one line by a page that drops Word's table: "UBND HUYỆN X CỘNG HÒA XÃ
// HỘI …", "Số 12/QC-TH Bình Minh, ngày …", "TM. BCH CÔNG ĐOÀN HIỆU TRƯỞNG", "- Lưu VT. Trần Thị
// Mai Lê Văn Hùng". Each is cut where the right column's line begins, as a padded line is cut at
// its gap, but only where the part on the left is itself a heading or a signature line, so that no
// sentence of the body is ever split.
import { isUnitNameLine } from './shapes';
import { approvalRest, capacityOf, isBodyTitle, isTitle, looksLikeName, mayStartTitle, TITLE_MAX_WORDS } from './tail';
import { fold, SURNAMES } from './vocab';
import { capitalLetters, hasTwoCapitals } from '../vietnamese/letters';

const words = (s: string) => s.split(/\s+/).filter(Boolean);
const isUpper = (s: string) => capitalLetters(s) >= 2;

// The Quốc hiệu and Tiêu ngữ open the right column of the heading.
// The Tiêu ngữ may be typed in title case ("Độc Lập – Tự Do – Hạnh Phúc").
// A party cell's heading has the Party's name there instead ("ĐẢNG BỘ XÃ … ĐẢNG CỘNG SẢN VIỆT NAM").
const MOTTO =
  /\s+(?=(?:CỘNG HÒA|CỘNG HOÀ)\s+XÃ\s+HỘI|Độc\s+[lL]ập\s*[-–—]\s*Tự\s+[dD]o|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM$)/u;
// "Số: 12/QC-THBM" (or its unfilled "Số: /QC-…") then the place and date of the right column.
const NUMBER_THEN_PLACE =
  /^(Số\s*:?\s*[^\s,]*(?:\s*\/\s*[^\s,]+)?(?:\s+[-–]\s*[^\s,]+)?)\s+(\p{Lu}[\p{L}.'\s-]{0,40}?\s*,\s*ngày\b.*)$/u;
const CAPACITY_START = /\s+(?=(?:T\.?\s?M|T\s?\/\s?M|K\.?\s?T|K\s?\/\s?T|TL|TUQ|Q)\.?\s*\p{Lu}{2})/u;
// A title in capitals opens a signature column; "PHÓ HIỆU TRƯỞNG" is one title, not two.
const TITLE_START =
  /\s+(?=(?:PHÓ\s+)?(?:HIỆU TRƯỞNG|HIỆU TRỞNG|BÍ THƯ|CHỦ TỊCH|TRƯỞNG BAN|THỦ TRƯỞNG|GIÁM ĐỐC|TỔNG PHỤ TRÁCH|TRẠM TRƯỞNG|TRƯỞNG TRẠM|TRƯỞNG CÔNG AN)(?!\p{L}))(?<!PHÓ\s+)/u;
const RECIPIENTS_HEAD = /^noi nhan\s*:?$/;
const RECIPIENTS_WITH_ITEM = /^noi nhan\s*:?\s*[-–+•]?\s*\S.*[;.,)]$/;
// A cell's lines joined into one: the unit's lines then its Số; the Tiêu ngữ then the place and date.
const NUMBER_START = /\s+(?=Số\s*:?\s*(?:\d|[.…_ ]*\/))/u;
const AFTER_MOTTO = /(?<=Hạnh\s+[pP]húc)\s*[-–—_.]*\s+(?=\p{Lu}[^,]{0,40},\s*ngày)/u;
// The managing body then the school: "PHÒNG GD&ĐT HUYỆN AN LẠC TRƯỜNG TIỂU HỌC BÌNH MINH"; the
// sector's union, the Youth Union or the Party's committee above a body of the school:
// "CÔNG ĐOÀN GIÁO DỤC HUYỆN … CĐCS TRƯỜNG …", "ĐOÀN TNCS HỒ CHÍ MINH BCH ĐOÀN TRƯỜNG …".
const AUTHORITY = /^(?:UBND|PHÒNG|SỞ|ỦY BAN|UỶ BAN|BỘ|CÔNG ĐOÀN GIÁO DỤC|CÔNG ĐOÀN GD|CĐGD|LĐLĐ|ĐOÀN TNCS|ĐẢNG BỘ)\s/u;
const SCHOOL_START = /\s+(?=(?:TRƯỜNG|CĐCS|BCH|BAN CHẤP HÀNH|CHI BỘ|CHI ĐOÀN)\s+\p{Lu})/u;
const SIGNED_INSIDE = /\s*[([]\s*(?:đã|da)\s+(?:ký|ky)\s*[)\]]\s*/iu;
const BULLET_START = /\s+(?=[-–+•]\s+\p{Lu})/u;
const NAME_START = /\s+(?=\p{Lu}\p{Ll})/u;
const BULLETED_ITEM = /^[-–—•+*]\s*\S.*[;.,)]$/u;
const SIGNED = /^[([]\s*(?:đã|da)\s+(?:ký|ky)\s*[)\]]$/iu;
const LAST_RECIPIENT_THEN_NAME = /(?<=[.;)])\s+(?=\p{Lu}\p{Ll})/u;
const BULLET_FIRST = /^[-–—•+*]/u;

/** The approving words and whom they name: "XÁC NHẬN CỦA CHI BỘ", "DUYỆT CỦA HIỆU TRƯỞNG" (not "DUYỆT CỦA" alone). */
function approver(t: string): boolean {
  const rest = approvalRest(t);
  return rest !== t && words(t).length <= 8 && (isTitle(rest) || isBodyTitle(rest));
}

/** A line that can stand on the left of a signature column. */
function signatureLeft(s: string): boolean {
  const t = s.trim();
  return (
    RECIPIENTS_HEAD.test(fold(t)) ||
    RECIPIENTS_WITH_ITEM.test(fold(t)) ||
    !!capacityOf(t) ||
    isTitle(t) ||
    // "XÁC NHẬN CỦA CHI BỘ", "DUYỆT CỦA HIỆU TRƯỞNG": an approver's words over the title.
    approver(t) ||
    BULLETED_ITEM.test(t) ||
    SIGNED.test(t) ||
    looksLikeName(t)
  );
}

/** A whole signature column on one line: "HIỆU TRƯỞNG Phan Văn Long", "TM. BCH CÔNG ĐOÀN CHỦ TỊCH Võ Thị Hạnh". */
function signatureBlock(s: string): boolean {
  const pieces = splitMergedColumns(s);
  return pieces.length > 1 && pieces.every(signatureLeft);
}

// Each pattern compiled global once, not once a line (matchAll works on a copy of it); by
// source: a pattern written in the call is a new object each time.
const GLOBAL = new Map<string, RegExp>();
const globalOf = (re: RegExp) =>
  GLOBAL.get(re.source) ?? GLOBAL.set(re.source, new RegExp(re.source, 'gu')).get(re.source)!;

const FIRST_WORDS = new Map<number, RegExp>();

/** Where the word after the first `n` words of `s` starts (as `words` splits it), or its length when there is none. */
function wordAfter(s: string, n: number): number {
  let re = FIRST_WORDS.get(n);
  if (!re) FIRST_WORDS.set(n, (re = new RegExp(`^\\s*(?:\\S+\\s+){${n}}(?=\\S)`)));
  const m = re.exec(s);
  return m ? m[0].length : s.length;
}

/**
 * Cut `s` before the first place `re` matches where `left` accepts what comes before. `leftWords`:
 * the most words `left` ever accepts, so that a body sentence stops being tried once the part
 * before the match is longer than that (the part only grows).
 */
function cutAt(
  s: string,
  re: RegExp,
  left: (l: string) => boolean,
  right: (r: string) => boolean = () => true,
  leftWords = Infinity,
): [string, string] | null {
  const g = globalOf(re);
  // A match past the start of word leftWords + 1 leaves that word, in part at least, on the left
  // (found at the first match: most lines have none).
  let last = -1;
  // As matchAll would, without its copy of the pattern; `left` may use the same pattern
  // (signatureBlock), so where to go on is kept here. What is after the cut is made only when
  // what is before it is accepted.
  for (let from = 0; from <= s.length;) {
    g.lastIndex = from;
    const m = g.exec(s);
    if (!m) return null;
    if (last < 0) last = leftWords === Infinity ? s.length : wordAfter(s, leftWords);
    if (m.index > last) return null;
    const end = m.index + m[0].length;
    from = m[0] ? end : end + ((s.codePointAt(end) ?? 0) > 0xffff ? 2 : 1);
    const l = s.slice(0, m.index).trim();
    if (!l || !left(l)) continue;
    const r = s.slice(end).trim();
    if (r && right(r)) return [l, r];
  }
  return null;
}

const startsName = (ws: string[]) => ws.length >= 2 && SURNAMES.has(fold(ws[0]).split(/['’]/)[0]);
// Compared with their marks: "Vân" ends a name, "Văn" and "Thị" never do.
const MIDDLE = /^(?:thị|văn)$/;
const isMiddle = (w: string) => MIDDLE.test(w.toLocaleLowerCase('vi'));

/** "Lại Văn Sang Mạc Thị Thanh" → two names; a single name of up to four words is never cut. */
function splitNames(s: string): string[] | null {
  const ws = words(s);
  // Only names written in title case: a line in capitals is as likely a body ("ĐẢNG BỘ XÃ …").
  if (ws.length < 5 || ws.length > 12 || isUpper(s)) return null;
  const candidates: number[] = [];
  for (let k = 2; k <= Math.min(5, ws.length - 2); k++) {
    const left = ws.slice(0, k);
    const right = ws.slice(k);
    if (!startsName(left) || !startsName(right) || isMiddle(left[k - 1])) continue;
    if (!looksLikeName(left.join(' '))) continue;
    if (!looksLikeName(right.join(' ')) && !splitNames(right.join(' '))) continue;
    candidates.push(k);
  }
  // A surname the list lacks ("Kiên Văn Út"): the right name's middle word (Thị, Văn) still marks it.
  if (candidates.length === 0)
    for (let k = 3; k <= Math.min(5, ws.length - 2); k++)
      if (
        startsName(ws.slice(0, k)) &&
        !isMiddle(ws[k - 1]) &&
        isMiddle(ws[k + 1]) &&
        looksLikeName(ws.slice(0, k).join(' ')) &&
        looksLikeName(ws.slice(k).join(' '))
      )
        candidates.push(k);
  if (candidates.length === 0) return null;
  // The right name's second word a middle name (Thị, Văn) is the surest cut; else the most even one.
  const sure = candidates.find((k) => ws[k + 1] && isMiddle(ws[k + 1]));
  const k = sure ?? candidates.sort((a, b) => Math.abs(ws.length - 2 * a) - Math.abs(ws.length - 2 * b))[0];
  const rest = ws.slice(k).join(' ');
  return [ws.slice(0, k).join(' '), ...(splitNames(rest) ?? [rest])];
}

/** "CHỦ TỊCH (Đã ký) Trần Thị Mai": the mark of a signature between its title and its name. */
function signedCut(s: string): [string, string] | null {
  const m = SIGNED_INSIDE.exec(s);
  if (!m || m[0].trim() === s) return null;
  const l = s.slice(0, m.index).trim();
  const r = s.slice(m.index + m[0].length).trim();
  if (l && !isTitle(l) && !capacityOf(l) && !looksLikeName(l)) return null;
  if (r && !looksLikeName(r) && !splitNames(r) && !SIGNED_INSIDE.test(r)) return null;
  if (!l) return [m[0].trim(), r];
  return [l, `${m[0].trim()}${r ? ` ${r}` : ''}`];
}

// What each pattern needs on the line: the words it names or a bracket (đã ký); and a bullet's mark.
const HEAD_WORDS = {
  motto: ['CỘNG H', 'Độc', 'ĐẢNG CỘNG'],
  afterMotto: ['Hạnh'],
  number: ['Số'],
  school: ['TRƯỜNG', 'CĐCS', 'BCH', 'BAN CHẤP', 'CHI BỘ', 'CHI ĐOÀN'],
  signed: ['(', '['],
} as const;
const wordsPattern = (ws: readonly string[]) => ws.map((w) => w.replace(/[[\]()\\]/g, '\\$&')).join('|');
const HEAD_WORDS_ANY = new RegExp(wordsPattern(Object.values(HEAD_WORDS).flat()));
const BULLET_MARK = /[-–+•]/;
// Either of the two, in one pass: a body sentence has neither. A line without two capitals in a
// row can hold only the head words that have none.
const HEAD_OR_BULLET = new RegExp(`${HEAD_WORDS_ANY.source}|${BULLET_MARK.source}`);
const SMALL_HEAD_OR_BULLET = new RegExp(
  `${wordsPattern(
    Object.values(HEAD_WORDS)
      .flat()
      .filter((w) => !hasTwoCapitals(w)),
  )}|${BULLET_MARK.source}`,
);

/**
 * The columns of a line two or more columns were merged into, or [line] when it is one.
 * `twoCapitals`: whether the line has two capitals in a row, when the caller knows.
 */
// The left column's unit may be typed as a name ("CĐGD Huyện Hồ Sen", "CĐCS TH Lúa Vàng").
const heading = (l: string) => words(l).length <= 16 && (isUpper(l) || /^Số\b/u.test(l) || isUnitNameLine(l));
const isName = (r: string) => looksLikeName(r) || !!splitNames(r);
const hasAny = (s: string, needed: readonly string[]) => needed.some((w) => s.includes(w));

/** "Số: 12/QC-THBM Bình Minh, ngày …": the number, then the place and date. */
function numberThenPlace(s: string): [string, string] | null {
  const m = s.startsWith('Số') ? NUMBER_THEN_PLACE.exec(s) : null;
  return m ? [m[1].trim(), m[2].trim()] : null;
}

export function splitMergedColumns(line: string, twoCapitals?: boolean): string[] {
  const s = line.trim();
  if (!s || s.length > 240) return [s];
  // A pattern is tried only on a line holding what it needs: the words it names, two capitals
  // in a row (a capacity or a title), a bracket (đã ký), a bullet first (the last recipient).
  // All the words and bullet marks at once first: a body sentence holds none of them. (No
  // function is made for a line here: most lines are none of these.)
  const capitals = twoCapitals ?? hasTwoCapitals(s);
  const cue = (capitals ? HEAD_OR_BULLET : SMALL_HEAD_OR_BULLET).test(s);
  const anyWord = cue && HEAD_WORDS_ANY.test(s);
  const cut =
    (anyWord && hasAny(s, HEAD_WORDS.motto) ? cutAt(s, MOTTO, heading) : null) ??
    (anyWord && hasAny(s, HEAD_WORDS.afterMotto) ? cutAt(s, AFTER_MOTTO, () => true) : null) ??
    (anyWord && hasAny(s, HEAD_WORDS.number)
      ? cutAt(s, NUMBER_START, (l) => isUpper(l) && words(l).length <= 24)
      : null) ??
    (anyWord && hasAny(s, HEAD_WORDS.school) ? cutAt(s, SCHOOL_START, (l) => isUpper(l) && AUTHORITY.test(l)) : null) ??
    numberThenPlace(s) ??
    (capitals
      ? cutAt(
          s,
          CAPACITY_START,
          (l) => signatureLeft(l) || (isUpper(l) && words(l).length <= 8) || signatureBlock(l),
          (r) => !!capacityOf(r),
        )
      : null) ??
    (capitals ? cutAt(s, TITLE_START, (l) => signatureLeft(l) || signatureBlock(l)) : null) ??
    (anyWord && hasAny(s, HEAD_WORDS.signed) ? signedCut(s) : null) ??
    // A title is ten words at most and starts with one of a few letters (the left part starts as the line does).
    (mayStartTitle(s) ? cutAt(s, NAME_START, (l) => isTitle(l), isName, TITLE_MAX_WORDS) : null) ??
    // Nơi nhận is two words, a capacity sixteen at most ("T / M : " and twelve), a title ten.
    (cue && BULLET_MARK.test(s)
      ? cutAt(s, BULLET_START, (l) => RECIPIENTS_HEAD.test(fold(l)) || !!capacityOf(l) || isTitle(l), undefined, 16)
      : null) ??
    // "- Lưu VT. Trần Thị Mai": the names of the signature column beside the last recipient.
    (BULLET_FIRST.test(s) ? cutAt(s, LAST_RECIPIENT_THEN_NAME, (l) => BULLETED_ITEM.test(l), isName) : null);
  if (cut) return [...splitMergedColumns(cut[0]), ...splitMergedColumns(cut[1])];
  if (!/[,;:.()\d]/.test(s)) {
    const names = splitNames(s);
    if (names) return names;
  }
  return [s];
}
