// `batch` gains per school the report's figures for the period: over a folder holding a filled
// tracking workbook, its row's due / done / missed / overdue (and its party figures) are those
// `report` gives for the same period and date, with one counting definition behind both.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli';
import { exampleTracking, fill } from './helpers';

const dir = tempDir('phoihop-report-batch-');
const folder = path.join(dir, 'truong');

interface Figures {
  due: number;
  done: number;
  missed: number;
  overdue: number;
}

beforeAll(async () => {
  const files = await exampleTracking(dir);
  mkdirSync(folder);
  await fill(files.tracking, path.join(folder, 'so-theo-doi.xlsx'), 3);
});

async function batchRow(...args: string[]) {
  const r = await runCli('batch', folder, '--format', 'json', '--jobs', '1', ...args);
  expect(r.code, r.stderr).toBe(0);
  const json = JSON.parse(r.stdout) as {
    files: Array<{ progress: Figures | null }>;
    parties: Array<{ code: string; led: Figures }>;
  };
  return json;
}

async function report(...args: string[]) {
  const r = await runCli('report', path.join(folder, 'so-theo-doi.xlsx'), '--format', 'json', ...args);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as { total: Figures; parties: Array<{ code: string } & Figures> };
}

const pick = (f: Figures) => ({ due: f.due, done: f.done, missed: f.missed, overdue: f.overdue });

describe.each([
  ['hk1', '2026-12-15'],
  ['hk1', '2027-04-01'],
  ['year', '2027-04-01'],
  ['year', '2027-09-01'],
])('--period %s, as of %s', (period, asOf) => {
  it('the school row and the party rows hold the report’s figures', async () => {
    const [b, r] = await Promise.all([
      batchRow('--period', period, '--as-of', asOf),
      report('--period', period, '--as-of', asOf),
    ]);
    expect(pick(b.files[0].progress!)).toEqual(pick(r.total));
    for (const p of r.parties.filter((x) => x.due > 0))
      expect(pick(b.parties.find((x) => x.code === p.code)!.led), p.code).toEqual(pick(p));
  });
});

it('without --period batch counts the whole year, as before', async () => {
  const [plain, year] = await Promise.all([
    batchRow('--as-of', '2027-04-01'),
    batchRow('--as-of', '2027-04-01', '--period', 'year'),
  ]);
  expect(plain.files[0].progress).toEqual(year.files[0].progress);
});
