// What a line's letters say at a glance, read in one walk by UTF-16 unit: whether it may hold
// mojibake (mojibake.ts) or a legacy encoding's words (legacy.ts), needs composing (NFC), has a
// word glued from several (glued.ts), an ơ whose horn may be lost (horn.ts), Markdown's marks, an
// old tone placement, two capitals in a row (columns.ts), odd spacing. The import reads every line
// through all of these, and most lines need none of them: one walk answers them all, and each
// repair runs only on a line that may need it.
import { isSyllableAt } from './syllable';

// The facts, as flags. Written as local constants and exported below: an export is read as a
// property of the module in the compiled walk.
/** A token (TOKEN) in Latin-1 letters only. */
const LATIN_WORD = 1;
/** Such a token with a character Unicode Vietnamese never uses, or no syllable as it stands. */
const LEGACY_WORD = 2;
/** A word (a run of letters) unglue could cut. */
const GLUED_WORD = 4;
/** A word whose first ơ (any tone or case) has no ư before it, and which is no syllable. */
const LOST_HORN = 8;
/** Two capital letters in a row, as /\p{Lu}{2}/u finds them. */
const TWO_CAPITALS = 16;
/** A space at either end, two in a row, or a character of ODD_CHARACTER. */
const ODD_SPACING = 32;
/** A character STRONG names. */
const STRONG_CHARACTER = 64;
/** A pair of units MOJIBAKE finds. */
const MAYBE_MOJIBAKE = 128;
/** A unit outside the ranges NFC never changes (see composed). */
const NOT_COMPOSED = 256;
/** A character Markdown's marks or a page mark begin with: ( # * _ \ */
const MARKUP = 512;
/** A word ending in o before a toned a or e, or u before a toned y (hoà, thuỷ: the old tone placement). */
const OLD_TONE = 1024;
export {
  GLUED_WORD,
  LATIN_WORD,
  LEGACY_WORD,
  LOST_HORN,
  MARKUP,
  MAYBE_MOJIBAKE,
  NOT_COMPOSED,
  ODD_SPACING,
  OLD_TONE,
  STRONG_CHARACTER,
  TWO_CAPITALS,
};

/**
 * White space other than the space (as \s has it), a bar, a typographic quote, an invisible or
 * combining character, Ð: what the import's finishing, trimming and column gaps read on a line.
 */
export const ODD_CHARACTER =
  // eslint-disable-next-line no-misleading-character-class
  /[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff|“”„‟«»‘’‚‛\u00ad\u200b-\u200d\u2060\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u00d0]/;
/**
 * UTF-8 read as Windows-1252: a lead byte of a two- or three-byte sequence followed by a
 * continuation byte, as Windows-1252 shows them.
 */
