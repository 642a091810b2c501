// Next school year's regulation from this year's: what a school does every autumn when the staff
// conference re-adopts the coordination regulation. Everything that carries over is copied; the
// version chain is written as the rules want it (this document superseded by the new one); what
// only the school can know (new number, new date, signatures, a new year's plan cited as legal
// basis) is left empty or kept as it was, and listed as notes with their cells.
import { inBoth, t, UserError, type MessageKey } from './i18n';
import { BLOCK_BY_KEY, BLOCKS, DOCUMENT_FIELDS, DOCUMENT_KINDS, type DocumentFieldKey } from './layout';
import type { RegulationModel } from './model';
import type { SheetGrid } from './grid';
import { renewedVersions } from './renew-chain';
import { carriedChecks, lastYearBases, leftBehind, placeOf, type Place } from './renew-notes';
import { renewText, type RenewedText, type YearShift } from './renew-text';
import type { Finding } from './rules';
import { dateCell, type WorkbookContent } from './template/content';
import { capitalise, foldKey } from './text';
import { formatDateVi, isOnSigning, parseSchoolYear, type IsoDate, type SchoolYear } from './values';

export const RENEW_NOTE_ID = 'renew';

export interface RenewOptions {
  /** The new school year (`2026-2027`); by default the one after the document's. */
  schoolYear?: string;
  /** The new document's number, when it is already known. */
  number?: string;
  /** The new issue (signing) date, when it is already known. */
  issueDate?: IsoDate;
  /** The old workbook's sheets, to say which sheets outside the template are not carried over. */
  sheets?: SheetGrid[];
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

const quoted = (xs: string[]) => [...new Set(xs)].map((x) => `"${x}"`);

/** The calendar year a title names the regulation by ("… NĂM 2021"), when it is the old school year's. */
function ownCalendarYear(title: string, from: SchoolYear): number | null {
  const m = /(?<!\p{L})(?:năm|NĂM|Năm)\s*:?\s*((?:19|20)\d\d)(?!\d)(?!\s*[-\u2010-\u2015\u2212/]\s*\d)/u.exec(title);
  const y = m ? Number(m[1]) : NaN;
  return y === from.start || y === from.end ? y : null;
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
  const notes: Finding[] = [];
  const note = (
    key: MessageKey,
    data: Record<string, unknown>,
    at: Place,
    entity: string,
    where?: [MessageKey, Record<string, unknown>],
  ) =>
    notes.push({
      ruleId: RENEW_NOTE_ID,
      severity: 'info',
      messageId: key.replace(/^renew\.note\./, ''),
      message: where
        ? {
            vi: t('vi', key, { ...data, where: t('vi', ...where) }),
            en: t('en', key, { ...data, where: t('en', ...where) }),
          }
        : inBoth(key, data),
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

  const previous = oldNumber ? `${kind} số ${oldNumber} năm học ${from.text}` : `${kind} năm học ${from.text}`;
  const shift: YearShift = {
    from,
    to,
    oldNumber,
    oldIssueDate: d.issueDate,
    newNumber,
    newIssueDate: issueDate,
    olderNumbers: [
      ...model.versions.map((v) => v.number).filter((n) => n !== oldNumber),
      ...(raw('supersedes').match(/\d+\s*\/\s*\S+/g) ?? []),
    ],
    ownYear: ownCalendarYear(raw('title'), from),
  };
  /** Free text moved on to the new year; what it cannot decide goes on the to-do list with its cell. */
  const renewedText = (
    text: string,
    at: Place,
    entity: string,
    where: [MessageKey, Record<string, unknown>],
  ): RenewedText => {
    const r = renewText(text, shift);
    if (r.replacement) note('renew.note.replacement', { ...r.replacement, from: from.text }, at, entity, where);
    if (r.unclear.length > 0)
      note('renew.note.replacementUnclear', { what: quoted(r.unclear), previous }, at, entity, where);
    if (r.stale.length > 0)
      note('renew.note.staleText', { what: quoted(r.stale), from: from.text, to: to.text }, at, entity, where);
    if (r.ended.length > 0) note('renew.note.endsAnother', { what: quoted(r.ended), previous }, at, entity, where);
    return r;
  };
  const renewed = (...args: Parameters<typeof renewedText>): string => renewedText(...args).text;

  const document: WorkbookContent['document'] = {};
  const REWRITTEN = new Set<DocumentFieldKey>([
    'number',
    'issueDate',
    'schoolYear',
    'effectiveFrom',
    'effectiveTo',
    'supersedes',
    'decision',
  ]);
  DOCUMENT_FIELDS.forEach(({ key, label }, i) => {
    document[key] = REWRITTEN.has(key)
      ? raw(key) || null
      : renewed(raw(key), placeOf('document', 'value', i), key, ['renew.where.field', { label }]) || null;
  });
  document.schoolYear = to.text;
  document.number = newNumber || null;
  if (!newNumber) docNote('renew.note.number', 'number');
  document.issueDate = dateCell(issueDate);
  if (!issueDate) docNote('renew.note.issueDate', 'issueDate');
  // "Có hiệu lực từ ngày ký": the start follows the new signing date; otherwise both ends move by the years.
  // "Ngày ký" in words says the same of next year's document, dated or not yet: kept as written.
  const inWords = isOnSigning(raw('effectiveFrom'));
  const fromSigning = !inWords && !!d.effectiveFrom && d.effectiveFrom === d.issueDate;
  const movedFrom = fromSigning || inWords ? null : shiftYear(d.effectiveFrom, years);
  document.effectiveFrom = inWords
    ? raw('effectiveFrom')
    : fromSigning
      ? dateCell(issueDate)
      : dateCell(movedFrom, raw('effectiveFrom'));
  // A start moved by a year is a date nobody chose (the old one was often a few days after signing).
  if (fromSigning && !issueDate) docNote('renew.note.effectiveFromSigning', 'effectiveFrom');
  if (movedFrom) docNote('renew.note.effectiveFromMoved', 'effectiveFrom', { date: formatDateVi(movedFrom), years });
  document.effectiveTo = dateCell(shiftYear(d.effectiveTo, years), raw('effectiveTo'));
  document.supersedes = previous;
  if (raw('decision')) {
    document.decision = null;
    docNote('renew.note.decision', 'decision', { old: raw('decision') });
  }

  const signedOn = dateCell(issueDate);
  /** The first clause saying what this document replaces: what an import of the document reads as Thay thế văn bản. */
  let replacing = undefined as { id: string; at: Place; object: string; clear: boolean } | undefined;
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
    clauses: model.clauses.map((c, i) => {
      const at = placeOf('clauses', 'text', i);
      const r = renewedText(c.text, at, c.id, ['renew.where.clause', { id: c.id }]);
      if (r.replaces !== null) replacing ??= { id: c.id, at, object: r.replaces, clear: r.unclear.length === 0 };
      return { id: c.id, chapter: c.chapter, article: c.article, paragraph: c.paragraph, text: r.text };
    }),
    responsibilities: model.responsibilities.map((r, i) => {
      const cell = (column: string, text: string) =>
        renewed(text, placeOf('responsibilities', column, i), String(i + 2), [
          'renew.where.cell',
          { column: BLOCK_BY_KEY.responsibilities.columns.find((c) => c.key === column)!.header, row: i + 2 },
        ]);
      return {
        no: r.no || null,
        clauseId: r.clauseId,
        task: cell('task', r.task),
        lead: r.lead,
        support: r.supportRaw,
        cadence: r.cadenceRaw,
        months: cell('months', r.monthsRaw),
        evidence: cell('evidence', r.evidence),
        note: cell('note', r.note),
      };
    }),
    recipients: model.recipients.map((r) => ({ recipient: r.recipient, purpose: r.purpose })),
    versions: [],
  };
  // A clause of the school's saying what the document replaces, made to name the previous version,
  // is the document's statement of it: Thay thế văn bản says it in the clause's words, so the
  // exported document says it once, in the clause (the exporter writes no closing sentence of its
  // own for what the body already says, and the import reads the clause back as the same value).
  const key = (s: string) => foldKey(s).replace(/\s+/g, '');
  const namesPrevious = (s: string) =>
    (!!oldNumber && key(s).includes(key(oldNumber))) || key(s).includes(`${from.start}-${from.end}`);
  if (replacing?.clear && replacing.object && namesPrevious(replacing.object)) {
    const value = capitalise(replacing.object);
    document.supersedes = value;
    docNote('renew.note.supersedesAsClause', 'supersedes', {
      id: replacing.id,
      sheet: replacing.at.sheet,
      cell: replacing.at.cell,
      value,
    });
  }
  if (model.signatories.length > 0 && !issueDate)
    note(
      'renew.note.signatures',
      { count: model.signatories.length },
      placeOf('signatories', 'signedOn', 0),
      'signedOn',
    );
  // A basis of last year (the school's year plan, the office's guidance letter) is a document of its own.
  for (const n of lastYearBases(model, from)) note(n.key, n.data, n.at, n.entity);
  // Columns, labels and sheets a school added outside the template are not part of the contract: said left behind.
  for (const n of leftBehind(model, options.sheets ?? [])) note(n.key, n.data, n.at, n.entity);

  // The version chain: this document superseded by the new one, which is the one in force.
  const versions = renewedVersions(model, { from, to, oldNumber, newNumber, newName, issueDate });
  blocks.versions = versions;
  if (!newNumber)
    note('renew.note.versionNumber', { year: to.text }, placeOf('versions', 'number', versions.length - 1), to.text);

  // Phổ biến is what the parties did with last year's document: the new one starts the sheet empty.
  if (model.disseminations.length > 0)
    note(
      'renew.note.disseminations',
      { count: model.disseminations.length, year: to.text },
      { sheet: BLOCK_BY_KEY.disseminations.sheet, cell: 'A2', row: 2 },
      BLOCK_BY_KEY.disseminations.sheet,
    );

  const content: WorkbookContent = {
    document,
    blocks,
    notes: carriedChecks(model, REWRITTEN),
    title: (document.title as string | null) || undefined,
  };
  // In the order of the workbook's sheets, then by row, as a clerk goes through the file.
  const sheetOrder = (sheet: string) => {
    const i = BLOCKS.findIndex((b) => b.sheet === sheet);
    return i < 0 ? BLOCKS.length : i;
  };
  notes.sort((a, b) => sheetOrder(a.sheet ?? '') - sheetOrder(b.sheet ?? '') || (a.row ?? 0) - (b.row ?? 0));
  return { content, kind, from, to, notes };
}
