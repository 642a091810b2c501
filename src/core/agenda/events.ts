// The year's due months as calendar events: one all-day event per task and due month (every
// month cell of Theo dõi that is planned), on the first day of that month, so the month's work
// shows when the month starts; the description says it is due by the month's last day. The UID
// comes from the school, the year, the task and the month, not from the marks or the row
// number, so a newer copy of the workbook updates the same events instead of adding new ones.
import { t, type Lang } from '../i18n';
import { sha256Hex } from '../sha256';
import { foldKey } from '../text';
import { formatDateVi } from '../values';
import { monthPeriod } from '../tracking-book/counting';
import type { TrackingData } from '../tracking-book/read-tracking';
import { monthLabel, type Mark } from '../tracking-book/contract';

export interface CalendarEvent {
  uid: string;
  /** All-day, on this date (ISO). */
  date: string;
  summary: string;
  description: string;
  /** Party codes: the lead, then the supporters. */
  categories: string[];
  mark: Mark;
  /** Where it came from on Theo dõi. */
  cell: string;
}

export interface CalendarEvents {
  name: string;
  events: CalendarEvent[];
}

export const UID_DOMAIN = 'phoihop';

const concerns = (task: TrackingData['tasks'][number], party?: string) =>
  !party || task.lead === party || task.support.includes(party);

/** How many events calendarEvents would make, counted before any is made. */
export function eventCount(data: TrackingData, party?: string): number {
  let n = 0;
  for (const task of data.tasks) if (concerns(task, party)) n += task.occurrences.length;
  return n;
}

export function calendarEvents(
  data: TrackingData,
  options: { asOf: string; lang: Lang; party?: string },
): CalendarEvents {
  const { lang } = options;
  const start = data.schoolYear!.start;
  const schoolYear = data.schoolYear!.text;
  const source = [data.sourceNumber, data.school].filter(Boolean).join(', ') || data.school;
  const seen = new Map<string, number>();
  const events: CalendarEvent[] = [];
  for (const task of data.tasks) {
    if (!concerns(task, options.party)) continue;
    // Two rows with the same lead and task text stay two events: the nth of its kind.
    const identity = [foldKey(data.school), schoolYear, task.lead, foldKey(task.task)].join('|');
    const nth = (seen.get(identity) ?? 0) + 1;
    seen.set(identity, nth);
    for (const o of task.occurrences) {
      const period = monthPeriod(start, o.month);
      const support = task.support.filter((c) => c !== task.lead);
      events.push({
        uid: `${sha256Hex(`${identity}|${nth}|${o.month}`).slice(0, 32)}@${UID_DOMAIN}`,
        date: period.first,
        summary: t(lang, 'agenda.event.summary', {
          lead: task.lead || '?',
          task: task.task,
          month: monthLabel(o.month),
        }),
        description: t(lang, 'agenda.event.description', {
          no: task.no || String(task.row),
          clause: task.clauseId ? t(lang, 'agenda.event.clause', { clause: task.clauseId }) : '',
          lead: task.lead || '?',
          support: support.length > 0 ? t(lang, 'agenda.event.support', { codes: support.join(', ') }) : '',
          due: formatDateVi(period.last),
          asOf: formatDateVi(options.asOf),
          mark: t(lang, `agenda.mark.${o.mark}`),
          source,
        }),
        categories: [task.lead, ...support].filter(Boolean),
        mark: o.mark,
        cell: o.cell,
      });
    }
  }
  return { name: t(lang, 'agenda.calendarName', { school: data.school, schoolYear }), events };
}
