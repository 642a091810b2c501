import { describe, expect, it } from 'vitest';
import type { SheetGrid } from '../../src/core/grid';
import { readWorkbook } from '../../src/core/read-workbook';
import { createRuleRunner } from '../../src/core/rules/run-rules';
import { BUILTIN_RULES } from '../../src/core/rules/builtin-rules';
import { contentToGrids, example } from '../helpers/content-grids';
import { runRuleTests } from '../helpers/rule-tester';

/**
 * The worked example with a Table on three sheets, as Excel or LibreOffice would save it. `short`
 * leaves the last rows of a sheet outside its Table, as when they were typed under it in LibreOffice.
 */
function withTables(short: Record<string, number> = {}, change?: (grids: SheetGrid[]) => void): SheetGrid[] {
  const names: Record<string, string> = { 'Người ký': 'NguoiKy', 'Các bên': 'CacBen', 'Phân công': 'PhanCong' };
  const grids = contentToGrids(example());
  for (const grid of grids) {
    const table = names[grid.name];
    if (!table) continue;
    const width = Math.max(...grid.rows.map((r) => r.length));
    const bottom = grid.rows.length - (short[grid.name] ?? 0);
    grid.tables = [{ name: table, range: `A1:${String.fromCharCode(64 + width)}${bottom}` }];
  }
  change?.(grids);
  return grids;
}

runRuleTests('rows-below-table', {
  valid: [
    { name: 'every row inside its table', content: withTables() },
    {
      name: 'a blank row between the table and a later note',
      content: withTables({}, (grids) => {
        const signers = grids.find((g) => g.name === 'Người ký')!;
        signers.rows.push([], ['Ghi chú: ký sau cuộc họp liên tịch']);
      }),
    },
  ],
  invalid: [
    {
      name: 'one signatory typed under the table',
      content: withTables({ 'Người ký': 1 }),
      errors: [
        {
          sheet: 'Người ký',
          cell: 'A5',
          entity: 'NguoiKy',
          vi: ['Trang "Người ký": dòng 5 nằm ngay dưới bảng NguoiKy (A1:E4)', 'mở rộng bảng thành A1:E5'],
          en: ['row 5 sits right under the table NguoiKy (A1:E4)', 'Extend the table to A1:E5'],
        },
      ],
    },
    {
      name: 'rows under two tables',
      content: withTables({ 'Các bên': 2, 'Phân công': 3 }),
      errors: [
        { sheet: 'Các bên', cell: 'A4', vi: ['dòng 4–5 nằm ngay dưới bảng CacBen'] },
        { sheet: 'Phân công', cell: 'A9', vi: ['dòng 9–11 nằm ngay dưới bảng PhanCong'] },
      ],
    },
  ],
});

describe('rows under a table are read as rows of its block', () => {
  const full = readWorkbook(withTables(), { source: 'full.xlsx' });
  const short = readWorkbook(withTables({ 'Người ký': 2, 'Phân công': 3 }), { source: 'short.xlsx' });

  it('reads the same signatories and tasks as when the table covers them', () => {
    expect(short.signatories.map((s) => [s.row, s.partyCode, s.name])).toEqual(
      full.signatories.map((s) => [s.row, s.partyCode, s.name]),
    );
    expect(short.responsibilities.map((r) => [r.row, r.task, r.lead])).toEqual(
      full.responsibilities.map((r) => [r.row, r.task, r.lead]),
    );
    expect(short.blocks.signatories).toMatchObject({
      nextRow: full.blocks.signatories!.nextRow,
      belowTable: { table: 'NguoiKy', tableRange: 'A1:E3', extendedRange: 'A1:E5', first: 4, last: 5 },
    });
  });

  it('stops at the first empty row and at another table', () => {
    const grids = withTables({ 'Người ký': 1 }, (g) => {
      const signers = g.find((s) => s.name === 'Người ký')!;
      signers.rows.push([], ['Ghi chú riêng, không phải người ký']);
    });
    const model = readWorkbook(grids, { source: 'x.xlsx' });
    expect(model.signatories.map((s) => s.partyCode)).toEqual(['NT', 'CD', 'CDTN', 'CMHS']);
    expect(model.blocks.signatories?.belowTable).toMatchObject({ first: 5, last: 5 });

    const stacked = withTables({ 'Người ký': 2 });
    const signers = stacked.find((s) => s.name === 'Người ký')!;
    signers.tables!.push({ name: 'GhiChuKy', range: 'A5:E5' });
    expect(readWorkbook(stacked, { source: 'y.xlsx' }).blocks.signatories?.belowTable).toMatchObject({
      first: 4,
      last: 4,
    });
  });

  it('offers the pane the table to extend, from its range to the new one', async () => {
    const rule = BUILTIN_RULES.find((r) => r.id === 'rows-below-table')!;
    const [finding] = await createRuleRunner([rule]).run(short);
    expect(finding.severity).toBe('info');
    expect(finding.extendTable).toEqual({ table: 'NguoiKy', from: 'A1:E3', to: 'A1:E5' });
  });
});
