// The tracking workbook generated from real regulation files, read back with exceljs and as raw
// XML: every sheet, the due months per cadence, formulas and their cached results, validation,
// conditional formats, protection, print set-up, properties and formula injection.
import { readFileSync } from 'node:fs';
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readTrackingWorkbook } from '../../src/core/tracking-book/read-tracking';
import { UserError } from '../../src/core/i18n';
import { parseCalendarText } from '../../src/core/tracking-book/calendar';
import {
  MARKS,
  readMark,
  readProvenance,
  SCHOOL_YEAR_MONTHS,
  TRACKING_HEADERS,
  TRACKING_LAYOUT,
  TRACKING_MARKER,
  TRACKING_SHEETS,
} from '../../src/core/tracking-book/contract';
import { contentHash } from '../../src/core/tracking/provenance';
import { buildTrackingSpec, PLAN_RULE_ID } from '../../src/core/tracking/spec';
import { exampleContent } from '../../src/core/template/example';
import { gridsFromWorkbook } from '../../src/xlsx/read-grids';
import { writeTrackingWorkbook } from '../../src/xlsx/write-tracking';
import { modelOf } from '../helpers/content-grids';
import {
  agenda,
  calendarHeaderRow,
  generate,
  loadXlsx,
  responsibility,
  sheetXml,
  summary,
  text,
  tracking,
  withResponsibilities,
  type Generated,
} from './helpers';

const HEADER = TRACKING_LAYOUT.headerRow;
const SCHOOL = [9, 10, 11, 12, 1, 2, 3, 4, 5];

/** Columns by header text, found the way a reader would. */
function columns(ws: ExcelJS.Worksheet): Record<string, number> {
  const out: Record<string, number> = {};
  ws.getRow(HEADER).eachCell((cell, c) => (out[text(cell)] = c));
  return out;
}

/** Data rows of Theo dõi: from below the header to the last row with an STT. */
function dataRows(ws: ExcelJS.Worksheet): number[] {
  const rows: number[] = [];
  for (let r = HEADER + 1; r <= ws.rowCount; r++) if (/^\d+$/.test(text(ws.getCell(r, 1)))) rows.push(r);
  return rows;
}

/** The months a row is due in, read from its cells: a mark means due. */
function dueMonths(ws: ExcelJS.Worksheet, row: number): number[] {
  const cols = columns(ws);
  return SCHOOL_YEAR_MONTHS.filter((m) => ws.getCell(row, cols[`T${m}`]).value === MARKS.due);
}

