// The Office adapter against the in-memory Excel fake: what a check reads, in how many round
// trips, and that it finds exactly what `phoihop validate --format json` finds in the same file.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/i18n';
import { BLOCKS, BLOCK_BY_KEY, DOCUMENT_FIELDS, LISTS_SHEET } from '../../src/core/layout';
import { readWorkbook } from '../../src/core/read-workbook';
import { BUILTIN_RULES } from '../../src/core/rules/builtin-rules';
import { createRuleRunner } from '../../src/core/rules/run-rules';
import { deliverWorkbook, toBase64 } from '../../src/office/deliver';
import { watchChanges } from '../../src/office/events';
import { capabilitiesOf, detectHost } from '../../src/office/host';
import { fixCell } from '../../src/office/fix-cell';
import { selectCell } from '../../src/office/navigate';
import {
  cellFromOffice,
  chunkRows,
  isDateFormat,
  readGridsFromExcel,
  type ExcelRun,
} from '../../src/office/read-grids';
import { missingBlocks, setUpTemplate } from '../../src/office/setup';
import { runCli } from '../helpers/cli';
import { FakeWorkbook, officeGlobals } from './fake-excel';
import { bigContent, faultyContent, fakeFromGrids, gridsOf, placesOf, saveTemp, xlsxOf } from './workbooks';
import { exampleWith } from '../helpers/content-grids';
import { toTcvn3 } from '../import/documents';

const runOf = (fake: FakeWorkbook) => fake.run as unknown as ExcelRun;
const runner = createRuleRunner(BUILTIN_RULES);
const check = async (fake: FakeWorkbook) => {
  const result = await readGridsFromExcel(runOf(fake));
  return { ...result, findings: await runner.run(readWorkbook(result.grids, { source: 'Excel' })) };
};

describe('the Excel fake is strict', () => {
  it('throws on reading a property that was not loaded, or loaded but not synced', async () => {
    const fake = new FakeWorkbook([{ name: 'S', rows: [['a']] }]);
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem('S').getRange('A1');
      expect(() => range.values).toThrow(/not available/);
      range.load('values');
      expect(() => range.values).toThrow(/not available/);
      await context.sync();
      expect(range.values).toEqual([['a']]);
      expect(() => range.address).toThrow(/not available/);
    });
    expect(fake.syncCount).toBe(1);
  });
});

