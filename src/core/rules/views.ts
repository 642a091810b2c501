// The facts rules see: one plain "view" per item of each collection, with the raw fields and the
// cross-row facts computed once here in code (counts, duplicates, known codes), so that every
// rule is a flat condition over one item and one pass finds each failing item.
import { type BlockKey, BLOCK_BY_KEY, DOCUMENT_FIELDS, type DocumentFieldKey } from '../layout';
import { address, parseRange } from '../grid';
import type { RegulationModel } from '../model';
import { clean, foldKey, stripMarks } from '../text';
import { formatDateVi, parseSchoolYear, SCHOOL_YEARS } from '../values';
import { replacementOf } from '../legal/superseded-instruments';
import { daysBetween, dueState, reviewDue, type DueContext } from '../deadline';
import { disseminationOf } from './dissemination';
import { COLLECTIONS, type CollectionName } from './types';
import { isCollectiveParty, normaliseCapacity } from '../capacity';

export interface Place {
  sheet: string;
  cell?: string;
  row?: number;
}

/** Where a view came from; not visible to conditions (the runner strips nothing, rules just don't know it). */
export interface ViewOrigin {
  /** Default place for findings on this item. */
  place: Place;
  /** Field → place of its cell. */
  fields: Record<string, Place>;
}

export type View = Record<string, unknown> & { row: number | null };

/** A row entity stands for its own origin; the field map is only built when a finding needs it. */
export type OriginSource = ViewOrigin | { sheet: string; row: number; cells: Record<string, string> };

export interface Collection {
  views: View[];
  origins: OriginSource[];
}

export function originOf(source: OriginSource): ViewOrigin {
  return 'place' in source ? source : rowOrigin(source.sheet, source.row, source.cells);
}

export { COLLECTIONS, type CollectionName };

/** The fields each collection's views carry: the vocabulary a rule file may use. */
export const VIEW_FIELDS: Record<CollectionName, string[]> = {
  document: [
    'row',
    ...DOCUMENT_FIELDS.map((f) => f.key),
    'numberBare',
    'numberProblem',
    'numberTypeCode',
    'titleProblem',
    'kindTypeCode',
    'kindMatchesNumber',
    'issueDateIso',
    'issueDateProblem',
    'schoolYearStart',
    'schoolYearKind',
    'schoolYearProblem',
    'reviewCadenceNormalized',
    'reviewCadenceProblem',
    'reviewDue',
    'reviewDueIso',
    'reviewDueState',
    'reviewDaysLeft',
    'reviewDaysLate',
    'warnDays',
    'supersedesIsNone',
    'supersedesProblem',
    'supersededVersionProblem',
    'earlierVersionCount',
    'recipientLines',
    'recipientCount',
    'versionCount',
  ],
  legalBases: [
    'row',
    'no',
    'type',
    'number',
    'date',
    'dateIso',
    'issuer',
    'summary',
    'missingField',
    'replacedBy',
    'replacedSince',
  ],
  parties: [
    'row',
    'code',
    'name',
    'kind',
    'role',
    'signs',
    'note',
    'signatoryCount',
    'ledCount',
    'supportedCount',
    'responsibilityCount',
    'duplicateOfRow',
    'disseminationState',
    'disseminatedOn',
    'disseminationDue',
    'disseminationDays',
  ],
  signatories: [
    'row',
    'partyCode',
    'partyName',
    'name',
    'title',
    'capacity',
    'capacityNormalized',
    'capacityProblem',
    'partyKnown',
    'partyProblem',
    'partyCollective',
    'signedOn',
    'signedOnRaw',
    'signedOnProblem',
    'documentIssueDate',
  ],
  clauses: ['row', 'id', 'chapter', 'article', 'paragraph', 'text', 'duplicateOfRow', 'responsibilityCount'],
  responsibilities: [
    'row',
    'no',
    'clauseId',
    'clauseKnown',
    'clauseProblem',
    'task',
    'lead',
    'leadKnown',
    'leadProblem',
    'support',
    'unknownSupport',
    'cadence',
    'cadenceNormalized',
    'cadenceProblem',
    'cadenceCompound',
    'cadenceParts',
    'months',
    'monthsInvalid',
    'evidence',
    'note',
  ],
  recipients: ['row', 'recipient', 'purpose'],
  versions: ['row', 'number', 'schoolYear', 'issuedOn', 'status', 'supersededBy'],
  cellErrors: ['row', 'error', 'column', 'cell'],
  legacyTexts: ['row', 'kind', 'cell', 'column', 'text', 'reading', 'encoding'],
  unconfirmedValues: ['row', 'kind', 'variant', 'sheet', 'cell', 'label', 'value', 'what'],
  missingBlocks: ['row', 'sheet', 'table'],
  rowsBelowTables: ['row', 'sheet', 'table', 'rows', 'first', 'last', 'tableRange', 'extendedRange'],
};

