// strippedShare answers texts that keep their letters in one pass over the characters
// (countWords), instead of a regular expression over the whole text and a list of its words: the
// answer must be the one the list of words gives, on the seeds, the corpus and edge cases.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isVietnameseSyllable, strippedShare } from '../../src/core/vietnamese/syllable';
import { CORPUS } from '../import/corpus';
import { UNICODE_A } from '../import/documents';

/** The answer from the list of words (the function as it was written first). */
function byWordList(text: string): number | null {
  const words = text.match(/\p{L}+/gu) ?? [];
  if (words.length < 40) return null;
  const marked = words.filter((w) => /[^a-zA-Z]/.test(w)).length;
  const fragments = words.filter((w) => /^[a-z]+$/.test(w) && !isVietnameseSyllable(w)).length;
  if (marked / words.length > 0.03 || fragments / words.length < 0.2) return null;
  return fragments / words.length;
}

const SEEDS = path.resolve(__dirname, '../../../shared/seeds');
const seeds = existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')) : [];
const stripped = (s: string) => s.replace(/[^\x00-\x7f]/g, '');

describe('strippedShare', () => {
  const texts: Array<[string, string]> = [
    ...seeds.map((f): [string, string] => [f, readFileSync(path.join(SEEDS, f), 'utf8')]),
    ...CORPUS.map((d): [string, string] => [d.id, d.text]),
    ['stripped A', stripped(UNICODE_A)],
    ['A without its accents', UNICODE_A.normalize('NFD').replace(/[\u0300-\u036f]/g, '')],
    ['a few marked words among stripped ones', `${stripped(UNICODE_A)} ${'Điều '.repeat(3)}`],
    ['astral letters and lone surrogates', `${stripped(UNICODE_A)} 𝒜𝒷 \ud800x \udc00y 𐐀𐐁 ${'ab cd '.repeat(20)}`],
    ['digits and punctuation only', '1, 2; 3. '.repeat(100)],
    ['39 words', 'cn '.repeat(39)],
  ];

  it.each(texts)('%s: the same answer as the list of words', (_, text) => {
    expect(strippedShare(text)).toBe(byWordList(text));
  });

  it('still refuses a stripped text and passes a whole one', () => {
    expect(strippedShare(stripped(UNICODE_A))).not.toBeNull();
    expect(strippedShare(UNICODE_A)).toBeNull();
  });
});
