// Tracking workbooks filled with known marks, made at test time: the worked example through
// `phoihop track`, then marks set with exceljs as a school would pick them from the dropdown. The
// expected figures are computed here from the marks and the dates alone, from DESIGN §11's words.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import { runCli } from '../helpers/cli';

export const MONTHS = ['T9', 'T10', 'T11', 'T12', 'T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8'];
export const HK1 = ['T9', 'T10', 'T11', 'T12', 'T1'];
const DUE = '○ Cần làm';
const DONE = '✓ Đã làm';
const NOT_DONE = '✗ Chưa làm';

export interface MarkedCell {
  row: number;
  lead: string;
  task: string;
  month: string;
  value: string;
}

/** The worked example (school year 2026-2027) and its tracking workbook, in `dir`. */
export async function exampleTracking(dir: string): Promise<{ regulation: string; tracking: string }> {
  const regulation = path.join(dir, 'quy-che.xlsx');
  const tracking = path.join(dir, 'so-theo-doi.xlsx');
  expect((await runCli('template', '--example', '-o', regulation)).code).toBe(0);
  expect((await runCli('track', regulation, '-o', tracking)).code).toBe(0);
  return { regulation, tracking };
}

/**
 * Fill every due month cell of Theo dõi by a fixed cycle (✓, ✗, left ○, ✓ …), offset by `seed`;
 * returns every due cell with the mark it holds. With `dropCached`, formulas lose their cached
 * results so that LibreOffice must compute them.
 */
export async function fill(source: string, target: string, seed: number, dropCached = false): Promise<MarkedCell[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(source);
  const ws = wb.getWorksheet('Theo dõi')!;
  const cols = new Map<string, number>();
  ws.getRow(6).eachCell((c, n) => cols.set(String(c.value), n));
  const cells: MarkedCell[] = [];
  const cycle = [DONE, NOT_DONE, DUE, DONE, DUE];
  let k = seed;
  for (let r = 7; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    if (typeof row.getCell(1).value !== 'number') continue;
    const lead = String(row.getCell(cols.get('Chủ trì')!).value ?? '');
    const task = String(row.getCell(cols.get('Nhiệm vụ')!).value ?? '');
    for (const month of MONTHS) {
      const cell = row.getCell(cols.get(month)!);
      if (cell.value !== DUE) continue;
      const value = cycle[k++ % cycle.length];
      cell.value = value;
      cells.push({ row: r, lead, task, month, value });
    }
  }
  if (dropCached)
    for (const sheet of wb.worksheets)
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          const v = cell.value as { formula?: string; sharedFormula?: string; result?: unknown } | null;
          if (v && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) {
            const { result: _dropped, ...rest } = v;
            cell.value = rest as never;
          }
        }),
      );
  writeFileSync(target, Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  return cells;
}

export interface Expected {
  due: number;
  done: number;
  missed: number;
  overdue: number;
}

/** The month's first and last day in the school year 2026-2027. */
function bounds(month: string): { first: string; last: string } {
  const m = Number(month.slice(1));
  const y = m >= 9 ? 2026 : 2027;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const mm = String(m).padStart(2, '0');
  return { first: `${y}-${mm}-01`, last: `${y}-${mm}-${String(days).padStart(2, '0')}` };
}

/** DESIGN §11: ✓ done and due; ✗ in a begun month missed and due; ○ after the last day overdue and due. */
export function expectedFigures(cells: MarkedCell[], asOf: string, months: string[]): Expected {
  const e = { due: 0, done: 0, missed: 0, overdue: 0 };
  for (const c of cells) {
    if (!months.includes(c.month)) continue;
    const { first, last } = bounds(c.month);
    if (c.value === DONE) {
      e.done++;
      e.due++;
    } else if (c.value === NOT_DONE && asOf >= first) {
      e.missed++;
      e.due++;
    } else if (c.value === DUE && asOf > last) {
      e.overdue++;
      e.due++;
    }
  }
  return e;
}
