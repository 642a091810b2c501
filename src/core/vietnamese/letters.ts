// Letters found by UTF-16 unit with a table filled on first sight, so that a line's words are
// walked in one pass with no regex match and no string made for the words nobody looks at.

/** A table of which BMP units a one-character pattern or test accepts (0 = not looked at, 1 = yes, 2 = no). */
export function unitTable(pattern: RegExp | ((ch: string) => boolean)): (code: number) => boolean {
  const table = new Uint8Array(0x10000);
  const test = typeof pattern === 'function' ? pattern : (ch: string) => pattern.test(ch);
  return (code) => {
    let v = table[code];
    if (v === 0) v = table[code] = test(String.fromCharCode(code)) ? 1 : 2;
    return v === 1;
  };
}

const LETTER = /^\p{L}$/u;
// Which BMP units are letters (0 = not looked at, 1 = yes, 2 = no): read inline in the walks below.
const LETTER_UNIT = new Uint8Array(0x10000);
const isLetterUnit = (code: number) => {
  let v = LETTER_UNIT[code];
  if (v === 0) v = LETTER_UNIT[code] = LETTER.test(String.fromCharCode(code)) ? 1 : 2;
  return v === 1;
};

/** How many UTF-16 units the letter at `i` takes (2 for a pair), 0 when there is none (as /\p{L}/u reads). */
export function letterAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return LETTER.test(s.slice(i, i + 2)) ? 2 : 0;
  }
  return i < s.length && isLetterUnit(c) ? 1 : 0;
}

/**
 * Each word of `s` as /\p{L}+/gu finds it (a run of letters), with whether one of its units
 * outside ASCII is accepted by `mark`; `visit` returns the word's replacement or undefined to
 * keep it. The line is returned as it is when nothing is replaced.
 */
export function replaceWords(
  s: string,
  mark: (code: number) => boolean,
  visit: (start: number, end: number, marked: boolean) => string | undefined,
): string {
  let out = '';
  let pos = 0;
  const n = s.length;
  for (let i = 0; i < n;) {
    if (!letterAt(s, i)) {
      i++;
      continue;
    }
    const start = i;
    let marked = false;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c < 0x80) {
        if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) i++;
        else break;
        continue;
      }
      if (LETTER_UNIT[c] === 1) {
        if (!marked && mark(c)) marked = true;
        i++;
        continue;
      }
      const k = letterAt(s, i);
      if (!k) break;
      if (k === 1 && !marked && mark(c)) marked = true;
      i += k;
    }
    const to = visit(start, i, marked);
    if (to !== undefined) {
      out += s.slice(pos, start) + to;
      pos = i;
    }
  }
  return pos ? out + s.slice(pos) : s;
}

const isCapitalUnit = unitTable((ch) => ch === ch.toLocaleUpperCase('vi'));

/**
 * How many UTF-16 units of `s` are letters when every letter is a capital (or has no case), -1
 * as soon as one is not: `s.replace(/[^\p{L}]/gu, '')` and its upper case compared, answered at
 * the first small letter of an ordinary line.
 */
export function capitalLetters(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length;) {
    const k = letterAt(s, i);
    if (k === 0) i++;
    else {
      const letter = k === 1 ? '' : s.slice(i, i + 2);
      if (k === 1 ? !isCapitalUnit(s.charCodeAt(i)) : letter !== letter.toLocaleUpperCase('vi')) return -1;
      n += k;
      i += k;
    }
  }
  return n;
}

const CAPITAL = /^\p{Lu}$/u;
// Which BMP units are capital letters (0 = not looked at, 1 = yes, 2 = no): read inline below.
const CAPITAL_UNIT = new Uint8Array(0x10000);
const capitalUnit = (code: number) => (CAPITAL_UNIT[code] = CAPITAL.test(String.fromCharCode(code)) ? 1 : 2);

/** Whether `s` has two capital letters in a row, as /\p{Lu}{2}/u (slow on a long line) finds them. */
export function hasTwoCapitals(s: string): boolean {
  let run = 0;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    const v = CAPITAL_UNIT[c] || capitalUnit(c);
    if (v === 1) {
      if (++run === 2) return true;
    } else if ((c & 0xfc00) === 0xd800 && i + 1 < n && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A pair: one letter outside the Basic Plane.
      run = CAPITAL.test(s.slice(i, i + 2)) ? run + 1 : 0;
      if (run === 2) return true;
      i++;
    } else run = 0;
  }
  return false;
}

/** Where the run of letters that holds the letter at `i` starts. */
export function wordStart(s: string, i: number): number {
  let start = i;
  while (start > 0) {
    const pair =
      start > 1 && (s.charCodeAt(start - 1) & 0xfc00) === 0xdc00 && (s.charCodeAt(start - 2) & 0xfc00) === 0xd800;
    const k = pair ? 2 : 1;
    if (letterAt(s, start - k) !== k) break;
    start -= k;
  }
  return start;
}
