// The pane's "Mở rộng bảng": rows typed under a Table (as LibreOffice leaves them) are found by the
// check, and the Office adapter extends the Table over them with Table.resize, against the strict
// Excel fake and Microsoft's office-addin-mock.
import { OfficeMockObject } from 'office-addin-mock';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/core/read-workbook';
import { BUILTIN_RULES } from '../../src/core/rules/builtin-rules';
import { createRuleRunner } from '../../src/core/rules/run-rules';
import { exampleContent } from '../../src/core/template/example';
import { excelWorkspace } from '../../src/office/excel-workspace';
import { extendTable } from '../../src/office/extend-table';
import { capabilitiesOf, type ExcelHost } from '../../src/office/host';
import { readGridsFromExcel, type ExcelRun } from '../../src/office/read-grids';
import { fakeFromGrids, gridsOf, xlsxOf } from './workbooks';
import type { FakeWorkbook } from './fake-excel';

const runOf = (fake: FakeWorkbook) => fake.run as unknown as ExcelRun;
const runner = createRuleRunner(BUILTIN_RULES);

/** The worked example open in Excel, its last signatory on the row under a Table that stops above it. */
async function typedUnderTable(apiMinor?: number): Promise<FakeWorkbook> {
  const grids = await gridsOf(await xlsxOf(exampleContent()));
  const signers = grids.find((g) => g.name === 'Người ký')!;
  signers.tables = [{ name: 'NguoiKy', range: 'A1:E4' }];
  return fakeFromGrids(grids, apiMinor === undefined ? {} : { apiMinor });
}

async function check(fake: FakeWorkbook) {
  const { grids } = await readGridsFromExcel(runOf(fake));
  const model = readWorkbook(grids, { source: 'Excel' });
  return { model, findings: await runner.run(model) };
}

function hostOf(fake: FakeWorkbook): ExcelHost {
  return {
    kind: 'excel',
    run: runOf(fake),
    createWorkbook: null,
    platform: 'OfficeOnline',
    displayLanguage: 'vi-VN',
    capabilities: capabilitiesOf((_, v) => fake.supports(v)),
  };
}

describe('extending a Table over rows typed under it', () => {
  it('the check reads the row and offers the Table’s new range; one click extends it and the finding goes', async () => {
    const fake = await typedUnderTable();
    const before = await check(fake);
    expect(before.model.signatories.map((s) => s.partyCode)).toEqual(['NT', 'CD', 'CDTN', 'CMHS']);
    const finding = before.findings.find((f) => f.ruleId === 'rows-below-table')!;
    expect(finding).toMatchObject({ sheet: 'Người ký', cell: 'A5', severity: 'info' });
    expect(finding.extendTable).toEqual({ table: 'NguoiKy', from: 'A1:E4', to: 'A1:E5' });

    const ws = excelWorkspace(hostOf(fake));
    const syncs = fake.syncCount;
    expect(await ws.extendTable!(finding.extendTable!)).toBe('extended');
    expect(fake.syncCount - syncs).toBe(3);
    expect(fake.tables.find((t) => t.name === 'NguoiKy')).toMatchObject({ top: 1, left: 1, bottom: 5, right: 5 });

    const after = await check(fake);
    expect(after.findings).toEqual([]);
    expect(after.model.signatories.map((s) => s.partyCode)).toEqual(['NT', 'CD', 'CDTN', 'CMHS']);
  });

  it('leaves a Table alone that changed or went since the check', async () => {
    const fake = await typedUnderTable();
    const { findings } = await check(fake);
    const extension = findings.find((f) => f.ruleId === 'rows-below-table')!.extendTable!;
    const table = fake.tables.find((t) => t.name === 'NguoiKy')!;
    table.bottom = 3; // the user shrank it in the meantime
    expect(await extendTable(runOf(fake), extension)).toBe('changed');
    expect(table.bottom).toBe(3);
    table.name = 'NguoiKyCu';
    expect(await extendTable(runOf(fake), extension)).toBe('changed');
    expect(table.bottom).toBe(3);
  });

  it('is not offered on an Excel without Table.resize (ExcelApi below 1.13)', async () => {
    const fake = await typedUnderTable(12);
    expect(excelWorkspace(hostOf(fake)).extendTable).toBeUndefined();
    expect(excelWorkspace(hostOf(await typedUnderTable(13))).extendTable).toBeTypeOf('function');
  });

  it('office-addin-mock: loads, syncs, then resizes with the range from the finding', async () => {
    const calls: string[] = [];
    const context = new OfficeMockObject({
      workbook: {
        tables: {
          table: {
            isNullObject: false,
            range: { address: "'Người ký'!A1:E4" },
            getRange() {
              return this.range;
            },
            resize(address: string) {
              calls.push(`resize ${address}`);
            },
          },
          getItemOrNullObject(name: string) {
            calls.push(`getItemOrNullObject ${name}`);
            return this.table;
          },
        },
      },
    }) as unknown as { sync(): Promise<void>; workbook: { tables: { table: { load(p: string): void } } } };
    // Office.js answers isNullObject after any sync, unasked; the mock wants every property loaded.
    context.workbook.tables.table.load('isNullObject');
    await context.sync();
    let syncs = 0;
    const sync = context.sync.bind(context);
    context.sync = async () => {
      syncs++;
      await sync();
    };
    const run: ExcelRun = (batch) => batch(context as never);
    expect(await extendTable(run, { table: 'NguoiKy', from: 'A1:E4', to: 'A1:E5' })).toBe('extended');
    expect(calls).toEqual(['getItemOrNullObject NguoiKy', 'resize A1:E5']);
    expect(syncs).toBe(3);
  });
});
