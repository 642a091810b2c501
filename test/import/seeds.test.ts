// The five real regulations in ../shared/seeds, scored against ../shared/seeds/expected: the
// share of fields right (kind, number, date, school year, school, party codes, signatory names,
// number of legal bases, whether it supersedes, recipients) must be 100%. When the
// shared folder is absent (a fresh clone), the test says so and checks nothing about seeds.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importText } from '../../src/core/import';
import { HEADLINE, scoreHeadline, scoreTable, type ExpectedFields } from './score';

const SEEDS = path.resolve(__dirname, '../../../shared/seeds');
const EXPECTED = path.join(SEEDS, 'expected');

/** The seeds' expected JSON: signatories as objects, supersedes as the text it names. */
interface SeedExpected extends Omit<ExpectedFields, 'signatories' | 'supersedes'> {
  signatories: Array<{ name: string }>;
  supersedes: string | null;
}

const asFields = (e: SeedExpected): ExpectedFields => ({
  ...e,
  signatories: e.signatories.map((s) => s.name),
  supersedes: e.supersedes !== null,
});

const seeds = existsSync(EXPECTED)
  ? readdirSync(SEEDS).filter(
      (f) => f.endsWith('.txt') && existsSync(path.join(EXPECTED, f.replace(/\.txt$/, '.json'))),
    )
  : [];

describe('seed regulations (../shared/seeds)', () => {
  it('imports the seeds with every expected field right', () => {
    if (seeds.length === 0) {
      console.log(`[import] ${SEEDS} is not present: seed scoring skipped (nothing to score against).`);
      expect(existsSync(EXPECTED)).toBe(false);
      return;
    }
    const rows: Array<{ id: string; score: Record<string, boolean> }> = [];
    let right = 0;
    let total = 0;
    for (const f of seeds.sort()) {
      const text = readFileSync(path.join(SEEDS, f), 'utf8');
      const expected = JSON.parse(
        readFileSync(path.join(EXPECTED, f.replace(/\.txt$/, '.json')), 'utf8'),
      ) as SeedExpected;
      const score = scoreHeadline(importText(text).extraction, asFields(expected));
      right += Object.values(score).filter(Boolean).length;
      total += HEADLINE.length;
      rows.push({ id: f.slice(0, 3), score });
    }
    console.log(
      `[import] seed scores\n${scoreTable(rows, HEADLINE)}\noverall ${right}/${total} = ${((100 * right) / total).toFixed(1)}%`,
    );
    expect(right / total).toBe(1);
  });
});
