// phoihop track FILE.xlsx -o OUT.xlsx [--calendar FILE] [--year YYYY-YYYY] [--rules DIR] [--force] [--lang vi|en]
// Checks the regulation first: with error findings it lists them and writes nothing (exit 1)
// unless --force. Notes on the month plan are printed, never resolved silently.
import { formatStylish } from '../../core/format';
import { t } from '../../core/i18n';
import { DEFAULT_CALENDAR, parseCalendarText } from '../../core/tracking-book/calendar';
import { buildTrackingSpec } from '../../core/tracking/spec';
import { readInputFile, writeOutputs } from '../../node/files';
import { readRegulationFile } from '../../node/regulation-file';
import { writeTrackingWorkbook } from '../../xlsx/write-tracking';
import { LANG_OPTION, RULES_OPTION, workbookInOut, type CommandSpec } from '../args';
import { parseCommand, startCommand } from '../command-start';
import { passErrorGate } from '../error-gate';
import type { CliIO } from '../io';
import { VERSION } from '../version';

const CALENDAR_LIMIT = 1024 * 1024;

export const trackSpec: CommandSpec = {
  name: 'track',
  args: ['cli.value.xlsx'],
  options: {
    output: { type: 'string', short: 'o', value: 'cli.value.outXlsx', required: true, help: 'cli.opt.track.output' },
    calendar: { type: 'string', value: 'cli.value.json', help: 'cli.opt.track.calendar' },
    year: { type: 'string', value: 'cli.value.schoolYear', help: 'cli.opt.track.year' },
    ...RULES_OPTION,
    // --force: write despite error findings, and replace an existing output; --overwrite: only the latter.
    force: { type: 'boolean', help: 'cli.opt.track.forceReplace' },
    overwrite: { type: 'boolean', help: 'cli.opt.overwrite' },
    ...LANG_OPTION,
  },
};

export async function trackCommand(argv: string[], io: CliIO): Promise<number> {
  const cmd = parseCommand(trackSpec, argv);
  const { values, lang } = cmd;
  const { file, out } = workbookInOut(trackSpec, cmd.positionals, values.output);
  const calendarFile = values.calendar as string | undefined;
  const { plan, runner, ctx } = await startCommand(cmd, io, {
    inputs: [file, ...(calendarFile ? [calendarFile] : [])],
    outputs: [out],
  });
  const calendar = calendarFile
    ? parseCalendarText(
        new TextDecoder('utf-8').decode(await readInputFile(calendarFile, CALENDAR_LIMIT)),
        calendarFile,
      )
    : DEFAULT_CALENDAR;
  const { model } = await readRegulationFile(file);

  const errors = (await runner.run(model)).filter((f) => f.severity === 'error');
  const force = values.force === true;
  if (!passErrorGate(io, ctx, { file, errors, force, refused: 'track.refused', forced: 'track.forced' })) return 1;

  const spec = buildTrackingSpec(model, {
    calendar,
    generator: `phoihop ${VERSION}`,
    schoolYear: values.year as string | undefined,
  });
  if (spec.notes.length > 0) {
    io.err(t(lang, 'track.notesHeading', { count: spec.notes.length }) + '\n');
    io.err(formatStylish({ file, findings: spec.notes }, ctx));
  }
  await writeOutputs(plan, [{ file: out, data: await writeTrackingWorkbook(spec) }]);
  const due = spec.rows.reduce((n, r) => n + r.dueCount, 0);
  io.err(t(lang, 'track.written', { file: out, year: spec.schoolYear.text, rows: spec.rows.length, due }) + '\n');
  // Exit codes as every command (src/cli/main.ts): with --force the workbook is written, but the source still has errors.
  return errors.length > 0 ? 1 : 0;
}