/** Facts available to every condition besides `item`. */
export const GLOBAL_FACTS = ['partyCodes', 'clauseIds', 'document'] as const;

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

function numberBare(raw: string): string {
  return clean(raw)
    .replace(/^s[ốo]\s*:?\s*/iu, '')
    .replace(/\s*\/\s*/g, '/')
    .trim();
}

/** No number at all, or a symbol whose figure is still to be given ("Số:   /QCPH-MNHM", as a draft leaves it). */
function numberProblem(bare: string): 'missing' | 'noFigure' | null {
  if (!bare) return 'missing';
  return /\d/.test(bare) ? null : 'noFigure';
}

const yearKey = (s: string) => foldKey(s).replace(/\s+/g, '');

/** Does `text` name a version, by number or by school year? */
function namesVersion(text: string, number: string, schoolYear: string): boolean {
  const t = yearKey(text);
  if (!t) return false;
  const n = yearKey(numberBare(number));
  if (n && t.includes(n)) return true;
  const sy = parseSchoolYear(schoolYear);
  return !!sy && t.includes(`${sy.start}-${sy.end}`);
}

const SAYS_NONE = new Set(['khong', 'không', 'khong co', 'không có', 'none', '-', 'lan dau', 'lần đầu']);

const NO_CODES: string[] = [];

/**
 * A responsibility row as rules see it. The hot collection (thousands of rows), so its facts are
 * getters over the model row instead of copies: building a view costs one small object.
 */
class ResponsibilityView {
  constructor(
    private readonly r: RegulationModel['responsibilities'][number],
    private readonly known: { parties: Map<string, unknown>; clauses: Set<string> },
  ) {}
  get row() {
    return this.r.row;
  }
  get no() {
    return this.r.no;
  }
  get clauseId() {
    return this.r.clauseId;
  }
  get clauseKnown() {
    return !this.r.clauseId || this.known.clauses.has(this.r.clauseId);
  }
  get clauseProblem() {
    return !this.r.clauseId ? 'missing' : this.known.clauses.has(this.r.clauseId) ? null : 'unknown';
  }
  get task() {
    return this.r.task;
  }
  get lead() {
    return this.r.lead;
  }
  get leadKnown() {
    return this.known.parties.has(this.r.lead);
  }
  get leadProblem() {
    return !this.r.lead ? 'missing' : this.known.parties.has(this.r.lead) ? null : 'unknown';
  }
  get support() {
    return this.r.support;
  }
  get unknownSupport() {
    const { support } = this.r;
    for (const code of support)
      if (!this.known.parties.has(code)) return support.filter((x) => !this.known.parties.has(x));
    return NO_CODES;
  }
  get cadence() {
    return this.r.cadenceRaw;
  }
  get cadenceNormalized() {
    return this.r.cadence.value;
  }
  get cadenceProblem() {
    return !this.r.cadenceRaw ? 'missing' : !this.r.cadence.value ? 'unknown' : null;
  }
  get cadenceCompound() {
    return this.r.cadence.compound;
  }
  get cadenceParts() {
    return this.r.cadence.parts;
  }
  get months() {
    return this.r.months.months;
  }
  get monthsInvalid() {
    return this.r.months.invalid;
  }
  get evidence() {
    return this.r.evidence;
  }
  get note() {
    return this.r.note;
  }
}

