// phoihop renew FILE.xlsx -o NEW.xlsx [--year 2026-2027] [--number SỐ] [--date NGÀY] [--rules …] [--lang vi|en]
// Next school year's regulation from this one: a new workbook (the input is never touched), the
// version chain written, then what `validate` finds on the file as written and what only the
// school can fill in, listed with its cells.
import { changeSummary, compareRegulations } from '../../core/diff';
import { formatStylish } from '../../core/format';
import { t, UserError } from '../../core/i18n';
import { renewRegulation } from '../../core/renew';
import { parseDate } from '../../core/values';
import { writeOutputs } from '../../node/files';
import { readRegulationFile } from '../../node/regulation-file';
import { writeRegulationWorkbook } from '../../xlsx/write-regulation';
import { DUE_OPTIONS, LANG_OPTION, REPLACE_OPTIONS, RULES_OPTION, workbookInOut, type CommandSpec } from '../args';
import { parseCommand, startCommand } from '../command-start';
import type { CliIO } from '../io';
import { VERSION } from '../version';

export const renewSpec: CommandSpec = {
  name: 'renew',
  args: ['cli.value.xlsx'],
  options: {
    output: { type: 'string', short: 'o', value: 'cli.value.newXlsx', required: true, help: 'cli.opt.renew.output' },
    year: { type: 'string', value: 'cli.value.schoolYear', help: 'cli.opt.renew.year' },
    number: { type: 'string', value: 'cli.value.number', help: 'cli.opt.renew.number' },
    date: { type: 'string', value: 'cli.value.date', help: 'cli.opt.renew.date' },
    ...RULES_OPTION,
    ...DUE_OPTIONS,
    ...REPLACE_OPTIONS,
    ...LANG_OPTION,
  },
};

export async function renewCommand(argv: string[], io: CliIO): Promise<number> {
  const cmd = parseCommand(renewSpec, argv);
  const { values, lang } = cmd;
  const { file, out } = workbookInOut(renewSpec, cmd.positionals, values.output);
  // The rules and dates first: a bad -o, --rules or --as-of is refused before anything is written.
  const { plan, runner, ctx } = await startCommand(cmd, io, { inputs: [file], outputs: [out] });
  let issueDate;
  if (values.date !== undefined) {
    issueDate = parseDate(values.date) ?? undefined;
    if (!issueDate) throw new UserError('batch.badDate', { value: String(values.date), option: '--date' });
  }

  const { model, grids } = await readRegulationFile(file);
  const renewed = renewRegulation(model, {
    schoolYear: values.year as string | undefined,
    number: values.number as string | undefined,
    issueDate,
    sheets: grids,
  });
  await writeOutputs(plan, [{ file: out, data: await writeRegulationWorkbook(renewed.content) }]);
  io.err(
    t(lang, 'renew.written', { file: out, kind: renewed.kind, to: renewed.to.text, from: renewed.from.text }) + '\n',
  );
  // Read back from disk, so the summary is what `validate` says of the file a clerk will open.
  const written = (await readRegulationFile(out)).model;
  const findings = await runner.run(written);
  io.err('\n' + t(lang, 'renew.checkHeading') + '\n');
  io.err(formatStylish({ file: out, findings }, ctx));
  if (renewed.notes.length > 0) {
    io.err('\n' + t(lang, 'renew.todoHeading', { count: renewed.notes.length }) + '\n');
    io.err(
      formatStylish(
        { file: out, findings: renewed.notes },
        { lang, rules: [], version: VERSION, color: io.isTTY, summary: false },
      ),
    );
  }
  // What changed against the input, counted as `phoihop diff` counts it.
  io.err('\n' + changeSummary(compareRegulations(model, written, { old: file, new: out }), lang) + '\n');
  // Like `validate`: a new file that still has errors is written, and the run says so by its exit code.
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}
