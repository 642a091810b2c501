// What is due this month and what is overdue, per party, from a filled tracking workbook: the
// model behind `phoihop agenda` (text for a Zalo group, JSON) and its calendar events.
import type { SheetGrid } from '../grid';
import { cellText } from '../read-workbook';
import { STANDARD_PARTIES } from '../layout';
import { foldKey } from '../text';
import { schoolYearOf, type IsoDate } from '../values';
import { dueState } from '../deadline';
import { monthPeriod, occurrenceState, type OccurrenceState } from '../tracking-book/counting';
import type { TrackingData, TrackingTask } from '../tracking-book/read-tracking';
import { monthLabel, TRACKING_SHEETS, type Mark } from '../tracking-book/contract';

export interface AgendaItem {
  /** Theo dõi row of the task, and its month cell. */
  row: number;
  cell: string;
  no: string;
  clauseId: string;
  task: string;
  lead: string;
  support: string[];
  month: number;
  monthLabel: string;
  /** Last day of the month: the task is due by then. */
  due: IsoDate;
  mark: Mark;
  state: OccurrenceState;
  /** Open and within the warning period. */
  dueSoon: boolean;
  /** How the party the list is for takes part. */
  role: 'lead' | 'support';
}

export interface PartyAgenda {
  code: string;
  name: string;
  thisMonth: AgendaItem[];
  /** Overdue (unmarked after its month) or marked not done, any month up to the as-of date. */
  late: AgendaItem[];
}

export interface Agenda {
  school: string;
  schoolYear: string;
  schoolYearStart: number;
  sourceNumber: string;
  asOf: IsoDate;
  warnDays: number;
  month: { month: number; year: number; label: string; first: IsoDate; last: IsoDate };
  parties: PartyAgenda[];
  totals: { thisMonth: number; done: number; late: number; dueSoon: number };
}

export interface AgendaOptions {
  asOf: IsoDate;
  warnDays: number;
  /** Calendar month 1–12 of the school year; default the as-of date's month. */
  month?: number;
  /** Only this party: the tasks it leads and those it supports. */
  party?: string;
}

/** Party names from the workbook's Tổng hợp sheet (Mã bên, Tên bên), else the standard names. */
export function partyNames(grids: SheetGrid[]): Map<string, string> {
  const names = new Map<string, string>(STANDARD_PARTIES.map((p) => [p.code, p.name]));
  const sheet = grids.find((g) => foldKey(g.name) === foldKey(TRACKING_SHEETS.summary));
  if (!sheet) return names;
  let codeCol = -1;
  let nameCol = -1;
  for (const row of sheet.rows) {
    if (!row) continue;
    if (codeCol < 0) {
      codeCol = row.findIndex((v) => foldKey(cellText(v ?? undefined)) === foldKey('Mã bên'));
      nameCol = row.findIndex((v) => foldKey(cellText(v ?? undefined)) === foldKey('Tên bên'));
      if (nameCol < 0) codeCol = -1;
      continue;
    }
    const code = cellText(row[codeCol] ?? undefined).trim();
    const name = cellText(row[nameCol] ?? undefined).trim();
    if (!code) break;
    // "(chưa khai báo ở Các bên)" marks an undeclared code; keep the standard name then.
    if (name && !name.startsWith('(')) names.set(code, name.replace(/\s*\(chưa khai báo ở Các bên\)$/, ''));
  }
  return names;
}

function itemsOf(task: TrackingTask, start: number, options: AgendaOptions, role: AgendaItem['role']): AgendaItem[] {
  return task.occurrences.map((o) => {
    const due = monthPeriod(start, o.month).last;
    const state = occurrenceState(o, start, options.asOf);
    return {
      row: task.row,
      cell: o.cell,
      no: task.no || String(task.row),
      clauseId: task.clauseId,
      task: task.task,
      lead: task.lead,
      support: task.support,
      month: o.month,
      monthLabel: monthLabel(o.month),
      due,
      mark: o.mark,
      state,
      dueSoon: o.mark === 'due' && dueState(due, options.asOf, options.warnDays) === 'dueSoon',
      role,
    };
  });
}

const partyRank = (code: string) => {
  const i = STANDARD_PARTIES.findIndex((p) => p.code === code);
  return i < 0 ? STANDARD_PARTIES.length : i;
};

/** The parties a workbook names (leads and supporters), in the standard order. */
export function partiesOf(data: TrackingData): string[] {
  const codes = new Set<string>();
  for (const t of data.tasks) {
    if (t.lead) codes.add(t.lead);
    for (const s of t.support) codes.add(s);
  }
  return [...codes].sort((a, b) => partyRank(a) - partyRank(b) || a.localeCompare(b));
}

export function buildAgenda(data: TrackingData, names: Map<string, string>, options: AgendaOptions): Agenda {
  const start = data.schoolYear?.start ?? schoolYearOf(options.asOf);
  const month = options.month ?? Number(options.asOf.slice(5, 7));
  const period = monthPeriod(start, month);
  const byParty = new Map<string, PartyAgenda>();
  const listFor = (code: string) => {
    let p = byParty.get(code);
    if (!p) byParty.set(code, (p = { code, name: names.get(code) ?? '', thisMonth: [], late: [] }));
    return p;
  };
  const add = (code: string, items: AgendaItem[]) => {
    const p = listFor(code);
    for (const item of items) {
      if (item.month === month) p.thisMonth.push(item);
      else if (item.state === 'overdue' || item.state === 'missed') p.late.push(item);
    }
  };
  for (const task of data.tasks) {
    if (!options.party) add(task.lead || '?', itemsOf(task, start, options, 'lead'));
    else if (task.lead === options.party) add(options.party, itemsOf(task, start, options, 'lead'));
    else if (task.support.includes(options.party)) add(options.party, itemsOf(task, start, options, 'support'));
  }
  const parties = [...byParty.values()]
    .filter((p) => p.thisMonth.length > 0 || p.late.length > 0)
    .sort((a, b) => partyRank(a.code) - partyRank(b.code) || a.code.localeCompare(b.code));
  const all = parties.flatMap((p) => p.thisMonth);
  return {
    school: data.school,
    schoolYear: data.schoolYear?.text ?? `${start}-${start + 1}`,
    schoolYearStart: start,
    sourceNumber: data.sourceNumber,
    asOf: options.asOf,
    warnDays: options.warnDays,
    month: { month, year: Number(period.first.slice(0, 4)), label: monthLabel(month), ...period },
    parties,
    totals: {
      thisMonth: all.length,
      done: all.filter((i) => i.mark === 'done').length,
      late: parties.reduce((n, p) => n + p.late.length, 0),
      dueSoon: all.filter((i) => i.dueSoon).length,
    },
  };
}
