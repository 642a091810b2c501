// `phoihop report` on tracking workbooks filled with known marks: the JSON figures equal those the
// test computes from the marks (DESIGN §11's counting) per party and in total, for hk1 and the
// year at several as-of dates; every signing party is listed, with zeros when it leads nothing
// due; the tasks not done are those with a ✗ or a late ○; and the exit codes of bad input.
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli';
import { exampleTracking, expectedFigures, fill, HK1, MONTHS, type MarkedCell } from './helpers';

const dir = tempDir('phoihop-report-');
const at = (name: string) => path.join(dir, name);
let files: { regulation: string; tracking: string };
let cells: MarkedCell[];

interface ReportJson {
  period: string;
  asOf: string;
  months: string[];
  parties: Array<{ code: string; due: number; done: number; missed: number; overdue: number; rate: number | null }>;
  total: { due: number; done: number; missed: number; overdue: number; rate: number | null };
  notDone: Array<{ no: string; lead: string; months: Array<{ month: string; state: string }> }>;
  next: Array<{ lead: string; months: string[] }>;
}

async function reportJson(...args: string[]): Promise<ReportJson> {
  const r = await runCli('report', at('da-dien.xlsx'), '--format', 'json', ...args);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as ReportJson;
}

beforeAll(async () => {
  files = await exampleTracking(dir);
  cells = await fill(files.tracking, at('da-dien.xlsx'), 0);
  expect(cells.length).toBeGreaterThan(20);
});

const SIGNING = ['NT', 'CD', 'CDTN', 'CMHS'];
const AS_OF = ['2026-09-15', '2026-10-01', '2026-12-31', '2027-01-20', '2027-03-31', '2027-06-01', '2027-09-01'];

describe.each(['hk1', 'year'] as const)('--period %s', (period) => {
  const months = period === 'hk1' ? HK1 : MONTHS;
  it.each(AS_OF)('as of %s: per party and in total, the figures counted from the marks', async (asOf) => {
    const r = await reportJson('--period', period, '--as-of', asOf);
    expect(r.period).toBe(period);
    expect(r.asOf).toBe(asOf);
    expect(r.months).toEqual(months);
    // Every signing party listed, in the order of Các bên, whatever it leads.
    expect(r.parties.map((p) => p.code)).toEqual(SIGNING);
    for (const p of r.parties) {
      const e = expectedFigures(
        cells.filter((c) => c.lead === p.code),
        asOf,
        months,
      );
      expect({ code: p.code, due: p.due, done: p.done, missed: p.missed, overdue: p.overdue }).toEqual({
        code: p.code,
        ...e,
      });
      expect(p.rate).toBe(e.due ? Math.round((e.done / e.due) * 10_000) / 10_000 : null);
    }
    const total = expectedFigures(cells, asOf, months);
    expect(r.total).toMatchObject(total);
    expect(r.total.due).toBe(r.total.done + r.total.missed + r.total.overdue);
    // A task is listed as not done exactly when one of its months in the period is missed or overdue.
    const late = new Set(
      cells
        .filter((c) => months.includes(c.month))
        .filter((c) => {
          const e = expectedFigures([c], asOf, [c.month]);
          return e.missed + e.overdue > 0;
        })
        .map((c) => `${c.row}:${c.month}`),
    );
    // Task n sits on row n + 6 of Theo dõi (the header is row 6).
    const listed = new Set(r.notDone.flatMap((t) => t.months.map((m) => `${Number(t.no) + 6}:${m.month}`)));
    expect(listed).toEqual(late);
  });
});

describe('what the figures mean', () => {
  it('at the year end every marked month is due: done + not done + overdue is every due cell', async () => {
    const r = await reportJson('--as-of', '2027-09-01');
    expect(r.total.due).toBe(cells.length);
    expect(r.total.done).toBe(cells.filter((c) => c.value.startsWith('✓')).length);
  });

  it('a CMHS that leads no task is listed with zeros and no rate', async () => {
    const r = await reportJson('--as-of', '2027-09-01');
    expect(r.parties.find((p) => p.code === 'CMHS')).toMatchObject({
      due: 0,
      done: 0,
      missed: 0,
      overdue: 0,
      rate: null,
    });
  });

  it('hk1 lists the next semester’s tasks; the year lists none', async () => {
    const hk1 = await reportJson('--period', 'hk1', '--as-of', '2027-01-31');
    const after = new Set(cells.filter((c) => !HK1.includes(c.month)).map((c) => `${c.lead}:${c.month}`));
    expect(new Set(hk1.next.flatMap((t) => t.months.map((m) => `${t.lead}:${m}`)))).toEqual(after);
    expect((await reportJson('--as-of', '2027-01-31')).next).toEqual([]);
  });

  it('a calendar whose semester I ends in December leaves T1 out of hk1', async () => {
    writeFileSync(at('lich.json'), JSON.stringify({ firstSemester: ['T9', 'T10', 'T11', 'T12'] }));
    const r = await reportJson('--period', 'hk1', '--as-of', '2027-03-01', '--calendar', at('lich.json'));
    expect(r.months).toEqual(['T9', 'T10', 'T11', 'T12']);
    expect(r.total).toMatchObject(expectedFigures(cells, '2027-03-01', ['T9', 'T10', 'T11', 'T12']));
  });
});

describe('the Word file and the exit codes', () => {
  it('writes the .docx with -o (exit 0) and will not replace it without --force (exit 2)', async () => {
    const out = at('bao-cao.docx');
    const first = await runCli(
      'report',
      at('da-dien.xlsx'),
      '-o',
      out,
      '--as-of',
      '2027-01-20',
      '--workbook',
      files.regulation,
    );
    expect(first.code, first.stderr).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(first.stderr).toContain('bao-cao.docx');
    const again = await runCli('report', at('da-dien.xlsx'), '-o', out, '--as-of', '2027-01-20');
    expect(again.code).toBe(2);
    expect(again.stderr.trim().split('\n')).toHaveLength(1);
    expect((await runCli('report', at('da-dien.xlsx'), '-o', out, '--as-of', '2027-01-20', '--force')).code).toBe(0);
  });

  it.each([
    ['an unknown period', ['--period', 'hk2']],
    ['a date that is none', ['--as-of', '31/02/2027']],
    ['a missing file', ['--workbook', '/khong/co.xlsx']],
  ])('exits 2 on %s, with one line that says what', async (_what, args) => {
    const r = await runCli('report', at('da-dien.xlsx'), ...args);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
  });

  it('exits 2 on a workbook that is no tracking workbook (the regulation itself)', async () => {
    const r = await runCli('report', files.regulation);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('phoihop track');
  });

  it('exits 2 when --workbook is another regulation than the one tracked', async () => {
    const { writeRegulationWorkbook } = await import('../../src/xlsx/write-regulation');
    const { exampleContent } = await import('../../src/core/template/example');
    const other = exampleContent();
    other.document.number = '99/QCPH-KHAC';
    writeFileSync(at('khac.xlsx'), await writeRegulationWorkbook(other));
    const r = await runCli('report', at('da-dien.xlsx'), '--workbook', at('khac.xlsx'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('99/QCPH-KHAC');
  });
});
