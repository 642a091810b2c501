// Go to a finding: activate its sheet and select its cell (ExcelApi 1.1). Sheets are taken by
// name through getItem, never by building 'Sheet name'!C7 strings (quoting, Vietnamese names).
import type { ExcelRun } from './read-grids';
import { syncWithin } from './sync';

export async function selectCell(run: ExcelRun, sheet: string, cell: string | null, timeoutMs?: number): Promise<void> {
  await run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(cell || 'A1').select();
    await syncWithin(context, timeoutMs);
  });
}
