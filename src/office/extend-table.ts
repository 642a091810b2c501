// Extend a Table over rows typed under it (Table.resize, ExcelApi 1.13), only if the Table still
// spans the range the check saw: a Table changed since then is left as it is.
import { parseRange } from '../core/grid';
import type { TableExtension } from '../core/rules/types';
import type { ExcelRun } from './read-grids';
import { syncWithin } from './sync';

const bare = (address: string) => address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '');

const sameRange = (a: string, b: string) => {
  const x = parseRange(bare(a));
  const y = parseRange(bare(b));
  return !!x && !!y && x.top === y.top && x.left === y.left && x.bottom === y.bottom && x.right === y.right;
};

/** @requires ExcelApi 1.13 */
export async function extendTable(
  run: ExcelRun,
  extension: TableExtension,
  timeoutMs?: number,
): Promise<'extended' | 'changed'> {
  return run(async (context) => {
    const table = context.workbook.tables.getItemOrNullObject(extension.table);
    await syncWithin(context, timeoutMs);
    // syncWithin is context.sync with a time limit; the add-in rules only know context.sync by name.
    // eslint-disable-next-line office-addins/call-sync-before-read
    if (table.isNullObject) return 'changed'; // renamed or deleted since the check
    const range = table.getRange().load('address');
    await syncWithin(context, timeoutMs);
    if (!sameRange(range.address, extension.from)) return 'changed';
    table.resize(extension.to);
    await syncWithin(context, timeoutMs);
    return 'extended';
  });
}
