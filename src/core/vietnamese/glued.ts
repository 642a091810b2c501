// Words a web page glued together when it dropped the spaces of a copied text: "phốihợpgiữa",
// "QUYCHẾ", "củađơn", "giữaBGH". A word that is no syllable is cut only when it has a Vietnamese
// letter (so "online" or "THCS" are never touched) and falls apart into syllables of two letters
// or more in exactly one way with the fewest pieces ("Niê", "Êban" and other names stay whole).
import { unitTable } from './letters';
import { isVietnameseSyllable } from './syllable';

const isApostrophe = (code: number) => code === 0x27 || code === 0x2019;
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/iu;
const MAX_SYLLABLE = 7;
const isVietnameseUnit = unitTable(VIETNAMESE);
const VOWEL = /[aăâeêioôơuưy]/u;
const memo = new Map<string, string | null>();
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/g;
const bareOf = (s: string) => s.normalize('NFD').replace(TONE, '').normalize('NFC').toLocaleLowerCase('vi');

// What unglue needs of each BMP unit, in one table filled on first sight (0 = not looked at).
const SEEN = 1;
const LETTER = 2;
const MARKED = 4;
const VOWEL_UNIT = 8;
const SMALL = 16;
const CAPITAL = 32;
const UNITS = new Uint8Array(0x10000);
const LETTER_CHAR = /^\p{L}$/u;

function unitOf(code: number): number {
  const ch = String.fromCharCode(code);
  return (UNITS[code] =
    SEEN |
    (LETTER_CHAR.test(ch) ? LETTER : 0) |
    (isVietnameseUnit(code) ? MARKED : 0) |
    (VOWEL.test(bareOf(ch)) ? VOWEL_UNIT : 0) |
    (/\p{Ll}/u.test(ch) ? SMALL : 0) |
    (/\p{Lu}/u.test(ch) ? CAPITAL : 0));
}

/** The one fewest-piece cut of a lower-case run into syllables, or null. */
function cut(word: string): string[] | null {
  const n = word.length;
  const bare = bareOf(word);
  // best[i]: fewest pieces for word[i..]; ways[i]: how many cuts reach that fewest (capped at 2).
  const best = new Array<number>(n + 1).fill(Infinity);
  const ways = new Array<number>(n + 1).fill(0);
  const next = new Array<number>(n + 1).fill(-1);
  best[n] = 0;
  ways[n] = 1;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = i + 2; j <= Math.min(n, i + MAX_SYLLABLE); j++) {
      if (best[j] === Infinity || !isVietnameseSyllable(word.slice(i, j))) continue;
      // A piece after the first starts with a consonant: "vôùi" is a VNI word left unconverted, not "vô ùi".
      if (i > 0 && VOWEL.test(bare[i])) continue;
      const pieces = best[j] + 1;
      if (pieces < best[i]) {
        best[i] = pieces;
        ways[i] = ways[j];
        next[i] = j;
      } else if (pieces === best[i]) ways[i] = Math.min(2, ways[i] + ways[j]);
    }
  }
  if (best[0] === Infinity || best[0] < 2 || ways[0] !== 1) return null;
  const out: string[] = [];
  for (let i = 0; i < n; i = next[i]) out.push(word.slice(i, next[i]));
  return out;
}

function unglueWord(word: string): string {
  const hit = memo.get(word);
  if (hit !== undefined) return hit ?? word;
  let out: string | null = null;
  // "giữaBGH": a word in small letters glued to an abbreviation in capitals.
  const caps = /^(\p{Ll}+)(\p{Lu}{2,})$/u.exec(word);
  if (caps && VIETNAMESE.test(caps[1])) {
    const left = isVietnameseSyllable(caps[1]) ? [caps[1]] : cut(caps[1]);
    if (left) out = `${left.join(' ')} ${caps[2]}`;
  } else if (VIETNAMESE.test(word) && !isVietnameseSyllable(word) && word.length <= 40) {
    // One case throughout (or a capital first): "phốihợp", "Kếhoạch", "QUYCHẾ".
    if (/^\p{Lu}?\p{Ll}+$|^\p{Lu}+$/u.test(word)) out = cut(word)?.join(' ') ?? null;
  }
  if (memo.size > 5000) memo.clear();
  memo.set(word, out);
  return out ?? word;
}

/**
 * Each word (a run of letters, as /\p{L}+/gu finds them, with no apostrophe at either end: "K'Ling"
 * is a name) that holds a Vietnamese letter is looked at; a word without one is never cut. The
 * line is walked once by UTF-16 unit, and a word is made into a string only when unglueWord could
 * change it: small letters then capitals ("giữaBGH"), or two groups of vowels (each piece of a cut
 * is a syllable, and a piece after the first starts with a consonant), or a letter outside the
 * Basic Plane (looked at the long way). A single syllable, most words, has one group and is passed by.
 */
export function unglue(line: string): string {
  if (!VIETNAMESE.test(line)) return line;
  let out = '';
  let pos = 0;
  let start = -1;
  let marked = false;
  let groups = 0;
  let inVowel = false;
  let astral = false;
  const n = line.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? line.charCodeAt(i) : 0x20;
    let unit = UNITS[c] || unitOf(c);
    if ((c & 0xfc00) === 0xd800 && i + 1 < n && (line.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A pair: a letter of two units when /\p{L}/u says so, else no letter (its halves are none).
      if (!LETTER_CHAR.test(line.slice(i, i + 2))) unit = 0;
      else {
        if (start < 0) {
          start = i;
          marked = false;
        }
        astral = true;
        i++;
        continue;
      }
    }
    if (unit & LETTER) {
      if (start < 0) {
        start = i;
        marked = astral = inVowel = false;
        groups = 0;
      }
      if (unit & MARKED) marked = true;
      const vowel = (unit & VOWEL_UNIT) !== 0;
      if (vowel && !inVowel) groups++;
      inVowel = vowel;
      continue;
    }
    if (start < 0) continue;
    const from = start;
    start = -1;
    // A word of one or two letters is never cut: no two pieces, no small letters before two capitals.
    if (!marked || i - from < 3 || isApostrophe(line.charCodeAt(from - 1)) || isApostrophe(c)) continue;
    const smallThenCapital = UNITS[line.charCodeAt(from)] & SMALL && UNITS[line.charCodeAt(i - 1)] & CAPITAL;
    if (!smallThenCapital && groups < 2 && !astral) continue;
    const word = line.slice(from, i);
    const to = unglueWord(word);
    if (to === word) continue;
    out += line.slice(pos, from) + to;
    pos = i;
  }
  return pos ? out + line.slice(pos) : line;
}
