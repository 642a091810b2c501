// Importing an existing regulation in the pane, loaded on first use (mammoth is large): the
// same reader and parser as `phoihop import`, bytes in, workbook content out.
import type { Lang } from '../core/i18n';
import { extractionCounts, importText } from '../core/import';
import type { WorkbookContent } from '../core/template/content';
import { readDocumentBytes, type DocumentFormat } from '../docx/read-document';

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
  const doc = await readDocumentBytes(bytes, file);
  const { extraction, content } = importText(doc.text, { lang, conversions: doc.conversions });
  return {
    content,
    counts: extractionCounts(extraction),
    conversions: extraction.conversions.filter((c) => c.encoding === 'tcvn3' || c.encoding === 'vni').length,
    format: doc.format,
    macros: !!doc.macros,
  };
}
