// School names as documents write them: "Trường MN Hồng Thái", "TRƯỜNG TIỂU HỌC …".
// ---------------------------------------------------------------- school names
import { capitalise, isUpperLine } from './shapes';
import { SCHOOL_TYPE_RE, fold } from './vocab';
import { allMatches } from '../matches';

// Words that end a school's name, compared with their marks: "Nam Tiến" and "Thanh Oai" are
// names, "năm học" and "thành phố" are not.
export const SCHOOL_STOP = new Set([
  'năm',
  'học',
  'và',
  'về',
  'tại',
  'với',
  'xây',
  'thống',
  'nhiệm',
  'kế',
  'quy',
  'phối',
  'giữa',
  'thực',
  'của',
  'trong',
  'số',
  'ngày',
  'huyện',
  'quận',
  'tỉnh',
  'phố',
]);
// A line written without marks ("truong MN Hoa Sen nam hoc …") has only the folded form to go by.
const stops = (w: string, unmarked: boolean) => {
  const lower = w.toLocaleLowerCase('vi');
  return SCHOOL_STOP.has(lower) || (unmarked && FOLDED_STOP.has(lower));
};
const FOLDED_STOP = new Set([...SCHOOL_STOP].map((w) => fold(w)));
/** How an abbreviated school type reads in full. */
const TYPE_DISPLAY: Record<string, string> = { mn: 'Mầm non', mg: 'Mẫu giáo', th: 'Tiểu học' };
export const ABBREVIATED_TYPES = new Set(['mn', 'mg', 'th', 'thcs', 'thpt']);
export const TYPE_EXPANSION: Record<string, string> = { mn: 'mam non', mg: 'mau giao', th: 'tieu hoc' };

export interface SchoolMention {
  display: string;
  key: string;
  abbreviated: boolean;
  caps: boolean;
}

/** The schools a text names; `folded` is the text folded, when the caller has it. */
export function findSchools(text: string, folded = fold(text)): SchoolMention[] {
  const unmarked = !/[^\x00-\x7f]/.test(text);
  const out: SchoolMention[] = [];
  SCHOOL_TYPE_RE.lastIndex = 0;
  for (const m of allMatches(folded, SCHOOL_TYPE_RE)) {
    const word = m[0].indexOf(' ') + 1;
    const typeFolded = m[0].slice(word);
    const typeText = text.slice(m.index! + word, m.index! + m[0].length);
    const after = text.slice(m.index! + m[0].length);
    const nameWords: string[] = [];
    const words = after.split(/\s+/).filter(Boolean).slice(0, 6);
    for (const [k, w] of words.slice(0, 5).entries()) {
      const clean = w.replace(/[),.;:"']+$/, '');
      // "Hùng Sơn 2", "Cao Viên 1": a numeral ends the name it follows.
      if (/^\d{1,2}$/.test(clean) && nameWords.length > 0) {
        nameWords.push(clean);
        break;
      }
      if (!/^\p{Lu}[\p{L}]*$/u.test(clean) || stops(clean, unmarked)) break;
      // "Thái Thành" is a name; "thành phố" after it is not.
      if (fold(clean) === 'thanh' && fold(words[k + 1] ?? '').startsWith('pho')) break;
      nameWords.push(clean);
      if (clean !== w) break;
    }
    if (nameWords.length === 0) continue;
    const caps = isUpperLine(typeText + nameWords.join(''));
    const levels = typeText.split(/(\s*(?:,|&|\s(?:và|VÀ|va|VA))\s*)/);
    const tidyType =
      levels.length > 1
        ? levels.map((part) => (ABBREVIATED_TYPES.has(fold(part)) ? part : part.toLocaleLowerCase('vi'))).join('')
        : (TYPE_DISPLAY[typeFolded] ??
          (caps && !ABBREVIATED_TYPES.has(typeFolded) ? capitalise(typeText.toLocaleLowerCase('vi')) : typeText));
    const names = caps ? nameWords.map((w) => capitalise(w.toLocaleLowerCase('vi'))) : nameWords;
    const display = `Trường ${tidyType} ${names.join(' ')}`;
    const key = `${TYPE_EXPANSION[typeFolded] ?? typeFolded} ${fold(nameWords.join(' '))}`;
    out.push({ display, key, abbreviated: ABBREVIATED_TYPES.has(typeFolded), caps });
  }
  return out;
}
