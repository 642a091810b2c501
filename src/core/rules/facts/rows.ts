// The facts of the rows of Căn cứ, Các bên, Chữ ký and Điều khoản, with the cross-row facts
// (counts, duplicates, dissemination) each collection prepares once for all its rows.
import type { LegalBasis, Party, Clause } from '../../model';
import type { PartyDissemination } from '../dissemination';
import { capacityProblem, clauseReplacementProblem, partyProblem, signedOnProblem } from '../functions';
import { decidedBy, viewMaker, type Facts } from './define';
import type { SignatorySource } from './sources';

export interface LegalBasisSource {
  b: LegalBasis;
  replaced: { replacedBy: string; since: string } | null;
}

export const LEGAL_BASIS_FACTS: Facts<LegalBasisSource> = {
  row: { type: 'number', of: ({ b }) => b.row },
  no: { type: 'text', of: ({ b }) => b.no },
  type: { type: 'text', of: ({ b }) => b.type },
  number: { type: 'text', of: ({ b }) => b.number },
  date: { type: 'text', of: ({ b }) => b.dateRaw },
  dateIso: { type: 'date', of: ({ b }) => b.date },
  issuer: { type: 'text', of: ({ b }) => b.issuer },
  summary: { type: 'text', of: ({ b }) => b.summary },
  missingField: {
    type: { oneOf: ['number', 'date'] },
    of: ({ b }) => (!b.number ? 'number' : !b.date ? 'date' : null),
  },
  replacedBy: { type: 'text', of: ({ replaced }) => replaced?.replacedBy ?? null },
  replacedSince: { type: 'text', of: ({ replaced }) => replaced?.since ?? null },
};

export interface PartySource {
  p: Party;
  signatoryCount: number;
  led: number;
  supported: number;
  duplicateOfRow: number | null;
  dissemination: PartyDissemination;
}

export const PARTY_FACTS: Facts<PartySource> = {
  row: { type: 'number', of: ({ p }) => p.row },
  code: { type: 'text', of: ({ p }) => p.code },
  name: { type: 'text', of: ({ p }) => p.name },
  kind: { type: 'text', of: ({ p }) => p.kind },
  role: { type: 'text', of: ({ p }) => p.role },
  signs: { type: 'yes/no', of: ({ p }) => p.signs },
  note: { type: 'text', of: ({ p }) => p.note },
  signatoryCount: { type: 'number', of: (s) => s.signatoryCount },
  ledCount: { type: 'number', of: (s) => s.led },
  supportedCount: { type: 'number', of: (s) => s.supported },
  responsibilityCount: { type: 'number', of: (s) => s.led + s.supported },
  duplicateOfRow: { type: 'number', of: (s) => s.duplicateOfRow },
  // A record with no date at all says so, rather than quoting an empty date as unreadable.
  disseminationState: {
    type: { oneOf: ['ok', 'late', 'undated', 'missing', 'pending', 'dateMissing'] },
    of: ({ dissemination: d }) => (d.state === 'undated' && !d.recordedOn.trim() ? 'dateMissing' : d.state),
  },
  disseminatedOn: { type: 'text', of: ({ dissemination: d }) => d.recordedOn },
  disseminationDue: { type: 'text', of: ({ dissemination: d }) => d.due },
  disseminationDays: { type: 'number', of: ({ dissemination: d }) => d.days },
};

export const SIGNATORY_FACTS: Facts<SignatorySource> = {
  row: { type: 'number', of: ({ s }) => s.row },
  partyCode: { type: 'text', of: ({ s }) => s.partyCode },
  partyName: { type: 'text', of: ({ party }) => party?.name ?? '' },
  name: { type: 'text', of: ({ s }) => s.name },
  title: { type: 'text', of: ({ s }) => s.title },
  capacity: { type: 'text', of: ({ s }) => s.capacity },
  capacityNormalized: { type: 'text', of: (s) => s.capacity },
  capacityProblem: decidedBy(capacityProblem),
  partyKnown: { type: 'yes/no', of: ({ party }) => !!party },
  partyProblem: decidedBy(partyProblem),
  partyCollective: { type: 'yes/no', of: (s) => s.collective },
  signedOn: { type: 'date', of: ({ s }) => s.signedOn },
  signedOnRaw: { type: 'text', of: ({ s }) => s.signedOnRaw },
  signedOnProblem: decidedBy(signedOnProblem),
  documentIssueDate: { type: 'text', of: (s) => s.documentIssueDate },
};

export interface ClauseSource {
  cl: Clause;
  duplicateOfRow: number | null;
  responsibilityCount: number;
  /** What the clause says the document replaces (replaced-document.ts), or null. */
  replaces: string | null;
  /** The document's Thay thế văn bản, as written. */
  supersedes: string;
}

export const CLAUSE_FACTS: Facts<ClauseSource> = {
  row: { type: 'number', of: ({ cl }) => cl.row },
  id: { type: 'text', of: ({ cl }) => cl.id },
  chapter: { type: 'text', of: ({ cl }) => cl.chapter },
  article: { type: 'text', of: ({ cl }) => cl.article },
  paragraph: { type: 'text', of: ({ cl }) => cl.paragraph },
  text: { type: 'text', of: ({ cl }) => cl.text },
  duplicateOfRow: { type: 'number', of: (s) => s.duplicateOfRow },
  responsibilityCount: { type: 'number', of: (s) => s.responsibilityCount },
  sheet: { type: 'text', of: ({ cl }) => cl.sheet },
  textCell: { type: 'text', of: ({ cl }) => cl.cells.text ?? null },
  replaces: { type: 'text', of: (s) => s.replaces },
  supersedes: { type: 'text', of: (s) => s.supersedes },
  clauseReplacementProblem: decidedBy(clauseReplacementProblem),
};

export const LEGAL_BASIS_VIEWS = viewMaker(LEGAL_BASIS_FACTS, 'eager');
export const PARTY_VIEWS = viewMaker(PARTY_FACTS, 'eager');
export const SIGNATORY_VIEWS = viewMaker(SIGNATORY_FACTS, 'eager');
export const CLAUSE_VIEWS = viewMaker(CLAUSE_FACTS, 'eager');