describe('reading the open workbook', () => {
  it('finds exactly the rule ids and cells that `phoihop validate --format json` prints', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'phoihop-office-'));
    const bytes = await xlsxOf(faultyContent());
    const file = saveTemp(dir, 'faulty.xlsx', bytes);
    const cli = await runCli('validate', file, '--format', 'json');
    expect(cli.code).toBe(1);
    const printed = JSON.parse(cli.stdout).findings as Array<{
      ruleId: string;
      sheet: string;
      cell: string | null;
      message: string;
    }>;
    expect(printed.length).toBeGreaterThan(8);

    const { findings, stats } = await check(fakeFromGrids(await gridsOf(bytes)));
    expect(placesOf(findings)).toEqual(placesOf(printed));
    // The messages match too: a date read as a serial number comes back as the same date.
    expect(findings.map((f) => f.message.vi).sort()).toEqual(printed.map((f) => f.message).sort());
    expect(stats.syncs).toBe(3);
  });

  it('costs the same three syncs at 10 and at 10,000 rows, each reply under 5 MB', async () => {
    const counts: number[] = [];
    for (const rows of [10, 10_000]) {
      const fake = fakeFromGrids(await gridsOf(await xlsxOf(bigContent(rows))));
      const { findings, grids, stats } = await check(fake);
      expect(findings).toEqual([]);
      expect(grids.find((g) => g.name === 'Phân công')!.rows.length).toBe(rows + 1);
      expect(fake.runs).toBe(1);
      for (const s of fake.syncs) expect(s.responseBytes).toBeLessThan(5 * 1024 * 1024);
      counts.push(stats.syncs);
    }
    expect(counts[0]).toBe(counts[1]);
    expect(counts[0]).toBeLessThanOrEqual(3);
  });

  it('reads only the sheets that hold a block, from A1 to the last used cell', async () => {
    const grids = await gridsOf(await xlsxOf(bigContent(20)));
    const fake = fakeFromGrids(grids);
    fake.addSheet({ name: 'Ghi chép riêng', rows: Array.from({ length: 2000 }, (_, i) => [i, 'x'.repeat(40)]) });
    const { grids: read, stats } = await check(fake);
    expect(read.map((g) => g.name)).not.toContain('Ghi chép riêng');
    expect(read.map((g) => g.name)).toEqual(BLOCKS.map((b) => b.sheet));
    expect(stats.cells).toBeLessThan(2000);
    expect(fake.syncs[2].cellsRead).toBe(stats.cells);
  });

  it('finds a block by its table on a renamed sheet, and by header on a sheet without tables', async () => {
    const grids = await gridsOf(await xlsxOf(bigContent(12)));
    const renamed = grids.map((g) =>
      g.name === 'Các bên' ? { ...g, name: 'Danh sách bên' } : g.name === 'Phân công' ? { ...g, tables: [] } : g,
    );
    const fake = fakeFromGrids(renamed);
    const { findings, grids: read } = await check(fake);
    expect(findings).toEqual([]);
    expect(read.map((g) => g.name)).toContain('Danh sách bên');
  });

  it('spreads a workbook bigger than one request over more syncs and reads the same cells', async () => {
    const grids = await gridsOf(await xlsxOf(bigContent(3000)));
    const whole = await readGridsFromExcel(runOf(fakeFromGrids(grids)));
    const fake = fakeFromGrids(grids);
    const chunked = await readGridsFromExcel(runOf(fake), { maxCellsPerSync: 5000 });
    expect(chunked.stats.syncs).toBeGreaterThan(whole.stats.syncs);
    expect(chunked.stats.chunks).toBeGreaterThan(5);
    for (const s of fake.syncs) expect(s.cellsRead).toBeLessThanOrEqual(5000);
    expect(chunked.grids).toEqual(whole.grids);
  });

  it('halves the chunks and retries when Excel on the web refuses a reply as too large', async () => {
    const grids = await gridsOf(await xlsxOf(bigContent(4000)));
    const whole = await readGridsFromExcel(runOf(fakeFromGrids(grids)));
    const fake = fakeFromGrids(grids, { payloadLimitBytes: 150_000 });
    const small = await readGridsFromExcel(runOf(fake));
    expect(small.grids).toEqual(whole.grids);
    expect(small.stats.runs).toBeGreaterThan(1);
    const answered = fake.syncs.filter((s) => s.responseBytes <= 150_000);
    expect(answered.length).toBeGreaterThan(3);
  });

  it('gives up on a stalled sync with a clear message instead of hanging', async () => {
    const fake = fakeFromGrids(await gridsOf(await xlsxOf(bigContent(10))));
    fake.stallNextSync = true;
    // The stall never ends: an answer at all is the 200 ms giving up (no wall-clock bound here).
    const error = await readGridsFromExcel(runOf(fake), { timeoutMs: 200 }).catch((e) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).key).toBe('pane.error.timeout');
    expect((error as UserError).text('vi')).toContain('Excel không phản hồi sau 0.2 giây');
  });

  it('reads cells the way exceljs reads the file', () => {
    expect(cellFromOffice('', 'General')).toBeNull();
    expect(cellFromOffice('#N/A', 'General')).toEqual({ error: '#N/A' });
    expect(cellFromOffice('#DIV/0!', 'General')).toEqual({ error: '#DIV/0!' });
    expect(cellFromOffice(45938, 'dd/mm/yyyy')).toEqual(new Date(Date.UTC(2025, 9, 8)));
    expect(cellFromOffice(45938, 'General')).toBe(45938);
    expect(cellFromOffice(true, 'General')).toBe(true);
    expect(isDateFormat('[$-42A]dd/mm/yyyy')).toBe(true);
    expect(isDateFormat('"Năm "0')).toBe(false);
    expect(isDateFormat('0.00')).toBe(false);
    expect(chunkRows('S', 10, 3, 9).map((c) => [c.top, c.bottom])).toEqual([
      [1, 3],
      [4, 6],
      [7, 9],
      [10, 10],
    ]);
  });
});

