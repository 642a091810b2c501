// The document's facts (one item: the heading on the Văn bản sheet, its dates, its versions).
import { daysBetween, dueState, reviewDue, type DueContext } from '../../deadline';
import { BLOCK_BY_KEY, DOCUMENT_FIELDS, type BlockKey, type DocumentFieldKey } from '../../layout';
import type { RegulationModel } from '../../model';
import { clean, stripMarks } from '../../text';
import { formatDateVi } from '../../values';
import {
  issueDateProblem,
  numberProblem,
  reviewCadenceProblem,
  schoolYearProblem,
  supersededVersionProblem,
  supersedesProblem,
  titleProblem,
} from '../functions';
import { decidedBy, viewMaker, type Facts, type View } from './define';
import type { Place, ViewOrigin } from './origin';
import type { DocumentSource } from './sources';
import { numberBare, versionChain } from './version-chain';

/** The type code of a number: QCPH in 474/QCPH-MNHS-CT, KH in 05-KH/CB. */
function numberTypeCode(bare: string): string | null {
  const m = /^\d+\/(?:\d{4}\/)?([A-ZĐ]+)/.exec(bare) ?? /^\d+\s*-\s*([A-ZĐ]+)\s*\//.exec(bare);
  return m ? m[1] : null;
}

/** The code a kind of document is abbreviated to (Decree 30/2020, Appendix III); null for kinds not listed. */
function kindTypeCode(kind: string): string | null {
  const k = stripMarks(clean(kind)).toLowerCase();
  if (k.startsWith('quy che')) return 'QC';
  if (k.startsWith('ke hoach')) return 'KH';
  return null;
}

const headingFacts: Facts<DocumentSource> = Object.fromEntries(
  DOCUMENT_FIELDS.map(({ key }) => [key, { type: 'text', of: (s: DocumentSource) => s.f(key) }]),
);

export const DOCUMENT_FACTS: Facts<DocumentSource> = {
  row: { type: 'number', of: (s) => s.model.document.fields.kind?.row ?? null },
  ...headingFacts,
  numberBare: { type: 'text', of: (s) => s.numberBare },
  numberProblem: decidedBy(numberProblem),
  numberTypeCode: { type: 'text', of: (s) => numberTypeCode(s.numberBare) },
  titleProblem: decidedBy(titleProblem),
  kindTypeCode: { type: 'text', of: (s) => kindTypeCode(s.f('kind')) },
  // Unknown when either side gives no code: other rules speak of a malformed number.
  kindMatchesNumber: {
    type: 'yes/no',
    of: (s) => {
      const typeCode = numberTypeCode(s.numberBare);
      const kindCode = kindTypeCode(s.f('kind'));
      return typeCode && kindCode ? typeCode.startsWith(kindCode) : null;
    },
  },
  issueDateIso: { type: 'date', of: (s) => s.model.document.issueDate },
  issueDateProblem: decidedBy(issueDateProblem),
  schoolYearStart: { type: 'number', of: (s) => s.model.document.schoolYear?.start ?? null },
  schoolYearKind: { type: 'text', of: (s) => s.model.document.schoolYear?.kind ?? null },
  schoolYearProblem: decidedBy(schoolYearProblem),
  reviewCadenceNormalized: { type: 'text', of: (s) => s.model.document.reviewCadence.value },
  reviewCadenceProblem: decidedBy(reviewCadenceProblem),
  reviewDue: { type: 'text', of: (s) => (s.review.due ? formatDateVi(s.review.due) : null) },
  reviewDueIso: { type: 'date', of: (s) => s.review.due },
  reviewDueState: { type: { oneOf: ['ok', 'dueSoon', 'overdue'] }, of: (s) => s.review.state },
  reviewDaysLeft: {
    type: 'number',
    of: (s) => (s.review.daysLeft !== null && s.review.daysLeft >= 0 ? s.review.daysLeft : null),
  },
  reviewDaysLate: {
    type: 'number',
    of: (s) => (s.review.daysLeft !== null && s.review.daysLeft < 0 ? -s.review.daysLeft : null),
  },
  warnDays: { type: 'number', of: (s) => s.ctx?.warnDays ?? null },
  supersedesIsNone: { type: 'yes/no', of: (s) => s.chain.supersedesIsNone },
  supersedesProblem: decidedBy(supersedesProblem),
  supersededVersionProblem: decidedBy(supersededVersionProblem),
  earlierVersionCount: { type: 'number', of: (s) => s.chain.earlier.length },
  recipientLines: { type: 'list', of: (s) => s.model.recipients.map((r) => r.recipient) },
  recipientCount: { type: 'number', of: (s) => s.model.recipients.length },
  versionCount: { type: 'number', of: (s) => s.model.versions.length },
};

export const DOCUMENT_VIEWS = viewMaker(DOCUMENT_FACTS, 'eager');

export function documentSource(model: RegulationModel, ctx?: DueContext): DocumentSource {
  const d = model.document;
  const f = (k: DocumentFieldKey) => d.fields[k]?.raw ?? '';
  const number = f('number');
  const due = reviewDue(d);
  return {
    model,
    ctx,
    f,
    numberBare: numberBare(number),
    chain: versionChain(model, number, f('supersedes'), f('schoolYear')),
    review: {
      due: due?.date ?? null,
      state: due && ctx ? dueState(due.date, ctx.asOf, ctx.warnDays) : null,
      daysLeft: due && ctx ? daysBetween(ctx.asOf, due.date) : null,
    },
  };
}

/** Where each of the document's facts points a finding. */
function documentOrigin(source: DocumentSource): ViewOrigin {
  const { model } = source;
  const d = model.document;
  const fields: Record<string, Place> = {};
  const missingPlace: Place = { sheet: d.sheet, cell: `A${d.nextRow}`, row: d.nextRow };
  for (const { key } of DOCUMENT_FIELDS) {
    const field = d.fields[key];
    fields[key] = field?.cell ? { sheet: field.sheet, cell: field.cell, row: field.row } : missingPlace;
  }
  const blockEnd = (key: BlockKey): Place => {
    const place = model.blocks[key];
    const sheet = place?.sheet ?? BLOCK_BY_KEY[key].sheet;
    const row = place?.nextRow ?? 2;
    return { sheet, cell: `A${row}`, row };
  };
  fields.recipientLines = blockEnd('recipients');
  fields.versions = blockEnd('versions');
  // The superseded version's row, or the end of Phiên bản when it is not there.
  const problem = supersededVersionProblem.decide(source);
  const v = source.chain.named[0];
  if (problem === 'missing') fields.supersededVersion = fields.versions;
  else if (v && source.chain.supersedes && !source.chain.supersedesIsNone)
    fields.supersededVersion =
      problem === 'noBackReference'
        ? { sheet: v.sheet, cell: v.cells.supersededBy, row: v.row }
        : { sheet: v.sheet, cell: v.cells.status ?? v.cells.number, row: v.row };
  return { place: { sheet: d.sheet, cell: fields.kind.cell, row: fields.kind.row }, fields };
}

/**
 * The document's view and where each of its fields sits (also what the batch report reads of a
 * regulation). `ctx` dates the review's state; without it the state facts are null.
 */
export function documentView(model: RegulationModel, ctx?: DueContext): { view: View; origin: ViewOrigin } {
  const source = documentSource(model, ctx);
  return { view: DOCUMENT_VIEWS.view(source), origin: documentOrigin(source) };
}
