// The import walks each line once (line-facts.ts) and runs a repair only on a line the walk says
// may need it: each fact must be what the patterns and word rules it stands for say, on every
// corpus line, its legacy-encoded and glued copies, and the edge cases (pairs, lone halves,
// apostrophes, spaces at the ends). The patterns stay here as the reference the walk is held to.
import { describe, expect, it } from 'vitest';
import { isRegular } from '../../src/core/import/clean';
import { clean } from '../../src/core/text';
import { replaceWords } from '../../src/core/vietnamese/letters';
import {
  bareOf,
  GLUED_WORD,
  LATIN_WORD,
  LEGACY_WORD,
  lineFacts,
  LOST_HORN,
  MARKUP,
  MAYBE_MOJIBAKE,
  NOT_COMPOSED,
  ODD_CHARACTER,
  ODD_SPACING,
  OLD_TONE,
  STRONG,
  STRONG_CHARACTER,
  TOKEN,
  TWO_CAPITALS,
  VIETNAMESE,
  VOWEL,
} from '../../src/core/vietnamese/line-facts';
import { isSyllableAt, isVietnameseSyllable } from '../../src/core/vietnamese/syllable';
import { CORPUS } from '../import/corpus';
import { toTcvn3, toVni } from '../import/documents';

const EDGES = [
  '',
  ' ',
  'a',
  ' a',
  'a ',
  'a  b',
  'ĐẮK LẮK',
  'Độc lập - Tự do',
  "H'Mai Êban K’Ling 'phốihợp' phốihợp’",
  '𝐀𝐁 c 𐐀𐐨 ǅ ß İ',
  'x\ud800y \udc00Z \ud835',
  'phố𝐀hợp 𝐀bcđ giữa𝐁 ơ𝐀',
  'TRƯỜNG THCS 2',
  'phốihợpgiữaBGH QUYCHẾ củađơn Kếhoạch',
  'trờng nớc Chơng ngời hợp',
  'Céng hßa x· héi chñ nghÜa ViÖt Nam',
  'Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam',
  'Nhà và báo cáo 12 abc',
  '１２ ＡＢ',
  'a\tb | c “d” e\u00a0f\u200bg\u0301 Ð',
  'Cá»™ng hÃ²a xÃ£ há»™i â€“ Äá»™c láº­p',
  'Hòa hoà HOÀ thuỷ Thuỷ quý khoẻ hoà𝐀 (1)**Điều** #1 _x_ \\*',
  'Ω Å K ﬀ 가 각 e\u0301 \u2000\u2001 ｱ',
];
const glue = (s: string) => s.replace(/(\p{L}) (?=\p{L})/gu, (m, a: string, i: number) => (i % 3 ? m : a));
const corpusLines = CORPUS.flatMap((d) => d.text.split('\n'));
const lines = [
  ...EDGES,
  ...corpusLines,
  ...corpusLines.slice(0, 300).map(glue),
  ...corpusLines.slice(0, 200).map((l) => l.toLocaleUpperCase('vi')),
  ...CORPUS.slice(0, 5).flatMap((d) => [toTcvn3(d.text), toVni(d.text)].flatMap((t) => t.split('\n'))),
];

// What convertLegacyLine looked at, with patterns: a token in Latin-1 letters only, with a STRONG
// character or no syllable (any such token when an encoding is forced).
function legacyTokens(line: string): { latin: boolean; legacy: boolean } {
  const tokens = [...line.matchAll(TOKEN)].map((m) => m[0]).filter((t) => /[\u00a0-\u00ff]/.test(t));
  const latin = tokens.filter((t) => !/[\u0100-\uffff]/.test(t));
  return { latin: latin.length > 0, legacy: latin.some((t) => STRONG.test(t) || !isVietnameseSyllable(t)) };
}

// The words restoreHorn tries: its first ơ has no ư before it, and it is no syllable as it stands.
const lostHorn = (line: string) =>
  [...line.matchAll(/\p{L}+/gu)].some(([word]) => {
    const at = word.search(/[ơờớởỡợ]/iu);
    return at >= 0 && !(at > 0 && /[ưƯ]/u.test(word[at - 1])) && !isVietnameseSyllable(word);
  });

// The words unglue looks at, as it found them with replaceWords and its own test of each word.
function gluedWords(line: string): string[] {
  const out: string[] = [];
  const apostrophe = (code: number) => code === 0x27 || code === 0x2019;
  replaceWords(
    line,
    (c) => VIETNAMESE.test(String.fromCharCode(c)),
    (start, end, marked) => {
      if (!marked || end - start < 3 || apostrophe(line.charCodeAt(start - 1)) || apostrophe(line.charCodeAt(end)))
        return undefined;
      const word = line.slice(start, end);
      const chars = [...word];
      const smallThenCapital = /^\p{Ll}/u.test(word[0]) && /^\p{Lu}$/u.test(word[word.length - 1]);
      const astral = /[\ud800-\udfff]/.test(word);
      let groups = 0;
      let inVowel = false;
      for (const ch of chars) {
        const vowel = VOWEL.test(bareOf(ch));
        if (vowel && !inVowel) groups++;
        inVowel = vowel;
      }
      if (smallThenCapital || astral || groups >= 2) out.push(word);
      return undefined;
    },
  );
  return out;
}

