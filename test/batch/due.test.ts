// Sắp đến hạn at its boundaries with a fixed --as-of: the day before the warning period, its
// first day, the due date, and the day after, for a regulation's review and a task's month, in
// the core and through `phoihop batch` (the office's rules file setting the warning period).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { dueSoonOccurrences } from '../../src/core/batch/progress';
import { occurrenceState } from '../../src/core/tracking-book/counting';
import type { TrackingTask } from '../../src/core/tracking-book/read-tracking';
import { buildBatchReport } from '../../src/core/batch/report';
import type { FileSummary } from '../../src/core/batch/types';
import { dueState } from '../../src/core/deadline';
import { regulationFacts, regulationSummary } from '../helpers/batch-summaries';
import { runCli, tempDir } from '../helpers/cli';
import { regulationBytes, school, trackingBytes, type TrackingTaskSpec } from '../helpers/school-workbooks';
import { MARKS } from '../../src/core/tracking-book/contract';

const reg = (path: string, nextReview: string): FileSummary =>
  regulationSummary(
    path,
    regulationFacts(2026, { school: path, number: `1/QCPH-${path}`, issueDate: '2026-10-08', nextReview }),
  );

describe('the review of a regulation due on 08/10/2027', () => {
  const cases: Array<[string, string, number, string]> = [
    ['the day before the warning period', '2027-09-07', 30, 'ok'],
    ['the first day of the warning period', '2027-09-08', 30, 'dueSoon'],
    ['the due date', '2027-10-08', 30, 'dueSoon'],
    ['the day after the due date', '2027-10-09', 30, 'overdue'],
    ['a day before a 45-day warning period', '2027-08-23', 45, 'ok'],
    ['the first day of a 45-day warning period', '2027-08-24', 45, 'dueSoon'],
    ['no warning period: the day before', '2027-10-07', 0, 'ok'],
    ['no warning period: the due date', '2027-10-08', 0, 'dueSoon'],
  ];
  for (const [name, asOf, warnDays, state] of cases) {
    it(`${name} (${asOf}, ${warnDays} days): ${state}`, () => {
      expect(dueState('2027-10-08', asOf, warnDays)).toBe(state);
      const report = buildBatchReport([reg('a', '2027-10-08')], { folder: 'x', asOf, warnDays });
      expect(report.rows[0].reviewState).toBe(state);
      expect([report.totals.reviewOk, report.totals.reviewDueSoon, report.totals.reviewOverdue]).toEqual([
        state === 'ok' ? 1 : 0,
        state === 'dueSoon' ? 1 : 0,
        state === 'overdue' ? 1 : 0,
      ]);
    });
  }
});

describe('a task month T10 of 2026-2027 (due by 31/10/2026)', () => {
  const task = (mark: 'due' | 'done' | 'notDone'): TrackingTask => ({
    row: 7,
    no: '1',
    clauseId: 'D1',
    task: 'Họp liên tịch',
    lead: 'CD',
    support: [],
    cadence: 'Hàng tháng',
    occurrences: [{ month: 10, cell: 'H7', mark }],
  });
  const cases: Array<[string, string, string, boolean]> = [
    ['the day before the warning period', '2026-09-30', 'upcoming', false],
    ['the first day of the warning period (the 1st)', '2026-10-01', 'pending', true],
    ['the last day of the month', '2026-10-31', 'pending', true],
    ['the day after', '2026-11-01', 'overdue', false],
  ];
  for (const [name, asOf, state, soon] of cases) {
    it(`${name} (${asOf}): ${soon ? 'Sắp đến hạn' : state}`, () => {
      const t = task('due');
      expect(occurrenceState(t.occurrences[0], 2026, asOf)).toBe(state);
      expect(dueSoonOccurrences([t], 2026, asOf, 30).length).toBe(soon ? 1 : 0);
    });
  }
  it('a month marked done or not done is never due soon', () => {
    for (const mark of ['done', 'notDone'] as const)
      expect(dueSoonOccurrences([task(mark)], 2026, '2026-10-15', 30)).toEqual([]);
  });
  it('a longer warning period reaches into the next month', () => {
    expect(dueSoonOccurrences([task('due')], 2026, '2026-09-25', 40).map((o) => o.due)).toEqual(['2026-10-31']);
  });
});

