// phoihop template -o FILE.xlsx [--example]: the empty template, or the worked example.
import { msg, t, LANGS, UserError } from '../../core/i18n';
import { emptyContent } from '../../core/template/content';
import { exampleContent } from '../../core/template/example';
import { checkOutputs, writeOutputs } from '../../node/files';
import { writeRegulationWorkbook } from '../../xlsx/write-regulation';
import { LANG_OPTION, REPLACE_OPTIONS, choice, mayReplace, parseCommandArgs, type CommandSpec } from '../args';
import type { CliIO } from '../io';

export const templateSpec: CommandSpec = {
  name: 'template',
  options: {
    output: { type: 'string', short: 'o', value: 'cli.value.xlsx', required: true, help: 'cli.opt.template.output' },
    example: { type: 'boolean', help: 'cli.opt.template.example' },
    ...REPLACE_OPTIONS,
    ...LANG_OPTION,
  },
};

export async function templateCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(templateSpec, argv);
  const lang = choice('--lang', values.lang, LANGS, 'vi');
  const out = values.output as string | undefined;
  if (!out || positionals.length > 0)
    throw new UserError('cli.missingArgument', {
      command: 'template',
      what: msg('cli.what.option', { option: '-o', value: msg('cli.value.xlsx') }),
    });
  const plan = { inputs: [], outputs: [out], replace: mayReplace(values) };
  await checkOutputs(plan);
  const bytes = await writeRegulationWorkbook(values.example ? exampleContent() : emptyContent());
  await writeOutputs(plan, [{ file: out, data: bytes }]);
  io.err(t(lang, 'cli.written', { file: out }) + '\n');
  return 0;
}
