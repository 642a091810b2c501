// When a regulation's next review falls due: its issue date plus the period of its review
// cadence (Chu kỳ rà soát). No law fixes the day; a yearly review is due a year after issue,
// which lands at the next start-of-year staff conference where schools re-adopt the text.
import type { Cadence, IsoDate } from './values';

export const REVIEW_PERIOD_MONTHS: Partial<Record<Cadence, number>> = {
  'Hàng tháng': 1,
  'Hàng quý': 3,
  '3 lần/năm': 4,
  'Mỗi học kỳ': 6,
  '2 lần/năm': 6,
  'Hàng năm': 12,
  'Đầu năm học': 12,
  'Cuối năm học': 12,
};

export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(Math.min(d, last))}`;
}

/** Null when the cadence has no period (Một lần, Đột xuất, Thường xuyên …) or the date is unknown. */
export function nextReviewDate(issueDate: IsoDate | null, cadence: Cadence | null): IsoDate | null {
  if (!issueDate || !cadence) return null;
  const months = REVIEW_PERIOD_MONTHS[cadence];
  return months ? addMonths(issueDate, months) : null;
}
