// The ribbon's UI-less command (FunctionFile of manifest.xml): "Đến lỗi đầu tiên" checks the
// workbook and selects the cell of the first error (or the first finding). The pane buttons
// of the ribbon are ShowTaskpane actions and need no code here.
import { readWorkbook } from '../core/read-workbook';
import { BUILTIN_RULES } from '../core/rules/builtin-rules';
import { createRuleRunner } from '../core/rules/run-rules';
import { associateCommand, detectHost } from '../office/host';
import { selectCell } from '../office/navigate';
import { readGridsFromExcel } from '../office/read-grids';

export async function goToFirstProblem(event: { completed(): void }): Promise<void> {
  try {
    // Inside Office there is nothing to fall back to: wait for it as long as a ribbon command may.
    const host = await detectHost(undefined, 5000);
    if (host.kind !== 'excel') return;
    const { grids } = await readGridsFromExcel(host.run, { notes: host.capabilities.notes });
    const findings = await createRuleRunner(BUILTIN_RULES).run(readWorkbook(grids, { source: 'Excel' }));
    const first = findings.find((f) => f.severity === 'error') ?? findings[0];
    if (first) await selectCell(host.run, first.sheet, first.cell);
  } catch {
    // A ribbon function has no UI to show an error in; the pane's Kiểm tra explains problems.
  } finally {
    event.completed();
  }
}

associateCommand('goToFirstProblem', (event) => void goToFirstProblem(event));
