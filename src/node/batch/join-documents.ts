// A school that sent both the workbook and a document of the same regulation (same number and
// school year) gets one row: the workbook's, which names the document and says where the two
// disagree (number as written, date of issue, signatories, number of clauses).
import type { DocumentFacts, FileSummary, RegulationFacts } from '../../core/batch/types';
import { clean, foldKey } from '../../core/text';

const key = (r: RegulationFacts) =>
  r.number.trim() && r.schoolYear.trim() ? `${foldKey(r.number).replace(/\s+/g, '')}|${foldKey(r.schoolYear)}` : '';

const names = (r: RegulationFacts) => JSON.stringify((r.signatories ?? []).map((n) => foldKey(n)).sort());

function disagreements(book: RegulationFacts, doc: RegulationFacts): NonNullable<DocumentFacts['disagreements']> {
  const out: NonNullable<DocumentFacts['disagreements']> = [];
  if (clean(book.number) !== clean(doc.number)) out.push('number');
  if ((book.issueDate ?? clean(book.issueDateRaw)) !== (doc.issueDate ?? clean(doc.issueDateRaw)))
    out.push('issueDate');
  if (names(book) !== names(doc)) out.push('signatories');
  if ((book.clauses ?? 0) !== (doc.clauses ?? 0)) out.push('clauses');
  return out;
}

/** Joins, in place, each document with the one workbook of the same regulation, if there is one. */
export function joinDocuments(summaries: FileSummary[]): void {
  const books = new Map<string, FileSummary[]>();
  for (const s of summaries)
    if (s.kind === 'regulation' && s.regulation && !s.document) {
      const k = key(s.regulation);
      if (k) books.set(k, [...(books.get(k) ?? []), s]);
    }
  for (let i = summaries.length - 1; i >= 0; i--) {
    const doc = summaries[i];
    if (doc.kind !== 'regulation' || !doc.regulation || !doc.document) continue;
    const matches = books.get(key(doc.regulation)) ?? [];
    // Two workbooks of one regulation: which one the document goes with is not ours to guess.
    const book = matches.length === 1 ? matches[0] : undefined;
    if (!book?.regulation || book.document) continue;
    book.document = {
      ...doc.document,
      path: doc.path,
      disagreements: disagreements(book.regulation, doc.regulation),
    };
    summaries.splice(i, 1);
  }
}
