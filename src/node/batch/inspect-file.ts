// One file from disk → FileSummary, in whatever thread runs it. Reads and checks the bytes the
// way `validate` does (same limits, same messages), then hands grids to the pure inspector.
import {
  inspectWorkbook,
  otherSummary,
  unreadableSummary,
  userErrorMessage,
  type InspectOptions,
} from '../../core/batch/inspect';
import type { FileSummary } from '../../core/batch/types';
import { inBoth, msg, UserError, type MessageKey } from '../../core/i18n';
import { checkXlsxHead } from '../../xlsx/check-bytes';
import type { Bilingual } from '../../core/rules/types';
import type { RuleRunner } from '../../core/rules/run-rules';
import type { IsoDate } from '../../core/values';
import { readInputFileSync, readInputHeadSync } from '../files';
import { MAX_ROWS_PER_SHEET, readXlsxBytes } from '../regulation-file';
import { DOCUMENT_REFUSALS, inspectDocument } from './read-document-file';

export interface InspectContext {
  runner: RuleRunner;
  asOf: IsoDate;
  warnDays?: number;
  disseminationDays?: number;
  /** Only the task months of a report's period (`batch --period hk1`); the whole school year when absent. */
  periodMonths?: number[];
  maxFindings?: number;
  /** Read a regulation sent as a document and check it (batch --read-documents, the default). */
  readDocuments?: boolean;
  /** Given a PDF's text layer when pdf.js read it, so that the signed-copies step need not read it again. */
  onPdfText?: (text: string) => void;
}

/**
 * @param file  the path to read
 * @param display  how the file is named in messages (the path as the user would type it)
 * @param rel  the path inside the folder, for the report
 */
export async function inspectFile(
  file: string,
  display: string,
  rel: string,
  ctx: InspectContext,
): Promise<FileSummary> {
  const started = Date.now();
  let summary: FileSummary;
  const opts = {
    path: display,
    asOf: ctx.asOf,
    warnDays: ctx.warnDays,
    disseminationDays: ctx.disseminationDays,
    periodMonths: ctx.periodMonths,
    runner: ctx.runner,
    maxRows: MAX_ROWS_PER_SHEET,
    maxFindings: ctx.maxFindings,
  };
  try {
    const { grids, properties: props } = readXlsxBytes(readFileChecked(file, display), display);
    summary = await inspectWorkbook(grids, props, opts);
  } catch (e) {
    const document = ctx.readDocuments && e instanceof UserError && (DOCUMENT_REFUSALS.has(e.key) || isPdfFile(file));
    const other = e instanceof UserError ? NOT_WORKBOOKS[e.key] : undefined;
    const read = document ? await documentSummary(file, rel, opts, ctx.onPdfText) : null;
    if (read) summary = read;
    else if (other) summary = otherSummary(display, userErrorMessage(e as UserError), other);
    else summary = unreadableSummary(display, e instanceof UserError ? userErrorMessage(e) : failure(display, e));
  }
  summary.path = rel;
  summary.ms = Date.now() - started;
  return summary;
}

/** A document checked as import then validate would; a document it cannot read is a row saying why. */
async function documentSummary(
  file: string,
  rel: string,
  opts: InspectOptions,
  onPdfText?: (text: string) => void,
): Promise<FileSummary | null> {
  try {
    return await inspectDocument(readFileChecked(file, opts.path, false), rel, opts, { pdfText: onPdfText });
  } catch (e) {
    const summary = unreadableSummary(opts.path, e instanceof UserError ? userErrorMessage(e) : failure(opts.path, e));
    // A scan: OCR runs after the workers, on the main thread, within the batch's budget (read-scans.ts).
    if (e instanceof UserError && e.key === 'pdf.scanned') summary.scan = { pages: Number(e.data.pages) };
    return summary;
  }
}

/** A PDF is read as a document too (its text layer here; a scan is marked for the OCR step). */
function isPdfFile(file: string): boolean {
  try {
    const head = readInputHeadSync(file, 5);
    return head.length >= 5 && String.fromCharCode(...head.subarray(0, 5)) === '%PDF-';
  } catch {
    return false;
  }
}

/** Files that are not workbooks at all: a row saying what they are, not a read failure. */
const NOT_WORKBOOKS: Partial<Record<MessageKey, 'warning' | 'info'>> = {
  'input.wordDocument': 'warning',
  'input.wordDocumentUnquotable': 'warning',
  'input.legacyDocument': 'warning',
  'input.textDocument': 'warning',
  'input.textDocumentUnquotable': 'warning',
  'input.notAWorkbook': 'info',
};

function readFileChecked(file: string, display: string, workbook = true): Uint8Array {
  try {
    // The first bytes say whether the rest is worth reading: a PDF or a video is named, not read.
    if (workbook) checkXlsxHead(readInputHeadSync(file, 4096), display);
    return readInputFileSync(file);
  } catch (e) {
    // readInputFileSync names the path it was given; name the file as the report does.
    if (e instanceof UserError && e.data.file === file) throw new UserError(e.key, { ...e.data, file: display });
    throw e;
  }
}

/** An unexpected failure (a bug, or a library choking on a strange file) still becomes a row. */
export function failure(file: string, e: unknown): Bilingual {
  return inBoth('batch.workerFailed', {
    file,
    detail: msg('detail.unexpected', {}, (e as Error)?.message ?? String(e)),
  });
}
