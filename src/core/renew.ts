// Next school year's regulation from this year's: what a school does every autumn when the staff
// conference re-adopts the coordination regulation. Everything that carries over is copied; the
// version chain is written as the rules want it (this document superseded by the new one); what
// only the school can know (new number, new date, signatures, a new year's plan cited as legal
// basis) is left empty or kept as it was, and listed as notes with their cells.
import { inBoth, UserError, type MessageKey } from './i18n';
import { address } from './grid';
import {
  BLOCK_BY_KEY,
  DOCUMENT_FIELDS,
  DOCUMENT_KINDS,
  VERSION_STATUSES,
  type BlockKey,
  type DocumentFieldKey,
} from './layout';
import type { RegulationModel } from './model';
import type { Finding } from './rules/types';
import { dateCell, type ContentRow, type WorkbookContent } from './template/content';
import { stripMarks } from './text';
import { parseSchoolYear, type IsoDate, type SchoolYear } from './values';

export const RENEW_NOTE_ID = 'renew';

export interface RenewOptions {
  /** The new school year (`2026-2027`); by default the one after the document's. */
  schoolYear?: string;
  /** The new document's number, when it is already known. */
  number?: string;
  /** The new issue (signing) date, when it is already known. */
  issueDate?: IsoDate;
}

export interface RenewResult {
  content: WorkbookContent;
  /** The kind of document renewed (Loại văn bản), a regulation when the workbook leaves it empty. */
  kind: string;
  from: SchoolYear;
  to: SchoolYear;
  /** What the school still has to fill in or look at, each with its sheet and cell in the new workbook. */
  notes: Finding[];
}

const [IN_FORCE, SUPERSEDED] = VERSION_STATUSES;

/** Where a value lands in the workbook the template writes: headers on row 1, rows from 2, document fields in order. */
function placeOf(block: BlockKey, column: string, index: number): { sheet: string; cell: string; row: number } {
  const spec = BLOCK_BY_KEY[block];
  const row = index + 2;
  return {
    sheet: spec.sheet,
    row,
    cell: address(row, Math.max(1, spec.columns.findIndex((c) => c.key === column) + 1)),
  };
}

/** Instruments that stay in force from year to year; a plan or a guidance letter is the year's own. */
const STANDING_INSTRUMENT = /^(luat|nghi dinh|nghi quyet|thong tu|phap lenh|hien phap|dieu le)/;

/** "2025-2026", "2025 - 2026", "2025–2026" all become the new year, keeping how they were written. */
function yearReplacer(from: SchoolYear, to: SchoolYear): (text: string) => string {
  const pattern = new RegExp(`\\b${from.start}(\\s*[-\\u2010-\\u2015\\u2212/]\\s*)${from.end}\\b`, 'g');
  return (text) => text.replace(pattern, (_m, sep: string) => `${to.start}${sep}${to.end}`);
}

