// Progress of a tracking workbook as of a date. Each marked month cell of a task is one
// occurrence. Its state as of the date:
//   done     — marked done (whenever; doing a task early counts)
//   missed   — marked "not done", in a month that has started
//   overdue  — still unmarked ("○ Cần làm") after its month ended
//   pending  — unmarked in the month in progress: not late yet
//   upcoming — a month that has not started
// due = done + missed + overdue, and the completion rate is done ÷ due.
import { dueState } from '../deadline';
import type { IsoDate } from '../values';
import type { TrackingOccurrence, TrackingTask } from '../tracking-book/read-tracking';
import { monthPeriod, occurrenceState, type OccurrenceState } from '../tracking-book/occurrence';
import { addProgress, emptyProgress, type PartyProgress, type Progress } from './types';

function count(p: Progress, state: OccurrenceState): void {
  p.planned++;
  if (state === 'upcoming') return;
  if (state === 'pending') {
    p.pending++;
    return;
  }
  p.due++;
  p[state]++;
}

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

export function computeProgress(tasks: TrackingTask[], schoolYearStart: number, asOf: IsoDate): TrackingProgress {
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
      const state = occurrenceState(occurrence, schoolYearStart, asOf);
      count(progress, state);
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
