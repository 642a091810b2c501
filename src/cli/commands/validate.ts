// phoihop validate FILE.xlsx [--rules DIR|FILE.json] [--format stylish|json|sarif]: the findings.
import { FORMATS, summarize, type FormatName } from '../../core/format';
import { readRegulationFile } from '../../node/regulation-file';
import { choice, DUE_OPTIONS, LANG_OPTION, oneWorkbook, RULES_OPTION, type CommandSpec } from '../args';
import { parseCommand, startCommand } from '../command-start';
import type { CliIO } from '../io';

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
  const cmd = parseCommand(validateSpec, argv);
  const format = choice<FormatName>('--format', cmd.values.format, FORMAT_NAMES, 'stylish');
  const file = oneWorkbook(validateSpec, cmd.positionals);
  const { runner, ctx } = await startCommand(cmd, io, { inputs: [file] });
  const { model } = await readRegulationFile(file);
  const findings = await runner.run(model);
  io.out(FORMATS[format]({ file, findings }, ctx) + (format === 'stylish' ? '' : '\n'));
  return summarize(findings).error > 0 ? 1 : 0;
}
