// batch's OCR step: the scans the workers found (PDFs of page images) read the way `import` reads
// one (src/node/scanned-pdf.ts: pdftoppm, then tesseract with its Vietnamese data), then checked
// as `validate` would. An office checking hundreds of schools must not wait hours for scans: the
// whole run has one OCR budget (default 10 minutes), each file its own page and time limits; the
// scans with fewest pages go first, so that the budget reads as many schools as it can, and a scan
// left when the budget is spent keeps its row with a line saying so. Runs on the main thread, one
// scan at a time: OCR is a child process (tesseract on one core), and its clean-up stops every
// helper it started, which two OCRs at once in one process would do to each other.
import path from 'node:path';
// The office's patterns need the linear matcher on this thread too, as in the workers.
import '../../core/rules/linear-patterns';
import { userErrorMessage, unreadableSummary, type InspectOptions } from '../../core/batch/inspect';
import type { FileSummary } from '../../core/batch/types';
import { inBoth, UserError, type MessageKey } from '../../core/i18n';
import { readInputFile } from '../files';
import { MAX_ROWS_PER_SHEET } from '../regulation-file';
import { importScannedPdf, SCAN_LIMITS } from '../scanned-pdf';
import { failure } from './inspect-file';
import { inspectImported } from './read-document-file';

export interface OcrBudget {
  /** Seconds for every scan of the run together; 0 = no OCR (the scans keep their one-line rows). */
  seconds: number;
  /** Per file: most pages, most seconds (import's --ocr-pages and --ocr-seconds). */
  pages?: number;
  fileSeconds?: number;
  env?: NodeJS.ProcessEnv;
}

/** The default budget for a whole batch: ten minutes, a few scans' worth, never hours. */
export const DEFAULT_OCR_BUDGET_S = 600;

/** What the OCR step did, for the command's closing line. */
export interface OcrOutcome {
  scans: number;
  read: number;
  seconds: number;
}

/** OCR is missing on this machine: the same line for every scan, found once. */
const MISSING: MessageKey[] = ['import.scan.noOcr', 'import.scan.noVie', 'import.scan.noRenderer'];

/** Reads, in place, each scan of `summaries` through OCR within the budget. */
export async function readScans(
  summaries: FileSummary[],
  folder: string,
  budget: OcrBudget,
  opts: Omit<InspectOptions, 'path' | 'maxRows'>,
): Promise<OcrOutcome> {
  const scans = summaries
    .filter((s) => s.scan)
    .sort((a, b) => a.scan!.pages - b.scan!.pages || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const outcome: OcrOutcome = { scans: scans.length, read: 0, seconds: 0 };
  if (budget.seconds <= 0 || scans.length === 0) return outcome;
  const fileSeconds = budget.fileSeconds ?? SCAN_LIMITS.totalSeconds;
  const started = Date.now();
  let missing: MessageKey | null = null;
  for (const scan of scans) {
    const file = path.join(folder, ...scan.path.split('/'));
    const pages = scan.scan!.pages;
    const left = Math.floor(budget.seconds - (Date.now() - started) / 1000);
    const begun = Date.now();
    let row: FileSummary | null;
    if (missing) row = unreadableSummary(file, inBoth(missing, { file, pages }));
    else if (left < 1)
      row = unreadableSummary(file, inBoth('batch.ocr.budgetSpent', { file, pages, seconds: budget.seconds }));
    else {
      try {
        const result = await importScannedPdf(file, await readInputFile(file), {
          pages,
          limits: { pages: budget.pages ?? SCAN_LIMITS.pages, totalSeconds: Math.min(fileSeconds, left) },
          env: budget.env,
        });
        row = await inspectImported(
          result,
          { format: 'pdf', path: scan.path, pages, ocr: true },
          {
            ...opts,
            path: file,
            maxRows: MAX_ROWS_PER_SHEET,
          },
        );
        if (row) outcome.read++;
      } catch (e) {
        if (!(e instanceof UserError)) row = unreadableSummary(file, failure(file, e));
        else if (MISSING.includes(e.key)) {
          missing = e.key;
          row = unreadableSummary(file, userErrorMessage(e));
        } else if (e.key === 'import.scan.totalTime' && left < fileSeconds)
          // Stopped by what was left of the run's budget, not by the file's own limit.
          row = unreadableSummary(file, inBoth('batch.ocr.budgetSpent', { file, pages, seconds: budget.seconds }));
        else row = unreadableSummary(file, userErrorMessage(e));
      }
    }
    // A scan that holds no regulation keeps the row the worker gave it.
    if (!row) continue;
    row.path = scan.path;
    row.ms = (scan.ms ?? 0) + (Date.now() - begun);
    summaries[summaries.indexOf(scan)] = row;
  }
  outcome.seconds = (Date.now() - started) / 1000;
  return outcome;
}