describe('going to a finding', () => {
  it('activates the sheet and selects the cell in one sync', async () => {
    const fake = fakeFromGrids(await gridsOf(await xlsxOf(faultyContent())));
    const { findings } = await check(fake);
    const target = findings.find((f) => f.ruleId === 'responsibility-lead-known')!;
    const before = fake.syncCount;
    await selectCell(runOf(fake), target.sheet, target.cell);
    expect(fake.syncCount - before).toBe(1);
    expect(fake.activeSheet).toBe('Phân công');
    expect(fake.selection).toEqual({ sheet: 'Phân công', address: target.cell });
  });

  it('fails with Excel’s error for a sheet that is gone', async () => {
    const fake = new FakeWorkbook([{ name: 'A' }]);
    await expect(selectCell(runOf(fake), 'Không có', 'B2')).rejects.toMatchObject({ code: 'ItemNotFound' });
  });
});

describe('fixing a cell from a finding', () => {
  const legacyWorkbook = async () =>
    fakeFromGrids(
      await gridsOf(
        await xlsxOf(exampleWith((c) => (c.blocks.parties![1].name = toTcvn3('Ban Chấp hành Công đoàn cơ sở')))),
      ),
    );

  it('writes the fix in two syncs when the cell still holds what the check saw, and the finding goes', async () => {
    const fake = await legacyWorkbook();
    const target = (await check(fake)).findings.find((f) => f.ruleId === 'legacy-encoded-text')!;
    expect(target.fix).toEqual({ from: toTcvn3('Ban Chấp hành Công đoàn cơ sở'), to: 'Ban Chấp hành Công đoàn cơ sở' });
    const before = fake.syncCount;
    expect(await fixCell(runOf(fake), target.sheet, target.cell!, target.fix!)).toBe('fixed');
    expect(fake.syncCount - before).toBe(2);
    expect(fake.value('Các bên', target.cell!)).toBe('Ban Chấp hành Công đoàn cơ sở');
    expect((await check(fake)).findings.filter((f) => f.ruleId === 'legacy-encoded-text')).toEqual([]);
  });

  it('leaves a cell the user changed since the check alone', async () => {
    const fake = await legacyWorkbook();
    const target = (await check(fake)).findings.find((f) => f.ruleId === 'legacy-encoded-text')!;
    fake.edit('Các bên', target.cell!, 'BCH Công đoàn');
    expect(await fixCell(runOf(fake), target.sheet, target.cell!, target.fix!)).toBe('changed');
    expect(fake.value('Các bên', target.cell!)).toBe('BCH Công đoàn');
  });
});

