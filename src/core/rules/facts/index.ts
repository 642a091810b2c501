// The facts rules see: one view per item of each collection, built from the facts each
// collection declares once (facts/*.ts), with the cross-row facts (counts, duplicates, known
// codes) prepared once here, so that every rule is a flat condition over one item, or one named
// function over it, and one pass finds each failing item.
import { isCollectiveParty, normaliseCapacity } from '../../capacity';
import type { DueContext } from '../../deadline';
import { address, parseRange } from '../../grid';
import { BLOCK_BY_KEY } from '../../layout';
import { replacementOf } from '../../legal/superseded-instruments';
import { replacedIn } from '../../replaced-document';
import type { Party, RegulationModel } from '../../model';
import { formatDateVi } from '../../values';
import { disseminationOf } from '../dissemination';
import { COLLECTIONS, type CollectionName } from '../types';
import type { Fact, View, ViewMaker } from './define';
import { DOCUMENT_VIEWS, documentView } from './document';
import { LIST_VIEWS, type RowsBelowSource } from './lists';
import { rowOrigin, type OriginSource } from './origin';
import { RESPONSIBILITY_VIEWS } from './responsibilities';
import { CLAUSE_VIEWS, LEGAL_BASIS_VIEWS, PARTY_VIEWS, SIGNATORY_VIEWS } from './rows';
import type { Known } from './sources';

export type { Fact, FactType, View } from './define';
export { documentView } from './document';
export { originOf, type OriginSource, type Place, type ViewOrigin } from './origin';

/** Each collection's view maker, from its declaration. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- one maker per collection, each over its own source type
const MAKERS: Record<CollectionName, ViewMaker<any>> = {
  document: DOCUMENT_VIEWS,
  legalBases: LEGAL_BASIS_VIEWS,
  parties: PARTY_VIEWS,
  signatories: SIGNATORY_VIEWS,
  clauses: CLAUSE_VIEWS,
  responsibilities: RESPONSIBILITY_VIEWS,
  ...LIST_VIEWS,
};

/** The facts each collection's views carry: the vocabulary a rule file may use. */
export const VIEW_FIELDS: Record<CollectionName, string[]> = Object.fromEntries(
  COLLECTIONS.map((c) => [c, MAKERS[c].fields]),
) as Record<CollectionName, string[]>;

/** One accessor per fact of each collection, for compiled conditions. */
export const FIELD_ACCESSORS: Record<CollectionName, Record<string, (view: View) => unknown>> = Object.fromEntries(
  COLLECTIONS.map((c) => [c, MAKERS[c].accessors]),
) as Record<CollectionName, Record<string, (view: View) => unknown>>;

/** A fact's declaration (its type, and the function that decides it, if one does). */
export function factOf(collection: CollectionName, name: string): Fact<unknown> | undefined {
  return Object.hasOwn(MAKERS[collection].facts, name) ? MAKERS[collection].facts[name] : undefined;
}

/** Facts available to every condition besides `item`. */
export const GLOBAL_FACTS = ['partyCodes', 'clauseIds', 'document'] as const;

export interface Collection {
  views: View[];
  origins: OriginSource[];
}

export interface Views {
  collections: Record<CollectionName, Collection>;
  globals: Record<(typeof GLOBAL_FACTS)[number], unknown>;
}

/** For each key in turn: the row where it first appeared, or null the first time (and for blanks). */
function duplicateTracker(): (key: string, row: number) => number | null {
  const first = new Map<string, number>();
  return (key, row) => {
    if (!key) return null;
    const seen = first.get(key);
    if (seen !== undefined) return seen;
    first.set(key, row);
    return null;
  };
}

