// Apply a finding's fix to its cell (ExcelApi 1.1), only if the cell still holds the text the
// check saw: an edit made since then is never overwritten.
import type { ExcelRun } from './read-grids';
import { syncWithin } from './sync';

export async function fixCell(
  run: ExcelRun,
  sheet: string,
  cell: string,
  fix: { from: string; to: string },
  timeoutMs?: number,
): Promise<'fixed' | 'changed'> {
  return run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getRange(cell);
    range.load('values');
    await syncWithin(context, timeoutMs);
    // syncWithin is context.sync with a time limit; the add-in rules only know context.sync by name.
    // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read
    if (String(range.values[0]?.[0] ?? '') !== fix.from) return 'changed';
    // eslint-disable-next-line office-addins/call-sync-after-load -- a write, after the sync above
    range.values = [[fix.to]];
    await syncWithin(context, timeoutMs);
    return 'fixed';
  });
}
