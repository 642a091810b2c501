// A regulation sent as a document (.docx, .doc, .txt; a PDF once its reader is in) checked in
// batch as `import` then `validate` would check it: the document read into text, imported, the
// workbook `import` would write made in memory and read back the way `validate` reads it. The
// core's batch and import stay apart: they meet here, in the Node adapter.
import { inspectWorkbook, type InspectOptions } from '../../core/batch/inspect';
import type { DocumentFacts, FileSummary } from '../../core/batch/types';
import type { MessageKey } from '../../core/i18n';
import { confidentValues, importText, type ImportResult } from '../../core/import';
import type { Extraction } from '../../core/import/types';
import { readDocumentBytes, type DocumentHooks } from '../../docx/read-document';
import { writeRegulationWorkbook } from '../../xlsx/write-regulation';
import { readXlsxBytes } from '../regulation-file';

/**
 * The workbook reader's refusals that mean "this file is a document": a file refused with one
 * of these is handed to readDocumentBytes, which dispatches on the bytes. A new reader (PDF)
 * adds its refusal here and its branch there.
 */
export const DOCUMENT_REFUSALS = new Set<MessageKey>([
  'input.wordDocument',
  'input.wordDocumentUnquotable',
  'input.legacyDocument',
  'input.textDocument',
  'input.textDocumentUnquotable',
]);

/** Values the import marked Kiểm tra lại (anything not read plainly). */
export function valuesToCheck(x: Extraction): number {
  return confidentValues(x).filter((v) => v.confidence !== undefined && v.confidence !== 'read').length;
}

/**
 * The document checked as a regulation; null when what it holds is no regulation (no kind of
 * document named, or no clause): a note, not a regulation full of errors, is the right row then.
 */
export async function inspectDocument(
  bytes: Uint8Array,
  rel: string,
  opts: InspectOptions,
  hooks: DocumentHooks = {},
): Promise<FileSummary | null> {
  const doc = await readDocumentBytes(bytes, opts.path, hooks);
  const read = doc as typeof doc & { pages?: number; ocr?: boolean };
  const facts = {
    format: doc.format,
    path: rel,
    ...(read.pages ? { pages: read.pages } : {}),
    ...(read.ocr ? { ocr: true } : {}),
  };
  return inspectImported(importText(doc.text, { conversions: doc.conversions }), facts, opts);
}

/** What an import gave, checked as `validate` checks the workbook it would write (a scan's OCR too). */
export async function inspectImported(
  { extraction, content }: Pick<ImportResult, 'extraction' | 'content'>,
  facts: Omit<DocumentFacts, 'toCheck'>,
  opts: InspectOptions,
): Promise<FileSummary | null> {
  if (!extraction.facts.kind || extraction.clauses.length === 0) return null;
  const { grids, properties } = readXlsxBytes(await writeRegulationWorkbook(content), opts.path);
  const summary = await inspectWorkbook(grids, properties, opts);
  summary.document = { ...facts, toCheck: valuesToCheck(extraction) };
  return summary;
}