const unescape = (xml: string) =>
  xml
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
/** Text of the cells that hold a value (merge masters, not the cells they cover). */
function texts(ws: ExcelJS.Worksheet, from = 1): string[] {
  const out: string[] = [];
  for (let r = from; r <= ws.rowCount; r++)
    ws.getRow(r).eachCell((c) => c.master.address === c.address && text(c) && out.push(text(c)));
  return out;
}
const locked = (cell: ExcelJS.Cell) => cell.protection?.locked !== false;
const grey = (cell: ExcelJS.Cell) => (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb === 'FFD9D9D9';

describe('the worked example', async () => {
  const g = await generate(exampleContent());
  const ws = tracking(g);
  const cols = columns(ws);

  it('has the contract sheets in order, the lists sheet hidden', () => {
    expect(g.wb.worksheets.map((s) => s.name)).toEqual([
      TRACKING_SHEETS.tracking,
      TRACKING_SHEETS.summary,
      TRACKING_SHEETS.calendar,
      TRACKING_SHEETS.lists,
    ]);
    expect(g.wb.getWorksheet(TRACKING_SHEETS.lists)!.state).toBe('hidden');
    const lists = g.wb.getWorksheet(TRACKING_SHEETS.lists)!;
    expect([2, 3, 4].map((r) => lists.getCell(r, 1).value)).toEqual([MARKS.due, MARKS.done, MARKS.notDone]);
  });

  it('opens with the title block: authority and school left, national heading right, title with the school year and source', () => {
    expect(text(ws.getCell('A1'))).toBe('UBND XÃ HÒA BÌNH');
    expect(text(ws.getCell('A2'))).toBe('TRƯỜNG MẦM NON HOA MAI');
    expect(text(ws.getCell(1, 12))).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text(ws.getCell(2, 12))).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(g.xml[TRACKING_SHEETS.tracking]).toMatch(/<mergeCell ref="L1:U1"\/>/);
    expect(text(ws.getCell('A3'))).toBe('SỔ THEO DÕI THỰC HIỆN QUY CHẾ PHỐI HỢP NĂM HỌC 2026-2027');
    expect(text(ws.getCell('A4'))).toBe(
      '(Theo Quy chế phối hợp số 15/QCPH-MNHM-CĐ ngày 08/10/2026 của TRƯỜNG MẦM NON HOA MAI)',
    );
    expect(g.xml[TRACKING_SHEETS.tracking]).toMatch(/<mergeCell ref="A3:U3"\/>/);
  });

  it('has the contract headers with a column per month T9 … T8', () => {
    const header = (ws.getRow(HEADER).values as unknown[]).slice(1).map(String);
    expect(header).toEqual([
      TRACKING_HEADERS.no,
      TRACKING_HEADERS.clauseId,
      TRACKING_HEADERS.task,
      TRACKING_HEADERS.lead,
      TRACKING_HEADERS.support,
      TRACKING_HEADERS.cadence,
      ...SCHOOL_YEAR_MONTHS.map((m) => `T${m}`),
      TRACKING_HEADERS.rate,
      TRACKING_HEADERS.evidence,
      TRACKING_HEADERS.note,
    ]);
    expect(cols.T9).toBe(TRACKING_LAYOUT.firstMonthColumn);
  });

  it('has one row per responsibility with its texts, and the due months of DESIGN.md §4', () => {
    const rows = dataRows(ws);
    expect(rows).toHaveLength(10);
    const expected: Array<[string, string, string, string, number[]]> = [
      ['D1', 'NT', 'CD, CDTN', 'Một lần', [10]],
      ['D2', 'NT', 'CD', 'Đầu năm học', [9]],
      ['D2', 'NT', 'CD', 'Hàng tháng', SCHOOL],
      ['D3', 'CD', 'NT, CDTN', 'Mỗi học kỳ', [1, 5]],
      ['D3', 'NT', 'CD, CDTN', 'Hàng năm', [11]],
      ['D4', 'CD', 'NT', 'Đột xuất', []],
      ['D4', 'CD', 'NT', 'Hàng quý', [9, 12, 3, 6]],
      ['D5', 'NT', 'CMHS', '3 lần/năm', [9, 1, 5]],
      ['D5', 'CDTN', 'CMHS, NT', 'Mỗi học kỳ', [1, 5]],
      ['D6', 'NT', 'CD, CDTN, CMHS', 'Cuối năm học', [5]],
    ];
    const source = exampleContent().blocks.responsibilities!;
    rows.forEach((r, i) => {
      const [clause, lead, support, cadence, months] = expected[i];
      expect(ws.getCell(r, cols.STT).value).toBe(i + 1);
      expect([
        text(ws.getCell(r, cols['Mã điều khoản'])),
        text(ws.getCell(r, cols['Chủ trì'])),
        text(ws.getCell(r, cols['Phối hợp'])),
        text(ws.getCell(r, cols['Chu kỳ'])),
      ]).toEqual([clause, lead, support, cadence]);
      expect(text(ws.getCell(r, cols['Nhiệm vụ']))).toBe(source[i].task);
      expect(text(ws.getCell(r, cols['Minh chứng']))).toBe(source[i].evidence);
      expect(dueMonths(ws, r)).toEqual(months);
    });
  });

  it('due months hold the dropdown and are unlocked; the other months are shaded, empty and locked', () => {
    for (const r of dataRows(ws)) {
      const due = dueMonths(ws, r);
      for (const m of SCHOOL_YEAR_MONTHS) {
        const cell = ws.getCell(r, cols[`T${m}`]);
        if (due.includes(m)) {
          expect(locked(cell)).toBe(false);
          expect(grey(cell)).toBe(false);
        } else {
          expect(cell.value).toBeNull();
          expect(locked(cell)).toBe(true);
          expect(grey(cell)).toBe(true);
        }
      }
      expect(locked(ws.getCell(r, cols['Minh chứng']))).toBe(false);
      expect(locked(ws.getCell(r, cols['Ghi chú']))).toBe(false);
      for (const c of ['STT', 'Nhiệm vụ', 'Chủ trì', 'Chu kỳ', TRACKING_HEADERS.rate])
        expect(locked(ws.getCell(r, cols[c]))).toBe(true);
    }
  });

  it('the completion rate is a live formula per row with a correct cached result', () => {
    const rows = dataRows(ws);
    const rate = cols[TRACKING_HEADERS.rate];
    rows.forEach((r, i) => {
      const cell = ws.getCell(r, rate);
      const months = `G${r}:R${r}`;
      expect(cell.formula).toBe(`IF(COUNTA(${months})=0,"",COUNTIF(${months},"${MARKS.done}")/COUNTA(${months}))`);
      // All months start as "○ Cần làm": 0% done, or no rate for a task with no due month (Đột xuất).
      expect(cell.result ?? '').toBe(i === 5 ? '' : 0);
      expect(cell.numFmt).toBe('0%');
    });
    // exceljs reads an empty cached string as no result; the XML holds it as Excel writes it.
    expect(g.xml[TRACKING_SHEETS.tracking]).toMatch(
      new RegExp(`<c r="S${rows[5]}" s="\\d+" t="str"><f t="shared" si="0"/><v></v></c>`),
    );
    expect(g.xml['[workbook]']).toMatch(/<calcPr [^>]*fullCalcOnLoad="1"/);
  });

  it('one list validation covers the month block; marks come from the hidden list', () => {
    const x = g.xml[TRACKING_SHEETS.tracking];
    const validations = x.match(/<dataValidation [^>]*>/g) ?? [];
    expect(validations).toHaveLength(1);
    expect(validations[0]).toMatch(/type="list"/);
    expect(validations[0]).toMatch(/sqref="G7:R16"/);
    expect(x).toMatch(/<formula1>DS_DanhDau<\/formula1>/);
    const names = (g.wb.definedNames as unknown as { model: Array<{ name: string; ranges: string[] }> }).model;
    expect(names.find((n) => n.name === 'DS_DanhDau')!.ranges).toEqual([`'Danh mục'!$A$2:$A$4`]);
  });

  it('conditional formats are expression rules: done, not done, overdue per month, the current month, full rate', () => {
    const x = g.xml[TRACKING_SHEETS.tracking];
    expect(x).not.toMatch(/containsText/);
    const rules = [...x.matchAll(/<conditionalFormatting sqref="([^"]+)">(.*?)<\/conditionalFormatting>/g)].map((m) => [
      m[1],
      unescape(m[2]),
    ]);
    expect(rules.map((r) => r[0])).toEqual([
      'G7:R16',
      ...'GHIJKLMNOPQR'.split('').map((c) => `${c}7:${c}16`),
      ...'GHIJKLMNOPQR'.split('').flatMap((c) => [`${c}6`, `${c}7:${c}16`]),
      'S7:S16',
    ]);
    // The current month marks itself from TODAY(): its header, and its cells still open.
    expect(rules[13][1]).toContain('<formula>AND(YEAR(TODAY())=2026,MONTH(TODAY())=9)</formula>');
    expect(rules[14][1]).toContain(
      `<formula>AND(AND(YEAR(TODAY())=2026,MONTH(TODAY())=9),G7="${MARKS.due}")</formula>`,
    );
    expect(rules[21][1]).toContain('AND(YEAR(TODAY())=2027,MONTH(TODAY())=1)');
    expect(rules[36][1]).toContain('AND(YEAR(TODAY())=2027,MONTH(TODAY())=8)');
    expect(rules[0][1]).toContain(`<formula>G7="${MARKS.done}"</formula>`);
    expect(rules[0][1]).toContain(`<formula>G7="${MARKS.notDone}"</formula>`);
    expect(rules[1][1]).toContain(`<formula>AND(G7="${MARKS.due}",TODAY()>DATE(2026,9,30))</formula>`);
    expect(rules[5][1]).toContain(`TODAY()>DATE(2027,1,31)`);
    expect(rules[6][1]).toContain(`TODAY()>DATE(2027,2,28)`);
    for (const [, body] of rules) expect(body).toMatch(/type="expression"/);
  });

  it('every visible sheet is protected without a password', () => {
    for (const name of [TRACKING_SHEETS.tracking, TRACKING_SHEETS.summary, TRACKING_SHEETS.calendar]) {
      const tag = /<sheetProtection [^>]*\/>/.exec(g.xml[name])?.[0] ?? '';
      expect(tag).toMatch(/sheet="1"/);
      expect(tag).not.toMatch(/password|hashValue|saltValue/);
      expect(tag).toMatch(/autoFilter="0"/); // 0 = filtering allowed
    }
  });

  it('prints on A4 landscape, one page wide, the header row on every page, page numbers in the footer', () => {
    for (const [sheet, titleRow] of [
      [TRACKING_SHEETS.tracking, HEADER],
      [TRACKING_SHEETS.summary, 3],
      [TRACKING_SHEETS.calendar, calendarHeaderRow(agenda(g))],
    ] as const) {
      const s = g.wb.getWorksheet(sheet)!;
      expect(s.pageSetup).toMatchObject({
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      });
      expect(String(s.pageSetup.printTitlesRow).replace(/\$/g, '')).toBe(`${titleRow}:${titleRow}`);
      expect(s.headerFooter.oddFooter).toMatch(/&P/);
      expect(s.headerFooter.oddFooter).toMatch(/&N/);
    }
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER, xSplit: 3 });
  });

  it('ends with the signature block: preparer left, principal right with the date line and name', () => {
    const last = dataRows(ws).at(-1)!;
    expect(texts(ws, last + 1)).toEqual([
      'Hòa Bình, ngày ..... tháng ..... năm 20.....',
      'NGƯỜI LẬP BIỂU',
      'HIỆU TRƯỞNG',
      '(Ký, ghi rõ họ tên)',
      '(Ký, ghi rõ họ tên, đóng dấu)',
      'Trần Thị Lan',
    ]);
    // The preparer's name and the date are for the school to fill in.
    const dateCell = ws.getCell(last + 2, 12);
    expect(locked(dateCell)).toBe(false);
    expect(locked(ws.getCell(ws.rowCount, 1))).toBe(false);
  });

  it('Tổng hợp: per party, tasks led and supported, occurrences due, done, rate, as live formulas with correct cached results', () => {
    const s = summary(g);
    const header = (s.getRow(3).values as unknown[]).slice(1);
    expect(header).toEqual([
      'STT',
      'Mã bên',
      'Tên bên',
      'Nhiệm vụ chủ trì',
      'Nhiệm vụ phối hợp',
      'Số lần đến hạn (chủ trì)',
      'Đã làm',
      'Chưa làm',
      'Tỷ lệ hoàn thành',
    ]);
    // Counted here from the expected plan above, independently of the generator.
    const expected: Record<string, [number, number, number]> = {
      NT: [6, 4, 16],
      CD: [3, 5, 6],
      CDTN: [1, 4, 2],
      CMHS: [0, 3, 0],
    };
    const parties = Object.keys(expected);
    parties.forEach((code, i) => {
      const r = 4 + i;
      expect(text(s.getCell(r, 2))).toBe(code);
      const [led, supported, due] = expected[code];
      expect([4, 5, 6, 7, 8].map((c) => s.getCell(r, c).result)).toEqual([led, supported, due, 0, 0]);
      expect(s.getCell(r, 4).formula).toBe(`COUNTIF('Theo dõi'!$D$7:$D$16,$B${r})`);
      expect(s.getCell(r, 5).formula).toBe(
        `SUMPRODUCT(--ISNUMBER(FIND(", "&$B${r}&",",", "&'Theo dõi'!$E$7:$E$16&",")))`,
      );
      expect(s.getCell(r, 6).formula).toBe(`SUMPRODUCT(('Theo dõi'!$D$7:$D$16=$B${r})*('Theo dõi'!$G$7:$R$16<>""))`);
      expect(s.getCell(r, 7).formula).toBe(
        `SUMPRODUCT(('Theo dõi'!$D$7:$D$16=$B${r})*('Theo dõi'!$G$7:$R$16="${MARKS.done}"))`,
      );
      expect(s.getCell(r, 9).formula).toBe(`IF(F${r}=0,"",G${r}/F${r})`);
      expect(s.getCell(r, 9).result ?? '').toBe(due > 0 ? 0 : '');
    });
    const total = 4 + parties.length;
    expect(text(s.getCell(total, 3))).toBe('Cộng');
    expect(s.getCell(total, 6).formula).toBe(`SUM(F4:F${total - 1})`);
    expect(s.getCell(total, 6).result).toBe(24);
    // Month by month: 4 due in T9 (rows 2, 3, 7, 8), none in T7.
    const monthRows: Record<string, number> = {};
    s.eachRow((row, r) => {
      const label = text(row.getCell(3));
      if (/^T\d+ · /.test(label)) monthRows[label.split(' ')[0]] = r;
    });
    expect(Object.keys(monthRows)).toEqual(SCHOOL_YEAR_MONTHS.map((m) => `T${m}`));
    expect(s.getCell(monthRows.T9, 6).formula).toBe(`COUNTA('Theo dõi'!$G$7:$G$16)`);
    expect(SCHOOL_YEAR_MONTHS.map((m) => s.getCell(monthRows[`T${m}`], 6).result)).toEqual([
      4, 2, 2, 2, 4, 1, 2, 1, 5, 1, 0, 0,
    ]);
  });

  it('Lịch: below the month page, the monthly tasks once, then month by month what is due and who leads it', () => {
    const s = agenda(g);
    const head = calendarHeaderRow(s);
    expect(text(s.getCell(head - 2, 1))).toBe('LỊCH NHIỆM VỤ THEO THÁNG — NĂM HỌC 2026-2027');
    expect((s.getRow(head).values as unknown[]).slice(1)).toEqual([
      'Tháng',
      'STT',
      'Mã điều khoản',
      'Nhiệm vụ',
      'Chủ trì',
      'Phối hợp',
      'Chu kỳ',
    ]);
    const bands: string[] = [];
    const byMonth: Record<string, number[]> = {};
    for (let r = head + 1; r <= s.rowCount; r++) {
      const first = text(s.getCell(r, 1));
      if (first.startsWith('Hằng tháng (') || first.startsWith('Tháng ')) bands.push(first);
      else if (s.getCell(r, 2).value !== null) (byMonth[first] ??= []).push(Number(s.getCell(r, 2).value));
      else expect(text(s.getCell(r, 4))).toBe('(Không có nhiệm vụ đến hạn)');
    }
    expect(bands[0]).toBe('Hằng tháng (T9, T10, T11, T12, T1, T2, T3, T4, T5): 1 nhiệm vụ');
    expect(bands[1]).toBe('Tháng 9/2026: 3 nhiệm vụ (cùng 1 nhiệm vụ hằng tháng)');
    expect(bands.at(-1)).toBe('Tháng 8/2027: 0 nhiệm vụ');
    expect(byMonth).toEqual({
      'Hằng tháng': [3],
      T9: [2, 7, 8],
      T10: [1],
      T11: [5],
      T12: [7],
      T1: [4, 8, 9],
      T3: [7],
      T5: [4, 8, 9, 10],
      T6: [7],
    });
  });

  it('carries its provenance in the document properties', () => {
    expect(g.wb.keywords).toBe(TRACKING_MARKER);
    const p = readProvenance({ keywords: g.wb.keywords, description: g.wb.description })!;
    expect(p).toEqual({
      sourceNumber: '15/QCPH-MNHM-CĐ',
      schoolYear: '2026-2027',
      sourceHash: contentHash(g.model),
      generator: 'phoihop test',
      school: 'TRƯỜNG MẦM NON HOA MAI',
      managingAuthority: 'UBND XÃ HÒA BÌNH',
      calendar: 'Lịch mặc định / Default calendar',
    });
    expect(p.sourceHash).toMatch(/^[0-9a-f]{64}$/);
    expect(g.wb.subject).toBe('15/QCPH-MNHM-CĐ · 2026-2027');
    expect(g.wb.creator).toBe('phoihop test');
  });

  it('keeps its provenance when LibreOffice saves the marker back with a space for its colon', () => {
    const description = g.wb.description;
    for (const keywords of ['phoihop tracking', 'Phối hợp, phoihop tracking', 'phoihop:tracking; năm học'])
      expect(readProvenance({ keywords, description })?.sourceNumber, keywords).toBe('15/QCPH-MNHM-CĐ');
    for (const keywords of ['phoihop trackings', 'phoihop', 'tracking', 'phoihop-tracking'])
      expect(readProvenance({ keywords, description }), keywords).toBeNull();
  });

  it('is read back by the contract reader: every task, every due month a mark', () => {
    const data = readTrackingWorkbook(
      gridsFromWorkbook(g.wb),
      { keywords: g.wb.keywords, description: g.wb.description },
      { source: g.output },
    );
    expect(data.generated).toBe(true);
    expect(data.headerRow).toBe(HEADER);
    expect(data.months).toEqual([...SCHOOL_YEAR_MONTHS]);
    expect(data.tasks.map((t) => t.no)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(data.tasks.reduce((n, t) => n + t.occurrences.length, 0)).toBe(24);
    expect(data.tasks.every((t) => t.occurrences.every((o) => o.mark === 'due' && readMark(MARKS.due) === 'due'))).toBe(
      true,
    );
    expect(data.schoolYear?.text).toBe('2026-2027');
    expect(data.sourceNumber).toBe('15/QCPH-MNHM-CĐ');
  });

  it('never modifies the input file', async () => {
    const before = readFileSync(g.input);
    await generate(exampleContent());
    expect(readFileSync(g.input).equals(before)).toBe(true);
  });
});

