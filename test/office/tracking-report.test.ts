// Báo cáo inside Excel: the Office adapter reads a tracking workbook's Theo dõi and Tổng hợp from
// the strict Excel fake (still three syncs), and the pane's report chunk turns those grids into the
// .docx whose figures are `phoihop report --format json`'s, the same as from the file itself (the
// browser path). The .docx is read back by python-docx and checked by the OOXML checker.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportDocument } from '../../src/browser/report-chunk';
import { UserError } from '../../src/core/i18n';
import { readGridsFromExcel, type ExcelRun } from '../../src/office/read-grids';
import { readXlsxBytes } from '../../src/xlsx/read-bytes';
import { runCli } from '../helpers/cli';
import { checkOoxml, findingLine } from '../helpers/ooxml';
import { exampleTracking, fill } from '../report/helpers';
import type { FakeWorkbook } from './fake-excel';
import { bigContent, fakeFromGrids, gridsOf, xlsxOf } from './workbooks';
import { docxTables } from '../helpers/docx-tables';

const runOf = (fake: FakeWorkbook) => fake.run as unknown as ExcelRun;
let dir: string;
let tracking: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'phoihop-office-report-'));
  const files = await exampleTracking(dir);
  tracking = path.join(dir, 'so-theo-doi-da-ghi.xlsx');
  await fill(files.tracking, tracking, 2);
});

interface ReportJson {
  parties: Array<{ code: string; name: string; due: number; done: number; missed: number; overdue: number }>;
  total: { due: number; done: number; missed: number; overdue: number };
}

describe('Báo cáo of a tracking workbook open in Excel', () => {
  it('reads Theo dõi and Tổng hợp in the same three syncs, and no other sheet of it', async () => {
    const fake = fakeFromGrids(await gridsOf(readFileSync(tracking)));
    const { grids, stats } = await readGridsFromExcel(runOf(fake));
    expect(grids.map((g) => g.name)).toEqual(['Theo dõi', 'Tổng hợp']);
    expect(stats.syncs).toBe(3);
    expect(fake.syncs[2].cellsRead).toBe(stats.cells);
    // A regulation workbook's read is unchanged: its block sheets only.
    const regulation = await readGridsFromExcel(runOf(fakeFromGrids(await gridsOf(await xlsxOf(bigContent(5))))));
    expect(regulation.grids.map((g) => g.name)).not.toContain('Theo dõi');
  });

  it('finds a Theo dõi the school renamed, and reports the same figures as from the file', async () => {
    const renamed = (await gridsOf(readFileSync(tracking))).map((g) =>
      g.name === 'Theo dõi' ? { ...g, name: 'Theo dõi năm 2026' } : g,
    );
    const { grids, stats } = await readGridsFromExcel(runOf(fakeFromGrids(renamed)));
    expect(grids.map((g) => g.name)).toEqual(['Theo dõi năm 2026', 'Tổng hợp']);
    expect(stats.syncs).toBe(3);
    const options = { period: 'year', asOf: '2027-04-01', disseminationDays: 30 } as const;
    const inExcel = await reportDocument(grids, 'Excel', options, 'x');
    const fromFile = await reportDocument(readXlsxBytes(readFileSync(tracking), 't.xlsx').grids, 'x', options, 'x');
    expect(inExcel.report.total.due).toBeGreaterThan(0);
    expect(inExcel.report).toEqual(fromFile.report);
  });

  it.each([
    ['hk1', '2026-12-15'],
    ['year', '2027-04-01'],
  ] as const)('--period %s as of %s: the .docx holds the CLI’s figures, as from the file', async (period, asOf) => {
    const cli = await runCli('report', tracking, '--format', 'json', '--period', period, '--as-of', asOf);
    expect(cli.code, cli.stderr).toBe(0);
    const json = JSON.parse(cli.stdout) as ReportJson;
    expect(json.total.due).toBeGreaterThan(0);

    const { grids } = await readGridsFromExcel(runOf(fakeFromGrids(await gridsOf(readFileSync(tracking)))));
    const options = { period, asOf, disseminationDays: 30 };
    const inExcel = await reportDocument(grids, 'Excel', options, 'Phối hợp (test)');
    const fromFile = await reportDocument(
      readXlsxBytes(readFileSync(tracking), 'so-theo-doi.xlsx').grids,
      'x',
      options,
      'x',
    );
    expect(inExcel.report).toEqual(fromFile.report);
    expect(inExcel.fileName).toBe(`bao-cao-${period === 'hk1' ? 'so-ket-hk1' : 'tong-ket'}-2026-2027.docx`);
    expect(inExcel.yearAssumed).toBeNull();

    const file = path.join(dir, `excel-${inExcel.fileName}`);
    writeFileSync(file, inExcel.bytes);
    expect(checkOoxml([file]).map(findingLine)).toEqual([]);
    const table = docxTables(file).find((t) => t[0][0] === 'STT' && t[0].includes('Đến hạn'))!;
    expect(table.slice(1).map((r) => r.slice(3, 7).map(Number))).toEqual([
      ...json.parties.map((p) => [p.due, p.done, p.missed, p.overdue]),
      [json.total.due, json.total.done, json.total.missed, json.total.overdue],
    ]);
    expect(table.slice(1, -1).map((r) => r[1])).toEqual(json.parties.map((p) => p.name || p.code));
  });

  it('a regulation open in Excel is still refused as not a tracking workbook', async () => {
    const { grids } = await readGridsFromExcel(runOf(fakeFromGrids(await gridsOf(await xlsxOf(bigContent(5))))));
    const error = await reportDocument(
      grids,
      'Excel',
      { period: 'year', asOf: '2027-04-01', disseminationDays: 30 },
      'x',
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).key).toBe('pane.report.isRegulation');
  });
});
