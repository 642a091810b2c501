import { FORMATS, summarize, type FormatName } from '../../core/format';
import { LANGS } from '../../core/i18n';
import { createRuleRunner } from '../../core/rules/run-rules';
import { readRegulationFile } from '../../node/regulation-file';
import { loadOfficeRules } from '../../node/rules-dir';
import { choice, DUE_OPTIONS, dueContext, LANG_OPTION, oneWorkbook, parseCommandArgs } from '../args';
import type { CliIO } from '../io';
import { VERSION } from '../version';

export async function validateCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('validate', argv, {
    rules: { type: 'string' },
    format: { type: 'string', short: 'f' },
    ...DUE_OPTIONS,
    ...LANG_OPTION,
  });
  const format = choice<FormatName>('--format', values.format, Object.keys(FORMATS) as FormatName[], 'stylish');
  const lang = choice('--lang', values.lang, LANGS, 'vi');
  const file = oneWorkbook('validate', positionals);
  const { rules, settings } = await loadOfficeRules(values.rules as string | undefined);
  const due = dueContext(values, settings);
  const { model } = await readRegulationFile(file);
  const runner = createRuleRunner(rules, due);
  const findings = await runner.run(model);
  io.out(
    FORMATS[format]({ file, findings }, { lang, rules: runner.rules, version: VERSION, color: io.isTTY }) +
      (format === 'stylish' ? '' : '\n'),
  );
  return summarize(findings).error > 0 ? 1 : 0;
}