describe('due months for every cadence, default and pinned', () => {
  const cases: Array<[string, string, number[]]> = [
    ['Thường xuyên', '', SCHOOL],
    ['Hàng tuần', '', SCHOOL],
    ['Hàng tháng', '', SCHOOL],
    ['Hàng quý', '', [9, 12, 3, 6]],
    ['Mỗi học kỳ', '', [1, 5]],
    ['2 lần/năm', '', [1, 5]],
    ['3 lần/năm', '', [9, 1, 5]],
    ['Hàng năm', '', [5]],
    ['Đầu năm học', '', [9]],
    ['Cuối năm học', '', [5]],
    ['Một lần', '', []],
    ['Đột xuất', '', []],
    ['định kỳ 3 tháng một lần', '', [9, 12, 3, 6]],
    ['Hàng năm', 'T11', [11]],
    ['Hàng quý', 'T10, T1, T4, T7', [10, 1, 4, 7]],
    ['Mỗi học kỳ', 'tháng 12 và tháng 5', [12, 5]],
    ['Một lần', 'T3', [3]],
    ['Hàng tháng', 'T10', [10]],
    ['hàng tháng, quý', '', SCHOOL],
    ['Đột xuất', 'T2', [2]],
  ];
  let g: Generated;
  it('each row gets the months of its cadence or Thời điểm', async () => {
    g = await generate(
      withResponsibilities(cases.map(([cadence, months], i) => responsibility(i + 1, cadence, months))),
    );
    const ws = tracking(g);
    const rows = dataRows(ws);
    expect(rows).toHaveLength(cases.length);
    rows.forEach((r, i) =>
      expect({ row: i + 1, months: dueMonths(ws, r) }).toEqual({ row: i + 1, months: cases[i][2] }),
    );
  });

  it('what the plan cannot take as written is reported as findings on the Phân công cells', () => {
    const notes = g.spec.notes.map((f) => [f.messageId, f.cell, f.severity]);
    expect(notes).toEqual([
      ['needsMonth', 'G12', 'warning'], // row 11: Một lần without a month
      ['pinnedFew', 'G19', 'warning'], // row 18: a monthly task pinned to one month
      ['compound', 'F20', 'warning'], // row 19: "hàng tháng, quý"
      ['adHocPinned', 'G21', 'warning'], // row 20: Đột xuất with a month
    ]);
    for (const f of g.spec.notes) {
      expect(f.ruleId).toBe(PLAN_RULE_ID);
      expect(f.sheet).toBe('Phân công');
      expect(f.message.vi).toContain(`ng ${f.row}`);
      expect(f.message.en).toMatch(/[Rr]ow \d+/);
    }
  });

  it('a school calendar that counts the summer adds T6–T8 to the every-month cadences', async () => {
    const summer = parseCalendarText(JSON.stringify({ name: 'Có hè', countSummer: true }), 'he.json');
    const s = await generate(withResponsibilities([responsibility(1, 'Hàng tháng'), responsibility(2, 'Hàng quý')]), {
      calendar: summer,
    });
    const ws = tracking(s);
    const [a, b] = dataRows(ws);
    expect(dueMonths(ws, a)).toEqual([...SCHOOL_YEAR_MONTHS]);
    expect(dueMonths(ws, b)).toEqual([9, 12, 3, 6]);
    expect(readProvenance({ keywords: s.wb.keywords, description: s.wb.description })!.calendar).toBe('Có hè');
  });
});

