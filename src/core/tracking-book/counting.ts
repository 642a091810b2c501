// How the marks of a tracking workbook are counted: one definition (DESIGN §11) for `report`,
// `batch`'s completion columns and `agenda`. Each month cell of a task that holds a mark is one
// occurrence; as of a date it is
//   done     — marked ✓ (whenever: a task done early counts, and is due)
//   missed   — marked ✗ in a month that has begun (due)
//   overdue  — still ○ after its month's last day (due)
//   pending  — ○ in the month in progress: not yet due
//   upcoming — a month that has not begun (whatever its mark, unless ✓)
// due = done + missed + overdue, and the completion rate is done ÷ due. At the end of the school
// year every occurrence is due, and the figures are those of the workbook's own Tổng hợp formulas.
import type { IsoDate } from '../values';
/** What counting needs of the school calendar (tracking/calendar.ts): the months of semester I. */
interface SchoolCalendar {
  firstSemester: readonly number[];
}
import { SCHOOL_YEAR_MONTHS, type Mark } from './contract';

export type OccurrenceState = 'done' | 'missed' | 'overdue' | 'pending' | 'upcoming';

/** What counting needs of an occurrence: its calendar month and its mark. */
export interface MarkedMonth {
  month: number;
  mark: Mark;
}

/**
 * Occurrences of planned tasks (one per task and due month) as of a date.
 * `due` = done + missed + overdue: what should have happened by then.
 */
export interface Progress {
  /** Every occurrence planned (in the school year, or the period counted). */
  planned: number;
  due: number;
  done: number;
  /** Marked "not done" in a month that has started. */
  missed: number;
  /** Still unmarked after its month ended. */
  overdue: number;
  /** Unmarked in the month in progress: not yet late. */
  pending: number;
}

export function emptyProgress(): Progress {
  return { planned: 0, due: 0, done: 0, missed: 0, overdue: 0, pending: 0 };
}

export function addProgress(into: Progress, p: Progress): Progress {
  into.planned += p.planned;
  into.due += p.due;
  into.done += p.done;
  into.missed += p.missed;
  into.overdue += p.overdue;
  into.pending += p.pending;
  return into;
}

/** done ÷ due so far ("đã làm / đến hạn đến nay"), or null when nothing is due yet. */
export function completionRate(p: Progress): number | null {
  return p.due > 0 ? p.done / p.due : null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Calendar year of a month in the school year starting in September of `start`. */
export function yearOfMonth(schoolYearStart: number, month: number): number {
  return month >= 9 ? schoolYearStart : schoolYearStart + 1;
}

/** First and last day of a school-year month. */
export function monthPeriod(schoolYearStart: number, month: number): { first: IsoDate; last: IsoDate } {
  const y = yearOfMonth(schoolYearStart, month);
  const days = new Date(Date.UTC(y, month, 0)).getUTCDate();
  return { first: `${y}-${pad(month)}-01`, last: `${y}-${pad(month)}-${pad(days)}` };
}

export function occurrenceState(occurrence: MarkedMonth, schoolYearStart: number, asOf: IsoDate): OccurrenceState {
  const { first, last } = monthPeriod(schoolYearStart, occurrence.month);
  if (occurrence.mark === 'done') return 'done';
  if (first > asOf) return 'upcoming';
  if (occurrence.mark === 'notDone') return 'missed';
  return last < asOf ? 'overdue' : 'pending';
}

/** Add one occurrence in a state to a tally. */
export function countState(p: Progress, state: OccurrenceState): void {
  p.planned++;
  if (state === 'upcoming') return;
  if (state === 'pending') {
    p.pending++;
    return;
  }
  p.due++;
  p[state]++;
}

/** The periods a report covers: semester I of the school calendar, or the whole school year. */
export const REPORT_PERIODS = ['hk1', 'year'] as const;
export type ReportPeriod = (typeof REPORT_PERIODS)[number];

/** The calendar months of a period, in school-year order (T9 first). */
export function periodMonths(period: ReportPeriod, calendar: Pick<SchoolCalendar, 'firstSemester'>): number[] {
  if (period === 'year') return [...SCHOOL_YEAR_MONTHS];
  return SCHOOL_YEAR_MONTHS.filter((m) => calendar.firstSemester.includes(m));
}

/** The months of the school year after a period (what the next period holds); none after the year. */
export function monthsAfter(period: ReportPeriod, calendar: Pick<SchoolCalendar, 'firstSemester'>): number[] {
  if (period === 'year') return [];
  const inPeriod = periodMonths(period, calendar);
  const last = Math.max(...inPeriod.map((m) => SCHOOL_YEAR_MONTHS.indexOf(m as (typeof SCHOOL_YEAR_MONTHS)[number])));
  return SCHOOL_YEAR_MONTHS.slice(last + 1);
}

/** Tally occurrences as of a date, only those in `months` when given (a period). */
export function tally(
  occurrences: Iterable<MarkedMonth>,
  schoolYearStart: number,
  asOf: IsoDate,
  months?: ReadonlySet<number>,
): Progress {
  const p = emptyProgress();
  for (const o of occurrences) {
    if (months && !months.has(o.month)) continue;
    countState(p, occurrenceState(o, schoolYearStart, asOf));
  }
  return p;
}
