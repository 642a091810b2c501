// phoihop agenda SO_THEO_DOI.xlsx [--month T10] [--party CD] [--as-of DATE] [--warn-days N]
//                [--rules DIR|FILE.json] [--format text|json] [--ics lich.ics] [--force] [--lang vi|en]
// This month's work and what is overdue, per party, from a filled tracking workbook: plain text
// to paste into a Zalo group, or JSON; --ics writes the whole year's due months as calendar events.
import { buildAgenda, partiesOf, partyNames } from '../../core/agenda/agenda';
import { calendarEvents, eventCount } from '../../core/agenda/events';
import { formatAgendaJson, formatAgendaText } from '../../core/agenda/format';
import { monthOfHeader, readTrackingWorkbook } from '../../core/tracking-book/read-tracking';
import { t, UserError } from '../../core/i18n';
import { visibleControls } from '../../core/safe-text';
import { codeKey } from '../../core/text';
import { parseSchoolYear, schoolYearOf } from '../../core/values';
import { readInputFile, writeOutputs } from '../../node/files';
import { renderIcs } from '../../node/ics';
import { readXlsxBytes } from '../../node/regulation-file';
import {
  choice,
  DUE_OPTIONS,
  LANG_OPTION,
  oneWorkbook,
  REPLACE_OPTIONS,
  RULES_OPTION,
  type CommandSpec,
} from '../args';
import { parseCommand, startCommand } from '../command-start';
import type { CliIO } from '../io';
import { VERSION } from '../version';

function monthOption(value: string | boolean | undefined): number | undefined {
  if (value === undefined) return undefined;
  const text = String(value).trim();
  const m = /^\d{1,2}$/.test(text) ? Number(text) : monthOfHeader(text);
  if (!m || m < 1 || m > 12) throw new UserError('agenda.badMonth', { value: text });
  return m;
}

/** Events in one .ics: a school's year makes a few hundred. */
const ICS_EVENT_LIMIT = 20_000;
const FORMATS = ['text', 'json'] as const;

export const agendaSpec: CommandSpec = {
  name: 'agenda',
  args: ['cli.value.trackingXlsx'],
  options: {
    month: { type: 'string', short: 'm', value: 'cli.value.month', help: 'cli.opt.agenda.month' },
    party: { type: 'string', short: 'p', value: 'cli.value.party', help: 'cli.opt.agenda.party' },
    ...RULES_OPTION,
    format: { type: 'string', short: 'f', choices: FORMATS, default: 'text', help: 'cli.opt.agenda.format' },
    ics: { type: 'string', value: 'cli.value.ics', help: 'cli.opt.agenda.ics' },
    ...REPLACE_OPTIONS,
    ...DUE_OPTIONS,
    ...LANG_OPTION,
  },
};

export async function agendaCommand(argv: string[], io: CliIO): Promise<number> {
  const cmd = parseCommand(agendaSpec, argv);
  const { values, lang } = cmd;
  const format = choice('--format', values.format, FORMATS, 'text');
  const file = oneWorkbook(agendaSpec, cmd.positionals);
  const month = monthOption(values.month);
  const ics = values.ics as string | undefined;
  if (ics !== undefined && !ics) throw new UserError('agenda.needIcsFile');
  const { plan, due } = await startCommand(cmd, io, { inputs: [file], outputs: ics ? [ics] : [] });

  const { grids, properties } = readXlsxBytes(await readInputFile(file), file);
  const data = readTrackingWorkbook(grids, properties, { source: file });
  // A workbook without a school year is read as the as-of date's (as batch does).
  if (!data.schoolYear) {
    const start = schoolYearOf(due.asOf);
    data.schoolYear = parseSchoolYear(`${start}-${start + 1}`);
  }
  const party = values.party !== undefined ? codeKey(String(values.party)) : undefined;
  const known = partiesOf(data);
  if (party !== undefined && !known.includes(party))
    throw new UserError('agenda.unknownParty', { file, party, known: known.join(', ') || '—' });

  const agenda = buildAgenda(data, partyNames(grids), { ...due, month, party });
  if (ics) {
    // A school's year is a few hundred events; a calendar of 190,000 takes minutes and gigabytes to
    // write and no calendar program would show it. Counted before any event is made.
    const count = eventCount(data, party);
    if (count > ICS_EVENT_LIMIT) throw new UserError('agenda.tooManyEvents', { file, count, limit: ICS_EVENT_LIMIT });
    const calendar = calendarEvents(data, { asOf: due.asOf, lang, party });
    await writeOutputs(plan, [{ file: ics, data: renderIcs(calendar, { stamp: due.asOf, version: VERSION }) }]);
    io.err(t(lang, 'agenda.icsWritten', { file: ics, count: calendar.events.length }) + '\n');
  }
  // Cells reach the terminal: their escape codes and direction overrides are shown, never obeyed.
  io.out((format === 'json' ? formatAgendaJson(agenda) : visibleControls(formatAgendaText(agenda, lang))) + '\n');
  return 0;
}
