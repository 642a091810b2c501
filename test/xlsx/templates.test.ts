// The template files in templates/ are what the code generates, and read back as the contract says.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { BLOCKS, DOCUMENT_FIELDS, LISTS_SHEET } from '../../src/core/layout';
import { readWorkbook } from '../../src/core/read-workbook';
import { BUILTIN_RULES } from '../../src/core/rules/builtin-rules';
import { createRuleRunner } from '../../src/core/rules/run-rules';
import { emptyContent } from '../../src/core/template/content';
import { exampleContent } from '../../src/core/template/example';
import { gridsFromWorkbook, loadWorkbook } from '../../src/xlsx/read-grids';
import { writeRegulationWorkbook } from '../../src/xlsx/write-regulation';

async function describeWorkbook(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as never);
  return {
    sheets: wb.worksheets.map((ws) => ({
      name: ws.name,
      state: ws.state,
      tables: (ws.getTables() as unknown as Array<{ name: string; table: { tableRef: string } }>).map((t) => [
        t.name,
        t.table.tableRef,
      ]),
      frozen: ws.views?.[0]?.state,
      orientation: ws.pageSetup.orientation,
      paperSize: ws.pageSetup.paperSize,
      validations: Object.keys(
        (ws as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model,
      ).length,
      widths: ws.columns?.map((c) => c.width),
    })),
    grids: gridsFromWorkbook(wb).map((g) => ({ name: g.name, rows: g.rows })),
    names: (wb.definedNames as unknown as { model: Array<{ name: string; ranges: string[] }> }).model
      .map((d) => [d.name, d.ranges])
      .sort(),
  };
}

describe.each([
  ['templates/mau-trong.xlsx', emptyContent],
  ['templates/vi-du.xlsx', exampleContent],
])('%s', (file, content) => {
  it('matches what `phoihop template` generates', async () => {
    const committed = await describeWorkbook(readFileSync(file));
    const fresh = await describeWorkbook(await writeRegulationWorkbook(content()));
    expect(committed).toEqual(fresh);
  });

  it('has one Table per block with the contract headers, frozen headers, A4 pages and a hidden lists sheet', async () => {
    const d = await describeWorkbook(readFileSync(file));
    for (const block of BLOCKS) {
      const sheet = d.sheets.find((s) => s.name === block.sheet)!;
      expect(sheet.tables.map((t) => t[0])).toEqual([block.table]);
      expect(sheet.frozen).toBe('frozen');
      expect(sheet.paperSize).toBe(9);
      const header = d.grids.find((g) => g.name === block.sheet)!.rows[0];
      expect(header).toEqual(block.columns.map((c) => c.header));
    }
    expect(d.sheets.find((s) => s.name === LISTS_SHEET)!.state).toBe('hidden');
    expect(d.sheets.find((s) => s.name === 'Phân công')!.validations).toBeGreaterThan(0);
    expect(d.names.map((n) => n[0])).toEqual(
      expect.arrayContaining(['DS_MaBen', 'DS_ChuKy', 'DS_ThamQuyen', 'DS_TrangThai']),
    );
  });
});

describe('the worked example', () => {
  it('reads back through the Tables and passes every rule with no error and no warning', async () => {
    const wb = await loadWorkbook(readFileSync('templates/vi-du.xlsx'));
    const model = readWorkbook(gridsFromWorkbook(wb), { source: 'vi-du.xlsx' });
    expect(Object.values(model.blocks).every((b) => b!.viaTable)).toBe(true);
    expect(model.parties.map((p) => [p.code, p.role, p.signs])).toEqual(
      ['NT', 'CD', 'CDTN', 'CMHS'].map((code) => [code, 'Ký ban hành', true]),
    );
    expect(model.responsibilities).toHaveLength(10);
    expect(model.document.schoolYear?.text).toBe('2026-2027');
    const findings = await createRuleRunner(BUILTIN_RULES).run(model);
    expect(findings).toEqual([]);
  });

  it('offers the Vai trò of a party as a dropdown of Danh mục: Ký ban hành, Phối hợp thực hiện', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync('templates/mau-trong.xlsx') as never);
    const parties = wb.getWorksheet('Các bên')!;
    const column = (parties.getRow(1).values as unknown[]).indexOf('Vai trò');
    expect(column).toBeGreaterThan(0);
    const validation = parties.getCell(2, column).dataValidation;
    expect(validation).toMatchObject({ type: 'list', formulae: ['DS_VaiTro'] });
    const named = (wb.definedNames as unknown as { model: Array<{ name: string; ranges: string[] }> }).model.find(
      (d) => d.name === 'DS_VaiTro',
    )!;
    const [sheet, range] = named.ranges[0].split('!');
    const lists = wb.getWorksheet(sheet.replace(/^'|'$/g, ''))!;
    const [from, to] = range.replace(/\$/g, '').split(':');
    const values = [];
    for (let r = Number(from.slice(1)); r <= Number(to.slice(1)); r++)
      values.push(lists.getCell(`${from[0]}${r}`).value);
    expect(values).toEqual(['Ký ban hành', 'Phối hợp thực hiện']);
  });

  it('the empty template lists every Văn bản label', async () => {
    const wb = await loadWorkbook(readFileSync('templates/mau-trong.xlsx'));
    const model = readWorkbook(gridsFromWorkbook(wb));
    expect(Object.keys(model.document.fields).sort()).toEqual(DOCUMENT_FIELDS.map((f) => f.key).sort());
    expect(model.parties).toEqual([]);
  });
});