export const MOJIBAKE =
  /[\u00c2-\u00ef][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/;
const CONTINUATION = new RegExp(`^${MOJIBAKE.source.slice(MOJIBAKE.source.indexOf(']') + 1)}$`);

// Characters that never occur in Vietnamese Unicode text: their presence is evidence of legacy text.
// One character class: a workbook reader tests every text cell against it.
export const STRONG = /[¡¢£¤¥¦§¨©ª«¬\u00ad®µ¶·¸¹»¼½¾ÆÇËÎÏÐÑÖ×ØÜÞßäåæçëîïñö÷øûüþ]/;
/** The tokens a legacy encoding's words are read from (by UTF-16 unit: no u flag). */
export const TOKEN = /[^\s\d.,;:!?()[\]{}"'/\\|<>=_\-–—…*#~+&%@`“”‘’]+/g;
/** A letter only Vietnamese writes (any case). */
export const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/iu;
export const VOWEL = /[aăâeêioôơuưy]/u;
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/g;
/** A letter without its tone, in small case. */
export const bareOf = (s: string) => s.normalize('NFD').replace(TONE, '').normalize('NFC').toLocaleLowerCase('vi');
const isApostrophe = (code: number) => code === 0x27 || code === 0x2019;

// Per BMP unit, filled on first sight (0 = not looked at).
const SEEN = 1;
const TOKEN_UNIT = 2;
const STRONG_UNIT = 4;
const LETTER = 8;
const MARKED = 16;
const VOWEL_UNIT = 32;
const SMALL = 64;
const CAPITAL = 128;
const HORN_UNIT = 256;
const CONTINUATION_UNIT = 512;
const LEAD_UNIT = 1024;
const TONED_AE = 2048;
const TONED_Y = 4096;
// The facts a unit makes true wherever it stands are kept above these (<< 16).
const UNITS = new Int32Array(0x10000);
const TOKEN_CHAR = new RegExp(TOKEN.source.replace(/\+$/, ''));
const LETTER_CHAR = /^\p{L}$/u;
const CAPITAL_CHAR = /^\p{Lu}$/u;
const SMALL_CHAR = /^\p{Ll}$/u;
const HORN_CHAR = /[ơờớởỡợ]/iu;

// The units NFC leaves as they are, whatever stands beside them: below U+0300, Latin Extended
// Additional (Vietnamese's precomposed letters), General Punctuation from U+2010 (NFC replaces two
// of the spaces before it). test/vietnamese/line-facts.test.ts checks each of them.
const composed = (c: number) => c < 0x300 || (c >= 0x1e00 && c <= 0x1eff) || (c >= 0x2010 && c <= 0x206f);

function unitOf(code: number): number {
  const ch = String.fromCharCode(code);
  const facts =
    (STRONG.test(ch) ? STRONG_CHARACTER : 0) |
    ('(#*_\\'.includes(ch) ? MARKUP : 0) |
    (ODD_CHARACTER.test(ch) ? ODD_SPACING : 0) |
    (composed(code) ? 0 : NOT_COMPOSED);
  return (UNITS[code] =
    SEEN |
    (TOKEN_CHAR.test(ch) ? TOKEN_UNIT : 0) |
    (STRONG.test(ch) ? STRONG_UNIT : 0) |
    (LETTER_CHAR.test(ch) ? LETTER : 0) |
    (VIETNAMESE.test(ch) ? MARKED : 0) |
    (VOWEL.test(bareOf(ch)) ? VOWEL_UNIT : 0) |
    (SMALL_CHAR.test(ch) ? SMALL : 0) |
    (CAPITAL_CHAR.test(ch) ? CAPITAL : 0) |
    (HORN_CHAR.test(ch) ? HORN_UNIT : 0) |
    (CONTINUATION.test(ch) ? CONTINUATION_UNIT : 0) |
    (code >= 0xc2 && code <= 0xef ? LEAD_UNIT : 0) |
    ('àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ'.includes(ch) ? TONED_AE : 0) |
    ('ỳýỷỹỵỲÝỶỸỴ'.includes(ch) ? TONED_Y : 0) |
    (facts << 16));
}

/**
 * The facts of a line (the flags above). `glued` is told each word unglue could cut, in order:
 * a word (a run of letters as /\p{L}+/gu finds them) with a Vietnamese letter, three units or
 * more, no apostrophe at either end ("K'Ling" is a name), and small letters then capitals
 * ("giữaBGH"), or two groups of vowels (each piece of a cut is a syllable, and a piece after the
 * first starts with a consonant), or a letter outside the Basic Plane (looked at the long way). A
 * single syllable, most words, has one group of vowels.
 */
export function lineFacts(line: string, glued?: (start: number, end: number) => void): number {
  let facts = 0;
  // The token being read (legacy.ts): where it starts, and whether it has a unit of Latin-1's
  // upper half, one beyond Latin-1, one of STRONG.
  let token = -1;
  let latin = false;
  let beyond = false;
  let strong = false;
  // The word being read: where it starts, whether it has a Vietnamese letter, its groups of vowels,
  // whether it has a letter outside the Basic Plane, where its first ơ is.
  let word = -1;
  let marked = false;
  let groups = 0;
  let inVowel = false;
  let astral = false;
  let horn = -1;
  let capitals = 0;
  let lead = false;
  const n = line.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? line.charCodeAt(i) : 0x20;
    let unit = UNITS[c] || unitOf(c);
    let width = 1;
    if ((c & 0xfc00) === 0xd800 && i + 1 < n && (line.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A pair: both its units are of a token, and it is one letter, a capital or neither.
      const pair = line.slice(i, i + 2);
      unit =
        TOKEN_UNIT |
        (LETTER_CHAR.test(pair) ? LETTER : 0) |
        (CAPITAL_CHAR.test(pair) ? CAPITAL : 0) |
        (NOT_COMPOSED << 16);
      width = 2;
    }
    if (unit & CAPITAL) {
      if (++capitals === 2) facts |= TWO_CAPITALS;
    } else capitals = 0;
    if (lead && unit & CONTINUATION_UNIT) facts |= MAYBE_MOJIBAKE;
    lead = (unit & LEAD_UNIT) !== 0;
    facts |= unit >>> 16;
    // A space at either end or after another (the space after the end is no space of the line).
    if (c === 32 && i < n && (i === 0 || i === n - 1 || line.charCodeAt(i - 1) === 32)) facts |= ODD_SPACING;
    if (unit & TOKEN_UNIT) {
      if (token < 0) {
        token = i;
        latin = beyond = strong = false;
      }
      if (c > 0xff) beyond = true;
      else if (c >= 0xa0) {
        latin = true;
        if (unit & STRONG_UNIT) strong = true;
      }
    } else if (token >= 0) {
      if (latin && !beyond) {
        facts |= LATIN_WORD;
        if (!(facts & LEGACY_WORD) && (strong || !isSyllableAt(line, token, i))) facts |= LEGACY_WORD;
      }
      token = -1;
    }
    if (unit & LETTER) {
      if (word < 0) {
        word = i;
        marked = inVowel = astral = false;
        groups = 0;
        horn = -1;
      }
      if (width === 2) astral = true;
      else {
        if (unit & MARKED) marked = true;
        const vowel = (unit & VOWEL_UNIT) !== 0;
        if (vowel && !inVowel) groups++;
        inVowel = vowel;
        if (unit & HORN_UNIT && horn < 0) horn = i;
      }
    } else if (word >= 0) {
      // The end of a word: what unglue, restoreHorn and newTones would look at in it.
      if (
        marked &&
        i - word >= 3 &&
        !isApostrophe(line.charCodeAt(word - 1)) &&
        !isApostrophe(c) &&
        ((UNITS[line.charCodeAt(word)] & SMALL && UNITS[line.charCodeAt(i - 1)] & CAPITAL) || groups >= 2 || astral)
      ) {
        facts |= GLUED_WORD;
        glued?.(word, i);
      }
      if (horn >= 0 && !(facts & LOST_HORN)) {
        const before = line.charCodeAt(horn - 1);
        if (before !== 0x1b0 && before !== 0x1af && !isSyllableAt(line, word, i)) facts |= LOST_HORN;
      }
      if (i - word >= 2 && !(facts & OLD_TONE)) {
        const last = UNITS[line.charCodeAt(i - 1)];
        const o = line.charCodeAt(i - 2) | 0x20;
        if ((last & TONED_AE && o === 0x6f) || (last & TONED_Y && o === 0x75)) facts |= OLD_TONE;
      }
      word = -1;
    }
    i += width - 1;
  }
  return facts;
}
