// The báo cáo sơ kết học kỳ I / tổng kết năm học on the regulation's execution: from a filled
// tracking workbook, per party (the tasks it leads) and in total the task months due, done,
// missed and overdue by the as-of date within the period (the counting of tracking-book/counting.ts),
// the tasks not done with their months, the next period's tasks; from the regulation workbook
// when it is given, the dissemination record, the review status and the signatories.
import { dueState, reviewDue, type DueState, type ReviewBasis } from '../deadline';
import type { SheetGrid } from '../grid';
import type { RegulationModel } from '../model';
import { cellText } from '../read-workbook';
import { disseminationOf, type DisseminationState } from '../rules';
import { STANDARD_PARTIES } from '../layout';
import { clean, foldKey } from '../text';
import type { TrackingData } from '../tracking-book/read-tracking';
import type { SchoolCalendar } from '../tracking-book/calendar';
import { monthLabel, TRACKING_SHEETS } from '../tracking-book/contract';
import {
  completionRate,
  countState,
  emptyProgress,
  monthsAfter,
  occurrenceState,
  periodMonths,
  type Progress,
  type ReportPeriod,
} from '../tracking-book/counting';
import type { IsoDate } from '../values';

/** One party's (or the total's) figures for the period as of the date. */
export interface Figures {
  due: number;
  done: number;
  missed: number;
  overdue: number;
  /** done ÷ due, or null when nothing is due. */
  rate: number | null;
}

export interface PartyFigures extends Figures {
  code: string;
  name: string;
  /** Tasks the party leads (whatever falls in the period). */
  tasks: number;
}

export interface LateMonth {
  month: number;
  label: string;
  state: 'missed' | 'overdue';
  /** The month cell on Theo dõi. */
  cell: string;
}

export interface TaskLine {
  row: number;
  no: string;
  task: string;
  lead: string;
}

export interface UndoneTask extends TaskLine {
  months: LateMonth[];
}

export interface NextTask extends TaskLine {
  months: number[];
}

export interface PartyDisseminationLine {
  code: string;
  name: string;
  state: DisseminationState | null;
  /** dd/mm/yyyy of the first record, or what was written. */
  recordedOn: string;
}

export interface ReviewStatus {
  /** The next review's date, or null when the regulation gives nothing to reckon it from. */
  due: IsoDate | null;
  basis: ReviewBasis | null;
  state: DueState | null;
  cadence: string;
  form: string;
}

export interface ExecutionReport {
  period: ReportPeriod;
  asOf: IsoDate;
  schoolYear: string;
  schoolYearStart: number;
  /** Calendar months of the period, in school-year order. */
  months: number[];
  school: string;
  managingAuthority: string;
  /** Loại văn bản of the regulation tracked ("Quy chế phối hợp"). */
  kind: string;
  sourceNumber: string;
  parties: PartyFigures[];
  total: Figures;
  undone: UndoneTask[];
  /** The tasks due in the rest of the school year after the period (none after the year). */
  next: NextTask[];
  /** Null without the regulation workbook. */
  dissemination: { recorded: boolean; due: IsoDate | null; parties: PartyDisseminationLine[] } | null;
  review: ReviewStatus | null;
}

export interface ReportOptions {
  period: ReportPeriod;
  asOf: IsoDate;
  calendar: Pick<SchoolCalendar, 'firstSemester'>;
  /** The regulation the tracking workbook was made from: signing parties, Phổ biến, review. */
  regulation?: RegulationModel;
  /** Days after the issue date for each signing party's dissemination record. */
  disseminationDays?: number;
}

/** The parties of the Tổng hợp sheet (Mã bên, Tên bên), in its order; undeclared ones marked. */
export function summaryParties(grids: SheetGrid[]): Array<{ code: string; name: string; declared: boolean }> {
  const sheet = grids.find((g) => foldKey(g.name) === foldKey(TRACKING_SHEETS.summary));
  const out: Array<{ code: string; name: string; declared: boolean }> = [];
  if (!sheet) return out;
  let codeCol = -1;
  let nameCol = -1;
  for (const row of sheet.rows) {
    if (!row) continue;
    if (codeCol < 0 || nameCol < 0) {
      codeCol = row.findIndex((v) => foldKey(cellText(v ?? undefined)) === foldKey('Mã bên'));
      nameCol = row.findIndex((v) => foldKey(cellText(v ?? undefined)) === foldKey('Tên bên'));
      continue;
    }
    const code = cellText(row[codeCol] ?? undefined).trim();
    if (!code) break;
    const name = cellText(row[nameCol] ?? undefined).trim();
    const declared = !/\(chưa khai báo ở Các bên\)$/.test(name);
    out.push({ code, name: declared ? name : name.replace(/\s*\(chưa khai báo ở Các bên\)$/, ''), declared });
  }
  return out;
}

/** "SỔ THEO DÕI THỰC HIỆN QUY CHẾ PHỐI HỢP NĂM HỌC …" on Theo dõi → "Quy chế phối hợp". */
export function trackedKind(grids: SheetGrid[]): string {
  const sheet = grids.find((g) => foldKey(g.name) === foldKey(TRACKING_SHEETS.tracking));
  for (const row of sheet?.rows.slice(0, 6) ?? []) {
    for (const v of row ?? []) {
      const m = /^SỔ THEO DÕI THỰC HIỆN\s+(.+?)\s+NĂM HỌC\b/u.exec(clean(cellText(v ?? undefined)));
      if (m) {
        const lower = m[1].toLocaleLowerCase('vi');
        return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
      }
    }
  }
  return '';
}

