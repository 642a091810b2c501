// "Việc tháng này" at the top of Lịch: the month's tasks as live formulas over Theo dõi, one A4
// page. Read back with exceljs (formulas, cached results, picker, print set-up) and rendered by
// LibreOffice set to recalculate every formula on load, so the page shows LibreOffice's own
// answer for the current month, and for another month chosen in the picker after a task was marked.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { MARKS, TRACKING_LAYOUT, TRACKING_SHEETS } from '../../src/core/tracking-book/contract';
import { exampleContent } from '../../src/core/template/example';
import { tempDir } from '../helpers/cli';
import { pdfLines, type TextLine } from '../helpers/pdf-layout';
import { HANG_GUARD_MS } from '../helpers/hang-guard';
import {
  agenda,
  calendarHeaderRow,
  generate,
  responsibility,
  text,
  tracking,
  withResponsibilities,
  type Generated,
} from './helpers';

const VIEW_HEADER = 4;

/** What Theo dõi itself says is due in a month: the STT and task of each row with a mark in that column. */
function dueOnTrackingSheet(ws: ExcelJS.Worksheet, label: string): Array<{ no: string; task: string; col: string }> {
  const head = ws.getRow(TRACKING_LAYOUT.headerRow);
  let c = 0;
  head.eachCell((cell, n) => {
    if (text(cell) === label) c = n;
  });
  const out: Array<{ no: string; task: string; col: string }> = [];
  for (let r = TRACKING_LAYOUT.headerRow + 1; r <= ws.rowCount; r++) {
    const no = text(ws.getCell(r, 1));
    if (!/^\d+$/.test(no)) break;
    if (text(ws.getCell(r, c))) out.push({ no, task: text(ws.getCell(r, 3)), col: ws.getCell(r, c).address });
  }
  return out;
}

const LABELS_IN_ORDER = ['T9', 'T10', 'T11', 'T12', 'T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8'];

