// A regulation model → the plain-data spec of its tracking workbook (contract.ts): the title
// block, one row per responsibility with its due months, the per-party summary, the monthly
// agenda, the notes on anything the month plan could not take as written, and the provenance.
// No exceljs here: the writer (src/xlsx/write-tracking.ts) turns this into cells.
import { inBoth, UserError, type MessageKey } from '../i18n';
import type { RegulationModel, Responsibility } from '../model';
import type { Finding, Severity } from '../rules';
import { foldKey } from '../text';
import { localToday } from '../deadline';
import { formatDateVi, parseSchoolYear, schoolYearOf, type IsoDate, type SchoolYear } from '../values';
import {
  DEFAULT_CALENDAR,
  everyMonth,
  planMonths,
  type PlanNote,
  type SchoolCalendar,
} from '../tracking-book/calendar';
import { SCHOOL_YEAR_MONTHS, monthLabel, type TrackingProvenance } from '../tracking-book/contract';
import { LABELS } from './labels';
import { contentHash } from './provenance';

export interface TrackingMonth {
  /** Calendar month 1–12. */
  month: number;
  /** Calendar year of that month in this school year. */
  year: number;
  /** `T9` … `T8`, the column header. */
  label: string;
  /** Last day of the month, ISO; a due mark still open after it is overdue. */
  end: string;
}

export interface TrackingRow {
  no: string;
  clauseId: string;
  task: string;
  lead: string;
  /** Supporting party codes, joined by ", ". */
  support: string;
  /** The cadence as the workbook shows it (normalised, or the raw text when unknown). */
  cadence: string;
  /** Bit i set = due in months[i] (i = 0 for T9 … 11 for T8). */
  dueMask: number;
  dueCount: number;
  evidence: string;
  note: string;
  /** Row on the source Phân công sheet. */
  sourceRow: number;
}

export interface PartySummary {
  code: string;
  name: string;
  /** False for a code used in Phân công but missing from Các bên. */
  declared: boolean;
  led: number;
  supported: number;
  /** Occurrences due in the tasks the party leads. */
  due: number;
}

export interface TrackingSpec {
  schoolYear: SchoolYear;
  months: TrackingMonth[];
  header: {
    managingAuthority: string;
    school: string;
    kind: string;
    number: string;
    issueDate: string;
    place: string;
    /** Lines above the principal's signature (`KT. HIỆU TRƯỞNG`, `PHÓ HIỆU TRƯỞNG`). */
    principalHeading: string[];
    principalName: string;
  };
  rows: TrackingRow[];
  parties: PartySummary[];
  agenda: {
    /** Rows due in every month of the plan (listed once on Lịch). */
    every: number[];
    everyMonths: number[];
    /** Per month index (0 = T9), the other rows due then. */
    byMonth: number[][];
  };
  /** What the plan could not take as written: findings a CLI prints and a pane lists. */
  notes: Finding[];
  provenance: TrackingProvenance;
  calendarName: string;
}

export interface TrackingOptions {
  calendar?: SchoolCalendar;
  /** `phoihop 0.1.0`, the pane's version … */
  generator: string;
  /** The school year to track when the document covers a period (`2025-2026`). */
  schoolYear?: string;
  /** Today, for the year a refusal suggests when the workbook names none (default: the local date). */
  today?: IsoDate;
}

/** The `--year` to suggest: a year the workbook's own text names, else the school year of today. */
function suggestedYear(model: RegulationModel, today: IsoDate): string {
  const d = model.document;
  const named = /(?:^|\D)((?:19|20)\d\d)(?!\d)/.exec(d.fields.schoolYear?.raw ?? '');
  const date = /(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)/.exec(d.fields.issueDate?.raw ?? '');
  const start = named
    ? Number(named[1])
    : date
      ? schoolYearOf(`${date[3]}-${date[2].padStart(2, '0')}-01`)
      : schoolYearOf(today);
  return `${start}-${start + 1}`;
}

export const isDue = (row: TrackingRow, monthIndex: number) => (row.dueMask & (1 << monthIndex)) !== 0;