/**
 * One accessor per field of the hot collection. A generic `view[key]` read is megamorphic once
 * many rules share it; a function per field keeps each read monomorphic, as in a hand loop.
 */
export const FIELD_ACCESSORS: Partial<Record<CollectionName, Record<string, (view: View) => unknown>>> = {
  responsibilities: {
    row: (v) => (v as unknown as ResponsibilityView).row,
    no: (v) => (v as unknown as ResponsibilityView).no,
    clauseId: (v) => (v as unknown as ResponsibilityView).clauseId,
    clauseKnown: (v) => (v as unknown as ResponsibilityView).clauseKnown,
    clauseProblem: (v) => (v as unknown as ResponsibilityView).clauseProblem,
    task: (v) => (v as unknown as ResponsibilityView).task,
    lead: (v) => (v as unknown as ResponsibilityView).lead,
    leadKnown: (v) => (v as unknown as ResponsibilityView).leadKnown,
    leadProblem: (v) => (v as unknown as ResponsibilityView).leadProblem,
    support: (v) => (v as unknown as ResponsibilityView).support,
    unknownSupport: (v) => (v as unknown as ResponsibilityView).unknownSupport,
    cadence: (v) => (v as unknown as ResponsibilityView).cadence,
    cadenceNormalized: (v) => (v as unknown as ResponsibilityView).cadenceNormalized,
    cadenceProblem: (v) => (v as unknown as ResponsibilityView).cadenceProblem,
    cadenceCompound: (v) => (v as unknown as ResponsibilityView).cadenceCompound,
    cadenceParts: (v) => (v as unknown as ResponsibilityView).cadenceParts,
    months: (v) => (v as unknown as ResponsibilityView).months,
    monthsInvalid: (v) => (v as unknown as ResponsibilityView).monthsInvalid,
    evidence: (v) => (v as unknown as ResponsibilityView).evidence,
    note: (v) => (v as unknown as ResponsibilityView).note,
  },
};

export interface Views {
  collections: Record<CollectionName, Collection>;
  globals: Record<(typeof GLOBAL_FACTS)[number], unknown>;
}

function blank(): Collection {
  return { views: [], origins: [] };
}

