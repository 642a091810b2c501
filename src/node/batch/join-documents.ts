// A school that sent both the workbook and a document of the same regulation (same number and
// school year) gets one row: the workbook's, which names the document and says where the two
// disagree (number as written, date of issue, signatories, number of clauses).
//
// When several workbooks carry the document's number (a school sent v1 and v2, or two schools
// reuse a number), the document goes with the one whose content it says (verify's comparison:
// number, date, school, parties, signatories, clauses), else with the one of the same school (same
// folder, else the same school name as the roster compares them); else it keeps its own row with
// a note saying why. A workbook takes one document: the surest pairs are made first.
import path from 'node:path';
import { schoolKey } from '../../core/batch/roster';
import { compareRegulations, regulationKey, sameRegulationLoosely } from '../../core/batch/same-regulation';
import type { FileSummary } from '../../core/batch/types';
import type { RegulationModel } from '../../core/model';
import { compareContent } from '../../core/signatures/content';
import { readDocumentBytes } from '../../docx/read-document';
import { readInputFile } from '../files';
import { pdfModel } from '../../pdf/pdf-regulation';
import { readRegulationFile } from '../regulation-file';

/** The document's row folded into the workbook's: one row naming both. */
function join(book: FileSummary, doc: FileSummary): void {
  const ocr = doc.document!.ocr === true;
  const { differ, unchecked } = compareRegulations(book.regulation!, doc.regulation!, ocr);
  book.document = { ...doc.document!, path: doc.path, disagreements: differ, ...(ocr ? { unchecked } : {}) };
}

/** Whether a document says what a workbook says (both read from the folder; null when either cannot be read). */
export type ContentCheck = (doc: FileSummary, book: FileSummary) => Promise<boolean | null>;

/** How sure a pairing is: the content matches (4), same folder (2), same school name (1). */
async function pairScore(doc: FileSummary, book: FileSummary, sameContent: ContentCheck): Promise<number> {
  const content = (await sameContent(doc, book)) === true ? 4 : 0;
  const folder = path.posix.dirname(doc.path) === path.posix.dirname(book.path) ? 2 : 0;
  const school = schoolKey(doc.regulation!.school);
  return content + folder + (school && school === schoolKey(book.regulation!.school) ? 1 : 0);
}

/** The best workbook still free for the document, when one is strictly better than the rest and has something for it. */
function bestFree(scores: Map<FileSummary, number>, taken: Set<FileSummary>): [FileSummary, number] | null {
  const free = [...scores].filter(([book]) => !taken.has(book)).sort((a, b) => b[1] - a[1]);
  if (free.length === 0 || free[0][1] === 0 || (free.length > 1 && free[1][1] === free[0][1])) return null;
  return free[0];
}

/**
 * The workbooks of the document's number and school year: as written, else, for a scan read by
 * OCR, as OCR may have misread them (same-regulation.ts says how far).
 */
function workbooksOf(doc: FileSummary, books: Map<string, FileSummary[]>): { matches: FileSummary[]; loose: boolean } {
  const exact = books.get(regulationKey(doc.regulation!)) ?? [];
  if (exact.length > 0 || !doc.document!.ocr) return { matches: exact, loose: false };
  const loose = [...books.values()].flat().filter((book) => sameRegulationLoosely(doc.regulation!, book.regulation!));
  return { matches: loose, loose: true };
}

/** Joins, in place, each document with the workbook of the same regulation, if one can be told. */
export async function joinDocuments(summaries: FileSummary[], sameContent: ContentCheck): Promise<void> {
  const books = new Map<string, FileSummary[]>();
  for (const s of summaries)
    if (s.kind === 'regulation' && s.regulation && !s.document) {
      const k = regulationKey(s.regulation);
      if (k) books.set(k, [...(books.get(k) ?? []), s]);
    }
  const joined = new Set<FileSummary>();
  const taken = new Set<FileSummary>();
  const ambiguous = new Map<FileSummary, Map<FileSummary, number>>();
  for (const doc of summaries) {
    if (doc.kind !== 'regulation' || !doc.regulation || !doc.document) continue;
    const { matches, loose } = workbooksOf(doc, books);
    // A loose match alone is not enough: it must also be of the scan's folder or school.
    if (matches.length === 1 && !loose && !taken.has(matches[0])) {
      join(matches[0], doc);
      taken.add(matches[0]);
      joined.add(doc);
    } else if (matches.length > 1 || (loose && matches.length === 1)) {
      const scores = new Map<FileSummary, number>();
      for (const book of matches) scores.set(book, await pairScore(doc, book, sameContent));
      ambiguous.set(doc, scores);
    }
  }
  // The surest pair first, so that a weaker one never takes the workbook a surer one needs.
  for (;;) {
    let pick: [FileSummary, FileSummary, number] | null = null;
    for (const [doc, scores] of ambiguous) {
      const best = bestFree(scores, taken);
      // Equal pairs go by path, whatever order the workers answered in.
      if (best && (!pick || best[1] > pick[2] || (best[1] === pick[2] && doc.path < pick[0].path)))
        pick = [doc, best[0], best[1]];
    }
    if (!pick) break;
    const [doc, book] = pick;
    join(book, doc);
    taken.add(book);
    joined.add(doc);
    ambiguous.delete(doc);
  }
  // Left alone while some workbook of that number is still free: say which (the likeliest) and why.
  for (const [doc, scores] of ambiguous) {
    const free = [...scores].filter(([book]) => !taken.has(book));
    if (free.length === 0) continue;
    const top = Math.max(...free.map(([, score]) => score));
    const likeliest = free.filter(([, score]) => score === top).map(([book]) => book.path);
    doc.document = { ...doc.document!, sameNumber: likeliest.sort() };
  }
  for (let i = summaries.length - 1; i >= 0; i--) if (joined.has(summaries[i])) summaries.splice(i, 1);
}

/**
 * verify's content comparison over the folder's files: the document read again as `import` reads
 * it (only for a document with several workbooks of its number: rare), the workbook as `validate`
 * reads it. A scan read by OCR is not read again.
 */
export function folderContentCheck(folder: string): ContentCheck {
  const at = (rel: string) => path.join(folder, ...rel.split('/'));
  const docs = new Map<string, Promise<RegulationModel | null>>();
  const books = new Map<string, Promise<RegulationModel | null>>();
  const docModel = (doc: FileSummary) =>
    doc.document?.ocr
      ? Promise.resolve(null)
      : readInputFile(at(doc.path))
          .then((bytes) => readDocumentBytes(bytes, at(doc.path)))
          .then((read) => pdfModel(read.text))
          .catch(() => null);
  const bookModel = (book: FileSummary) =>
    readRegulationFile(at(book.path))
      .then((r) => r.model)
      .catch(() => null);
  return async (doc, book) => {
    if (!docs.has(doc.path)) docs.set(doc.path, docModel(doc));
    if (!books.has(book.path)) books.set(book.path, bookModel(book));
    const [d, b] = await Promise.all([docs.get(doc.path)!, books.get(book.path)!]);
    return d && b ? compareContent(d, b).length === 0 : null;
  };
}
