// Import an existing regulation: text → Extraction → WorkbookContent. Pure: the host reads the
// file (.txt bytes or .docx through mammoth) and writes the workbook.
import type { Lang } from '../i18n';
import type { WorkbookContent } from '../template/content';
import { cleanDocument, type LineConversion } from './clean';
import { parseRegulation } from './parse';
import { extractionToContent } from './to-content';
import type { Extraction } from './types';

export type { Extraction } from './types';
export { cleanDocument } from './clean';
export { confidentValues, inferredSummary } from './confidence';
export { convertLegacyLine, decodeTcvn3, decodeVni } from '../vietnamese/legacy';
export { isVietnameseSyllable } from '../vietnamese/syllable';

export interface ImportOptions {
  /** Language of the notes and of the "lines not placed" sheet. */
  lang?: Lang;
  /** Conversions a host already made (a .docx run in a .VnTime font). */
  conversions?: LineConversion[];
}

export interface ImportResult {
  extraction: Extraction;
  content: WorkbookContent;
}

export function importText(text: string, options: ImportOptions = {}): ImportResult {
  const extraction = parseRegulation(cleanDocument(text, options.conversions));
  return { extraction, content: extractionToContent(extraction, options.lang ?? 'vi') };
}

/** How much was read, as the CLI and the pane report it. */
export function extractionCounts(extraction: Extraction) {
  return {
    clauses: extraction.clauses.length,
    parties: extraction.parties.length,
    signatories: extraction.signatories.filter((s) => !s.alsoSignsRegulation).length,
    bases: extraction.legalBases.length,
    recipients: extraction.recipients.length,
    unplaced: extraction.unplaced.length,
  };
}
