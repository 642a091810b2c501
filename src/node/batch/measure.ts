// For the benchmark (issue 6): run batch over a folder with N workers and report throughput and
// peak memory. RSS is sampled for the whole process, which includes every worker thread.
import { BUILTIN_RULES } from '../../core/rules/builtin-rules';
import type { RuleDefinition } from '../../core/rules/types';
import type { IsoDate } from '../../core/values';
import { formatBatchCsv } from '../../core/batch/format';
import { matchRoster } from '../../core/batch/roster';
import { readRosterFile } from './roster-file';
import { runBatch } from './run-batch';
import { attachSignedCopies } from './signed-copies';
import { writeBatchReportWorkbook } from '../../xlsx/write-batch-report';

export interface BatchMeasurement {
  jobs: number;
  files: number;
  seconds: number;
  filesPerSecond: number;
  /** Highest resident set size seen during the run, and before it started, in MB. */
  peakRssMb: number;
  startRssMb: number;
  /** CPU seconds of the whole process (every thread), and the part the workers spent inside files. */
  cpuSeconds: number;
  fileSeconds: number;
  /** Summed error and warning counts: a cheap check that runs did the same work. */
  errors: number;
  warnings: number;
}

const MB = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

export async function measureBatch(
  folder: string,
  jobs: number,
  options: {
    rules?: RuleDefinition[];
    asOf?: IsoDate;
    sampleMs?: number;
    /** Also render the CSV summary and the .xlsx report, matched against this roster file when given (the roster case). */
    csv?: boolean;
    roster?: string;
    /** Read documents as batch does by default, with its signed-copies step over the PDFs (the documents case). */
    documents?: boolean;
  } = {},
): Promise<BatchMeasurement> {
  (globalThis as { gc?: () => void }).gc?.();
  const startRss = process.memoryUsage.rss();
  let peak = startRss;
  const sampler = setInterval(() => {
    const rss = process.memoryUsage.rss();
    if (rss > peak) peak = rss;
  }, options.sampleMs ?? 20);
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  try {
    const { report, summaries } = await runBatch({
      folder,
      rules: options.rules ?? BUILTIN_RULES,
      asOf: options.asOf ?? new Date().toISOString().slice(0, 10),
      jobs,
      readDocuments: options.documents,
      afterInspect: options.documents ? (s) => attachSignedCopies(s, folder, null) : undefined,
    });
    if (options.csv || options.roster) {
      const roster = options.roster
        ? matchRoster(report, await readRosterFile(options.roster), options.roster)
        : undefined;
      formatBatchCsv(report, 'vi', roster);
      // The .xlsx too: with a roster it gains the Danh sách trường sheet, a row per school.
      await writeBatchReportWorkbook(report, { lang: 'vi', version: 'bench', roster });
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    peak = Math.max(peak, process.memoryUsage.rss());
    const cpu = process.cpuUsage(cpuBefore);
    return {
      jobs,
      files: report.totals.files,
      seconds: Math.round(seconds * 1000) / 1000,
      filesPerSecond: Math.round((report.totals.files / seconds) * 10) / 10,
      peakRssMb: MB(peak),
      startRssMb: MB(startRss),
      cpuSeconds: Math.round((cpu.user + cpu.system) / 1000) / 1000,
      fileSeconds: Math.round(summaries.reduce((n, f) => n + (f.ms ?? 0), 0)) / 1000,
      errors: report.totals.counts.error,
      warnings: report.totals.counts.warning,
    };
  } finally {
    clearInterval(sampler);
  }
}
