// phoihop batch DIR -o REPORT.xlsx [--html REPORT.html] [--rules DIR|FILE.json] [--as-of DATE]
//                   [--format json] [--lang vi|en] [--jobs N] [--timeout SECONDS] [--max-findings N]
// Exit 0 = no error anywhere, 1 = some file has errors (or could not be read), 2 = bad usage or
// an unreadable DIR. One bad file never stops the run: it gets its own row.
import { formatBatchJson, formatBatchSummary } from '../../core/batch/format';
import { renderBatchHtml } from '../../core/batch/html-report';
import { LANGS, t, UserError } from '../../core/i18n';
import { parseDate, type IsoDate } from '../../core/values';
import { DEFAULT_TIMEOUT_MS } from '../../node/batch/pool';
import { runBatch, defaultJobs } from '../../node/batch/run-batch';
import { createProgressReporter } from '../../node/batch/progress-bar';
import { checkOutputs, writeOutputs, type OutputFile } from '../../node/files';
import { loadRuleSet, ruleSources } from '../../node/rules-dir';
import { writeBatchReportWorkbook } from '../../xlsx/write-batch-report';
import { choice, LANG_OPTION, mayReplace, parseCommandArgs, REPLACE_OPTIONS } from '../args';
import type { CliIO } from '../io';
import { VERSION } from '../version';

const MAX_JOBS = 64;
const DEFAULT_MAX_FINDINGS = 1000;

/** Today in the local time zone (a school's "today", not UTC's). */
function today(): IsoDate {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function wholeNumber(
  option: string,
  value: string | boolean | undefined,
  min: number,
  max: number,
  fallback: number,
): number {
  if (value === undefined) return fallback;
  const n = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < min || n > max)
    throw new UserError('batch.badWholeNumber', { value: String(value), option, min, max });
  return n;
}

export async function batchCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('batch', argv, {
    output: { type: 'string', short: 'o' },
    html: { type: 'string' },
    rules: { type: 'string' },
    'as-of': { type: 'string' },
    format: { type: 'string', short: 'f' },
    jobs: { type: 'string', short: 'j' },
    timeout: { type: 'string' },
    'max-findings': { type: 'string' },
    ...REPLACE_OPTIONS,
    ...LANG_OPTION,
  });
  const lang = choice('--lang', values.lang, LANGS, 'vi');
  const format = choice('--format', values.format, ['stylish', 'json'] as const, 'stylish');
  const folder = positionals[0];
  const xlsxOut = values.output as string | undefined;
  const htmlOut = values.html as string | undefined;
  if (!folder || positionals.length > 1 || (!xlsxOut && !htmlOut && format !== 'json'))
    throw new UserError('batch.needOutput');
  let asOf = today();
  if (values['as-of'] !== undefined) {
    const parsed = parseDate(values['as-of']);
    if (!parsed) throw new UserError('batch.badDate', { value: String(values['as-of']), option: '--as-of' });
    asOf = parsed;
  }
  const jobs = wholeNumber('--jobs', values.jobs, 1, MAX_JOBS, defaultJobs());
  // A file taking longer than this loses its worker and gets a row saying so.
  const timeoutMs = wholeNumber('--timeout', values.timeout, 1, 3600, DEFAULT_TIMEOUT_MS / 1000) * 1000;
  const maxFindings = wholeNumber('--max-findings', values['max-findings'], 1, 100_000, DEFAULT_MAX_FINDINGS);
  const rulesPath = values.rules as string | undefined;
  const sources = await ruleSources(rulesPath);
  // The report never lands on a school's file: not inside the folder, not on a rules file.
  const plan = {
    inputs: sources.files,
    folders: [folder, ...sources.folders],
    outputs: [xlsxOut, htmlOut].filter((f): f is string => !!f),
    replace: mayReplace(values),
  };
  await checkOutputs(plan);
  const rules = await loadRuleSet(rulesPath);

  const progress = createProgressReporter((s) => io.err(s), lang, { enabled: !!io.progress });
  let total = 0;
  let result;
  try {
    result = await runBatch({
      folder,
      rules,
      asOf,
      jobs,
      timeoutMs,
      maxFindings,
      onListed: (n) => {
        total = n;
        progress.update(0, n);
      },
      onProgress: (done) => progress.update(done, total),
    });
  } finally {
    progress.finish();
  }
  const { report } = result;
  if (report.totals.files === 0) io.err(t(lang, 'batch.noFiles', { dir: folder }) + '\n');

  // Everything is rendered before anything is written: a failure leaves no half-made report.
  const xlsx = xlsxOut ? await writeBatchReportWorkbook(report, { lang, version: VERSION }) : null;
  const html = htmlOut ? renderBatchHtml(report, { lang, version: VERSION }) : null;
  const files: OutputFile[] = [];
  if (xlsxOut && xlsx) files.push({ file: xlsxOut, data: xlsx });
  if (htmlOut && html !== null) files.push({ file: htmlOut, data: html });
  await writeOutputs(plan, files);

  if (format === 'json') io.out(formatBatchJson(report, lang) + '\n');
  else io.out(formatBatchSummary(report, lang) + '\n');
  for (const file of [xlsxOut, htmlOut]) if (file) io.err(t(lang, 'cli.written', { file }) + '\n');
  return report.totals.counts.error > 0 ? 1 : 0;
}
