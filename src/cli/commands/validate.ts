// phoihop validate FILE.xlsx [--rules DIR|FILE.json] [--format stylish|json|sarif]: the findings.
import { FORMATS, summarize, type FormatName } from '../../core/format';
import { LANGS } from '../../core/i18n';
import { createRuleRunner } from '../../core/rules/run-rules';
import { readRegulationFile } from '../../node/regulation-file';
import { loadOfficeRules } from '../../node/rules-dir';
import {
  choice,
  DUE_OPTIONS,
  dueContext,
  LANG_OPTION,
  oneWorkbook,
  parseCommandArgs,
  RULES_OPTION,
  type CommandSpec,
} from '../args';
import type { CliIO } from '../io';
import { VERSION } from '../version';

const FORMAT_NAMES = Object.keys(FORMATS) as FormatName[];

export const validateSpec: CommandSpec = {
  name: 'validate',
  args: ['cli.value.xlsx'],
  options: {
    ...RULES_OPTION,
    format: { type: 'string', short: 'f', choices: FORMAT_NAMES, default: 'stylish', help: 'cli.opt.validate.format' },
    ...DUE_OPTIONS,
    ...LANG_OPTION,
  },
};

export async function validateCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(validateSpec, argv);
  const format = choice<FormatName>('--format', values.format, FORMAT_NAMES, 'stylish');
  const lang = choice('--lang', values.lang, LANGS, 'vi');
  const file = oneWorkbook(validateSpec, positionals);
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
