// The content hash that ties a tracking workbook to its source: the regulation's values, block by
// block in row order, without sheet positions, so a copy with reordered columns, no Tables or
// NFD text hashes the same, and any change of a value changes it.
import { DOCUMENT_FIELDS } from '../layout';
import type { RegulationModel } from '../model';
import { sha256Hex } from '../sha256';

/** The canonical text of a regulation's content (what the hash covers). */
export function sourceContent(model: RegulationModel): string {
  const d = model.document;
  return JSON.stringify({
    v: 1,
    document: DOCUMENT_FIELDS.map((f) => d.fields[f.key]?.raw ?? ''),
    extra: Object.entries(d.extra).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    legalBases: model.legalBases.map((x) => [x.no, x.type, x.number, x.dateRaw, x.issuer, x.summary]),
    parties: model.parties.map((x) => [x.code, x.name, x.kind, x.note]),
    signatories: model.signatories.map((x) => [x.partyCode, x.name, x.title, x.capacity, x.signedOnRaw]),
    clauses: model.clauses.map((x) => [x.id, x.chapter, x.article, x.paragraph, x.text]),
    responsibilities: model.responsibilities.map((x) => [
      x.no,
      x.clauseId,
      x.task,
      x.lead,
      x.supportRaw,
      x.cadenceRaw,
      x.monthsRaw,
      x.evidence,
      x.note,
    ]),
    recipients: model.recipients.map((x) => [x.recipient, x.purpose]),
    versions: model.versions.map((x) => [x.number, x.schoolYearRaw, x.issuedOnRaw, x.status, x.supersededBy]),
  });
}

/** Hex SHA-256 of the regulation's content. */
export function contentHash(model: RegulationModel): string {
  return sha256Hex(sourceContent(model));
}
