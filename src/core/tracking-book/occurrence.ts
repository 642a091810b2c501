// One planned month of a task in a filled tracking workbook, as of a date: done, missed (marked
// not done), overdue (unmarked after its month), pending (its month in progress) or upcoming.
// Shared by the office's report (batch) and the school's agenda.
import type { IsoDate } from '../values';
import type { TrackingOccurrence } from './read-tracking';

export type OccurrenceState = 'done' | 'missed' | 'overdue' | 'pending' | 'upcoming';

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

export function occurrenceState(
  occurrence: TrackingOccurrence,
  schoolYearStart: number,
  asOf: IsoDate,
): OccurrenceState {
  const { first, last } = monthPeriod(schoolYearStart, occurrence.month);
  if (occurrence.mark === 'done') return 'done';
  if (first > asOf) return 'upcoming';
  if (occurrence.mark === 'notDone') return 'missed';
  return last < asOf ? 'overdue' : 'pending';
}