function rowOrigin(sheet: string, row: number, cells: Record<string, string>): ViewOrigin {
  const fields: Record<string, Place> = {};
  for (const [k, cell] of Object.entries(cells)) fields[k] = { sheet, cell, row };
  const first = Object.values(cells)[0];
  return { place: { sheet, cell: first, row }, fields };
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

interface Supersession {
  supersedesIsNone: boolean;
  supersedesProblem: string | null;
  supersededVersionProblem: string | null;
  earlierVersionCount: number;
  /** Where a finding about the superseded version points: its row, or the end of Phiên bản. */
  supersededVersionPlace: Place | 'versionsEnd' | null;
}

/**
 * How this document stands in the chain of versions: which earlier ones there are, whether
 * "Thay thế" names one, and whether that one is marked and points back. Kept apart from the
 * rest of the document view so the engine's compiled code for each stays small.
 */
function supersessionOf(
  model: RegulationModel,
  number: string,
  supersedes: string,
  schoolYearRaw: string,
): Supersession {
  const d = model.document;
  const sy = d.schoolYear;
  const versions = model.versions;
  const supersedesIsNone = SAYS_NONE.has(foldKey(supersedes));
  // This document in Phiên bản: same number, else same school year.
  const self =
    versions.find((v) => number && yearKey(numberBare(v.number)) === yearKey(numberBare(number))) ??
    versions.find((v) => sy && v.schoolYear && v.schoolYear.start === sy.start && v.schoolYear.end === sy.end);
  const earlier = versions.filter((v) => {
    if (v === self) return false;
    if (sy && v.schoolYear) return v.schoolYear.start < sy.start;
    if (d.issueDate && v.issuedOn) return v.issuedOn < d.issueDate;
    return !!v.number || !!v.schoolYearRaw;
  });
  let supersedesProblem: string | null = null;
  if (!supersedes) supersedesProblem = 'missing';
  else if (earlier.length > 0 && supersedesIsNone) supersedesProblem = 'saysNone';
  else if (earlier.length > 0 && !earlier.some((v) => namesVersion(supersedes, v.number, v.schoolYearRaw)))
    supersedesProblem = 'notNamed';

  let supersededVersionProblem: string | null = null;
  let supersededVersionPlace: Supersession['supersededVersionPlace'] = null;
  if (supersedes && !supersedesIsNone) {
    const named = versions.filter((v) => v !== self && namesVersion(supersedes, v.number, v.schoolYearRaw));
    if (named.length === 0) {
      supersededVersionProblem = 'missing';
      supersededVersionPlace = 'versionsEnd';
    } else {
      const v = named[0];
      if (foldKey(v.status) !== foldKey('Đã bị thay thế')) supersededVersionProblem = 'notMarked';
      else if (
        !v.supersededBy ||
        !(
          namesVersion(v.supersededBy, number, schoolYearRaw) ||
          (number && yearKey(v.supersededBy).includes(yearKey(numberBare(number))))
        )
      )
        supersededVersionProblem = 'noBackReference';
      supersededVersionPlace =
        supersededVersionProblem === 'noBackReference'
          ? { sheet: v.sheet, cell: v.cells.supersededBy, row: v.row }
          : { sheet: v.sheet, cell: v.cells.status ?? v.cells.number, row: v.row };
    }
  }
  return {
    supersedesIsNone,
    supersedesProblem,
    supersededVersionProblem,
    earlierVersionCount: earlier.length,
    supersededVersionPlace,
  };
}

/** The review's due date and, given a date to judge from, its state (null facts without one). */
function reviewFacts(model: RegulationModel, ctx: DueContext | undefined) {
  const due = reviewDue(model.document);
  const state = due && ctx ? dueState(due.date, ctx.asOf, ctx.warnDays) : null;
  const left = due && ctx ? daysBetween(ctx.asOf, due.date) : null;
  return {
    reviewDue: due ? formatDateVi(due.date) : null,
    reviewDueIso: due?.date ?? null,
    reviewDueState: state,
    reviewDaysLeft: left !== null && left >= 0 ? left : null,
    reviewDaysLate: left !== null && left < 0 ? -left : null,
    warnDays: ctx?.warnDays ?? null,
  };
}

/**
 * The document's view and where each of its fields sits (also what the batch report reads of a
 * regulation). `ctx` dates the review's state; without it the state facts are null.
 */
export function documentView(model: RegulationModel, ctx?: DueContext): { view: View; origin: ViewOrigin } {
  const d = model.document;
  const f = (k: DocumentFieldKey) => d.fields[k]?.raw ?? '';
  const docFields: Record<string, Place> = {};
  const missingPlace: Place = { sheet: d.sheet, cell: `A${d.nextRow}`, row: d.nextRow };
  for (const { key } of DOCUMENT_FIELDS) {
    const field = d.fields[key];
    docFields[key] = field?.cell ? { sheet: field.sheet, cell: field.cell, row: field.row } : missingPlace;
  }
  const blockEnd = (key: BlockKey): Place => {
    const place = model.blocks[key];
    const sheet = place?.sheet ?? BLOCK_BY_KEY[key].sheet;
    const row = place?.nextRow ?? 2;
    return { sheet, cell: `A${row}`, row };
  };
  docFields.recipientLines = blockEnd('recipients');
  docFields.versions = blockEnd('versions');

  const sy = d.schoolYear;
  let issueDateProblem: string | null = null;
  if (!f('issueDate')) issueDateProblem = 'missing';
  else if (!d.issueDate) issueDateProblem = 'unreadable';
  else if (sy && sy.valid) {
    // "inside or just before": from 1 January of the first year to the end of the last school year.
    const from = `${sy.start}-01-01`;
    const to = `${sy.end}-08-31`;
    if (d.issueDate < from || d.issueDate > to) issueDateProblem = 'outsideSchoolYear';
  }
  let schoolYearProblem: string | null = null;
  if (!f('schoolYear')) schoolYearProblem = 'missing';
  else if (!sy) schoolYearProblem = 'format';
  else if (sy.start < SCHOOL_YEARS.first || sy.end > SCHOOL_YEARS.last) schoolYearProblem = 'outOfRange';
  else if (!sy.valid) schoolYearProblem = sy.kind === 'year' ? 'notConsecutive' : 'format';

  const number = f('number');
  const chain = supersessionOf(model, number, f('supersedes'), f('schoolYear'));
  if (chain.supersededVersionPlace === 'versionsEnd') docFields.supersededVersion = docFields.versions;
  else if (chain.supersededVersionPlace) docFields.supersededVersion = chain.supersededVersionPlace;

  let reviewCadenceProblem: string | null = null;
  if (!f('reviewCadence')) reviewCadenceProblem = 'missing';
  else if (!d.reviewCadence.value) reviewCadenceProblem = 'unknown';

  // The regulation is made again every year: its title tells the versions apart by the year.
  let titleProblem: string | null = null;
  if (!f('title')) titleProblem = 'missing';
  else if (sy?.valid && !new RegExp(`${sy.start}\\s*[-\u2010-\u2015\u2212/]\\s*${sy.end}`).test(f('title')))
    titleProblem = 'noSchoolYear';
  const bare = numberBare(number);
  const typeCode = numberTypeCode(bare);
  const kindCode = kindTypeCode(f('kind'));
  const docView: View = {
    row: d.fields.kind?.row ?? null,
    ...Object.fromEntries(DOCUMENT_FIELDS.map(({ key }) => [key, f(key)])),
    numberBare: bare,
    numberProblem: numberProblem(bare),
    numberTypeCode: typeCode,
    titleProblem,
    kindTypeCode: kindCode,
    // Unknown when either side gives no code: other rules speak of a malformed number.
    kindMatchesNumber: typeCode && kindCode ? typeCode.startsWith(kindCode) : null,
    issueDateIso: d.issueDate,
    issueDateProblem,
    schoolYearStart: sy?.start ?? null,
    schoolYearKind: sy?.kind ?? null,
    schoolYearProblem,
    reviewCadenceNormalized: d.reviewCadence.value,
    reviewCadenceProblem,
    ...reviewFacts(model, ctx),
    supersedesIsNone: chain.supersedesIsNone,
    supersedesProblem: chain.supersedesProblem,
    supersededVersionProblem: chain.supersededVersionProblem,
    earlierVersionCount: chain.earlierVersionCount,
    recipientLines: model.recipients.map((r) => r.recipient),
    recipientCount: model.recipients.length,
    versionCount: model.versions.length,
  };
  return {
    view: docView,
    origin: { place: { sheet: d.sheet, cell: docFields.kind.cell, row: docFields.kind.row }, fields: docFields },
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
// when it gets hot, instead of recompiling the whole of view building (100-180 ms a time) on
// every worker of a batch.

function legalBasisViews(model: RegulationModel, c: Collection): void {
  // The day the regulation speaks from: its issue date, else the start of its school year.
  const sy = model.document.schoolYear;
  const asOf = model.document.issueDate ?? (sy?.valid ? `${sy.start}-09-01` : null);
  for (const b of model.legalBases) {
    const replaced = replacementOf(b.number, asOf);
    c.views.push({
      row: b.row,
      no: b.no,
      type: b.type,
      number: b.number,
      date: b.dateRaw,
      dateIso: b.date,
      issuer: b.issuer,
      summary: b.summary,
      missingField: !b.number ? 'number' : !b.date ? 'date' : null,
      replacedBy: replaced?.replacedBy ?? null,
      replacedSince: replaced ? formatDateVi(replaced.since) : null,
    });
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
    const led = t?.led ?? 0;
    const supported = t?.supported ?? 0;
    c.views.push({
      row: p.row,
      code: p.code,
      name: p.name,
      kind: p.kind,
      role: p.role,
      signs: p.signs,
      note: p.note,
      signatoryCount: signed.get(p.code) ?? 0,
      ledCount: led,
      supportedCount: supported,
      responsibilityCount: led + supported,
      duplicateOfRow: duplicateOf(p.code, p.row),
      // A record with no date at all says so, rather than quoting an empty date as unreadable.
      disseminationState: d.state === 'undated' && !d.recordedOn.trim() ? 'dateMissing' : d.state,
      disseminatedOn: d.recordedOn,
      disseminationDue: d.due,
      disseminationDays: d.days,
    });
    const at = d.record ?? (d.state === 'missing' || d.state === 'pending' ? nextRecord : null);
    if (at) {
      const origin = rowOrigin(p.sheet, p.row, p.cells);
      origin.fields.disseminationState = at;
      c.origins.push(origin);
    } else c.origins.push(p);
  }
}

/**
 * Signatures of a joint document are gathered over days, and its issue date is the day of the
 * last one (Decree 30/2020); a signature weeks earlier is usually last year's block copied over.
 */
export const SIGNING_WINDOW_DAYS = 30;
const DAY_MS = 86_400_000;

function signedOnProblem(
  signedOnRaw: string,
  signedOn: string | null,
  issueDate: string | null,
): 'unreadable' | 'afterIssue' | 'longBeforeIssue' | null {
  if (!signedOnRaw) return null;
  if (!signedOn) return 'unreadable';
  if (!issueDate) return null;
  if (signedOn > issueDate) return 'afterIssue';
  return Date.parse(issueDate) - Date.parse(signedOn) > SIGNING_WINDOW_DAYS * DAY_MS ? 'longBeforeIssue' : null;
}

function signatoryViews(
  model: RegulationModel,
  c: Collection,
  partyByCode: Map<string, RegulationModel['parties'][number]>,
): void {
  const issueDate = model.document.issueDate;
  const documentIssueDate = model.document.fields.issueDate?.raw ?? '';
  for (const s of model.signatories) {
    const party = partyByCode.get(s.partyCode);
    const collective = party
      ? isCollectiveParty(party.code, party.name, party.kind)
      : isCollectiveParty(s.partyCode, '', '');
    const capacity = normaliseCapacity(s.capacity);
    const capacityProblem = !s.name
      ? null
      : collective && capacity !== 'TM.'
        ? capacity === ''
          ? 'collectiveCapacityMissing'
          : 'collectiveWithoutTM'
        : !collective && capacity === 'TM.'
          ? 'individualWithTM'
          : null;
    c.views.push({
      row: s.row,
      partyCode: s.partyCode,
      partyName: party?.name ?? '',
      name: s.name,
      title: s.title,
      capacity: s.capacity,
      capacityNormalized: capacity,
      capacityProblem,
      partyKnown: !!party,
      // A blank code is a missing entry, not an undeclared party.
      partyProblem: party ? null : s.partyCode ? 'default' : 'partyCodeMissing',
      partyCollective: collective,
      signedOn: s.signedOn,
      signedOnRaw: s.signedOnRaw,
      signedOnProblem: signedOnProblem(s.signedOnRaw, s.signedOn, issueDate),
      documentIssueDate,
    });
    c.origins.push(s);
  }
}

function clauseViews(model: RegulationModel, c: Collection, byClause: ReturnType<typeof tallies>['byClause']): void {
  const duplicateOf = duplicateTracker();
  for (const cl of model.clauses) {
    c.views.push({
      row: cl.row,
      id: cl.id,
      chapter: cl.chapter,
      article: cl.article,
      paragraph: cl.paragraph,
      text: cl.text,
      duplicateOfRow: duplicateOf(cl.id, cl.row),
      responsibilityCount: byClause.get(cl.id)?.n ?? 0,
    });
    c.origins.push(cl);
  }
}

function responsibilityViews(
  model: RegulationModel,
  c: Collection,
  known: { parties: Map<string, unknown>; clauses: Set<string> },
): void {
  for (const r of model.responsibilities) {
    c.views.push(new ResponsibilityView(r, known) as unknown as View);
    c.origins.push(r);
  }
}

function listViews(model: RegulationModel, c: Record<CollectionName, Collection>): void {
  for (const r of model.recipients) {
    c.recipients.views.push({ row: r.row, recipient: r.recipient, purpose: r.purpose });
    c.recipients.origins.push(r);
  }
  for (const v of model.versions) {
    c.versions.views.push({
      row: v.row,
      number: v.number,
      schoolYear: v.schoolYearRaw,
      issuedOn: v.issuedOn,
      status: v.status,
      supersededBy: v.supersededBy,
    });
    c.versions.origins.push(v);
  }
  for (const e of model.cellErrors) {
    c.cellErrors.views.push({ row: e.row, error: e.error, column: e.column, cell: e.cell });
    c.cellErrors.origins.push({ place: { sheet: e.sheet, cell: e.cell, row: e.row }, fields: {} });
  }
  for (const e of model.legacyTexts) {
    c.legacyTexts.views.push({
      row: e.row || null,
      kind: e.kind,
      cell: e.cell,
      column: e.column,
      text: e.text,
      reading: e.reading,
      encoding: e.encoding,
    });
    c.legacyTexts.origins.push({
      place: { sheet: e.sheet, cell: e.cell || undefined, row: e.row || undefined },
      fields: {},
    });
  }
  for (const u of model.unconfirmedValues) {
    c.unconfirmedValues.views.push({
      row: u.row,
      kind: u.kind,
      // A marker with nothing after it still marks a guess; its message just cannot say what to check.
      variant: u.what ? u.kind : `${u.kind}Bare`,
      sheet: u.sheet,
      cell: u.cell,
      label: u.label,
      value: u.value,
      what: u.what,
    });
    // The finding points at the cell that holds the note, where the clerk deletes the line.
    c.unconfirmedValues.origins.push({ place: { sheet: u.sheet, cell: u.cell, row: u.row }, fields: {} });
  }
  for (const key of model.missingBlocks) {
    const spec = BLOCK_BY_KEY[key];
    c.missingBlocks.views.push({ row: null, sheet: spec.sheet, table: spec.table });
    c.missingBlocks.origins.push({ place: { sheet: spec.sheet }, fields: {} });
  }
  for (const place of Object.values(model.blocks)) {
    const below = place?.belowTable;
    if (!below) continue;
    c.rowsBelowTables.views.push({
      row: below.first,
      sheet: place.sheet,
      table: below.table,
      rows: below.first === below.last ? String(below.first) : `${below.first}–${below.last}`,
      first: below.first,
      last: below.last,
      tableRange: below.tableRange,
      extendedRange: below.extendedRange,
    });
    // The first cell of the rows, in the Table's first column.
    const cell = address(below.first, parseRange(below.tableRange)?.left ?? 1);
    c.rowsBelowTables.origins.push({
      place: { sheet: place.sheet, cell, row: below.first },
      fields: {},
    });
  }
}

/** Build every view of the model (linear in the row count); `ctx` dates what falls due. */
export function buildViews(model: RegulationModel, ctx?: DueContext): Views {
  const c = Object.fromEntries(COLLECTIONS.map((n) => [n, blank()])) as Record<CollectionName, Collection>;
  const partyByCode = new Map<string, RegulationModel['parties'][number]>();
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
    globals: {
      partyCodes: [...partyByCode.keys()],
      clauseIds: [...clauseIds],
      document: doc.view,
    },
  };
}
