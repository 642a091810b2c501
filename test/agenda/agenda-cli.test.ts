// `phoihop agenda` on a tracking workbook made by `phoihop track` and then filled in with
// exceljs (as a school would in Excel): the month's text per party at fixed --as-of dates, the
// JSON, and the .ics read back with ical.js (an independent parser), its events matched one for
// one against the due month cells exceljs finds on Theo dõi, with stable UIDs across exports.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli';

const dir = tempDir('phoihop-agenda-');
const file = (name: string) => path.join(dir, name);
const MONTHS = ['T9', 'T10', 'T11', 'T12', 'T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8'];

interface DueCell {
  row: number;
  task: string;
  lead: string;
  month: string;
}
let due: DueCell[] = [];

/** Every non-empty month cell of Theo dõi's task rows, read with exceljs alone. */
async function dueCells(source: string): Promise<DueCell[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(source);
  const ws = wb.getWorksheet('Theo dõi')!;
  const header = ws.getRow(6);
  const cols = new Map<string, number>();
  header.eachCell((c, n) => cols.set(String(c.value), n));
  const out: DueCell[] = [];
  for (let r = 7; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    // Task rows are numbered; the signature block below merges cells across the month columns.
    if (typeof row.getCell(1).value !== 'number') continue;
    const task = String(row.getCell(cols.get('Nhiệm vụ')!).value ?? '');
    const lead = String(row.getCell(cols.get('Chủ trì')!).value ?? '');
    if (!task || !lead) continue;
    for (const m of MONTHS) if (row.getCell(cols.get(m)!).value) out.push({ row: r, task, lead, month: m });
  }
  return out;
}

async function mark(source: string, target: string, marks: Array<[number, string, string]>) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(source);
  const ws = wb.getWorksheet('Theo dõi')!;
  const col = (m: string) => 7 + MONTHS.indexOf(m);
  for (const [row, month, value] of marks) ws.getCell(row, col(month)).value = value;
  await wb.xlsx.writeFile(target);
}

function parseIcs(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  return cal.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid,
      summary: e.summary,
      description: e.description,
      start: e.startDate,
      end: e.endDate,
      categories: v.getFirstProperty('categories')?.getValues() as string[],
    };
  });
}

beforeAll(async () => {
  expect((await runCli('template', '--example', '-o', file('vi-du.xlsx'))).code).toBe(0);
  expect((await runCli('track', file('vi-du.xlsx'), '-o', file('so.xlsx'))).code).toBe(0);
  due = await dueCells(file('so.xlsx'));
  // Row 7 is task 1 (T10), row 9 task 3 (monthly): T9 done, T10 not done, T11 left open.
  await mark(file('so.xlsx'), file('so-thang-12.xlsx'), [
    [9, 'T9', '✓ Đã làm'],
    [9, 'T10', '✗ Chưa làm'],
    [7, 'T10', '✓ Đã làm'],
  ]);
});

