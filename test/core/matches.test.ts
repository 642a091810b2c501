// firstMatch against allMatches: the first match a reader takes, searched one at a time, is the one
// reading every match in order gives, whatever the reader does with the pattern meanwhile.
import { describe, expect, it } from 'vitest';
import { allMatches, firstMatch } from '../../src/core/matches';
import { CADENCE_PHRASE, fold } from '../../src/core/import/vocab';
import { CORPUS } from '../import/corpus';

const lines = [
  '',
  'x',
  'định kỳ hằng tháng, hằng quý họp một lần',
  '𝐀𝐁 c 𐐀𐐨 ǅ ß İ',
  ...CORPUS.flatMap((d) => d.text.split('\n')),
].map(fold);

describe('firstMatch', () => {
  const patterns = [CADENCE_PHRASE, /\p{L}+/gu, /\d+/g, /x*/g, /(?:)/gu];
  // Readers that take a later match, none, or search with the pattern themselves.
  const readers: Array<(re: RegExp) => (m: RegExpExecArray) => string | null> = [
    () => (m) => m[0],
    () => (m) => (m.index % 3 === 2 ? `${m.index}:${m[0]}` : null),
    () => () => null,
    (re) => (m) => {
      re.lastIndex = 0;
      re.exec(m[0]);
      return m[0].length > 4 ? m[0] : null;
    },
  ];
  it('gives what reading allMatches in order gives, and leaves lastIndex as it was', () => {
    for (const re of patterns)
      for (const reader of readers)
        for (const s of lines.slice(0, 300))
          for (const start of [0, 2]) {
            re.lastIndex = start;
            const expected = allMatches(s, re)
              .map((m) => reader(/$^/g)(m))
              .find((v) => v !== null);
            expect(re.lastIndex).toBe(start);
            expect(firstMatch(s, re, reader(re))).toBe(expected ?? null);
            expect(re.lastIndex).toBe(start);
            re.lastIndex = 0;
          }
  });

  it('refuses a pattern that is not global, as allMatches does', () => {
    expect(() => firstMatch('abc', /b/, (m) => m[0])).toThrow(TypeError);
  });
});

describe('the cadence pattern', () => {
  it('finds with its lookahead of first letters what it finds without it', () => {
    const without = new RegExp(CADENCE_PHRASE.source.replace('(?=[tdhmcskb\\d])', ''), 'g');
    expect(without.source).not.toBe(CADENCE_PHRASE.source);
    const extra = ['hai lần một năm', '2 lần/năm học', '01 lần / quý', 'khi có yêu cầu', 'sau các học kỳ'].map(fold);
    for (const s of [...lines, ...extra]) {
      const found = allMatches(s, CADENCE_PHRASE).map((m) => [m.index, m[0]]);
      expect(found).toEqual(allMatches(s, without).map((m) => [m.index, m[0]]));
    }
  });
});