/** The rule id under which the month plan's notes are reported. */
export const PLAN_RULE_ID = 'track-month-plan';

function finding(
  severity: Severity,
  key: MessageKey,
  messageId: string,
  data: Record<string, unknown>,
  sheet: string,
  cell: string | null,
  row: number | null,
  entity: string,
): Finding {
  return {
    ruleId: PLAN_RULE_ID,
    severity,
    messageId,
    message: inBoth(key, data),
    sheet,
    cell,
    row,
    entity,
  };
}

function chooseSchoolYear(
  model: RegulationModel,
  wanted: string | undefined,
  notes: Finding[],
  today: IsoDate,
): SchoolYear {
  const d = model.document;
  const field = d.fields.schoolYear;
  const sheet = field?.sheet ?? d.sheet;
  const cell = field?.cell ?? null;
  const declared = d.schoolYear;
  if (wanted !== undefined) {
    const sy = parseSchoolYear(wanted);
    if (!sy || sy.kind !== 'year' || !sy.valid)
      throw new UserError('track.badYear', { value: wanted, year: suggestedYear(model, today) });
    if (declared?.valid && declared.kind === 'year' && declared.start !== sy.start) {
      throw new UserError('track.yearMismatch', { value: sy.text, declared: declared.text });
    }
    if (declared?.valid && declared.kind === 'period' && (sy.start < declared.start || sy.end > declared.end)) {
      throw new UserError('track.yearOutsidePeriod', { value: sy.text, declared: declared.text });
    }
    return sy;
  }
  if (declared?.valid && declared.kind === 'year') return declared;
  const dated = d.effectiveFrom ?? d.issueDate;
  if (declared?.valid && declared.kind === 'period') {
    let start = dated ? schoolYearOf(dated) : declared.start;
    if (start < declared.start || start >= declared.end) start = declared.start;
    const sy = parseSchoolYear(`${start}-${start + 1}`)!;
    notes.push(
      finding(
        'warning',
        'track.note.periodYear',
        'periodYear',
        { period: declared.text, year: sy.text },
        sheet,
        cell,
        field?.row ?? null,
        'Năm học',
      ),
    );
    return sy;
  }
  if (dated) {
    const start = schoolYearOf(dated);
    const sy = parseSchoolYear(`${start}-${start + 1}`)!;
    notes.push(
      finding(
        'warning',
        'track.note.yearFromDate',
        'yearFromDate',
        { raw: field?.raw ?? '', year: sy.text },
        sheet,
        cell,
        field?.row ?? null,
        'Năm học',
      ),
    );
    return sy;
  }
  throw new UserError('track.noSchoolYear', { raw: field?.raw ?? '', year: suggestedYear(model, today) });
}

function monthsOf(sy: SchoolYear): TrackingMonth[] {
  return SCHOOL_YEAR_MONTHS.map((month) => {
    const year = month >= 9 ? sy.start : sy.start + 1;
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return {
      month,
      year,
      label: monthLabel(month),
      end: `${year}-${String(month).padStart(2, '0')}-${String(last).padStart(2, '0')}`,
    };
  });
}

const MONTH_INDEX = new Map<number, number>(SCHOOL_YEAR_MONTHS.map((m, i) => [m, i]));

function noteFinding(note: PlanNote, r: Responsibility): Finding {
  const cell = r.cells[note.field] ?? r.cells.cadence ?? null;
  return finding(
    'warning',
    `track.note.${note.kind}`,
    note.kind,
    { ...note.data, row: r.row },
    r.sheet,
    cell,
    r.row,
    String(r.row),
  );
}

function schoolParty(model: RegulationModel) {
  return (
    model.parties.find((p) => p.code === 'NT') ??
    model.parties.find((p) => foldKey(p.kind) === foldKey('Chính quyền')) ??
    model.parties[0]
  );
}

const upper = (s: string) => s.toLocaleUpperCase('vi');