describe('setting up the template sheets', () => {
  it('adds every missing sheet with its table and headers, in two syncs, leaving existing sheets alone', async () => {
    const fake = new FakeWorkbook([
      { name: 'Sheet1', rows: [['ghi chú của tôi', 42]] },
      {
        name: 'Các bên',
        rows: [
          ['Mã', 'Tên bên'],
          ['NT', 'Nhà trường'],
        ],
      },
    ]);
    const result = await setUpTemplate(runOf(fake), { dropdowns: true, freeze: true });
    expect(fake.syncCount).toBe(2);
    expect(result.kept).toEqual(['Các bên']);
    expect(result.added).toEqual([...BLOCKS.filter((b) => b.sheet !== 'Các bên').map((b) => b.sheet), LISTS_SHEET]);
    // Existing data is untouched, and no table was forced onto the user's sheet.
    expect(fake.value('Sheet1', 'A1')).toBe('ghi chú của tôi');
    expect(fake.value('Sheet1', 'B1')).toBe(42);
    expect(fake.value('Các bên', 'B2')).toBe('Nhà trường');
    expect(fake.tables.some((t) => t.sheet.name === 'Các bên')).toBe(false);
    for (const spec of BLOCKS.filter((b) => b.sheet !== 'Các bên')) {
      const table = fake.tables.find((t) => t.name === spec.table)!;
      expect(table.sheet.name).toBe(spec.sheet);
      spec.columns.forEach((c, i) => expect(fake.value(spec.sheet, `${String.fromCharCode(65 + i)}1`)).toBe(c.header));
      expect(fake.sheet(spec.sheet).frozenRows).toBe(1);
    }
    DOCUMENT_FIELDS.forEach((f, i) => expect(fake.value('Văn bản', `A${i + 2}`)).toBe(f.label));
    expect(fake.sheet(LISTS_SHEET).visibility).toBe('Hidden');
    const cadence = fake.sheet('Phân công').validations.find((v) => v.address === 'F2:F501');
    expect(cadence?.rule).toEqual({ list: { inCellDropDown: true, source: `='${LISTS_SHEET}'!$C$2:$C$13` } });
    const lead = fake.sheet('Phân công').validations.find((v) => v.address === 'D2:D501');
    expect(lead?.rule).toEqual({ list: { inCellDropDown: true, source: '=INDIRECT("CacBen[Mã]")' } });
    expect(fake.sheet('Văn bản').validations.map((v) => v.address)).toEqual(['B2', 'B12']);

    // The set-up workbook reads as a regulation workbook with every block present.
    const { grids } = await readGridsFromExcel(runOf(fake));
    const model = readWorkbook(grids, { source: 'Excel' });
    expect(model.missingBlocks).toEqual([]);
    // A second set-up changes nothing.
    const again = await setUpTemplate(runOf(fake), { dropdowns: true, freeze: true });
    expect(again.added).toEqual([]);
  });

  it('offers Vai trò on a new Các bên sheet from its own column of Danh mục', async () => {
    const fake = new FakeWorkbook([{ name: 'Sheet1' }]);
    await setUpTemplate(runOf(fake), { dropdowns: true, freeze: true });
    const column = String.fromCharCode(65 + BLOCK_BY_KEY.parties.columns.findIndex((c) => c.header === 'Vai trò'));
    const role = fake.sheet('Các bên').validations.find((v) => v.address.startsWith(`${column}2:`));
    const source = (role?.rule as { list: { source: string } } | undefined)?.list.source ?? '';
    const [, listColumn, last] = /!\$([A-Z])\$2:\$[A-Z]\$(\d+)$/.exec(source) ?? [];
    expect(fake.value(LISTS_SHEET, `${listColumn}1`)).toBe('Vai trò');
    const values = Array.from({ length: Number(last) - 1 }, (_, i) => fake.value(LISTS_SHEET, `${listColumn}${i + 2}`));
    expect(values).toEqual(['Ký ban hành', 'Phối hợp thực hiện']);
  });

  it('on Excel 2016/2019 (ExcelApi below 1.8) adds the sheets without dropdowns', async () => {
    const fake = new FakeWorkbook([{ name: 'Sheet1' }], { apiMinor: 4 });
    const caps = capabilitiesOf((_, v) => fake.supports(v));
    expect(caps).toEqual({
      events: false,
      freeze: false,
      dropdowns: false,
      createWorkbook: false,
      collectionEvents: false,
      notes: false,
      tableResize: false,
    });
    const result = await setUpTemplate(runOf(fake), { dropdowns: caps.dropdowns, freeze: caps.freeze });
    expect(result.added).toEqual(BLOCKS.map((b) => b.sheet));
    expect(fake.sheets.every((s) => s.validations.length === 0)).toBe(true);
    expect(fake.findSheet(LISTS_SHEET)).toBeUndefined();
  });

  it('writes an imported document into an empty workbook as text and real dates, and refuses one that has data', async () => {
    const fake = new FakeWorkbook([{ name: 'Sheet1' }]);
    const content = faultyContent();
    content.blocks.responsibilities![0].task = '=HYPERLINK("x")';
    const result = await setUpTemplate(runOf(fake), { dropdowns: true, freeze: true }, undefined, {
      content,
      requireEmpty: true,
    });
    expect(result.refused).toBeUndefined();
    expect(fake.value('Phân công', 'C2')).toBe('=HYPERLINK("x")');
    expect(fake.sheet('Phân công').formats.get(2)!.get(3)).toBe('@'); // text format first: never a formula
    expect(fake.value('Văn bản', 'B8')).toBe(Date.UTC(2026, 9, 8) / 86_400_000 + 25569);
    expect(fake.sheet('Văn bản').formats.get(8)!.get(2)).toBe('dd/mm/yyyy');
    // Read back, the workbook checks exactly like the file the CLI reads.
    const { grids } = await readGridsFromExcel(runOf(fake));
    const viaExcel = await runner.run(readWorkbook(grids, { source: 'Excel' }));
    const viaFile = await runner.run(readWorkbook(await gridsOf(await xlsxOf(content)), { source: 'x.xlsx' }));
    expect(placesOf(viaExcel)).toEqual(placesOf(viaFile));

    const again = await setUpTemplate(runOf(fake), { dropdowns: true, freeze: true }, undefined, {
      content,
      requireEmpty: true,
    });
    expect(again).toMatchObject({ refused: true, added: [] });
  });

  it('treats a block as present when its table exists under another sheet name', () => {
    expect(missingBlocks(['Bên tham gia'], ['CacBen']).map((b) => b.key)).not.toContain('parties');
    expect(missingBlocks(['CÁC BÊN'.normalize('NFD')], []).map((b) => b.key)).not.toContain('parties');
  });
});