describe('the facts of a line, in one walk', () => {
  it('says whether a token may be legacy-encoded as the token pattern and the syllable rules say', () => {
    for (const s of lines) {
      const facts = lineFacts(s);
      const want = legacyTokens(s);
      expect((facts & LATIN_WORD) !== 0, s).toBe(want.latin);
      expect((facts & LEGACY_WORD) !== 0, s).toBe(want.legacy);
    }
  });

  it('tells each word unglue could cut, in order, as its word rules find them', () => {
    let seen = 0;
    for (const s of lines) {
      const found: string[] = [];
      const facts = lineFacts(s, (start, end) => found.push(s.slice(start, end)));
      const want = gluedWords(s);
      expect(found, s).toEqual(want);
      expect((facts & GLUED_WORD) !== 0, s).toBe(want.length > 0);
      seen += want.length;
    }
    expect(seen).toBeGreaterThan(100);
  });

  it('finds a lost horn, two capitals, STRONG, mojibake, markup and old tones as the patterns do', () => {
    const mojibake =
      /[\u00c2-\u00ef][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/;
    const oldTone = /(?:[oO][àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ])(?!\p{L})/u;
    const seen = { horn: 0, mojibake: 0, tone: 0 };
    for (const s of [...lines, ...lines.slice(0, 300).map((l) => Buffer.from(l, 'utf8').toString('latin1'))]) {
      const facts = lineFacts(s);
      const has = (flag: number) => (facts & flag) !== 0;
      expect(has(LOST_HORN), s).toBe(lostHorn(s));
      expect(has(TWO_CAPITALS), s).toBe(/\p{Lu}{2}/u.test(s));
      expect(has(STRONG_CHARACTER), s).toBe(STRONG.test(s));
      expect(has(MAYBE_MOJIBAKE), s).toBe(mojibake.test(s));
      expect(has(MARKUP), s).toBe(/[(#*_\\]/.test(s));
      expect(has(OLD_TONE), s).toBe(oldTone.test(s));
      if (!has(NOT_COMPOSED)) expect(s.normalize('NFC'), s).toBe(s);
      seen.horn += +has(LOST_HORN);
      seen.mojibake += +has(MAYBE_MOJIBAKE);
      seen.tone += +has(OLD_TONE);
    }
    expect(Math.min(seen.horn, seen.mojibake, seen.tone)).toBeGreaterThan(0);
  });

  it('calls composed only what NFC leaves as it is, whatever stands beside it', () => {
    const composed = (c: number) => c < 0x300 || (c >= 0x1e00 && c <= 0x1eff) || (c >= 0x2010 && c <= 0x206f);
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      expect((lineFacts(`a${ch}b`) & NOT_COMPOSED) !== 0, c.toString(16)).toBe(!composed(c));
      if (composed(c)) expect(ch.normalize('NFC'), c.toString(16)).toBe(ch);
      // No character NFC composes has a composed one as its second half.
      const parts = [...ch.normalize('NFD')];
      if (parts.length === 2 && ch.normalize('NFC') === ch)
        expect(composed(parts[1].codePointAt(0)!), c.toString(16)).toBe(false);
    }
  });

  it('finds odd spacing where isRegular does, and a regular line needs no cleaning, trim or column cut', () => {
    for (const s of lines) {
      const odd = (lineFacts(s) & ODD_SPACING) !== 0;
      expect(odd, s).toBe(/^ | $| {2}/.test(s) || ODD_CHARACTER.test(s));
      if (s !== '') expect(isRegular(s), s).toBe(!odd);
      if (!isRegular(s)) continue;
      expect(clean(s), s).toBe(s);
      expect(s.trim()).toBe(s);
      expect(/\t+|\s{3,}|\s+\|(?:\s+|$)/.test(s), s).toBe(false);
    }
    // Every white space but the space, and every typographic character the finishing replaces.
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if ((/\s/.test(ch) && ch !== ' ') || /[“”„‟«»‘’‚‛\u00ad\u200b-\u200d\u2060\ufeff]/.test(ch))
        expect(ODD_CHARACTER.test(ch), c.toString(16)).toBe(true);
    }
  });

  it('looks a word up as a syllable where it stands as the syllable rules do on the word', () => {
    for (const s of lines.slice(0, 2000))
      for (const m of s.matchAll(/\S+/g)) {
        const [a, b] = [m.index, m.index + m[0].length];
        expect(isSyllableAt(s, a, b), m[0]).toBe(isVietnameseSyllable(s.slice(a, b)));
        // Again, from the slot it now has.
        expect(isSyllableAt(s, a, b), m[0]).toBe(isVietnameseSyllable(s.slice(a, b)));
      }
  });
});