function shiftYear(iso: IsoDate | null, years: number): IsoDate | null {
  if (!iso) return null;
  const [y, m, d] = iso.split('-').map(Number);
  // 29 February has no twin in the next year: the day before is the last day of the month too.
  const day = m === 2 && d === 29 ? 28 : d;
  return `${String(y + years).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function renewRegulation(model: RegulationModel, options: RenewOptions = {}): RenewResult {
  const d = model.document;
  const raw = (key: DocumentFieldKey) => d.fields[key]?.raw ?? '';
  const from = d.schoolYear;
  if (!from || !from.valid || from.kind !== 'year')
    throw new UserError('renew.noSchoolYear', { value: raw('schoolYear') || '—' });
  let to: SchoolYear;
  if (options.schoolYear !== undefined) {
    const wanted = parseSchoolYear(options.schoolYear);
    if (!wanted || !wanted.valid || wanted.kind !== 'year' || wanted.start <= from.start) {
      throw new UserError('renew.badYear', { value: options.schoolYear, current: from.text });
    }
    to = wanted;
  } else {
    to = parseSchoolYear(`${from.start + 1}-${from.end + 1}`)!;
  }
  const years = to.start - from.start;
  const renewYear = yearReplacer(from, to);
  const notes: Finding[] = [];
  const note = (
    key: MessageKey,
    data: Record<string, unknown>,
    at: { sheet: string; cell: string; row: number },
    entity: string,
  ) =>
    notes.push({
      ruleId: RENEW_NOTE_ID,
      severity: 'info',
      messageId: key.replace(/^renew\.note\./, ''),
      message: inBoth(key, data),
      ...at,
      entity,
    });
  const docNote = (key: MessageKey, field: DocumentFieldKey, data: Record<string, unknown> = {}) =>
    note(
      key,
      data,
      placeOf(
        'document',
        'value',
        DOCUMENT_FIELDS.findIndex((f) => f.key === field),
      ),
      field,
    );

  const kind = raw('kind') || DOCUMENT_KINDS[0];
  const oldNumber = raw('number');
  const newNumber = options.number?.trim() ?? '';
  const issueDate = options.issueDate ?? null;
  // By title and school year when the number is not known yet: the rules accept either.
  const newName = newNumber || `${kind} năm học ${to.text}`;

  const document: WorkbookContent['document'] = {};
  for (const { key } of DOCUMENT_FIELDS) document[key] = renewYear(raw(key)) || null;
  document.schoolYear = to.text;
  document.number = newNumber || null;
  if (!newNumber) docNote('renew.note.number', 'number');
  document.issueDate = dateCell(issueDate);
  if (!issueDate) docNote('renew.note.issueDate', 'issueDate');
  // "Có hiệu lực từ ngày ký": the start follows the new signing date; otherwise both ends move by the years.
  const fromSigning = !!d.effectiveFrom && d.effectiveFrom === d.issueDate;
  document.effectiveFrom = fromSigning
    ? dateCell(issueDate)
    : dateCell(shiftYear(d.effectiveFrom, years), raw('effectiveFrom'));
  document.effectiveTo = dateCell(shiftYear(d.effectiveTo, years), raw('effectiveTo'));
  document.supersedes = oldNumber ? `${kind} số ${oldNumber} năm học ${from.text}` : `${kind} năm học ${from.text}`;
  if (raw('decision')) {
    document.decision = null;
    docNote('renew.note.decision', 'decision', { old: raw('decision') });
  }

  const signedOn = dateCell(issueDate);
  const blocks: WorkbookContent['blocks'] = {
    legalBases: model.legalBases.map((b) => ({
      no: b.no || null,
      type: b.type,
      number: b.number,
      date: dateCell(b.date, b.dateRaw),
      issuer: b.issuer,
      summary: b.summary,
    })),
    parties: model.parties.map((p) => ({ code: p.code, name: p.name, kind: p.kind, role: p.role, note: p.note })),
    signatories: model.signatories.map((s) => ({
      partyCode: s.partyCode,
      name: s.name,
      title: s.title,
      capacity: s.capacity,
      signedOn,
    })),
    clauses: model.clauses.map((c) => ({
      id: c.id,
      chapter: c.chapter,
      article: c.article,
      paragraph: c.paragraph,
      text: renewYear(c.text),
    })),
    responsibilities: model.responsibilities.map((r) => ({
      no: r.no || null,
      clauseId: r.clauseId,
      task: renewYear(r.task),
      lead: r.lead,
      support: r.supportRaw,
      cadence: r.cadenceRaw,
      months: r.monthsRaw,
      evidence: renewYear(r.evidence),
      note: renewYear(r.note),
    })),
    recipients: model.recipients.map((r) => ({ recipient: r.recipient, purpose: r.purpose })),
    versions: [],
  };
  if (model.signatories.length > 0 && !issueDate)
    note(
      'renew.note.signatures',
      { count: model.signatories.length },
      placeOf('signatories', 'signedOn', 0),
      'signedOn',
    );
  // A basis of last year (the school's year plan, the office's guidance letter) is a document of its own: only the school knows the new one.
  model.legalBases.forEach((b, i) => {
    const namesYear = renewYear(`${b.number} ${b.summary}`) !== `${b.number} ${b.summary}`;
    const ofThatYear =
      !!b.date &&
      b.date >= `${from.start}-08-01` &&
      !STANDING_INSTRUMENT.test(stripMarks(`${b.type} ${b.summary}`).toLowerCase().trim());
    if (namesYear || ofThatYear)
      note(
        'renew.note.basis',
        { row: i + 2, summary: b.summary || b.number, year: from.text },
        placeOf('legalBases', 'no', i),
        String(i + 2),
      );
  });

  // Columns and rows a school added outside the template are not part of the contract: say which were left behind.
  const extraCols = new Map<string, Set<string>>();
  for (const rows of [
    model.legalBases,
    model.parties,
    model.signatories,
    model.clauses,
    model.responsibilities,
    model.recipients,
    model.versions,
  ]) {
    for (const r of rows as Array<{ sheet: string; extra?: Record<string, string> }>) {
      for (const header of Object.keys(r.extra ?? {}))
        (extraCols.get(r.sheet) ?? extraCols.set(r.sheet, new Set()).get(r.sheet)!).add(header);
    }
  }
  const extraLabels = Object.keys(d.extra);
  if (extraLabels.length > 0)
    note(
      'renew.note.leftBehind',
      { sheet: d.sheet, what: extraLabels.map((l) => `"${l}"`) },
      placeOf('document', 'label', DOCUMENT_FIELDS.length),
      d.sheet,
    );
  for (const [sheet, headers] of extraCols)
    note(
      'renew.note.leftBehind',
      { sheet, what: [...headers].map((h) => `"${h}"`) },
      { sheet, cell: 'A1', row: 1 },
      sheet,
    );

  // The version chain: this document superseded by the new one, which is the one in force.
  const isThis = (number: string, schoolYear: string) =>
    oldNumber ? number === oldNumber : parseSchoolYear(schoolYear)?.text === from.text;
  const versions: ContentRow[] = [];
  let found = false;
  for (const v of model.versions) {
    if (isThis(v.number, v.schoolYearRaw)) {
      found = true;
      versions.push({
        number: v.number,
        schoolYear: v.schoolYearRaw,
        issuedOn: dateCell(v.issuedOn, v.issuedOnRaw),
        status: SUPERSEDED,
        supersededBy: newName,
      });
    } else {
      versions.push({
        number: v.number,
        schoolYear: v.schoolYearRaw,
        issuedOn: dateCell(v.issuedOn, v.issuedOnRaw),
        status: v.status,
        supersededBy: v.supersededBy,
      });
    }
  }
  if (!found)
    versions.push({
      number: oldNumber,
      schoolYear: from.text,
      issuedOn: dateCell(d.issueDate, raw('issueDate')),
      status: SUPERSEDED,
      supersededBy: newName,
    });
  versions.push({
    number: newNumber || null,
    schoolYear: to.text,
    issuedOn: dateCell(issueDate),
    status: IN_FORCE,
    supersededBy: null,
  });
  blocks.versions = versions;
  if (!newNumber)
    note('renew.note.versionNumber', { year: to.text }, placeOf('versions', 'number', versions.length - 1), to.text);

  const content: WorkbookContent = { document, blocks, title: renewYear(raw('title')) || undefined };
  return { content, kind, from, to, notes };
}