describe('user text is always text (formula injection)', async () => {
  const hostile = [
    '=1+1',
    '+SUM(A1:A2)',
    '-2+3',
    '@SUM(1)',
    '=HYPERLINK("http://example.com","x")',
    "=cmd|' /C calc'!A0",
    '<b>&amp;</b> "x"',
  ];
  const g = await generate(
    withResponsibilities(
      hostile.map((h, i) =>
        responsibility(i + 1, 'Hàng quý', '', { task: h, evidence: h, note: h, clauseId: i === 3 ? '@SUM(1)' : 'D2' }),
      ),
    ),
  );
  const ws = tracking(g);
  const cols = columns(ws);

  it('tasks, evidence and notes starting with = + - @ come back as the same strings', () => {
    dataRows(ws).forEach((r, i) => {
      for (const c of ['Nhiệm vụ', 'Minh chứng', 'Ghi chú']) {
        const cell = ws.getCell(r, cols[c]);
        expect(cell.type).toBe(3); // ExcelJS.ValueType.String
        expect(cell.value).toBe(hostile[i]);
      }
    });
    expect(ws.getCell(dataRows(ws)[3], cols['Mã điều khoản']).value).toBe('@SUM(1)');
  });

  it('the only formulas in the sheet are the completion rates', () => {
    const formulas = g.xml[TRACKING_SHEETS.tracking].match(/<f[ >][^<]*(<\/f>)?/g) ?? [];
    expect(formulas).toHaveLength(hostile.length);
    for (const f of formulas) expect(f).toMatch(/^<f t="shared"/);
    // On Lịch only this month's page is live; the year's calendar below it is plain text.
    const xml = g.xml[TRACKING_SHEETS.calendar];
    expect(xml.slice(xml.indexOf(`<row r="${calendarHeaderRow(agenda(g))}"`))).not.toMatch(/<f[ >]/);
  });
});

