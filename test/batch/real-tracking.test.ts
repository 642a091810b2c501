// batch over tracking workbooks made by the real generator (`phoihop track`), filled the way a
// school fills them (the dropdown values, in Excel, saved again), next to their regulations.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { MARKS, TRACKING_SHEETS } from '../../src/core/tracking-book/contract';
import { runCli, tempDir } from '../helpers/cli';
import { regulationBytes, school } from '../helpers/school-workbooks';
import { readReport, type ReadReport } from './report-reader';

const AS_OF = '2026-03-12';
const root = tempDir('phoihop-real-tracking-');
const folder = path.join(root, 'ho-so');
const expected = new Map<string, { due: number; done: number; missed: number; overdue: number; pending: number }>();
let report: ReadReport;
let code: number;

/** Fill a generated workbook: for months that ended before `through`, mark done / not done / nothing by turns. */
async function fill(
  file: string,
  seed: number,
  through: string,
): Promise<{ due: number; done: number; missed: number; overdue: number; pending: number }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as never);
  const ws = wb.getWorksheet(TRACKING_SHEETS.tracking)!;
  let headerRow = 0;
  const monthCols = new Map<number, number>();
  ws.eachRow((row, n) => {
    if (headerRow) return;
    row.eachCell((cell, c) => {
      if (cell.value === 'Nhiệm vụ') headerRow = n;
      const m = /^T(\d{1,2})$/.exec(String(cell.value));
      if (m) monthCols.set(c, Number(m[1]));
    });
  });
  expect(headerRow).toBeGreaterThan(0);
  const e = { due: 0, done: 0, missed: 0, overdue: 0, pending: 0 };
  let k = seed;
  for (let r = headerRow + 1; r <= ws.rowCount; r++) {
    for (const [c, month] of monthCols) {
      const cell = ws.getCell(r, c);
      if (cell.value !== MARKS.due) continue;
      const year = month >= 9 ? 2025 : 2026;
      const first = `${year}-${String(month).padStart(2, '0')}-01`;
      const last = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
      if (last < through) {
        const turn = k++ % 4;
        if (turn < 2) cell.value = MARKS.done;
        else if (turn === 2) cell.value = MARKS.notDone;
      }
      // What batch should make of it as of AS_OF.
      const v = cell.value;
      if (v === MARKS.done) {
        e.due++;
        e.done++;
      } else if (v === MARKS.notDone && first <= AS_OF) {
        e.due++;
        e.missed++;
      } else if (v === MARKS.due && last < AS_OF) {
        e.due++;
        e.overdue++;
      } else if (v === MARKS.due && first <= AS_OF) e.pending++;
    }
  }
  writeFileSync(file, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  return e;
}

beforeAll(async () => {
  for (const i of [0, 1, 2]) {
    const s = school(i, 2025);
    const dir = path.join(folder, `truong-${i + 1}`);
    const reg = path.join(dir, 'quy-che.xlsx');
    mkdirSync(dir, { recursive: true });
    writeFileSync(reg, await regulationBytes(s));
    const tracking = path.join(dir, 'so-theo-doi.xlsx');
    const t = await runCli('track', reg, '-o', tracking);
    expect(t.code, t.stderr).toBe(0);
    expected.set(
      `truong-${i + 1}/so-theo-doi.xlsx`,
      await fill(tracking, i, ['2025-12-01', '2026-02-01', '2026-03-01'][i]),
    );
  }
  const r = await runCli('batch', folder, '-o', path.join(root, 'bao-cao.xlsx'), '--as-of', AS_OF);
  code = r.code;
  report = await readReport(path.join(root, 'bao-cao.xlsx'));
});

describe('batch over workbooks from `phoihop track`', () => {
  it('recognises them as tracking workbooks and reads school, authority, number and year from their provenance', () => {
    expect(code).toBe(0); // clean regulations; late tasks are warnings
    for (const i of [0, 1, 2]) {
      const s = school(i, 2025);
      const row = report.summary.find((r) => r['Tệp'] === `truong-${i + 1}/so-theo-doi.xlsx`)!;
      expect(row['Loại']).toBe('Sổ theo dõi thực hiện');
      expect(row['Trường']).toBe(`TRƯỜNG MẦM NON ${s.name}`);
      expect(row['Cơ quan chủ quản']).toBe(`UBND XÃ ${s.commune}`);
      expect(row['Số ký hiệu']).toBe(s.number);
      expect(row['Năm học']).toBe('2025-2026');
      expect(row['Tệp liên quan']).toBe(`truong-${i + 1}/quy-che.xlsx`);
    }
  });

  it('counts due, done, not done and overdue occurrences from the marks the school chose', () => {
    for (const [rel, e] of expected) {
      const row = report.summary.find((r) => r['Tệp'] === rel)!;
      expect([row['Đến hạn'], row['Đã làm'], row['Chưa làm'], row['Quá hạn']], rel).toEqual([
        e.due,
        e.done,
        e.missed,
        e.overdue,
      ]);
      expect(row['Cảnh báo']).toBe(e.missed + e.overdue);
      expect(e.due).toBeGreaterThan(0);
    }
    // The school that stopped filling in November has more overdue months than the one that filled up to March.
    const overdue = (i: number) =>
      Number(report.summary.find((r) => r['Tệp'] === `truong-${i}/so-theo-doi.xlsx`)!['Quá hạn']);
    expect(overdue(1)).toBeGreaterThan(overdue(3));
  });
});
