// Words a web page glued together when it dropped the spaces of a copied text: "phốihợpgiữa",
// "QUYCHẾ", "củađơn", "giữaBGH". A word that is no syllable is cut only when it has a Vietnamese
// letter (so "online" or "THCS" are never touched) and falls apart into syllables of two letters
// or more in exactly one way with the fewest pieces ("Niê", "Êban" and other names stay whole).
import { replaceWords, unitTable } from './letters';
import { isVietnameseSyllable } from './syllable';

const isApostrophe = (code: number) => code === 0x27 || code === 0x2019;
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/iu;
const MAX_SYLLABLE = 7;
const isVietnameseUnit = unitTable(VIETNAMESE);
const VOWEL = /[aăâeêioôơuưy]/u;
const memo = new Map<string, string | null>();
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/g;
const bareOf = (s: string) => s.normalize('NFD').replace(TONE, '').normalize('NFC').toLocaleLowerCase('vi');
const isVowelUnit = unitTable((ch) => VOWEL.test(bareOf(ch)));
const isSmallUnit = unitTable(/\p{Ll}/u);
const isCapitalUnit = unitTable(/\p{Lu}/u);

/**
 * Whether unglueWord could change the word in [start, end) of the line, without making it: small
 * letters then capitals ("giữaBGH"), or two groups of vowels with a consonant between (each piece
 * of a cut is a syllable, and a piece after the first starts with a consonant). A single
 * syllable, most words, has one group and is passed by.
 */
function mayUnglue(line: string, start: number, end: number): boolean {
  if (isSmallUnit(line.charCodeAt(start)) && isCapitalUnit(line.charCodeAt(end - 1))) return true;
  let groups = 0;
  let inVowel = false;
  for (let i = start; i < end; i++) {
    const c = line.charCodeAt(i);
    // A letter outside the Basic Plane: looked at the long way.
    if ((c & 0xf800) === 0xd800) return true;
    const vowel = isVowelUnit(c);
    if (vowel && !inVowel && ++groups === 2) return true;
    inVowel = vowel;
  }
  return false;
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
 * Each word (a run of letters with no apostrophe at either end: "K'Ling" is a name) that holds a
 * Vietnamese letter is looked at; a word without one is never cut.
 */
export function unglue(line: string): string {
  if (!VIETNAMESE.test(line)) return line;
  return replaceWords(line, isVietnameseUnit, (start, end, marked) => {
    // A word of one or two letters is never cut: no two pieces, no small letters before two capitals.
    if (!marked || end - start < 3 || isApostrophe(line.charCodeAt(start - 1)) || isApostrophe(line.charCodeAt(end)))
      return undefined;
    if (!mayUnglue(line, start, end)) return undefined;
    const word = line.slice(start, end);
    const to = unglueWord(word);
    return to === word ? undefined : to;
  });
}
