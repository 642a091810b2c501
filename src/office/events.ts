// "The workbook may have changed" hints. Events skip edits (fast typing, dropdown edits on the
// web), so a hint only schedules a full re-read; findings are never patched from event data.
import type { Unwatch } from '../core/workspace';
import type { ExcelRun } from './read-grids';
import { syncWithin } from './sync';

/**
 * Watch every sheet (WorksheetCollection.onChanged, ExcelApi 1.9) or each existing sheet (1.7).
 * @requires ExcelApi 1.7: call it only where the host has the events capability.
 */
export async function watchChanges(
  run: ExcelRun,
  onHint: () => void,
  collectionEvents: boolean,
  timeoutMs?: number,
): Promise<Unwatch> {
  const results: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>[] = [];
  const handler = async () => {
    onHint();
  };
  await run(async (context) => {
    if (collectionEvents) {
      results.push(context.workbook.worksheets.onChanged.add(handler));
    } else {
      const sheets = context.workbook.worksheets.load('items/name');
      await syncWithin(context, timeoutMs);
      for (const ws of sheets.items) results.push(ws.onChanged.add(handler));
    }
    await syncWithin(context, timeoutMs);
  });
  return async () => {
    // Handlers are removed through the context that added them.
    for (const r of results) r.remove();
    if (results.length > 0) await syncWithin(results[0].context, timeoutMs).catch(() => undefined);
  };
}
