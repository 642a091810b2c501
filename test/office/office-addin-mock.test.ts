// A few checks with Microsoft's office-addin-mock: it returns error strings (not throws) for
// reads before load/sync, so these tests look at the values the adapter got back.
import { OfficeMockObject } from 'office-addin-mock';
import { describe, expect, it } from 'vitest';
import { selectCell } from '../../src/office/navigate';
import { readChunks, type ExcelRun } from '../../src/office/read-grids';

function countingContext(seed: Record<string, unknown>) {
  const context = new OfficeMockObject(seed) as unknown as { sync(): Promise<void>; workbook: unknown };
  let syncs = 0;
  const sync = context.sync.bind(context);
  context.sync = async () => {
    syncs++;
    await sync();
  };
  return { context, syncs: () => syncs };
}

function sheetSeed(rows: number) {
  const values = Array.from({ length: rows }, (_, i) => [i + 1, `Nhiệm vụ ${i + 1}`, 'NT', 45938]);
  const formats = Array.from({ length: rows }, () => ['General', 'General', 'General', 'dd/mm/yyyy']);
  const range = { values, numberFormat: formats, address: `'Phân công'!A1:D${rows}` };
  return {
    workbook: {
      worksheets: {
        sheet: {
          range,
          getRange() {
            return this.range;
          },
        },
        getItem() {
          return this.sheet;
        },
      },
    },
  };
}

describe('office-addin-mock', () => {
  it('reads a chunk only after load and sync: one sync at 10 rows and at 10,000 rows', async () => {
    for (const rows of [10, 10_000]) {
      const { context, syncs } = countingContext(sheetSeed(rows));
      const counter = { syncs: 0 };
      const [data] = await readChunks(
        context as never,
        [{ sheet: 'Phân công', top: 1, bottom: rows, right: 4 }],
        5000,
        counter,
      );
      expect(syncs()).toBe(1);
      expect(counter.syncs).toBe(1);
      // Had the adapter read before syncing, the mock would have handed back its error string.
      expect(Array.isArray(data.values)).toBe(true);
      expect(data.values).toHaveLength(rows);
      expect(data.values[rows - 1]).toEqual([rows, `Nhiệm vụ ${rows}`, 'NT', 45938]);
      expect(data.formats[0][3]).toBe('dd/mm/yyyy');
    }
  });

  it('selects a cell: activate, select, one sync', async () => {
    const calls: string[] = [];
    const { context, syncs } = countingContext({
      workbook: {
        worksheets: {
          getItem(name: string) {
            calls.push(`getItem ${name}`);
            return {
              activate: () => calls.push('activate'),
              getRange: (a: string) => ({ select: () => calls.push(`select ${a}`) }),
            };
          },
        },
      },
    });
    const run: ExcelRun = (batch) => batch(context as never);
    await selectCell(run, 'Người ký', 'C4');
    expect(calls).toEqual(['getItem Người ký', 'activate', 'select C4']);
    expect(syncs()).toBe(1);
  });

  it('shows why the adapter owns its own fake: the mock answers unloaded reads with a string', async () => {
    const { context } = countingContext(sheetSeed(3));
    const range = (
      context.workbook as { worksheets: { getItem(): { getRange(): { values: unknown; load(p: string): void } } } }
    ).worksheets
      .getItem()
      .getRange();
    expect(range.values).toMatch(/not loaded/);
    range.load('values');
    expect(range.values).toMatch(/sync/);
    await context.sync();
    expect(Array.isArray(range.values)).toBe(true);
  });
});