describe('phoihop batch --as-of / --warn-days / the office setting', () => {
  const root = tempDir('phoihop-due-');
  const folder = path.join(root, 'ho-so');
  const s = school(0, 2026);
  const tasks: TrackingTaskSpec[] = [
    {
      no: 1,
      clauseId: 'D1',
      task: 'Họp liên tịch hằng tháng',
      lead: 'NT',
      support: 'CD',
      cadence: 'Hàng tháng',
      marks: new Map([
        [9, MARKS.done],
        [10, MARKS.due],
      ]),
    },
  ];
  const ready = (async () => {
    const { mkdirSync } = await import('node:fs');
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, 'quy-che.xlsx'), await regulationBytes(s));
    writeFileSync(path.join(folder, 'so-theo-doi.xlsx'), await trackingBytes({ school: s, tasks }));
    writeFileSync(path.join(root, 'luat.json'), JSON.stringify([{ settings: { warnDays: 45 } }]));
  })();
  const batch = async (...args: string[]) => {
    await ready;
    const run = await runCli('batch', folder, '--format', 'json', '--jobs', '1', ...args);
    expect(run.stderr).not.toMatch(/Lỗi nội bộ|internal/i);
    const json = JSON.parse(run.stdout);
    const regulation = json.files.find((f: { kind: string }) => f.kind === 'regulation');
    const tracking = json.files.find((f: { kind: string }) => f.kind === 'tracking');
    return { json, regulation, tracking };
  };

  // The example regulation: issued 08/10/2026, reviewed yearly, so due 08/10/2027.
  it('the day before the warning period: Còn hạn, no info finding', async () => {
    const { regulation, json } = await batch('--as-of', '07/09/2027');
    expect(regulation.reviewState).toBe('ok');
    expect(regulation.findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain('review-due');
    expect(json.summary.reviewOk).toBe(1);
  });
  it('the first day of the warning period: Sắp đến hạn, with the date in the finding', async () => {
    const { regulation, json } = await batch('--as-of', '08/09/2027');
    expect(regulation.reviewState).toBe('dueSoon');
    const f = regulation.findings.find((x: { ruleId: string }) => x.ruleId === 'review-due');
    expect(f.severity).toBe('info');
    expect(f.message).toContain('08/10/2027');
    expect(json.summary.reviewDueSoon).toBe(1);
  });
  it('the day after the due date: Quá hạn', async () => {
    const { regulation, json } = await batch('--as-of', '09/10/2027');
    expect(regulation.reviewState).toBe('overdue');
    expect(json.summary.reviewOverdue).toBe(1);
  });
  it('--warn-days 45 and the rules file setting {"warnDays": 45} move the warning forward alike', async () => {
    expect((await batch('--as-of', '24/08/2027')).regulation.reviewState).toBe('ok');
    expect((await batch('--as-of', '24/08/2027', '--warn-days', '45')).regulation.reviewState).toBe('dueSoon');
    const viaRules = await batch('--as-of', '24/08/2027', '--rules', path.join(root, 'luat.json'));
    expect(viaRules.regulation.reviewState).toBe('dueSoon');
    expect(viaRules.json.warnDays ?? viaRules.json.summary.warnDays).toBe(45);
    // The option wins over the office's setting.
    const both = await batch('--as-of', '24/08/2027', '--rules', path.join(root, 'luat.json'), '--warn-days', '10');
    expect(both.regulation.reviewState).toBe('ok');
  });
  it('task months: T10 open on 15/10/2026 is due soon and listed; on 01/11/2026 it is overdue instead', async () => {
    const during = await batch('--as-of', '15/10/2026');
    expect(during.tracking.dueSoon).toBe(1);
    const soon = during.tracking.findings.filter((f: { ruleId: string }) => f.ruleId === 'tracking-due-soon');
    expect(soon.map((f: { cell: string; message: string }) => f.message)).toEqual([
      expect.stringContaining('31/10/2026'),
    ]);
    expect(during.json.summary.tasksDueSoon).toBe(1);
    const after = await batch('--as-of', '01/11/2026');
    expect(after.tracking.dueSoon).toBe(0);
    expect(after.tracking.progress.overdue).toBeGreaterThan(0);
  });
  it("--format csv: the summary with the review state, read back by exceljs's CSV reader", async () => {
    await ready;
    const run = await runCli('batch', folder, '--format', 'csv', '--jobs', '1', '--as-of', '08/09/2027');
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('\uFEFF')).toBe(true);
    const csv = path.join(root, 'tong-hop.csv');
    writeFileSync(csv, run.stdout);
    const wb = new ExcelJS.Workbook();
    const ws = await wb.csv.readFile(csv, { parserOptions: { delimiter: ',' } } as never);
    const rows = ws.getSheetValues().filter(Boolean) as unknown[][];
    const header = rows[0].map(String);
    expect(header).toContain('Rà soát');
    expect(header).toContain('Sắp đến hạn');
    expect(rows).toHaveLength(3);
    const reg = rows.find((r) => String(r[header.indexOf('Tệp')]) === 'quy-che.xlsx')!;
    expect(reg[header.indexOf('Rà soát')]).toBe('Sắp đến hạn');
    expect(String(reg[header.indexOf('Hạn rà soát')])).toMatch(/08\/10\/2027|2027/);
  });
  it('a bad --warn-days is one line and exit 2', async () => {
    await ready;
    const run = await runCli('batch', folder, '--format', 'json', '--warn-days', 'ba mươi');
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('--warn-days');
  });
});
