// phoihop report SO_THEO_DOI.xlsx [-o BAO_CAO.docx] [--period hk1|year] [--as-of DATE]
//                [--calendar FILE.json] [--workbook SO_QUY_CHE.xlsx] [--format text|json] [--force] [--lang vi|en]
// The báo cáo sơ kết học kỳ I / tổng kết năm học on carrying out the regulation, from a filled
// tracking workbook: the figures on stdout (text or JSON), the Word document with -o. Exit 0 when
// written, 2 on bad input (DESIGN §11).
import { t, UserError } from '../../core/i18n';
import { hasTrackingMarker, readTrackingWorkbook } from '../../core/tracking-book/read-tracking';
import { TRACKING_SHEETS } from '../../core/tracking-book/contract';
import { buildReportDocument } from '../../core/report/document';
import { formatReportJson, formatReportText } from '../../core/report/format';
import { buildReport } from '../../core/report/report';
import { REPORT_PHRASES } from '../../core/report/phrases';
import { isTable } from '../../core/export';
import { visibleControls } from '../../core/safe-text';
import { foldKey } from '../../core/text';
import { DEFAULT_CALENDAR, parseCalendarText } from '../../core/tracking-book/calendar';
import { REPORT_PERIODS } from '../../core/tracking-book/counting';
import { parseSchoolYear, schoolYearOf } from '../../core/values';
import { writeReportDocument } from '../../docx/write-report';
import { readInputFile, writeOutputs } from '../../node/files';
import { readRegulationFile, readXlsxBytes } from '../../node/regulation-file';
import { asOfDate, choice, LANG_OPTION, oneWorkbook, REPLACE_OPTIONS, RULES_OPTION, type CommandSpec } from '../args';
import { parseCommand, startCommand } from '../command-start';
import type { CliIO } from '../io';
import { VERSION } from '../version';

const CALENDAR_LIMIT = 1024 * 1024;
const FORMATS = ['text', 'json'] as const;

export const reportSpec: CommandSpec = {
  name: 'report',
  args: ['cli.value.trackingXlsx'],
  options: {
    output: { type: 'string', short: 'o', value: 'cli.value.outReportDocx', help: 'cli.opt.report.output' },
    period: { type: 'string', choices: REPORT_PERIODS, default: 'year', help: 'cli.opt.report.period' },
    'as-of': { type: 'string', value: 'cli.value.date', help: 'cli.opt.asOf' },
    calendar: { type: 'string', value: 'cli.value.json', help: 'cli.opt.report.calendar' },
    workbook: { type: 'string', value: 'cli.value.regulationXlsx', help: 'cli.opt.report.workbook' },
    format: { type: 'string', short: 'f', choices: FORMATS, default: 'text', help: 'cli.opt.report.format' },
    ...RULES_OPTION,
    ...REPLACE_OPTIONS,
    ...LANG_OPTION,
  },
};

export async function reportCommand(argv: string[], io: CliIO): Promise<number> {
  const cmd = parseCommand(reportSpec, argv);
  const { values, positionals, lang } = cmd;
  const format = choice('--format', values.format, FORMATS, 'text');
  const period = choice('--period', values.period, REPORT_PERIODS, 'year');
  const file = oneWorkbook(reportSpec, positionals);
  const asOf = asOfDate(values['as-of']);
  const out = values.output as string | undefined;
  if (out !== undefined && !out) throw new UserError('cli.missingValue', { option: '--output' });
  const calendarFile = values.calendar as string | undefined;
  const workbook = values.workbook as string | undefined;
  const { plan, settings } = await startCommand(cmd, io, {
    inputs: [file, ...(calendarFile ? [calendarFile] : []), ...(workbook ? [workbook] : [])],
    outputs: out ? [out] : [],
  });
  const calendar = calendarFile
    ? parseCalendarText(
        new TextDecoder('utf-8').decode(await readInputFile(calendarFile, CALENDAR_LIMIT)),
        calendarFile,
      )
    : DEFAULT_CALENDAR;

  const { grids, properties } = readXlsxBytes(await readInputFile(file), file);
  // The regulation's Phân công (its Thời điểm holds "T10") could pass for a Theo dõi table.
  const sheetNamed = (name: string) => grids.some((g) => foldKey(g.name) === foldKey(name));
  if (!hasTrackingMarker(properties) && sheetNamed('Phân công') && !sheetNamed(TRACKING_SHEETS.tracking))
    throw new UserError('report.isRegulation', { file });
  const data = readTrackingWorkbook(grids, properties, { source: file });
  if (!data.schoolYear) {
    const start = schoolYearOf(asOf);
    data.schoolYear = parseSchoolYear(`${start}-${start + 1}`);
    io.err(t(lang, 'report.yearAssumed', { file, year: data.schoolYear!.text }) + '\n');
  }
  const regulation = workbook ? (await readRegulationFile(workbook)).model : undefined;
  if (regulation) {
    const number = regulation.document.fields.number?.raw ?? '';
    if (number && data.sourceNumber && foldKey(number) !== foldKey(data.sourceNumber))
      throw new UserError('report.otherRegulation', { workbook, number, file, source: data.sourceNumber });
  }

  const report = buildReport(data, grids, {
    period,
    asOf,
    calendar,
    regulation,
    disseminationDays: settings.disseminationDays,
  });
  if (out) {
    const doc = buildReportDocument(report, regulation);
    await writeOutputs(plan, [{ file: out, data: await writeReportDocument(doc, `phoihop ${VERSION}`) }]);
    const part = doc.parts[0];
    const marker = REPORT_PHRASES.write('').slice(0, -1);
    const blanks = part.blocks.filter((b) => !isTable(b) && b.runs.some((r) => r.text.startsWith(marker))).length;
    if (!regulation) io.err(t(lang, 'report.noWorkbook') + '\n');
    io.err(
      t(lang, 'report.written', {
        file: out,
        parties: report.parties.length,
        signatures: part.signatures.length,
        blanks,
      }) + '\n',
    );
  }
  // Cells reach the terminal: their escape codes and direction overrides are shown, never obeyed.
  io.out((format === 'json' ? formatReportJson(report) : visibleControls(formatReportText(report, lang))) + '\n');
  return 0;
}
