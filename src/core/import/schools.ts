// School names as documents write them: "Trường MN Hồng Thái", "TRƯỜNG TIỂU HỌC …".
// ---------------------------------------------------------------- school names
import { capitalise, isUpperLine } from './shapes';
import { SCHOOL_TYPE_RE, fold } from './vocab';

export const SCHOOL_STOP = new Set([
  'nam',
  'hoc',
  'va',
  've',
  'tai',
  'voi',
  'xay',
  'thong',
  'nhiem',
  'ke',
  'quy',
  'phoi',
  'giua',
  'thuc',
  'cua',
  'trong',
  'so',
  'ngay',
  'huyen',
  'quan',
  'tinh',
  'thanh',
  'pho',
]);
export const ABBREVIATED_TYPES = new Set(['mn', 'mg', 'th', 'thcs', 'thpt']);
export const TYPE_EXPANSION: Record<string, string> = { mn: 'mam non', mg: 'mau giao', th: 'tieu hoc' };

export interface SchoolMention {
  display: string;
  key: string;
  abbreviated: boolean;
  caps: boolean;
}

export function findSchools(text: string): SchoolMention[] {
  const folded = fold(text);
  const out: SchoolMention[] = [];
  SCHOOL_TYPE_RE.lastIndex = 0;
  for (const m of folded.matchAll(SCHOOL_TYPE_RE)) {
    const typeFolded = m[0].slice('truong '.length);
    const typeText = text.slice(m.index! + 'truong '.length, m.index! + m[0].length);
    const after = text.slice(m.index! + m[0].length);
    const nameWords: string[] = [];
    for (const w of after.split(/\s+/).filter(Boolean).slice(0, 5)) {
      const clean = w.replace(/[),.;:"']+$/, '');
      if (!/^\p{Lu}[\p{L}]*$/u.test(clean) || SCHOOL_STOP.has(fold(clean))) break;
      nameWords.push(clean);
      if (clean !== w) break;
    }
    if (nameWords.length === 0) continue;
    const caps = isUpperLine(typeText + nameWords.join(''));
    const tidyType = caps && !ABBREVIATED_TYPES.has(typeFolded) ? typeText.toLocaleLowerCase('vi') : typeText;
    const names = caps ? nameWords.map((w) => capitalise(w.toLocaleLowerCase('vi'))) : nameWords;
    const display = `Trường ${tidyType} ${names.join(' ')}`;
    const key = `${TYPE_EXPANSION[typeFolded] ?? typeFolded} ${fold(nameWords.join(' '))}`;
    out.push({ display, key, abbreviated: ABBREVIATED_TYPES.has(typeFolded), caps });
  }
  return out;
}