/** How many responsibilities each party leads and supports, and how many each clause has. */
function tallies(model: RegulationModel) {
  // Small mutable records: one Map lookup per code instead of a get and a set.
  const involvement = new Map<string, { led: number; supported: number }>();
  const tally = (code: string) => {
    let t = involvement.get(code);
    if (!t) involvement.set(code, (t = { led: 0, supported: 0 }));
    return t;
  };
  const byClause = new Map<string, { n: number }>();
  for (const r of model.responsibilities) {
    if (r.lead) tally(r.lead).led++;
    const support = r.support;
    for (let i = 0; i < support.length; i++) {
      if (support.indexOf(support[i]) === i) tally(support[i]).supported++;
    }
    if (r.clauseId) {
      const t = byClause.get(r.clauseId);
      if (t) t.n++;
      else byClause.set(r.clauseId, { n: 1 });
    }
  }
  return { involvement, byClause };
}

// One small builder per collection rather than one long function: V8 compiles each on its own
// when it gets hot, instead of recompiling the whole of view building on every worker of a batch.

function legalBasisViews(model: RegulationModel, c: Collection): void {
  // The day the regulation speaks from: its issue date, else the start of its school year.
  const sy = model.document.schoolYear;
  const asOf = model.document.issueDate ?? (sy?.valid ? `${sy.start}-09-01` : null);
  for (const b of model.legalBases) {
    const r = replacementOf(b.number, asOf);
    const replaced = r ? { replacedBy: r.replacedBy, since: formatDateVi(r.since) } : null;
    c.views.push(LEGAL_BASIS_VIEWS.view({ b, replaced }));
    c.origins.push(b);
  }
}

function partyViews(
  model: RegulationModel,
  c: Collection,
  signed: Map<string, number>,
  involvement: ReturnType<typeof tallies>['involvement'],
  ctx: DueContext | undefined,
): void {
  const duplicateOf = duplicateTracker();
  const dissemination = disseminationOf(model, ctx);
  // Where to write a missing record: the Phổ biến sheet's next free row.
  const block = model.blocks.disseminations;
  const nextRecord = block ? { sheet: block.sheet, cell: `A${block.nextRow}`, row: block.nextRow } : null;
  for (const p of model.parties) {
    const d = dissemination(p.code);
    const t = involvement.get(p.code);
    c.views.push(
      PARTY_VIEWS.view({
        p,
        signatoryCount: signed.get(p.code) ?? 0,
        led: t?.led ?? 0,
        supported: t?.supported ?? 0,
        duplicateOfRow: duplicateOf(p.code, p.row),
        dissemination: d,
      }),
    );
    const at = d.record ?? (d.state === 'missing' || d.state === 'pending' ? nextRecord : null);
    if (at) {
      const origin = rowOrigin(p.sheet, p.row, p.cells);
      origin.fields.disseminationState = at;
      c.origins.push(origin);
    } else c.origins.push(p);
  }
}

function signatoryViews(model: RegulationModel, c: Collection, partyByCode: Map<string, Party>): void {
  const issueDate = model.document.issueDate;
  const documentIssueDate = model.document.fields.issueDate?.raw ?? '';
  for (const s of model.signatories) {
    const party = partyByCode.get(s.partyCode);
    const collective = party
      ? isCollectiveParty(party.code, party.name, party.kind)
      : isCollectiveParty(s.partyCode, '', '');
    const capacity = normaliseCapacity(s.capacity);
    c.views.push(SIGNATORY_VIEWS.view({ s, party, collective, capacity, issueDate, documentIssueDate }));
    c.origins.push(s);
  }
}

function clauseViews(model: RegulationModel, c: Collection, byClause: ReturnType<typeof tallies>['byClause']): void {
  const duplicateOf = duplicateTracker();
  const supersedes = model.document.fields.supersedes?.raw ?? '';
  for (const cl of model.clauses) {
    const duplicateOfRow = duplicateOf(cl.id, cl.row);
    // Read only in a clause with the word: most say nothing of replacing a document.
    const replaces = /thay/i.test(cl.text) ? replacedIn(cl.text) : null;
    const responsibilityCount = byClause.get(cl.id)?.n ?? 0;
    c.views.push(CLAUSE_VIEWS.view({ cl, duplicateOfRow, responsibilityCount, replaces, supersedes }));
    c.origins.push(cl);
  }
}

