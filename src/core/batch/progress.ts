// Progress of a tracking workbook as of a date, per task, per party and in total. What an
// occurrence's state is, and how states add up, is the one counting definition in
// tracking-book/counting.ts (shared with `report` and `agenda`).
import { dueState } from '../deadline';
import type { IsoDate } from '../values';
import { countState, monthPeriod, occurrenceState } from '../tracking-book/counting';
import type { TrackingOccurrence, TrackingTask } from '../tracking-book/read-tracking';
import { addProgress, emptyProgress, type PartyProgress, type Progress } from './types';

export { monthPeriod, occurrenceState, yearOfMonth, type OccurrenceState } from '../tracking-book/counting';

export interface LateOccurrence {
  task: TrackingTask;
  occurrence: TrackingOccurrence;
  state: 'overdue' | 'missed';
}

export interface TrackingProgress {
  total: Progress;
  tasks: Array<{ task: TrackingTask; progress: Progress }>;
  parties: PartyProgress[];
  late: LateOccurrence[];
}

/** Progress as of a date; with `months`, only the occurrences in those months (a report's period). */
export function computeProgress(
  tasks: TrackingTask[],
  schoolYearStart: number,
  asOf: IsoDate,
  months?: ReadonlySet<number>,
): TrackingProgress {
  const total = emptyProgress();
  const perTask: TrackingProgress['tasks'] = [];
  const late: LateOccurrence[] = [];
  const parties = new Map<string, PartyProgress>();
  const party = (code: string) => {
    let p = parties.get(code);
    if (!p)
      parties.set(
        code,
        (p = { code, ledTasks: 0, supportedTasks: 0, led: emptyProgress(), supported: emptyProgress() }),
      );
    return p;
  };
  for (const task of tasks) {
    const progress = emptyProgress();
    for (const occurrence of task.occurrences) {
      if (months && !months.has(occurrence.month)) continue;
      const state = occurrenceState(occurrence, schoolYearStart, asOf);
      countState(progress, state);
      if (state === 'overdue' || state === 'missed') late.push({ task, occurrence, state });
    }
    perTask.push({ task, progress });
    addProgress(total, progress);
    if (task.lead) {
      const p = party(task.lead);
      p.ledTasks++;
      addProgress(p.led, progress);
    }
    for (const code of new Set(task.support)) {
      if (code === task.lead) continue;
      const p = party(code);
      p.supportedTasks++;
      addProgress(p.supported, progress);
    }
  }
  return { total, tasks: perTask, parties: [...parties.values()].sort((a, b) => a.code.localeCompare(b.code)), late };
}

/**
 * Occurrences still open (not marked done or not done) whose month ends within the warning
 * period: *Sắp đến hạn*. A month's work is due by its last day, so with 30 days' warning that is
 * the month in progress (and the next one when the period is longer).
 */
export function dueSoonOccurrences(
  tasks: TrackingTask[],
  schoolYearStart: number,
  asOf: IsoDate,
  warnDays: number,
): Array<{ task: TrackingTask; occurrence: TrackingOccurrence; due: IsoDate }> {
  const out: Array<{ task: TrackingTask; occurrence: TrackingOccurrence; due: IsoDate }> = [];
  for (const task of tasks)
    for (const occurrence of task.occurrences) {
      if (occurrence.mark !== 'due') continue;
      const due = monthPeriod(schoolYearStart, occurrence.month).last;
      if (dueState(due, asOf, warnDays) === 'dueSoon') out.push({ task, occurrence, due });
    }
  return out;
}