describe('other documents', () => {
  it('a deputy signing (KT.) gets both heading lines above the name', async () => {
    const g = await generate(
      withResponsibilities([responsibility(1, 'Hàng quý')], (c) => {
        c.blocks.signatories![0] = {
          partyCode: 'NT',
          name: 'Lê Văn Phó',
          title: 'Phó Hiệu trưởng',
          capacity: 'KT.',
          signedOn: '08/10/2026',
        };
      }),
    );
    const ws = tracking(g);
    const all = texts(ws);
    const at = all.indexOf('KT. HIỆU TRƯỞNG');
    expect(at).toBeGreaterThan(0);
    expect(all[at + 1]).toBe('PHÓ HIỆU TRƯỞNG');
    expect(all.at(-1)).toBe('Lê Văn Phó');
  });

  it('a regulation for a period is tracked for one school year: the one it takes effect in, or --year', async () => {
    const period = withResponsibilities([responsibility(1, 'Hàng năm', 'T11')], (c) => {
      c.document.schoolYear = 'Giai đoạn 2025-2030';
      c.document.effectiveFrom = '08/10/2026';
    });
    const g = await generate(period);
    expect(g.spec.schoolYear.text).toBe('2026-2027');
    expect(g.spec.notes.map((n) => n.messageId)).toEqual(['periodYear']);
    expect(text(tracking(g).getCell('A3'))).toMatch(/NĂM HỌC 2026-2027$/);
    const chosen = await generate(period, { schoolYear: '2028-2029' });
    expect(chosen.spec.schoolYear.text).toBe('2028-2029');
    expect(chosen.spec.months[0]).toMatchObject({ month: 9, year: 2028 });
    expect(chosen.spec.months[4]).toMatchObject({ month: 1, year: 2029 });
    expect(() => buildTrackingSpec(g.model, { generator: 'x', schoolYear: '2031-2032' })).toThrow(UserError);
  });

  it('--year must agree with a single-year regulation', () => {
    const model = modelOf(exampleContent());
    expect(() => buildTrackingSpec(model, { generator: 'x', schoolYear: '2025-2026' })).toThrow(/2026-2027/);
    expect(() => buildTrackingSpec(model, { generator: 'x', schoolYear: '2025' })).toThrow(UserError);
    expect(buildTrackingSpec(model, { generator: 'x', schoolYear: '2026-2027' }).schoolYear.text).toBe('2026-2027');
  });

  it('a regulation without responsibilities still gives a well-formed workbook', async () => {
    const g = await generate(withResponsibilities([]));
    const ws = tracking(g);
    expect(text(ws.getCell(HEADER + 1, 3))).toBe('(Không có nhiệm vụ)');
    expect(ws.getCell(HEADER + 1, columns(ws)[TRACKING_HEADERS.rate]).result ?? '').toBe('');
    expect(summary(g).getCell(4, 6).result).toBe(0);
    const data = readTrackingWorkbook(gridsFromWorkbook(g.wb), {}, {});
    expect(data.tasks).toEqual([]);
  });

  it('codes used in Phân công but not declared still get a summary row, so the totals add up', async () => {
    const g = await generate(
      withResponsibilities([responsibility(1, 'Hàng quý', '', { lead: 'BQL', support: 'CD, XYZ' })]),
    );
    const s = summary(g);
    const codes: string[] = [];
    for (let r = 4; text(s.getCell(r, 3)) !== 'Cộng'; r++) codes.push(text(s.getCell(r, 2)));
    expect(codes).toEqual(['NT', 'CD', 'CDTN', 'CMHS', 'BQL', 'XYZ']);
    expect(text(s.getCell(8, 3))).toBe('(chưa khai báo ở Các bên)');
    expect(s.getCell(8, 6).result).toBe(4);
  });
});

