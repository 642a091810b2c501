// How the workbook's own words are reused inside the document's sentences: in the case the
// workbook writes them (a title typed in capitals in sentence case, names with their capitals).
import type { RegulationModel } from '../model';
import { clean } from '../text';
import { caseVocabulary, inSentence, type CaseVocabulary } from '../vietnamese/case';

const vocabularies = new WeakMap<RegulationModel, CaseVocabulary>();

/** The words the workbook writes with capitals: its names, and its text in ordinary case. */
export function vocabularyOf(model: RegulationModel): CaseVocabulary {
  let v = vocabularies.get(model);
  if (v) return v;
  const f = model.document.fields;
  const names = [
    ...model.parties.map((p) => p.name),
    ...model.signatories.map((s) => s.name),
    f.issuer?.raw,
    f.managingAuthority?.raw,
    f.place?.raw,
  ];
  const sentences = [
    f.title?.raw,
    f.supersedes?.raw,
    f.adoptedAt?.raw,
    f.decision?.raw,
    f.reviewForm?.raw,
    ...model.signatories.map((s) => s.title),
    ...model.legalBases.flatMap((b) => [b.issuer, b.summary]),
    ...model.recipients.map((r) => r.recipient),
    ...model.clauses.map((c) => c.text),
    ...model.responsibilities.map((r) => r.task),
  ];
  v = caseVocabulary({
    names: names.map(clean).filter(Boolean),
    sentences: sentences.map(clean).filter(Boolean),
  });
  vocabularies.set(model, v);
  return v;
}

/** A value of the workbook inside a sentence ("… thay thế quy chế năm học 2023-2024"). */
export const wordsOf = (model: RegulationModel) => (s: string) => inSentence(s, vocabularyOf(model));
