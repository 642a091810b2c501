// phoihop batch DIR -o REPORT.xlsx [--html REPORT.html] [--rules DIR|FILE.json] [--as-of DATE]
//                   [--format json] [--lang vi|en] [--jobs N] [--timeout SECONDS] [--max-findings N]
//                   [--no-read-documents] [--ocr-budget SECONDS] [--ocr-pages N] [--ocr-seconds SECONDS]
// Exit 0 = no error anywhere, 1 = some file has errors (or could not be read), 2 = bad usage or
// an unreadable DIR. One bad file never stops the run: it gets its own row.
import { DEFAULT_CALENDAR } from '../../core/tracking-book/calendar';
import { periodMonths, REPORT_PERIODS } from '../../core/tracking-book/counting';
import { matchRoster, rosterJson } from '../../core/batch/roster';
import { readRosterFile } from '../../node/batch/roster-file';
import { attachSignedCopies } from '../../node/batch/signed-copies';
import { readTrustAnchors } from '../../node/verify-file';
import { formatBatchCsv, formatBatchJson, formatBatchSummary } from '../../core/batch/format';
import { renderBatchHtml } from '../../core/batch/html-report';
import { t, UserError } from '../../core/i18n';
import { visibleControls } from '../../core/safe-text';
import { DEFAULT_TIMEOUT_MS } from '../../node/batch/pool';
import { runBatch, defaultJobs } from '../../node/batch/run-batch';
import { DEFAULT_OCR_BUDGET_S } from '../../node/batch/read-scans';
import { createProgressReporter } from '../../node/batch/progress-bar';
import { writeOutputs, type OutputFile } from '../../node/files';
import { writeBatchReportWorkbook } from '../../xlsx/write-batch-report';
import {
  choice,
  DUE_OPTIONS,
  LANG_OPTION,
  REPLACE_OPTIONS,
  RULES_OPTION,
  wholeNumber,
  type CommandSpec,
} from '../args';
import { parseCommand, startCommand } from '../command-start';
import type { CliIO } from '../io';
import { OCR_OPTIONS, ocrLimits } from '../ocr-options';
import { VERSION } from '../version';

const MAX_JOBS = 64;
const DEFAULT_MAX_FINDINGS = 1000;

const FORMATS = ['stylish', 'json', 'csv'] as const;

export const batchSpec: CommandSpec = {
  name: 'batch',
  args: ['cli.value.folder'],
  options: {
    output: { type: 'string', short: 'o', value: 'cli.value.reportXlsx', help: 'cli.opt.batch.output' },
    html: { type: 'string', value: 'cli.value.reportHtml', help: 'cli.opt.batch.html' },
    ...RULES_OPTION,
    roster: { type: 'string', value: 'cli.value.rosterFile', help: 'cli.opt.batch.roster' },
    trust: { type: 'string', value: 'cli.value.trustDir', help: 'cli.opt.batch.trust' },
    ...DUE_OPTIONS,
    format: { type: 'string', short: 'f', choices: FORMATS, default: 'stylish', help: 'cli.opt.batch.format' },
    jobs: { type: 'string', short: 'j', value: 'cli.value.count', help: 'cli.opt.batch.jobs' },
    timeout: {
      type: 'string',
      value: 'cli.value.seconds',
      default: String(DEFAULT_TIMEOUT_MS / 1000),
      help: 'cli.opt.batch.timeout',
    },
    'max-findings': {
      type: 'string',
      value: 'cli.value.count',
      default: String(DEFAULT_MAX_FINDINGS),
      help: 'cli.opt.batch.maxFindings',
    },
    period: { type: 'string', choices: REPORT_PERIODS, default: 'year', help: 'cli.opt.batch.period' },
    // Documents in the folder are read and checked unless --no-read-documents (as before issue 28).
    'read-documents': { type: 'boolean', help: 'cli.opt.batch.readDocuments' },
    'no-read-documents': { type: 'boolean', help: 'cli.opt.batch.noReadDocuments' },
    // Scans are read by OCR when tesseract is installed, within one budget for the whole run.
    'ocr-budget': {
      type: 'string',
      value: 'cli.value.seconds',
      default: String(DEFAULT_OCR_BUDGET_S),
      help: 'cli.opt.batch.ocrBudget',
    },
    ...OCR_OPTIONS,
    ...REPLACE_OPTIONS,
    ...LANG_OPTION,
  },
};

