// phoihop diff CŨ.xlsx MỚI.xlsx [--format text|json] [-o SO-SANH.docx] [--force] [--lang vi|en]
// Every change between two regulation workbooks (last year's and this year's), block by block,
// each with its cells; -o writes the bảng so sánh for the staff conference as a Word document.
// Exit 0 when nothing changed, 1 when something did, 2 on bad input (DESIGN §11).
import { compareRegulations, formatComparisonJson, formatComparisonText } from '../../core/diff';
import { LANGS, msg, t, UserError } from '../../core/i18n';
import { visibleControls } from '../../core/safe-text';
import { writeComparisonDocument } from '../../docx/write-comparison';
import { checkOutputs, writeOutputs } from '../../node/files';
import { readRegulationFile } from '../../node/regulation-file';
import { choice, LANG_OPTION, mayReplace, parseCommandArgs, REPLACE_OPTIONS, type CommandSpec } from '../args';
import type { CliIO } from '../io';
import { VERSION } from '../version';

const FORMATS = ['text', 'json'] as const;

export const diffSpec: CommandSpec = {
  name: 'diff',
  args: ['cli.value.oldXlsx', 'cli.value.newXlsxCompared'],
  exitCodes: 'cli.help.exitCodes.diff',
  options: {
    format: { type: 'string', short: 'f', choices: FORMATS, default: 'text', help: 'cli.opt.diff.format' },
    output: { type: 'string', short: 'o', value: 'cli.value.compareDocx', help: 'cli.opt.diff.output' },
    ...REPLACE_OPTIONS,
    ...LANG_OPTION,
  },
};

export async function diffCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(diffSpec, argv);
  const lang = choice('--lang', values.lang, LANGS, 'vi');
  const format = choice('--format', values.format, FORMATS, 'text');
  if (positionals.length !== 2)
    throw new UserError('cli.missingArgument', { command: diffSpec.name, what: msg('cli.what.twoXlsx') });
  const [oldFile, newFile] = positionals;
  const out = values.output as string | undefined;
  if (out !== undefined && !out)
    throw new UserError('cli.missingArgument', {
      command: diffSpec.name,
      what: msg('cli.what.option', { option: '-o', value: msg('cli.value.compareDocx') }),
    });
  const plan = { inputs: [oldFile, newFile], outputs: out ? [out] : [], replace: mayReplace(values) };
  await checkOutputs(plan);

  const before = (await readRegulationFile(oldFile)).model;
  const after = (await readRegulationFile(newFile)).model;
  const cmp = compareRegulations(before, after, { old: oldFile, new: newFile });
  if (out) {
    const docx = await writeComparisonDocument(cmp, after, `phoihop ${VERSION}`);
    await writeOutputs(plan, [{ file: out, data: docx }]);
    io.err(t(lang, 'diff.written', { file: out, count: cmp.changes.length }) + '\n');
  }
  // Cells reach the terminal: their escape codes and direction overrides are shown, never obeyed.
  io.out((format === 'json' ? formatComparisonJson(cmp) : visibleControls(formatComparisonText(cmp, lang))) + '\n');
  return cmp.changes.length > 0 ? 1 : 0;
}
