// The five real regulations in ../shared/seeds, scored against ../shared/seeds/expected: the
// share of fields right (kind, number, date, school year, school, party codes, signatory names,
// number of legal bases, whether it supersedes, recipients) must be 100%, and so must the place
// and every signatory whole (body, capacity, title), as text and in every layout. When the
// shared folder is absent (a fresh clone), the test says so and checks nothing about seeds.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importText } from '../../src/core/import';
import { readDocumentBytes } from '../../src/docx/read-document';
import { DOCX_LAYOUTS, TEXT_LAYOUTS } from './layouts';
import type { Extraction } from '../../src/core/import/types';
import { HEADLINE, norm, scoreHeadline, scoreTable, scoreTimes, type ExpectedFields } from './score';

const SEEDS = path.resolve(__dirname, '../../../shared/seeds');
const EXPECTED = path.join(SEEDS, 'expected');

/** The seeds' expected JSON: signatories as objects, supersedes as the text it names. */
interface SeedExpected extends Omit<ExpectedFields, 'signatories' | 'supersedes'> {
  signatories: Array<{ party: string; title: string; name: string; capacity: string | null }>;
  supersedes: string | null;
  place: string | null;
}

/**
 * Beyond the headline: the place, and each signatory whole — the body it signs for (a code, or
 * OTHER:name for a body outside the list, found by the name the import gives it), its capacity,
 * title and name, in order.
 */
function otherFields(x: Extraction, e: SeedExpected): string[] {
  const wrong: string[] = [];
  if (norm(x.fields.place?.value) !== norm(e.place)) wrong.push(`place ${x.fields.place?.value ?? '—'}`);
  const codeOf = (party: string) =>
    party.startsWith('OTHER:') ? (x.parties.find((p) => norm(p.name) === norm(party.slice(6)))?.code ?? party) : party;
  const want = e.signatories.map((s) => [codeOf(s.party), s.capacity ?? '', norm(s.title), norm(s.name)].join(' | '));
  const got = x.signatories.map((s) => [s.party, s.capacity, norm(s.title), norm(s.name)].join(' | '));
  if (JSON.stringify(got) !== JSON.stringify(want)) wrong.push(`signatories ${got.join('; ')}`);
  return wrong;
}

const asFields = (e: SeedExpected): ExpectedFields => ({
  ...e,
  signatories: e.signatories.map((s) => s.name),
  supersedes: e.supersedes !== null,
});

// Task times marked by hand from each seed's clause text: the cadence its words state, or '' for a
// clause that states none (then its task must stay empty for validate to ask).
const TIMES: Record<string, Record<string, string>> = {
  '000': { 'D2.3': 'Mỗi học kỳ', 'D2.1': '', 'D2.7': '' },
  '001': { 'II.4-1': 'Đầu năm học', 'II.4-2': 'Thường xuyên', 'III.2-1': 'Đầu năm học', 'III.1-1': '' },
  '002': { 'III-1': '2 lần/năm', 'II.3-3': 'Thường xuyên', 'II.3-2': '' },
  '003': { 'II.3': 'Hàng quý', 'III.2.3': 'Hàng năm', 'III.3.2': 'Hàng năm', 'III.4.5': 'Thường xuyên', 'III.1.2': '' },
  '004': {
    'II.1.1-5': 'Hàng năm',
    'II.1.1-6': 'Thường xuyên',
    'II.1.1-11': 'Hàng năm',
    'II.1.3-1': 'Thường xuyên',
    'III.5a-3': '2 lần/năm',
    'II.1.1-13': '',
  },
};

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
      const x = importText(text).extraction;
      const score = scoreHeadline(x, asFields(expected));
      expect(otherFields(x, expected), f).toEqual([]);
      const times = scoreTimes(x, TIMES[f.slice(0, 3)] ?? {});
      expect(
        Object.entries(times).filter(([, ok]) => !ok),
        `${f} task times`,
      ).toEqual([]);
      right += Object.values(score).filter(Boolean).length;
      total += HEADLINE.length;
      rows.push({ id: f.slice(0, 3), score });
    }
    console.log(
      `[import] seed scores\n${scoreTable(rows, HEADLINE)}\noverall ${right}/${total} = ${((100 * right) / total).toFixed(1)}%`,
    );
    expect(right / total).toBe(1);
  });

  it('imports the seeds as a web page or Word lays their columns out, every field still right', async () => {
    if (seeds.length === 0) {
      console.log(`[import] ${SEEDS} is not present: seed layouts skipped (nothing to score against).`);
      expect(existsSync(EXPECTED)).toBe(false);
      return;
    }
    const wrong: string[] = [];
    for (const f of seeds) {
      const text = readFileSync(path.join(SEEDS, f), 'utf8');
      const seed = JSON.parse(readFileSync(path.join(EXPECTED, f.replace(/\.txt$/, '.json')), 'utf8')) as SeedExpected;
      const expected = asFields(seed);
      const readings: Array<[string, string]> = Object.entries(TEXT_LAYOUTS).map(([name, lay]) => [name, lay(text)]);
      for (const [name, lay] of Object.entries(DOCX_LAYOUTS))
        readings.push([`.docx, ${name}`, (await readDocumentBytes(lay(text), `${f}.docx`)).text]);
      for (const [layout, read] of readings) {
        const x = importText(read).extraction;
        const score = scoreHeadline(x, expected);
        for (const h of HEADLINE) if (!score[h]) wrong.push(`${f.slice(0, 3)} (${layout}): ${h}`);
        for (const w of otherFields(x, seed)) wrong.push(`${f.slice(0, 3)} (${layout}): ${w}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