describe('Việc tháng này, read back with exceljs', () => {
  let g: Generated;
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    g = await generate(exampleContent(), {}, { now: new Date(Date.UTC(2026, 11, 15)) });
    ws = agenda(g);
  });

  it('starts Lịch: the month from TODAY() unless the picker names one, its tasks from Theo dõi', () => {
    const h1 = ws.getCell('H1').value as ExcelJS.CellFormulaValue;
    expect(h1.formula).toContain('TODAY()');
    expect(h1.formula).toContain('B3');
    expect(h1.result).toBe('T12');
    expect(text(ws.getCell('A1'))).toBe('VIỆC THÁNG 12/2026');
    expect((ws.getCell('A1').value as ExcelJS.CellFormulaValue).formula).toMatch(/\$H\$1/);
    expect(text(ws.getCell('A2'))).toContain('TRƯỜNG MẦM NON HOA MAI · Năm học 2026-2027');
    expect((ws.getRow(VIEW_HEADER).values as unknown[]).slice(1)).toEqual([
      'Tình trạng',
      'STT',
      'Mã điều khoản',
      'Nhiệm vụ',
      'Chủ trì',
      'Phối hợp',
      'Chu kỳ',
    ]);
    const td = tracking(g);
    const due = dueOnTrackingSheet(td, 'T12');
    expect(due.length).toBeGreaterThan(0);
    const listed = [];
    for (let r = VIEW_HEADER + 1; text(ws.getCell(r, 2)); r++)
      listed.push({ no: text(ws.getCell(r, 2)), task: text(ws.getCell(r, 4)), mark: text(ws.getCell(r, 1)) });
    expect(listed).toEqual(due.map((d) => ({ no: d.no, task: d.task, mark: MARKS.due })));
    // Every cell of a view row is a formula over Theo dõi, through the row found in the hidden column.
    const first = ws.getCell(VIEW_HEADER + 1, 4).value as ExcelJS.CellFormulaValue;
    expect(first.formula).toMatch(/^IF\(\$H5="","",INDEX\('Theo dõi'!\$C\$7:\$C\$\d+,\$H5\)&""\)$/);
    expect(ws.getColumn(8).hidden).toBe(true);
    expect(g.xml[TRACKING_SHEETS.calendar]).toMatch(/<c r="H5"[^>]*><f t="array" ref="H5">IFERROR\(SMALL\(IF\(/);
  });

  it('has a row for the busiest month, then the totals, with the earlier months still open', () => {
    const td = tracking(g);
    const counts = LABELS_IN_ORDER.map((l) => dueOnTrackingSheet(td, l).length);
    const totals = VIEW_HEADER + 1 + Math.max(...counts);
    expect(text(ws.getCell(totals - 1, 4))).toBe('');
    const earlier = counts.slice(0, LABELS_IN_ORDER.indexOf('T12')).reduce((a, b) => a + b, 0);
    expect(text(ws.getCell(totals, 1))).toBe(
      `Cộng: ${counts[3]} việc đến hạn trong tháng (0 đã làm, 0 chưa làm). Các tháng trước còn ${earlier} lượt việc để ${MARKS.due} (xem trang Theo dõi).`,
    );
    // The month's page ends at the totals; the year's calendar follows on the next page.
    expect(g.xml[TRACKING_SHEETS.calendar]).toMatch(new RegExp(`<rowBreaks[^>]*><brk id="${totals}"[^>]*man="1"`));
    expect(calendarHeaderRow(ws)).toBe(totals + 4);
    expect(ws.pageSetup.printArea).toBe(`A1:G${ws.rowCount}`);
  });

  it('the picker is an unlocked list of the school year months', () => {
    expect(ws.getCell('B3').protection?.locked).toBe(false);
    const v = ws.getCell('B3').dataValidation;
    expect(v.type).toBe('list');
    expect(v.formulae[0]).toBe(`"${LABELS_IN_ORDER.join(',')}"`);
    expect(ws.getCell('C3').isMerged).toBe(true);
  });

  it('a month with more tasks than its two pages hold says how many more and where they are', async () => {
    const rows = Array.from({ length: 80 }, (_, i) => responsibility(i + 1, 'Hàng tháng'));
    const big = await generate(withResponsibilities(rows), {}, { now: new Date(Date.UTC(2026, 9, 1)) });
    const s = agenda(big);
    let last = VIEW_HEADER + 1;
    while (/^\d+$/.test(text(s.getCell(last + 1, 2)))) last++;
    const shown = last - VIEW_HEADER;
    expect(shown).toBeGreaterThan(20);
    expect(shown).toBeLessThan(80);
    expect(text(s.getCell(last + 1, 1))).toContain(
      `Trang này chưa ghi hết: còn ${80 - shown} việc nữa, xem Lịch cả năm bên dưới.`,
    );
  });
});

// LibreOffice recalculating every formula when it opens the file (not trusting our cached results).
const WORK = tempDir('phoihop-month-');
const PROFILE = path.join(WORK, 'profile');
mkdirSync(path.join(PROFILE, 'user'), { recursive: true });
writeFileSync(
  path.join(PROFILE, 'user', 'registrymodifications.xcu'),
  `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
);

function toPdf(file: string): string {
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${PROFILE}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'pdf',
      '--outdir',
      WORK,
      file,
    ],
    { stdio: 'pipe', timeout: HANG_GUARD_MS },
  );
  return path.join(WORK, path.basename(file).replace(/\.xlsx$/, '.pdf'));
}

const pages = (pdf: string) =>
  execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
const flat = (s: string) => s.replace(/\s+/g, ' ');

/** Put text into cells of a sheet, as a school would type it (inline strings, styles kept). */
function typeInto(bytes: Uint8Array, sheetId: number, cells: Record<string, string>): Uint8Array {
  const files = unzipSync(bytes);
  const name = `xl/worksheets/sheet${sheetId}.xml`;
  let xml = strFromU8(files[name]);
  for (const [ref, value] of Object.entries(cells)) {
    const re = new RegExp(`<c r="${ref}"( s="\\d+")?[^>]*?(/>|>.*?</c>)`);
    expect(xml).toMatch(re);
    xml = xml.replace(
      re,
      (_, s: string | undefined) => `<c r="${ref}"${s ?? ''} t="inlineStr"><is><t>${value}</t></is></c>`,
    );
  }
  files[name] = strToU8(xml);
  return zipSync(files);
}

describe('Việc tháng này, rendered by LibreOffice', () => {
  let g: Generated;
  beforeAll(async () => {
    g = await generate(exampleContent());
  });

  function monthPage(pdf: string, title: string) {
    const all = pages(pdf);
    const at = all.findIndex((p) => p.includes(title));
    expect(at, `no page with ${title}`).toBeGreaterThanOrEqual(0);
    return { page: all[at], next: all[at + 1] ?? '', count: all.length };
  }

  it('today: the current month with its tasks, on one A4 landscape page', () => {
    const pdf = toPdf(g.output);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/);
    const today = new Date();
    const month = today.getMonth() + 1;
    const year = g.spec.months.find((m) => m.month === month)!.year;
    const { page, next } = monthPage(pdf, `VIỆC THÁNG ${month}/${year}`);
    const due = dueOnTrackingSheet(tracking(g), `T${month}`);
    for (const d of due) expect(flat(page)).toContain(flat(d.task));
    expect(flat(page)).toContain(`Cộng: ${due.length} việc đến hạn trong tháng`);
    expect(page).toMatch(/Trang \d+\/\d+/);
    // The month is one page: the next one is the year's calendar.
    expect(next).toContain('LỊCH NHIỆM VỤ THEO THÁNG');
    expect(next).not.toContain('VIỆC THÁNG');
  });

  it('another month chosen in the picker, after a task of it was marked done', () => {
    const td = tracking(g);
    const due = dueOnTrackingSheet(td, 'T5');
    expect(due.length).toBeGreaterThan(1);
    let bytes = typeInto(g.bytes, agenda(g).id, { B3: 'T5' });
    bytes = typeInto(bytes, td.id, { [due[0].col]: MARKS.done });
    const file = path.join(WORK, 'chon-thang-5.xlsx');
    writeFileSync(file, bytes);
    const { page, next } = monthPage(toPdf(file), 'VIỆC THÁNG 5/2027');
    for (const d of due) expect(flat(page)).toContain(flat(d.task));
    expect(page.match(new RegExp(MARKS.done, 'g'))).toHaveLength(1);
    expect(page.match(new RegExp(MARKS.due, 'g'))!.length).toBe(due.length - 1 + 1); // the other rows, and the totals
    expect(flat(page)).toContain(`Cộng: ${due.length} việc đến hạn trong tháng (1 đã làm, 0 chưa làm)`);
    expect(next).toContain('LỊCH NHIỆM VỤ THEO THÁNG');
  });
});

// Real tasks run to several lines. Written for this test, in the way school plans word them.
const LONG_TASKS = [
  'Rà soát danh sách trẻ có hoàn cảnh khó khăn của từng nhóm lớp, thống nhất mức hỗ trợ với Ban đại diện cha mẹ trẻ và công khai trên bảng tin của trường trước ngày 15 hằng tháng.',
  'Tổ chức buổi trao đổi chuyên đề về dinh dưỡng và phòng chống suy dinh dưỡng cho cha mẹ trẻ, mời cán bộ trạm y tế xã tham dự, ghi biên bản và gửi kết quả tới các nhóm lớp.',
  'Kiểm tra bếp ăn bán trú: nguồn gốc thực phẩm, sổ kiểm thực ba bước, lưu mẫu thức ăn, vệ sinh dụng cụ; lập biên bản có chữ ký của đại diện Công đoàn và đại diện cha mẹ trẻ; báo cáo Hiệu trưởng những việc cần khắc phục cùng thời hạn khắc phục cụ thể.',
  'Họp giao ban giữa Nhà trường, Công đoàn và Chi đoàn.',
];

describe('Việc tháng này with tasks of several lines, rendered by LibreOffice', () => {
  it('prints every task whole: each row as tall as the lines LibreOffice wraps its task into', async () => {
    const rows = LONG_TASKS.map((task, i) =>
      responsibility(i + 1, 'Hàng tháng', '', { task, clauseId: `D${i + 2}`, support: 'CD, CMHS' }),
    );
    const g = await generate(withResponsibilities(rows), {}, { now: new Date(Date.UTC(2026, 11, 15)) });
    const page = pdfLines(toPdf(g.output)).find((p) => p.lines.some((l) => l.text.includes('VIỆC THÁNG 12/2026')))!;
    expect(page).toBeDefined();
    // The Nhiệm vụ column: the lines left-aligned with the first task's first line, top to bottom.
    const start = page.lines.find((l) => l.text.startsWith(LONG_TASKS[0].split(' ').slice(0, 4).join(' ')))!;
    const column = page.lines.filter((l) => Math.abs(l.xMin - start.xMin) < 2).sort((a, b) => a.yMin - b.yMin);
    const byTask: TextLine[][] = [];
    for (const line of column) {
      const k = LONG_TASKS.findIndex((t) => t.startsWith(line.text));
      if (k === byTask.length && k >= 0) byTask.push([line]);
      else byTask[byTask.length - 1]?.push(line);
    }
    expect(byTask).toHaveLength(LONG_TASKS.length);
    const view = agenda(g);
    byTask.forEach((lines, k) => {
      // Every word of the task is printed, in its row, and nothing of it runs into the next row.
      expect(flat(lines.map((l) => l.text).join(' '))).toBe(flat(LONG_TASKS[k]));
      if (k + 1 < byTask.length) expect(lines[lines.length - 1].yMax).toBeLessThanOrEqual(byTask[k + 1][0].yMin);
      // The row stored in the file holds as many 11-point lines (12.5 pt each) as LibreOffice wrapped.
      expect(view.getRow(VIEW_HEADER + 1 + k).height).toBeGreaterThanOrEqual(lines.length * 12.5);
    });
    expect(byTask.slice(0, 3).every((lines) => lines.length >= 2)).toBe(true);
  });
});