describe('edits, new workbooks and the host', () => {
  it('turns a cell edit into a hint, and stops after unwatch', async () => {
    const fake = new FakeWorkbook([{ name: 'Các bên', rows: [['Mã']] }]);
    let hints = 0;
    const unwatch = await watchChanges(runOf(fake), () => hints++, true);
    fake.edit('Các bên', 'A2', 'NT');
    await new Promise((r) => setTimeout(r, 20));
    expect(hints).toBe(1);
    await unwatch();
    fake.edit('Các bên', 'A3', 'CD');
    await new Promise((r) => setTimeout(r, 20));
    expect(hints).toBe(1);
  });

  it('watches each sheet where only ExcelApi 1.7 events exist', async () => {
    const fake = new FakeWorkbook([{ name: 'A' }, { name: 'B' }], { apiMinor: 7 });
    let hints = 0;
    await watchChanges(runOf(fake), () => hints++, false);
    fake.edit('B', 'C3', 1);
    await new Promise((r) => setTimeout(r, 20));
    expect(hints).toBe(1);
  });

  it('opens a generated workbook with createWorkbook, passing its bytes as base64', async () => {
    const fake = new FakeWorkbook([]);
    const bytes = await xlsxOf(bigContent(3));
    expect(await deliverWorkbook(bytes, 'x.xlsx', (b64) => fake.createWorkbook(b64))).toBe('opened');
    expect(Buffer.from(fake.created[0], 'base64').equals(Buffer.from(bytes))).toBe(true);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });

  it('detects Excel, a plain browser, an office.js outside Office and one that never gets ready', async () => {
    expect(await detectHost({})).toEqual({ kind: 'browser', reason: 'no-office' });
    const noHost = officeGlobals(new FakeWorkbook([]), { host: null });
    expect(await detectHost(noHost as never)).toEqual({ kind: 'browser', reason: 'no-host' });
    const stuck = { Office: { onReady: () => new Promise(() => undefined) } };
    expect(await detectHost(stuck as never, 50)).toMatchObject({ kind: 'browser', reason: 'timeout' });
    // Slow rather than stuck: the timeout answers first, and the late Excel is handed over when it comes.
    const slowWb = new FakeWorkbook([{ name: 'A', rows: [['x']] }]);
    const quick = officeGlobals(slowWb) as { Office: { onReady(): Promise<unknown> } };
    const onReady = quick.Office.onReady;
    quick.Office.onReady = () => new Promise((r) => setTimeout(r, 200)).then(onReady);
    const first = await detectHost(quick as never, 50);
    expect(first).toMatchObject({ kind: 'browser', reason: 'timeout' });
    const later = first.kind === 'browser' ? await first.later : null;
    expect(later).toMatchObject({ kind: 'excel', platform: 'OfficeOnline' });
    const word = officeGlobals(new FakeWorkbook([]), { host: 'Word' });
    expect(await detectHost(word as never)).toEqual({ kind: 'browser', reason: 'other-host' });

    const old = await detectHost(
      officeGlobals(new FakeWorkbook([], { apiMinor: 7 }), { displayLanguage: 'en-US' }) as never,
    );
    expect(old).toMatchObject({
      kind: 'excel',
      platform: 'OfficeOnline',
      displayLanguage: 'en-US',
      createWorkbook: null,
    });
    expect(old.kind === 'excel' && old.capabilities).toEqual({
      events: true,
      freeze: true,
      dropdowns: false,
      createWorkbook: false,
      collectionEvents: false,
      notes: false,
      tableResize: false,
    });
    const wb = new FakeWorkbook([{ name: 'A', rows: [['x']] }]);
    const current = await detectHost(officeGlobals(wb) as never);
    expect(current.kind === 'excel' && typeof current.createWorkbook).toBe('function');
    if (current.kind === 'excel') await selectCell(current.run, 'A', 'A1');
    expect(wb.runOptions).toEqual([{ delayForCellEdit: true }]);
  });
});