function responsibilityViews(model: RegulationModel, c: Collection, known: Known): void {
  for (const r of model.responsibilities) {
    c.views.push(RESPONSIBILITY_VIEWS.view({ r, known }));
    c.origins.push(r);
  }
}

function listViews(model: RegulationModel, c: Record<CollectionName, Collection>): void {
  for (const r of model.recipients) {
    c.recipients.views.push(LIST_VIEWS.recipients.view(r));
    c.recipients.origins.push(r);
  }
  for (const v of model.versions) {
    c.versions.views.push(LIST_VIEWS.versions.view(v));
    c.versions.origins.push(v);
  }
  for (const e of model.cellErrors) {
    c.cellErrors.views.push(LIST_VIEWS.cellErrors.view(e));
    c.cellErrors.origins.push({ place: { sheet: e.sheet, cell: e.cell, row: e.row }, fields: {} });
  }
  for (const e of model.legacyTexts) {
    c.legacyTexts.views.push(LIST_VIEWS.legacyTexts.view(e));
    c.legacyTexts.origins.push({
      place: { sheet: e.sheet, cell: e.cell || undefined, row: e.row || undefined },
      fields: {},
    });
  }
  for (const u of model.unconfirmedValues) {
    c.unconfirmedValues.views.push(LIST_VIEWS.unconfirmedValues.view(u));
    // The finding points at the cell that holds the note, where the clerk deletes the line.
    c.unconfirmedValues.origins.push({ place: { sheet: u.sheet, cell: u.cell, row: u.row }, fields: {} });
  }
  for (const key of model.missingBlocks) {
    const spec = BLOCK_BY_KEY[key];
    c.missingBlocks.views.push(LIST_VIEWS.missingBlocks.view({ sheet: spec.sheet, table: spec.table }));
    c.missingBlocks.origins.push({ place: { sheet: spec.sheet }, fields: {} });
  }
  for (const place of Object.values(model.blocks)) {
    if (!place?.belowTable) continue;
    const below = place.belowTable;
    c.rowsBelowTables.views.push(LIST_VIEWS.rowsBelowTables.view(place as RowsBelowSource));
    // The first cell of the rows, in the Table's first column.
    const cell = address(below.first, parseRange(below.tableRange)?.left ?? 1);
    c.rowsBelowTables.origins.push({ place: { sheet: place.sheet, cell, row: below.first }, fields: {} });
  }
}

/** Build every view of the model (linear in the row count); `ctx` dates what falls due. */
export function buildViews(model: RegulationModel, ctx?: DueContext): Views {
  const c = {} as Record<CollectionName, Collection>;
  for (const n of COLLECTIONS) c[n] = { views: [], origins: [] };
  const partyByCode = new Map<string, Party>();
  for (const p of model.parties) if (p.code && !partyByCode.has(p.code)) partyByCode.set(p.code, p);
  const clauseIds = new Set(model.clauses.map((cl) => cl.id).filter(Boolean));
  const signed = new Map<string, number>();
  for (const s of model.signatories) if (s.name) signed.set(s.partyCode, (signed.get(s.partyCode) ?? 0) + 1);
  const { involvement, byClause } = tallies(model);

  const doc = documentView(model, ctx);
  c.document.views.push(doc.view);
  c.document.origins.push(doc.origin);
  legalBasisViews(model, c.legalBases);
  partyViews(model, c.parties, signed, involvement, ctx);
  signatoryViews(model, c.signatories, partyByCode);
  clauseViews(model, c.clauses, byClause);
  responsibilityViews(model, c.responsibilities, { parties: partyByCode, clauses: clauseIds });
  listViews(model, c);

  return {
    collections: c,
    globals: { partyCodes: [...partyByCode.keys()], clauseIds: [...clauseIds], document: doc.view },
  };
}
