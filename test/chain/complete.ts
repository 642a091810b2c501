// The chain's clerk at work: what validate asks of a workbook (as `validate --format json` gives
// it) and the clerk answering it round by round until nothing more is asked (clerk.ts).
import { BUILTIN_RULES } from '../../src/core/rules/builtin-rules';
import { createRuleRunner } from '../../src/core/rules/run-rules';
import type { WorkbookContent } from '../../src/core/template/content';
import { modelOf } from '../helpers/content-grids';
import { clerk, type Asked } from './clerk';

export const AS_OF = { asOf: '2026-12-01', warnDays: 30 };
export const runner = createRuleRunner(BUILTIN_RULES, AS_OF);

export const asked = async (content: WorkbookContent): Promise<Asked[]> =>
  (await runner.run(modelOf(content))).map((f) => ({
    ruleId: f.ruleId,
    severity: f.severity,
    sheet: f.sheet,
    cell: f.cell,
    entity: f.entity,
  }));

/** The clerk works until validate has nothing more to ask of it (three rounds at most). */
export async function completed(content: WorkbookContent) {
  let c = content;
  const done: string[] = [];
  for (let round = 0; round < 3; round++) {
    const errors = (await asked(c)).filter((f) => f.severity === 'error');
    if (errors.length === 0) break;
    const step = clerk(c, errors);
    if (step.done.length === 0) break;
    c = step.content;
    done.push(...step.done);
  }
  return { content: c, done, errors: (await asked(c)).filter((f) => f.severity === 'error') };
}