describe('provenance hash', () => {
  it('depends on the content only: the same regulation without Tables hashes the same; one changed value does not', async () => {
    const g = await generate(exampleContent());
    expect(contentHash(modelOf(exampleContent()))).toBe(contentHash(g.model));
    const changed = structuredClone(exampleContent());
    changed.blocks.responsibilities![2].months = 'T10';
    expect(contentHash(modelOf(changed))).not.toBe(contentHash(g.model));
  });
});

describe('packaging', () => {
  it('the JavaScript and the native deflate give the same workbook', async () => {
    const spec = buildTrackingSpec(modelOf(exampleContent()), { generator: 'x' });
    const now = new Date(Date.UTC(2026, 9, 8, 3, 0, 0));
    const a = await writeTrackingWorkbook(spec, { now, portable: true, level: 1 });
    const b = await writeTrackingWorkbook(spec, { now });
    const [wa, wb] = [await loadXlsx(a), await loadXlsx(b)];
    expect(sheetXml(a, wa)).toEqual(sheetXml(b, wb));
    expect(gridsFromWorkbook(wa)).toEqual(gridsFromWorkbook(wb));
  });

  it('10,000 responsibilities: every row, one validation range, one shared formula', async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) =>
      responsibility(
        i + 1,
        ['Hàng tháng', 'Hàng quý', 'Mỗi học kỳ', 'Hàng năm', 'Thường xuyên', 'Đầu năm học'][i % 6],
        i % 7 === 3 ? 'T11' : '',
        { lead: ['NT', 'CD', 'CDTN', 'CMHS'][i % 4] },
      ),
    );
    const g = await generate(withResponsibilities(rows));
    const ws = tracking(g);
    expect(g.spec.rows).toHaveLength(10_000);
    const last = HEADER + 10_000;
    expect(ws.getCell(last, 1).value).toBe(10_000);
    expect(text(ws.getCell(last, 3))).toBe(rows[9_999].task);
    const x = g.xml[TRACKING_SHEETS.tracking];
    expect(x.match(/<dataValidation /g)).toHaveLength(1);
    expect(x).toContain(`sqref="G7:R${last}"`);
    expect(x.match(/<f t="shared" ref="/g)).toHaveLength(1);
    expect(x).toContain(`ref="S7:S${last}"`);
    const due = g.spec.rows.reduce((n, r) => n + r.dueCount, 0);
    expect(summary(g).getCell(8, 6).result).toBe(due);
  });
});
