// batch over a folder: walk it, fan the paths out to the worker pool, build the report from
// the summaries that come back.
import os from 'node:os';
import path from 'node:path';
import { unreadableSummary } from '../../core/batch/inspect';
import { buildBatchReport, type BatchReport } from '../../core/batch/report';
import type { FileSummary } from '../../core/batch/types';
import { inBoth, UserError } from '../../core/i18n';
import { DEFAULT_WARN_DAYS } from '../../core/deadline';
import { createRuleRunner } from '../../core/rules/run-rules';
import type { RuleDefinition } from '../../core/rules/types';
import type { IsoDate } from '../../core/values';
import { isReadableDir } from '../files';
import { folderContentCheck, joinDocuments } from './join-documents';
import { runPool, type PoolOptions } from './pool';
import { readScans, type OcrBudget, type OcrOutcome } from './read-scans';
import { listEntries } from './walk';

export interface BatchOptions {
  /** The folder as the user gave it. */
  folder: string;
  rules: RuleDefinition[];
  asOf: IsoDate;
  /** The warning period before a due date (default 30 days). */
  warnDays?: number;
  /** Days after the issue date for each signing party's dissemination record (the office's setting). */
  disseminationDays?: number;
  /** Only the task months of a report's period (`batch --period hk1`); the whole school year when absent. */
  periodMonths?: number[];
  /** Worker threads; default: every core. */
  jobs?: number;
  maxFindings?: number;
  /** Check regulations sent as documents, and join a document with the workbook of the same regulation. */
  readDocuments?: boolean;
  /** Read the scans among the documents through OCR within this budget (none when absent). */
  ocr?: OcrBudget;
  timeoutMs?: number;
  memoryLimitMb?: number;
  onProgress?: PoolOptions['onProgress'];
  /** Called once the folder has been listed. */
  onListed?: (files: number) => void;
  /**
   * A step over every file's summary before the report is built (the signed copies), given the
   * PDFs' text layers the workers read (by path in the folder), so that no PDF is parsed twice.
   */
  afterInspect?: (summaries: FileSummary[], pdfTexts: Map<string, string>) => Promise<FileSummary[]>;
}

export function defaultJobs(): number {
  return Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
}

export async function runBatch(
  options: BatchOptions,
): Promise<{ report: BatchReport; summaries: FileSummary[]; ocr: OcrOutcome | null }> {
  if (!(await isReadableDir(options.folder))) throw new UserError('batch.dirUnreadable', { dir: options.folder });
  let listed;
  try {
    listed = await listEntries(options.folder);
  } catch {
    throw new UserError('batch.dirUnreadable', { dir: options.folder });
  }
  options.onListed?.(listed.files.length + listed.others.length);
  const tasks = listed.files.map((rel) => {
    const file = path.join(options.folder, ...rel.split('/'));
    return { file, display: file, rel };
  });
  const pdfTexts = new Map<string, string>();
  const summaries = await runPool(tasks, {
    jobs: options.jobs ?? defaultJobs(),
    data: {
      rules: options.rules,
      asOf: options.asOf,
      warnDays: options.warnDays,
      disseminationDays: options.disseminationDays,
      periodMonths: options.periodMonths,
      maxFindings: options.maxFindings,
      readDocuments: options.readDocuments,
    },
    timeoutMs: options.timeoutMs,
    memoryLimitMb: options.memoryLimitMb,
    onProgress: options.onProgress,
    pdfTexts,
  });
  for (const { rel, what } of listed.others) {
    const file = path.join(options.folder, ...rel.split('/'));
    const summary = unreadableSummary(file, inBoth('input.notRegular', { file, what: inBoth(what) }));
    summary.path = rel;
    summaries.push(summary);
  }
  for (const dir of listed.unreadableDirs) {
    const summary = unreadableSummary(dir, inBoth('batch.dirUnreadable', { dir }));
    summaries.push(summary);
  }
  const ocr =
    options.readDocuments && options.ocr
      ? await readScans(summaries, options.folder, options.ocr, {
          asOf: options.asOf,
          warnDays: options.warnDays,
          disseminationDays: options.disseminationDays,
          periodMonths: options.periodMonths,
          maxFindings: options.maxFindings,
          runner: createRuleRunner(options.rules, {
            asOf: options.asOf,
            warnDays: options.warnDays ?? DEFAULT_WARN_DAYS,
            disseminationDays: options.disseminationDays,
          }),
        })
      : null;
  if (options.readDocuments) await joinDocuments(summaries, folderContentCheck(options.folder));
  const final = options.afterInspect ? await options.afterInspect(summaries, pdfTexts) : summaries;
  return {
    report: buildBatchReport(final, { folder: options.folder, asOf: options.asOf, warnDays: options.warnDays }),
    summaries: final,
    ocr,
  };
}
