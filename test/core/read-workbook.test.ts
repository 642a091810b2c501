// The reader on plain grids, as the Office.js adapter hands them over: used ranges that do not
// start at A1, Tables found by name on any sheet, Excel serial dates.
import { describe, expect, it } from 'vitest';
import type { SheetGrid } from '../../src/core/grid';
import { UserError } from '../../src/core/i18n';
import { readWorkbook } from '../../src/core/read-workbook';
import { BUILTIN_RULES } from '../../src/core/rules/builtin-rules';
import { createRuleRunner } from '../../src/core/rules/run-rules';
import { contentToGrids, example } from '../helpers/content-grids';

describe('readWorkbook on grids', () => {
  it('finds a Table by name wherever it is, and addresses cells from the grid origin', async () => {
    const grids = contentToGrids(example());
    const parties = grids.find((g) => g.name === 'Các bên')!;
    // The clerk renamed the sheet and the used range starts at C4: the Table name still finds it.
    const moved: SheetGrid = {
      name: 'Danh sách các bên',
      origin: { row: 4, col: 3 },
      rows: parties.rows,
      tables: [{ name: 'CacBen', range: `C4:F${4 + parties.rows.length - 1}` }],
    };
    const model = readWorkbook(grids.map((g) => (g === parties ? moved : g)));
    expect(model.blocks.parties).toMatchObject({ sheet: 'Danh sách các bên', viaTable: true, headerRow: 4 });
    expect(model.parties[1]).toMatchObject({ code: 'CD', row: 6, cells: { code: 'C6', name: 'D6' } });
    model.signatories.splice(1, 1);
    const findings = await createRuleRunner(BUILTIN_RULES).run(model);
    expect(findings.map((f) => [f.ruleId, f.sheet, f.cell])).toEqual([
      ['party-has-signatory', 'Danh sách các bên', 'C6'],
    ]);
  });

  it('reads Excel serial dates, as Office.js returns them', () => {
    const grids = contentToGrids(example());
    const doc = grids.find((g) => g.name === 'Văn bản')!;
    const row = doc.rows.findIndex((r) => r[0] === 'Ngày ban hành');
    doc.rows[row] = ['Ngày ban hành', 46303]; // 08/10/2026
    expect(readWorkbook(grids).document.issueDate).toBe('2026-10-08');
  });

  it('keeps unknown Văn bản labels and extra columns', () => {
    const grids = contentToGrids(example());
    grids[0].rows.push(['Người soạn thảo', 'Nguyễn Văn An']);
    const pc = grids.find((g) => g.name === 'Phân công')!;
    pc.rows[0] = [...pc.rows[0], 'Kinh phí'];
    pc.rows[1] = [...pc.rows[1], '2.000.000'];
    const model = readWorkbook(grids);
    expect(model.document.extra).toEqual({ 'Người soạn thảo': 'Nguyễn Văn An' });
    expect(model.responsibilities[0].extra).toEqual({ 'Kinh phí': '2.000.000' });
  });

  it('refuses a sheet with the same column twice, naming sheet and column', () => {
    const grids = contentToGrids(example());
    const pc = grids.find((g) => g.name === 'Phân công')!;
    pc.rows[0] = [...pc.rows[0], 'chủ trì'];
    expect(() => readWorkbook(grids, { source: 'truong-a.xlsx' })).toThrow(UserError);
    try {
      readWorkbook(grids, { source: 'truong-a.xlsx' });
    } catch (e) {
      expect((e as UserError).line()).toMatch(/truong-a\.xlsx.*"Phân công".*"Chủ trì"/);
    }
  });

  it('refuses more rows than the limit with a clear message', () => {
    const grids = contentToGrids(example());
    expect(() => readWorkbook(grids, { source: 'x.xlsx', maxRows: 5 })).toThrow(/rows exceed the limit of 5/);
  });

  it('collects the values still marked «Kiểm tra lại» in their notes: place, label, value and what to check', () => {
    const grids = contentToGrids(example());
    const parties = grids.find((g) => g.name === 'Các bên')!;
    // A Table moved to C4 on a renamed sheet: notes are sheet addresses, the block's first column is C.
    const moved: SheetGrid = {
      name: 'Danh sách các bên',
      origin: { row: 4, col: 3 },
      rows: parties.rows,
      tables: [{ name: 'CacBen', range: `C4:F${4 + parties.rows.length - 1}` }],
      notes: { C6: 'Kiểm tra lại: bên này chỉ được nêu trong các điều khoản', A2: 'Kiểm tra lại: ngoài khối.' },
    };
    grids[0].notes = { B6: 'Kiểm tra lại: tên trường lấy từ nội dung.\nĐọc từ dòng 7: …', B7: 'Đọc từ dòng 3: …' };
    expect(grids.find((g) => g.name === 'Phân công')!.rows[3][6]).toBe('');
    grids.find((g) => g.name === 'Phân công')!.notes = { G4: 'Check: months from the heading.' };
    const model = readWorkbook(grids.map((g) => (g === parties ? moved : g)));
    expect(model.unconfirmedValues).toEqual([
      {
        kind: 'field',
        sheet: 'Văn bản',
        cell: 'B6',
        row: 6,
        label: 'Đơn vị ban hành',
        value: 'TRƯỜNG MẦM NON HOA MAI',
        what: 'tên trường lấy từ nội dung.',
      },
      {
        kind: 'row',
        sheet: 'Danh sách các bên',
        cell: 'C6',
        row: 6,
        label: 'Tên bên',
        value: model.parties[1].name,
        what: 'bên này chỉ được nêu trong các điều khoản.',
      },
      {
        // On a blank cell (no Thời điểm): the note speaks of the row, named by its task.
        kind: 'row',
        sheet: 'Phân công',
        cell: 'G4',
        row: 4,
        label: 'Nhiệm vụ',
        value: model.responsibilities[2].task,
        what: 'months from the heading.',
      },
    ]);
  });
});
