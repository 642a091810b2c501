import { UserError } from '../../core/i18n';
import { emptyContent } from '../../core/template/content';
import { exampleContent } from '../../core/template/example';
import { checkOutputs, writeOutputs } from '../../node/files';
import { writeRegulationWorkbook } from '../../xlsx/write-regulation';
import { LANG_OPTION, REPLACE_OPTIONS, choice, mayReplace, parseCommandArgs } from '../args';
import type { CliIO } from '../io';
import { t, LANGS } from '../../core/i18n';

export async function templateCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('template', argv, {
    output: { type: 'string', short: 'o' },
    example: { type: 'boolean' },
    ...REPLACE_OPTIONS,
    ...LANG_OPTION,
  });
  const lang = choice('--lang', values.lang, LANGS, 'vi');
  const out = values.output as string | undefined;
  if (!out || positionals.length > 0)
    throw new UserError('cli.missingArgument', {
      command: 'template',
      what: { vi: '-o TỆP.xlsx', en: '-o FILE.xlsx' },
    });
  const plan = { inputs: [], outputs: [out], replace: mayReplace(values) };
  await checkOutputs(plan);
  const bytes = await writeRegulationWorkbook(values.example ? exampleContent() : emptyContent());
  await writeOutputs(plan, [{ file: out, data: bytes }]);
  io.err(t(lang, 'cli.written', { file: out }) + '\n');
  return 0;
}
