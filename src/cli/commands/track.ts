// phoihop track FILE.xlsx -o OUT.xlsx [--calendar FILE] [--year YYYY-YYYY] [--rules DIR] [--force] [--lang vi|en]
// Checks the regulation first: with error findings it lists them and writes nothing (exit 1)
// unless --force. Notes on the month plan are printed, never resolved silently.
import { formatStylish } from '../../core/format';
import { LANGS, t } from '../../core/i18n';
import { createRuleRunner } from '../../core/rules/run-rules';
import { DEFAULT_CALENDAR, parseCalendarText } from '../../core/tracking/calendar';
import { buildTrackingSpec } from '../../core/tracking/spec';
import { checkOutputs, readInputFile, writeOutputs } from '../../node/files';
import { readRegulationFile } from '../../node/regulation-file';
import { loadRuleSet, ruleSources } from '../../node/rules-dir';
import { writeTrackingWorkbook } from '../../xlsx/write-tracking';
import {
  choice,
  LANG_OPTION,
  mayReplace,
  parseCommandArgs,
  RULES_OPTION,
  workbookInOut,
  type CommandSpec,
} from '../args';
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
  const { values, positionals } = parseCommandArgs(trackSpec, argv);
  const lang = choice('--lang', values.lang, LANGS, 'vi');
  const { file, out } = workbookInOut(trackSpec, positionals, values.output);

  const calendarFile = values.calendar as string | undefined;
  const rulesPath = values.rules as string | undefined;
  const sources = await ruleSources(rulesPath);
  const plan = {
    inputs: [file, ...(calendarFile ? [calendarFile] : []), ...sources.files],
    folders: sources.folders,
    outputs: [out],
    replace: mayReplace(values),
  };
  await checkOutputs(plan);
  const calendar = calendarFile
    ? parseCalendarText(
        new TextDecoder('utf-8').decode(await readInputFile(calendarFile, CALENDAR_LIMIT)),
        calendarFile,
      )
    : DEFAULT_CALENDAR;
  const runner = createRuleRunner(await loadRuleSet(rulesPath));
  const { model } = await readRegulationFile(file);
  const ctx = { lang, rules: runner.rules, version: VERSION, color: io.isTTY };

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
