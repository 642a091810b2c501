// Cell notes from the open workbook (Worksheet.notes, ExcelApi 1.18): read only where the host
// has them, in the same three syncs, and the same notes the file readers give for the same file.
import { describe, expect, it } from 'vitest';
import type { SheetGrid } from '../../src/core/grid';
import { readWorkbook } from '../../src/core/read-workbook';
import { BUILTIN_RULES } from '../../src/core/rules/builtin-rules';
import { createRuleRunner } from '../../src/core/rules/run-rules';
import { importText } from '../../src/core/import';
import { capabilitiesOf } from '../../src/office/host';
import { setUpTemplate } from '../../src/office/setup';
import { readGridsFromExcel, type ExcelRun } from '../../src/office/read-grids';
import { runCli, tempDir } from '../helpers/cli';
import { exampleWith } from '../helpers/content-grids';
import { FakeWorkbook } from './fake-excel';
import { bigContent, fakeFromGrids, gridsOf, placesOf, saveTemp, xlsxOf } from './workbooks';

const runOf = (fake: FakeWorkbook) => fake.run as unknown as ExcelRun;
const notesOf = (grids: SheetGrid[]) => Object.fromEntries(grids.map((g) => [g.name, g.notes ?? {}]));
/** The file's notes on the sheets Excel was asked for (the block sheets). */
const sameSheets = (file: SheetGrid[], read: SheetGrid[]) => file.filter((g) => read.some((r) => r.name === g.name));

// Notes as an import writes them: on a Văn bản value cell, on the first cell of a Phân công row.
const withNotes = () =>
  exampleWith((c) => {
    c.notes = {
      document: { 4: 'Kiểm tra lại: tên trường lấy từ nội dung, phần đầu văn bản không ghi.\nĐọc từ dòng 7: …' },
      responsibilities: { 1: 'Kiểm tra lại: Chu kỳ lấy từ tiêu đề của điều hoặc mục.', 3: 'Đọc từ dòng 9: …' },
    };
  });