export async function batchCommand(argv: string[], io: CliIO): Promise<number> {
  const cmd = parseCommand(batchSpec, argv);
  const { values, positionals, lang } = cmd;
  const format = choice('--format', values.format, FORMATS, 'stylish');
  const folder = positionals[0];
  const xlsxOut = values.output as string | undefined;
  const htmlOut = values.html as string | undefined;
  if (!folder || positionals.length > 1 || (!xlsxOut && !htmlOut && format === 'stylish'))
    throw new UserError('batch.needOutput');
  const jobs = wholeNumber('--jobs', values.jobs, 1, MAX_JOBS, defaultJobs());
  // A file taking longer than this loses its worker and gets a row saying so.
  const timeoutMs = wholeNumber('--timeout', values.timeout, 1, 3600, DEFAULT_TIMEOUT_MS / 1000) * 1000;
  const maxFindings = wholeNumber('--max-findings', values['max-findings'], 1, 100_000, DEFAULT_MAX_FINDINGS);
  const ocr = {
    seconds: wholeNumber('--ocr-budget', values['ocr-budget'], 0, 86_400, DEFAULT_OCR_BUDGET_S),
    ...ocrLimits(values),
  };
  const rosterFile = values.roster as string | undefined;
  // The report never lands on a school's file: not inside the folder, not on a rules or roster file.
  const { plan, rules, due } = await startCommand(cmd, io, {
    inputs: rosterFile ? [rosterFile] : [],
    folders: [folder],
    outputs: [xlsxOut, htmlOut].filter((f): f is string => !!f),
  });
  const rosterSchools = rosterFile ? await readRosterFile(rosterFile) : null;
  const trustDir = values.trust as string | undefined;
  const anchors = trustDir ? await readTrustAnchors(trustDir) : null;
  const { asOf, warnDays, disseminationDays } = due;
  // The report's figures for its period: hk1 counts only semester I's months (the default calendar's).
  const period = choice('--period', values.period, REPORT_PERIODS, 'year');
  const months = period === 'year' ? undefined : periodMonths(period, DEFAULT_CALENDAR);

  const progress = createProgressReporter((s) => io.err(s), lang, { enabled: !!io.progress });
  let total = 0;
  let result;
  try {
    result = await runBatch({
      folder,
      rules,
      asOf,
      warnDays,
      disseminationDays,
      periodMonths: months,
      jobs,
      timeoutMs,
      maxFindings,
      readDocuments: values['no-read-documents'] !== true,
      ocr,
      onListed: (n) => {
        total = n;
        progress.update(0, n);
      },
      onProgress: (done) => progress.update(done, total),
      afterInspect: (summaries, pdfTexts) => attachSignedCopies(summaries, folder, anchors, pdfTexts),
    });
  } finally {
    progress.finish();
  }
  const { report } = result;
  if (result.ocr && result.ocr.scans > 0 && ocr.seconds > 0)
    io.err(
      t(lang, 'batch.ocr.done', {
        read: result.ocr.read,
        scans: result.ocr.scans,
        seconds: Math.round(result.ocr.seconds),
        budget: ocr.seconds,
      }) + '\n',
    );
  const roster = rosterSchools ? matchRoster(report, rosterSchools, rosterFile!) : undefined;
  if (report.totals.files === 0) io.err(t(lang, 'batch.noFiles', { dir: folder }) + '\n');

  // Everything is rendered before anything is written: a failure leaves no half-made report.
  const xlsx = xlsxOut ? await writeBatchReportWorkbook(report, { lang, version: VERSION, roster }) : null;
  const html = htmlOut ? renderBatchHtml(report, { lang, version: VERSION, roster }) : null;
  const files: OutputFile[] = [];
  if (xlsxOut && xlsx) files.push({ file: xlsxOut, data: xlsx });
  if (htmlOut && html !== null) files.push({ file: htmlOut, data: html });
  await writeOutputs(plan, files);

  if (format === 'json') {
    const json = formatBatchJson(report, lang);
    io.out((roster ? JSON.stringify({ ...JSON.parse(json), roster: rosterJson(roster) }, null, 2) : json) + '\n');
  } else if (format === 'csv') io.out(formatBatchCsv(report, lang, roster));
  else {
    io.out(visibleControls(formatBatchSummary(report, lang)) + '\n');
    if (roster) io.out(t(lang, 'batch.console.roster', roster.totals) + '\n');
  }
  for (const file of [xlsxOut, htmlOut]) if (file) io.err(t(lang, 'cli.written', { file }) + '\n');
  return report.totals.counts.error > 0 ? 1 : 0;
}