/** Build the tracking workbook's spec. Throws UserError only when no school year can be found. */
export function buildTrackingSpec(model: RegulationModel, options: TrackingOptions): TrackingSpec {
  const calendar = options.calendar ?? DEFAULT_CALENDAR;
  const notes: Finding[] = [];
  const schoolYear = chooseSchoolYear(model, options.schoolYear, notes, options.today ?? localToday());
  const months = monthsOf(schoolYear);
  const every = everyMonth(calendar);
  const everyMask = every.reduce((mask, m) => mask | (1 << MONTH_INDEX.get(m)!), 0);

  const rows: TrackingRow[] = [];
  const agenda: TrackingSpec['agenda'] = { every: [], everyMonths: every, byMonth: months.map(() => []) };
  model.responsibilities.forEach((r, index) => {
    const plan = planMonths(r.cadence, r.months, calendar, r.cadenceRaw);
    for (const note of plan.notes) notes.push(noteFinding(note, r));
    let dueMask = 0;
    for (const m of plan.months) dueMask |= 1 << MONTH_INDEX.get(m)!;
    const row: TrackingRow = {
      no: r.no || String(index + 1),
      clauseId: r.clauseId,
      task: r.task,
      lead: r.lead,
      support: r.support.length > 0 ? r.support.join(', ') : r.supportRaw,
      cadence: r.cadence.value ?? r.cadenceRaw,
      dueMask,
      dueCount: plan.months.length,
      evidence: r.evidence,
      note: r.note,
      sourceRow: r.row,
    };
    rows.push(row);
    const recurring =
      plan.cadence !== null && calendar.cadences[plan.cadence].months === 'every' && plan.source === 'default';
    if (recurring && dueMask === everyMask) agenda.every.push(index);
    else for (const m of plan.months) agenda.byMonth[MONTH_INDEX.get(m)!].push(index);
  });

  // Per party: declared parties in order, then codes used but never declared (so totals add up).
  const parties: PartySummary[] = [];
  const byCode = new Map<string, PartySummary>();
  const party = (code: string, name: string, declared: boolean) => {
    let p = byCode.get(code);
    if (!p) {
      p = { code, name, declared, led: 0, supported: 0, due: 0 };
      byCode.set(code, p);
      parties.push(p);
    }
    return p;
  };
  for (const p of model.parties) if (p.code) party(p.code, p.name, true);
  for (const r of rows) {
    if (r.lead) {
      const p = party(r.lead, '', false);
      p.led++;
      p.due += r.dueCount;
    }
  }
  model.responsibilities.forEach((r) => {
    const seen = new Set<string>();
    for (const code of r.support) {
      if (seen.has(code)) continue;
      seen.add(code);
      party(code, '', false).supported++;
    }
  });

  const d = model.document;
  const raw = (k: keyof typeof d.fields) => d.fields[k]?.raw ?? '';
  const school = schoolParty(model);
  const signer = school ? model.signatories.find((s) => s.partyCode === school.code && s.name) : undefined;
  const title = signer?.title ? upper(signer.title) : LABELS.principal;
  const principalHeading = signer?.capacity ? [`${signer.capacity} ${LABELS.principal}`, title] : [title];
  const issuer = raw('issuer') || school?.name || '';

  const provenance: TrackingProvenance = {
    sourceNumber: raw('number'),
    schoolYear: schoolYear.text,
    sourceHash: contentHash(model),
    generator: options.generator,
    school: issuer,
    managingAuthority: raw('managingAuthority'),
    calendar: calendar.name,
  };

  return {
    schoolYear,
    months,
    header: {
      managingAuthority: upper(raw('managingAuthority')),
      school: upper(issuer),
      kind: raw('kind') || LABELS.defaultKind,
      number: raw('number'),
      issueDate: d.issueDate ? formatDateVi(d.issueDate) : raw('issueDate'),
      place: raw('place'),
      principalHeading,
      principalName: signer?.name ?? '',
    },
    rows,
    parties,
    agenda,
    notes,
    provenance,
    calendarName: calendar.name,
  };
}