const figures = (p: Progress): Figures => ({
  due: p.due,
  done: p.done,
  missed: p.missed,
  overdue: p.overdue,
  rate: completionRate(p),
});

const STANDARD_NAMES = new Map<string, string>(STANDARD_PARTIES.map((p) => [p.code, p.name]));

/** Which parties are listed: the signing parties (of the regulation, else of Tổng hợp), then any other lead. */
function listedParties(data: TrackingData, grids: SheetGrid[], regulation?: RegulationModel) {
  const list: Array<{ code: string; name: string }> = [];
  const seen = new Set<string>();
  const add = (code: string, name: string) => {
    if (!code || seen.has(code)) return;
    seen.add(code);
    list.push({ code, name: name || STANDARD_NAMES.get(code) || '' });
  };
  const fromSummary = summaryParties(grids);
  const summaryName = new Map(fromSummary.map((p) => [p.code, p.name]));
  if (regulation) {
    for (const p of regulation.parties) if (p.code && p.signs) add(p.code, clean(p.name));
  } else {
    for (const p of fromSummary) if (p.declared) add(p.code, p.name);
  }
  for (const t of data.tasks) add(t.lead, summaryName.get(t.lead) ?? '');
  return list;
}

export function buildReport(data: TrackingData, grids: SheetGrid[], options: ReportOptions): ExecutionReport {
  const start = data.schoolYear!.start;
  const { asOf, period, regulation } = options;
  const months = periodMonths(period, options.calendar);
  const inPeriod = new Set(months);
  const after = new Set(monthsAfter(period, options.calendar));
  const parties = listedParties(data, grids, regulation);
  const byParty = new Map(parties.map((p) => [p.code, { ...p, tasks: 0, progress: emptyProgress() }]));
  const total = emptyProgress();
  const undone: UndoneTask[] = [];
  const next: NextTask[] = [];
  for (const task of data.tasks) {
    const party = byParty.get(task.lead);
    if (party) party.tasks++;
    const late: LateMonth[] = [];
    const later: number[] = [];
    for (const o of task.occurrences) {
      if (after.has(o.month)) later.push(o.month);
      if (!inPeriod.has(o.month)) continue;
      const state = occurrenceState(o, start, asOf);
      countState(total, state);
      if (party) countState(party.progress, state);
      if (state === 'missed' || state === 'overdue')
        late.push({ month: o.month, label: monthLabel(o.month), state, cell: o.cell });
    }
    const line = { row: task.row, no: task.no || String(task.row), task: task.task, lead: task.lead };
    if (late.length > 0) undone.push({ ...line, months: late });
    if (later.length > 0) next.push({ ...line, months: later });
  }

  let dissemination: ExecutionReport['dissemination'] = null;
  let review: ReviewStatus | null = null;
  if (regulation) {
    const of = disseminationOf(regulation, { asOf, disseminationDays: options.disseminationDays });
    const signing = regulation.parties.filter((p) => p.code && p.signs);
    const lines = signing.map((p) => {
      const d = of(p.code);
      return { code: p.code, name: clean(p.name), state: d.state, recordedOn: d.recordedOn };
    });
    const issue = regulation.document.issueDate;
    dissemination = {
      recorded: !!regulation.blocks.disseminations,
      due: issue && lines.length ? (of(signing[0].code).dueIso ?? null) : null,
      parties: lines,
    };
    const d = regulation.document;
    const when = reviewDue(d);
    review = {
      due: when?.date ?? null,
      basis: when?.basis ?? null,
      state: when ? dueState(when.date, asOf) : null,
      cadence: d.reviewCadence.value ?? clean(d.fields.reviewCadence?.raw),
      form: clean(d.fields.reviewForm?.raw),
    };
  }
  const field = (key: 'kind' | 'managingAuthority' | 'issuer' | 'number') =>
    clean(regulation?.document.fields[key]?.raw);

  return {
    period,
    asOf,
    schoolYear: data.schoolYear!.text,
    schoolYearStart: start,
    months,
    school: data.school || field('issuer'),
    managingAuthority: data.managingAuthority || field('managingAuthority'),
    kind: field('kind') || trackedKind(grids) || 'Quy chế phối hợp',
    sourceNumber: data.sourceNumber || field('number'),
    parties: [...byParty.values()].map((p) => ({
      code: p.code,
      name: p.name,
      tasks: p.tasks,
      ...figures(p.progress),
    })),
    total: figures(total),
    undone,
    next,
    dissemination,
    review,
  };
}

/** The JSON of DESIGN §11: period, asOf, per party and in total the figures, and what backs them. */
export function reportJson(r: ExecutionReport): unknown {
  const round = (x: number | null) => (x === null ? null : Math.round(x * 10_000) / 10_000);
  const fig = (f: Figures) => ({ due: f.due, done: f.done, missed: f.missed, overdue: f.overdue, rate: round(f.rate) });
  return {
    period: r.period,
    asOf: r.asOf,
    schoolYear: r.schoolYear,
    months: r.months.map(monthLabel),
    school: r.school,
    sourceNumber: r.sourceNumber,
    parties: r.parties.map((p) => ({ code: p.code, name: p.name, ...fig(p) })),
    total: fig(r.total),
    notDone: r.undone.map((t) => ({
      no: t.no,
      task: t.task,
      lead: t.lead,
      months: t.months.map((m) => ({ month: m.label, state: m.state, cell: m.cell })),
    })),
    next: r.next.map((t) => ({ no: t.no, task: t.task, lead: t.lead, months: t.months.map(monthLabel) })),
    dissemination: r.dissemination,
    review: r.review,
  };
}
