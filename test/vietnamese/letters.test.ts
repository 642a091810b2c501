// The importer's hot paths read letters by UTF-16 unit (letters.ts) and collect matches with an
// exec loop (matches.ts) instead of the regular expressions they replace: each answer must be
// the one the expression gives, on every corpus line and on the edge cases (pairs, lone halves,
// apostrophes, capitals without a small form).
import { describe, expect, it } from 'vitest';
import { allMatches } from '../../src/core/matches';
import { capitalLetters, hasTwoCapitals, replaceWords, wordStart } from '../../src/core/vietnamese/letters';
import { CORPUS } from '../import/corpus';
import { toTcvn3, toVni } from '../import/documents';

const EDGES = [
  '',
  'a',
  'ĐẮK LẮK',
  'Độc lập - Tự do',
  "H'Mai Êban K’Ling",
  '𝐀𝐁 c 𐐀𐐨 ǅ ß İ',
  'x\ud800y \udc00Z \ud835',
  'TRƯỜNG THCS 2',
  'phốihợpgiữaBGH QUYCHẾ',
  '１２ ＡＢ',
];
const lines = [
  ...EDGES,
  ...CORPUS.flatMap((d) => d.text.split('\n')),
  ...CORPUS.slice(0, 5).flatMap((d) => [toTcvn3(d.text), toVni(d.text)].flatMap((t) => t.split('\n'))),
];

describe('letters read by unit', () => {
  it('capitalLetters says what removing the non-letters and upper-casing says', () => {
    for (const s of lines) {
      const letters = s.replace(/[^\p{L}]/gu, '');
      const expected = letters === letters.toLocaleUpperCase('vi') ? letters.length : -1;
      expect(capitalLetters(s), s).toBe(expected);
    }
  });

  it('hasTwoCapitals is /\\p{Lu}{2}/u', () => {
    for (const s of lines) expect(hasTwoCapitals(s), s).toBe(/\p{Lu}{2}/u.test(s));
  });

  it('replaceWords visits the words /\\p{L}+/gu finds, and wordStart finds where each starts', () => {
    for (const s of lines) {
      const seen: string[] = [];
      const out = replaceWords(
        s,
        () => false,
        (start, end) => {
          seen.push(s.slice(start, end));
          // From any letter of the word (a pair's first half for a letter outside the Basic Plane).
          for (let k = start; k < end; k++)
            if ((s.charCodeAt(k) & 0xfc00) !== 0xdc00) expect(wordStart(s, k), s).toBe(start);
          return undefined;
        },
      );
      expect(out).toBe(s);
      expect(seen, s).toEqual(s.match(/\p{L}+/gu) ?? []);
      expect(
        replaceWords(
          s,
          () => false,
          (a, b) => `<${s.slice(a, b)}>`,
        ),
      ).toBe(s.replace(/\p{L}+/gu, '<$&>'));
    }
  });
});

describe('allMatches', () => {
  const patterns = [/\p{L}+/gu, /\d+/g, /(?<![a-z])ng/g, /x*/g, /(?:)/gu, /\s+(?=\p{Lu}\p{Ll})/gu];
  it('gives the matches matchAll gives, from lastIndex, and leaves lastIndex as it was', () => {
    for (const re of patterns)
      for (const s of lines.slice(0, 400)) {
        for (const start of [0, 3]) {
          re.lastIndex = start;
          const expected = [...s.matchAll(re)].map((m) => [m.index, m[0]]);
          expect(re.lastIndex).toBe(start);
          expect(allMatches(s, re).map((m) => [m.index, m[0]])).toEqual(expected);
          expect(re.lastIndex).toBe(start);
        }
        re.lastIndex = 0;
      }
  });

  it('refuses a pattern that is not global, as matchAll does', () => {
    expect(() => allMatches('abc', /b/)).toThrow(TypeError);
  });
});
