// Text as it really arrives: NFD or "Unicode tổ hợp" composition, old and new tone placement,
// look-alike letters, non-breaking spaces and assorted dashes.
import { cleanCode } from './safe-text';
import { memo } from './memo';

const TONED: Record<string, string[]> = {
  a: ['à', 'á', 'ả', 'ã', 'ạ'],
  e: ['è', 'é', 'ẻ', 'ẽ', 'ẹ'],
  y: ['ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ'],
  o: ['ò', 'ó', 'ỏ', 'õ', 'ọ'],
  u: ['ù', 'ú', 'ủ', 'ũ', 'ụ'],
};

// hoà → hòa, thuỷ → thủy, hoé → hóe: the new placement, as state documents are written today.
const TONE_MOVES: Array<[string, string]> = [];
for (const [lead, second] of [
  ['o', 'a'],
  ['o', 'e'],
  ['u', 'y'],
] as const) {
  TONED[second].forEach((marked, i) => {
    TONE_MOVES.push([lead + marked, TONED[lead][i] + second]);
    TONE_MOVES.push([lead.toUpperCase() + marked.toUpperCase(), TONED[lead][i].toUpperCase() + second.toUpperCase()]);
    TONE_MOVES.push([lead.toUpperCase() + marked, TONED[lead][i].toUpperCase() + second]);
  });
}
// Not after q: in "quý" the u belongs to the onset and the mark stays on y.
const TONE_MOVE_RE = new RegExp(`(?<![qQ])(${TONE_MOVES.map(([from]) => from).join('|')})(?![\\p{L}])`, 'gu');
const TONE_MOVE_MAP = new Map(TONE_MOVES);

/** NFC, Đ look-alikes fixed, NBSP and tabs as spaces, trimmed and single-spaced. */
// Text with no combining marks (the blocks NFD and "Unicode tổ hợp" Vietnamese use) is already NFC.
// The class lists combining-mark ranges on purpose (any of them means the text is not NFC yet).
const PLAIN =
  // eslint-disable-next-line no-misleading-character-class
  /^[^\s\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u00D0\u200B\uFEFF]+(?: [^\s\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u00D0\u200B\uFEFF]+)*$/;

export function clean(input: unknown): string {
  if (input === null || input === undefined) return '';
  const s = String(input);
  // Most cells are already clean: single spaces, no combining marks, no look-alikes.
  if (PLAIN.test(s)) return s;
  return s
    .normalize('NFC')
    .replace(/\u00D0/g, 'Đ')
    .replace(/[\u00A0\u2007\u202F\t]/g, ' ')
    .replace(/[\u200B\uFEFF]/g, '')
    .replace(/[ ]{2,}/g, ' ')
    .trim();
}

/** Canonical tone placement (new style). */
export function canonicalTones(s: string): string {
  return s.replace(TONE_MOVE_RE, (m) => TONE_MOVE_MAP.get(m) ?? m);
}

/** A key for comparing labels and headers: case, spacing, NFC/NFD, dashes and tone placement folded. */
export const foldKey = memo(foldKeyText);

function foldKeyText(input: string): string {
  return canonicalTones(clean(input))
    .toLocaleLowerCase('vi')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s*([-/:,.])\s*/g, '$1')
    .replace(/[.:]+$/, '');
}

/** The first letter in capitals, the rest as written. */
export const capitalise = (s: string) => (s ? s.charAt(0).toLocaleUpperCase('vi') + s.slice(1) : s);

/** Strip Vietnamese diacritics (for lenient matching of free text such as cadences). */
export function stripMarks(input: string): string {
  return input
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/** A party or clause code as compared: NFC, trimmed, upper case. */
export function codeKey(input: unknown): string {
  // A zero-width joiner would make two codes that look the same differ.
  return cleanCode(clean(input)).toLocaleUpperCase('vi');
}

/** Split a list of party codes written as "CD, CDTN; CMHS và UBND". */
export function splitCodes(input: unknown): string[] {
  const text = clean(input);
  if (!text) return [];
  return text
    .split(/\s*(?:[,;\n+/]|\svà\s|\s&\s)\s*/iu)
    .map((part) => codeKey(part))
    .filter((part) => part.length > 0);
}

export function isBlank(input: unknown): boolean {
  return clean(input) === '';
}

// Each end pattern is tried only where it can match (tried from every space, it costs a pass a space).
const CLOSING_MARK = /\s*\.\/\.\s*$/;
const END_PUNCTUATION = /[\s;,:.]+$/;
const END_PUNCTUATION_UNIT = /[\s;,:.]/;
/** Without the end punctuation and the closing mark "./." a line ends with. */
export const stripEnd = (s: string) => {
  let out = s.includes('./.') ? s.replace(CLOSING_MARK, '') : s;
  if (out && END_PUNCTUATION_UNIT.test(out[out.length - 1])) out = out.replace(END_PUNCTUATION, '');
  return out.trim();
};