describe('cell notes in Excel', () => {
  it('reads the notes the file readers read, in the same three syncs, when ExcelApi 1.18 is there', async () => {
    const fileGrids = await gridsOf(await xlsxOf(withNotes()));
    expect(notesOf(fileGrids)['Văn bản']).toHaveProperty('B6');
    expect(Object.keys(notesOf(fileGrids)['Phân công'])).toEqual(['A3', 'A5']);
    const fake = fakeFromGrids(fileGrids, { apiMinor: 18 });
    const notes = capabilitiesOf((_, v) => fake.supports(v)).notes;
    expect(notes).toBe(true);
    const { grids, stats } = await readGridsFromExcel(runOf(fake), { notes });
    expect(notesOf(grids)).toEqual(notesOf(sameSheets(fileGrids, grids)));
    expect(stats.syncs).toBe(3);
    expect(fake.syncCount).toBe(3);
  });

  it('finds the «Kiểm tra lại» values `phoihop validate` finds in the same file', async () => {
    const bytes = await xlsxOf(withNotes());
    const cli = await runCli('validate', saveTemp(tempDir('phoihop-notes-'), 'nhap.xlsx', bytes), '--format', 'json');
    const printed = JSON.parse(cli.stdout).findings as Array<{ ruleId: string; sheet: string; cell: string | null }>;
    const fake = fakeFromGrids(await gridsOf(bytes), { apiMinor: 18 });
    const { grids } = await readGridsFromExcel(runOf(fake), { notes: true });
    const findings = await createRuleRunner(BUILTIN_RULES).run(readWorkbook(grids, { source: 'Excel' }));
    expect(placesOf(findings)).toEqual(placesOf(printed));
    expect(placesOf(findings.filter((f) => f.ruleId === 'imported-value-unconfirmed'))).toEqual([
      'imported-value-unconfirmed @ Phân công!A3',
      'imported-value-unconfirmed @ Văn bản!B6',
    ]);
  });

  it('reads none, and touches no notes API, below ExcelApi 1.18', async () => {
    const fileGrids = await gridsOf(await xlsxOf(withNotes()));
    const fake = fakeFromGrids(fileGrids, { apiMinor: 17 });
    const notes = capabilitiesOf((_, v) => fake.supports(v)).notes;
    expect(notes).toBe(false);
    // The fake throws ApiNotFound on Worksheet.notes below 1.18: reaching it would fail the read.
    const { grids, stats } = await readGridsFromExcel(runOf(fake), { notes });
    expect(grids.every((g) => g.notes === undefined)).toBe(true);
    expect(stats.syncs).toBe(3);
    // An Office without isSetSupported at all is taken as one without notes.
    expect(
      capabilitiesOf(() => {
        throw new TypeError('isSetSupported is not a function');
      }).notes,
    ).toBe(false);
  });

  it('still places every note when a reply too large sends the chunks to fresh runs', async () => {
    const content = bigContent(4000);
    content.notes = { document: { 4: 'Kiểm tra lại: tên trường.' }, responsibilities: { 2: 'Kiểm tra lại: Chu kỳ.' } };
    const fileGrids = await gridsOf(await xlsxOf(content));
    const fake = fakeFromGrids(fileGrids, { apiMinor: 18, payloadLimitBytes: 150_000 });
    const { grids, stats } = await readGridsFromExcel(runOf(fake), { notes: true });
    expect(stats.runs).toBeGreaterThan(1);
    expect(notesOf(grids)).toEqual(notesOf(sameSheets(fileGrids, grids)));
    expect(notesOf(grids)['Phân công']).toEqual({ A4: 'Kiểm tra lại: Chu kỳ.' });
  });

  it('leaves out the notes of a sheet that holds no block', async () => {
    const fake = fakeFromGrids(await gridsOf(await xlsxOf(withNotes())), { apiMinor: 18 });
    fake.addSheet({ name: 'Ghi chép riêng', rows: [['x']], notes: { A1: 'Kiểm tra lại: không phải của khối nào.' } });
    const { grids } = await readGridsFromExcel(runOf(fake), { notes: true });
    expect(grids.map((g) => g.name)).not.toContain('Ghi chép riêng');
    expect(grids.find((g) => g.name === 'Văn bản')!.notes).toHaveProperty('B6');
  });

  it("writes an import's notes into the open workbook, so Excel finds what validate finds in the CLI's file", async () => {
    // A regulation whose school and task cadence are inferred (the school only in the body, the
    // cadence from its article's heading): import marks both "Kiểm tra lại".
    const text = [
      'QUY CHẾ PHỐI HỢP GIỮA NHÀ TRƯỜNG VÀ CÔNG ĐOÀN',
      'Căn cứ Luật Công đoàn số 50/2024/QH15 ngày 27/11/2024;',
      'Trường THCS Hòa Bình và Công đoàn thống nhất như sau:',
      'Điều 1. Chế độ họp: định kỳ hằng quý',
      '1. Nhà trường và Công đoàn họp liên tịch.',
      'TM. BCH CÔNG ĐOÀN                HIỆU TRƯỞNG',
      'CHỦ TỊCH',
      'Lê Văn Nam                       Trần Thị Hoa',
    ].join('\n');
    const { content } = importText(text);
    const dir = tempDir('phoihop-notes-import-');
    const doc = saveTemp(dir, 'quy-che.txt', new TextEncoder().encode(text));
    const out = `${dir}/quy-che.xlsx`;
    expect((await runCli('import', doc, '-o', out)).code).toBe(0);
    const printed = JSON.parse((await runCli('validate', out, '--format', 'json')).stdout).findings as Array<{
      ruleId: string;
      sheet: string;
      cell: string | null;
    }>;
    const unconfirmed = (f: Array<{ ruleId: string; sheet: string; cell: string | null }>) =>
      placesOf(f.filter((x) => x.ruleId === 'imported-value-unconfirmed'));
    expect(unconfirmed(printed).length).toBeGreaterThanOrEqual(2);

    const fake = new FakeWorkbook([{ name: 'Sheet1' }], { apiMinor: 18 });
    const caps = capabilitiesOf((_, v) => fake.supports(v));
    await setUpTemplate(runOf(fake), caps, undefined, { content, requireEmpty: true });
    const { grids } = await readGridsFromExcel(runOf(fake), { notes: caps.notes });
    const findings = await createRuleRunner(BUILTIN_RULES).run(readWorkbook(grids, { source: 'Excel' }));
    expect(unconfirmed(findings)).toEqual(unconfirmed(printed));

    // Below 1.18 the import still lands, without notes and without a notes call.
    const old = new FakeWorkbook([{ name: 'Sheet1' }], { apiMinor: 17 });
    const oldCaps = capabilitiesOf((_, v) => old.supports(v));
    expect(oldCaps.notes).toBe(false);
    const result = await setUpTemplate(runOf(old), oldCaps, undefined, { content, requireEmpty: true });
    expect(result.added.length).toBeGreaterThan(0);
    expect(old.sheets.every((sh) => sh.notes.length === 0)).toBe(true);
  });
});