describe('phoihop agenda: the text for the group', () => {
  it('lists this month per party, then what is late, with the due date; short lines; Vietnamese', async () => {
    const run = await runCli('agenda', file('so-thang-12.xlsx'), '--as-of', '15/12/2026');
    expect(run.code).toBe(0);
    const text = run.stdout;
    expect(text).toContain('VIỆC THÁNG 12/2026 — TRƯỜNG MẦM NON HOA MAI');
    expect(text).toContain('hạn cuối tháng 31/12/2026');
    expect(text).toMatch(/NT — Nhà trường/);
    // Task 3 (monthly, led by NT): T10 marked not done and T11 left open are late; T9 done is not.
    const nt = text.slice(text.indexOf('NT —'), text.indexOf('CD —'));
    expect(nt).toMatch(/✗ T10 · 3\. Họp giao ban/);
    expect(nt).toMatch(/○ T11 · 3\. Họp giao ban/);
    expect(nt).not.toMatch(/T9 · 3\./);
    // Task 1 was done in T10: not late.
    expect(nt).not.toMatch(/ 1\. Phổ biến/);
    for (const line of text.split('\n')) expect(line.length).toBeLessThan(160);
    expect(text).not.toMatch(/\b(overdue|due|task)\b/i);
  });
  it('--month and --party narrow it; the party also sees what it supports', async () => {
    const run = await runCli(
      'agenda',
      file('so-thang-12.xlsx'),
      '--as-of',
      '15/12/2026',
      '--party',
      'cd',
      '--month',
      'T12',
    );
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/^NT — /m);
    expect(run.stdout).toMatch(/^CD — /m);
    expect(run.stdout).toMatch(/3\. Họp giao ban.*\(chủ trì NT, CD phối hợp\)/);
  });
  it('--format json carries each item with its cell, state and due date', async () => {
    const run = await runCli('agenda', file('so-thang-12.xlsx'), '--as-of', '01/12/2026', '--format', 'json');
    const json = JSON.parse(run.stdout);
    expect(json.month).toMatchObject({ month: 12, year: 2026, last: '2026-12-31' });
    const items = json.parties.flatMap((p: { thisMonth: unknown[] }) => p.thisMonth);
    // What is due in T12, counted from the workbook's own cells.
    expect(items.length).toBe(due.filter((d) => d.month === 'T12').length);
    for (const item of items) {
      expect(item.due).toBe('2026-12-31');
      expect(item.dueSoon).toBe(true); // 30 days before 31/12 is 01/12
    }
    const late = await runCli(
      'agenda',
      file('so-thang-12.xlsx'),
      '--as-of',
      '30/11/2026',
      '--month',
      'T12',
      '--format',
      'json',
    );
    for (const p of JSON.parse(late.stdout).parties) for (const i of p.thisMonth) expect(i.dueSoon).toBe(false);
  });
  it('bad --month, unknown --party: one line, exit 2', async () => {
    for (const args of [
      ['--month', 'T13'],
      ['--party', 'XYZ'],
    ]) {
      const run = await runCli('agenda', file('so.xlsx'), ...args);
      expect(run.code).toBe(2);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});

describe('phoihop agenda --ics', () => {
  it('writes one all-day event per due month cell of Theo dõi, matched one for one', async () => {
    const run = await runCli('agenda', file('so-thang-12.xlsx'), '--as-of', '15/12/2026', '--ics', file('lich.ics'));
    expect(run.code).toBe(0);
    const events = parseIcs(readFileSync(file('lich.ics'), 'utf8'));
    expect(events.length).toBe(due.length);
    const key = (lead: string, task: string, month: string) => `${lead}|${task}|${month}`;
    const fromEvents = events.map((e) => {
      const m = /^\[(\w+)\] (.*) \((T\d+)\)$/.exec(e.summary)!;
      expect(e.start.isDate).toBe(true);
      const month = Number(m[3].slice(1));
      expect(e.start.month).toBe(month);
      expect(e.start.day).toBe(1);
      expect(e.start.year).toBe(month >= 9 ? 2026 : 2027);
      expect(e.end.toJSDate().getTime() - e.start.toJSDate().getTime()).toBe(86_400_000);
      expect(e.categories[0]).toBe(m[1]);
      expect(e.description).toMatch(/Hạn: hết ngày \d\d\/\d\d\/20\d\d/);
      return key(m[1], m[2], m[3]);
    });
    expect(fromEvents.sort()).toEqual(due.map((d) => key(d.lead, d.task, d.month)).sort());
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });
  it('a newer copy of the workbook gives the same UIDs (an import updates, not duplicates); --force to replace', async () => {
    const first = parseIcs(readFileSync(file('lich.ics'), 'utf8'));
    const refused = await runCli('agenda', file('so.xlsx'), '--ics', file('lich.ics'));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--force');
    const again = await runCli(
      'agenda',
      file('so.xlsx'),
      '--as-of',
      '20/01/2027',
      '--ics',
      file('lich.ics'),
      '--force',
    );
    expect(again.code).toBe(0);
    const second = parseIcs(readFileSync(file('lich.ics'), 'utf8'));
    const bySummary = (list: typeof first) => new Map(list.map((e) => [e.summary, e.uid]));
    expect([...bySummary(second)].sort()).toEqual([...bySummary(first)].sort());
  });
});
