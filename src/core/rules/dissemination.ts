// Was the regulation made known, party by party (the optional Phổ biến block)? Each party that
// signs records within N days of the issue date (30 by default, an office's `disseminationDays`)
// that it made the regulation known to its members: at a meeting, on Zalo, by e-mail, on the
// board. One reading for the rule (dissemination-recorded) and for the office's report.
import { addDays, type DueContext } from '../deadline';
import type { RegulationModel } from '../model';
import { formatDateVi, type IsoDate } from '../values';
import { DEFAULT_DISSEMINATION_DAYS } from './settings';

/**
 * `ok` recorded in time; `late` first recorded after the period; `undated` recorded without a
 * readable date; `missing` nothing recorded and the period is over; `pending` nothing yet, still
 * in time. Null when there is nothing to judge: no Phổ biến block, no issue date, or (for a
 * party with no record) no date to judge from.
 */
export type DisseminationState = 'ok' | 'late' | 'undated' | 'missing' | 'pending';

export interface PartyDissemination {
  state: DisseminationState | null;
  /** The first record's date (dd/mm/yyyy), or what was written when it cannot be read. */
  recordedOn: string;
  /** The last day of the period, dd/mm/yyyy (empty without an issue date). */
  due: string;
  dueIso: IsoDate | null;
  days: number;
  /** The record the state speaks of (its date cell), for late and undated. */
  record: { sheet: string; cell: string | undefined; row: number } | null;
}

/** Per party code, how its dissemination stands. */
export function disseminationOf(
  model: RegulationModel,
  ctx?: Partial<DueContext>,
): (code: string) => PartyDissemination {
  const days = ctx?.disseminationDays ?? DEFAULT_DISSEMINATION_DAYS;
  const present = !!model.blocks.disseminations;
  const issue = model.document.issueDate;
  const dueIso = issue ? addDays(issue, days) : null;
  const due = dueIso ? formatDateVi(dueIso) : '';
  const byParty = new Map<string, RegulationModel['disseminations']>();
  for (const d of model.disseminations) {
    if (!d.partyCode) continue;
    const list = byParty.get(d.partyCode) ?? [];
    list.push(d);
    byParty.set(d.partyCode, list);
  }
  return (code) => {
    const none: PartyDissemination = { state: null, recordedOn: '', due, dueIso, days, record: null };
    if (!present || !dueIso) return none;
    const records = byParty.get(code) ?? [];
    const dated = records.filter((r) => r.date).sort((a, b) => a.date!.localeCompare(b.date!));
    const first = dated[0];
    const at = (r: (typeof records)[number]) => ({
      sheet: r.sheet,
      cell: r.cells.date ?? r.cells.partyCode,
      row: r.row,
    });
    if (first)
      return {
        ...none,
        state: first.date! <= dueIso ? 'ok' : 'late',
        recordedOn: formatDateVi(first.date!),
        record: at(first),
      };
    if (records.length > 0)
      return { ...none, state: 'undated', recordedOn: records[0].dateRaw, record: at(records[0]) };
    if (!ctx?.asOf) return none;
    return { ...none, state: ctx.asOf > dueIso ? 'missing' : 'pending' };
  };
}

/** For the office's report: whether the block is there, and the signing parties not (yet) in time. */
export function disseminationSummary(
  model: RegulationModel,
  ctx?: Partial<DueContext>,
): { recorded: boolean; late: string[]; pending: string[]; due: IsoDate | null } {
  const of = disseminationOf(model, ctx);
  const signing = [...new Set(model.signatories.filter((s) => s.name && s.partyCode).map((s) => s.partyCode))];
  const states = signing.map((code) => ({ code, ...of(code) }));
  return {
    recorded: !!model.blocks.disseminations && model.disseminations.length > 0,
    late: states.filter((s) => s.state === 'late' || s.state === 'missing' || s.state === 'undated').map((s) => s.code),
    pending: states.filter((s) => s.state === 'pending').map((s) => s.code),
    due: states[0]?.dueIso ?? null,
  };
}
