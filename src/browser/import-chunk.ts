// Importing an existing regulation in the pane, loaded on first use (mammoth is large): the
// same reader and parser as `phoihop import`, bytes in, workbook content out. A PDF's reader,
// pdf.js, is a chunk of its own, fetched on the first PDF; its worker is a file of dist/, served
// with the pane (no network beyond it). A scan is read by OCR on the command line only.
import { UserError, type Lang } from '../core/i18n';
import { extractionCounts, importText } from '../core/import';
import type { WorkbookContent } from '../core/template/content';
import { readDocumentBytes, type DocumentFormat } from '../docx/read-document';
import { pdfWorker } from '../pdf/read-pdf';

// Beside the pane's own files (webpack.config.js copies it there).
if (typeof document !== 'undefined') pdfWorker.src = new URL('pdf.worker.min.js', document.baseURI).href;

export interface ImportedDocument {
  content: WorkbookContent;
  counts: {
    clauses: number;
    parties: number;
    signatories: number;
    bases: number;
    recipients: number;
    unplaced: number;
  };
  /** Words converted from a legacy encoding (TCVN3, VNI). */
  conversions: number;
  /** What the file was read as; a .doc gives less formatting, and the status says so. */
  format: DocumentFormat;
  macros: boolean;
}

export async function importDocument(bytes: Uint8Array, file: string, lang: Lang): Promise<ImportedDocument> {
  const doc = await readDocumentBytes(bytes, file).catch((e: unknown) => {
    if (e instanceof UserError && e.key === 'pdf.scanned') throw new UserError('pane.import.scannedPdf', { file });
    throw e;
  });
  const { extraction, content } = importText(doc.text, { lang, conversions: doc.conversions });
  return {
    content,
    counts: extractionCounts(extraction),
    conversions: extraction.conversions.filter((c) => c.encoding === 'tcvn3' || c.encoding === 'vni').length,
    format: doc.format,
    macros: !!doc.macros,
  };
}
