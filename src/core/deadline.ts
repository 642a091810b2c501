// Ahead of the deadline: a date that falls due is *Sắp đến hạn* inside a warning period before
// it (default 30 days) and *Quá hạn* after it. One definition for the regulation's review,
// for the tracking workbook's task months, in validate, batch, agenda and the pane.
import type { DocumentInfo } from './model';
import { nextReviewDate } from './review-period';
import type { IsoDate } from './values';

export const DEFAULT_WARN_DAYS = 30;
/** Bounds of a warning period an office may set (a school year at most). */
export const MAX_WARN_DAYS = 366;

/** `ok` = Còn hạn, `dueSoon` = Sắp đến hạn (from due − warnDays through the due date), `overdue` = Quá hạn (after it). */
export type DueState = 'ok' | 'dueSoon' | 'overdue';

const DAY_MS = 86_400_000;
const utc = (d: IsoDate) => {
  const [y, m, day] = d.split('-').map(Number);
  return Date.UTC(y, m - 1, day);
};

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((utc(to) - utc(from)) / DAY_MS);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(utc(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The state of something due on `due` as of `asOf`; on the due date itself it is still due soon, not late. */
export function dueState(due: IsoDate, asOf: IsoDate, warnDays = DEFAULT_WARN_DAYS): DueState {
  if (asOf > due) return 'overdue';
  return daysBetween(asOf, due) <= warnDays ? 'dueSoon' : 'ok';
}

/** Where the review date came from: the review cadence's period, the effective-to date, or the school year's end. */
export type ReviewBasis = 'cadence' | 'effectiveTo' | 'schoolYearEnd';

/**
 * When the regulation is next reviewed: issue date + the review cadence's period; else the day
 * it stops being in force; else the end of its school year (the year-end review before 31 May,
 * research domain.md §school calendar). Null when none of these is known.
 */
export function reviewDue(document: DocumentInfo): { date: IsoDate; basis: ReviewBasis } | null {
  const byCadence = nextReviewDate(document.issueDate, document.reviewCadence.value);
  if (byCadence) return { date: byCadence, basis: 'cadence' };
  if (document.effectiveTo) return { date: document.effectiveTo, basis: 'effectiveTo' };
  const sy = document.schoolYear;
  if (sy?.valid) return { date: `${sy.end}-05-31`, basis: 'schoolYearEnd' };
  return null;
}

/** Today in the local time zone (a school's "today", not UTC's). */
export function localToday(): IsoDate {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** As of when, and with which warning period, date-dependent facts are computed. */
export interface DueContext {
  asOf: IsoDate;
  warnDays: number;
  /** Days after the issue date within which each signing party records the regulation's dissemination (default 30). */
  disseminationDays?: number;
}
