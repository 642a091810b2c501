// The report model shared by the .xlsx, HTML and JSON outputs: one row per file (Tổng hợp),
// every finding (Chi tiết) and completion by party across schools (Theo bên). Built from the
// small per-file summaries only, once all files are in.
import { STANDARD_PARTIES } from '../layout';
import type { Bilingual } from '../rules';
import { foldKey } from '../text';
import { DEFAULT_WARN_DAYS, dueState } from '../deadline';
import type { IsoDate } from '../values';
import {
  addProgress,
  completionRate,
  emptyCounts,
  emptyProgress,
  type Counts,
  type DetailFinding,
  type DocumentFacts,
  type FileKind,
  type FileSummary,
  type Progress,
  type RegulationFacts,
  type SignedCopyFacts,
  type SupersessionState,
} from './types';

/** Review of a regulation as of the report date; `replaced` when a later year's regulation of the same school is in the folder. */
export type ReviewState = 'ok' | 'dueSoon' | 'overdue' | 'replaced' | 'unknown';

/** A row of Tổng hợp: the regulation's facts as read (empty for other kinds), and what the report adds. */
export interface ReportRow extends Pick<
  RegulationFacts,
  'docKind' | 'school' | 'managingAuthority' | 'number' | 'issueDate' | 'issueDateRaw' | 'schoolYear'
> {
  no: number;
  path: string;
  kind: FileKind;
  counts: Counts;
  reviewCadence: string;
  nextReview: IsoDate | null;
  reviewState: ReviewState | null;
  supersession: SupersessionState | null;
  signatoriesComplete: boolean | null;
  /** Phổ biến of a regulation (null for other files and for summaries from before the block). */
  dissemination: RegulationFacts['dissemination'] | null;
  /** Own progress for a tracking workbook; the linked tracking workbook's for a regulation. */
  progress: Progress | null;
  rate: number | null;
  /** Task months due soon (Sắp đến hạn), from the tracking workbook as `progress` is. */
  dueSoon: number | null;
  /** The tracking workbook of a regulation, or the regulation of a tracking workbook, found in the folder. */
  linked: string;
  /** Another tracking workbook of the same school and year that counts instead of this one. */
  duplicateOf: string;
  problem: Bilingual | null;
  findingsOmitted: number;
  /** A signed PDF's Ký số, Toàn vẹn and Khớp sổ quy chế (null for other files). */
  signature: SignedCopyFacts | null;
  /** Read from a document, or joined with the document of the same regulation. */
  document: DocumentFacts | null;
}

export interface DetailRow extends DetailFinding {
  path: string;
  school: string;
}

export interface PartyRow {
  code: string;
  name: string;
  /** Tracking workbooks in which the party leads or supports a task. */
  schools: number;
  /** Regulations that list the party, and how many of them lack its signatory. */
  inRegulations: number;
  unsigned: number;
  ledTasks: number;
  supportedTasks: number;
  led: Progress;
  supported: Progress;
  /** Completion of the tasks it leads; and of all tasks it takes part in. */
  rate: number | null;
  involvedRate: number | null;
}

export interface BatchTotals {
  files: number;
  byKind: Record<FileKind, number>;
  counts: Counts;
  filesWithErrors: number;
  reviewOverdue: number;
  /** Regulations whose next review cannot be told (no review cadence with a period, or no issue date). */
  reviewUnknown: number;
  /** Reviews Còn hạn and Sắp đến hạn, beside reviewOverdue. */
  reviewOk: number;
  reviewDueSoon: number;
  /** Task months Sắp đến hạn across the counted tracking workbooks. */
  tasksDueSoon: number;
  progress: Progress;
  rate: number | null;
}

export interface BatchReport {
  /** The folder as given on the command line. */
  folder: string;
  asOf: IsoDate;
  /** The warning period the due-soon states were judged with. */
  warnDays: number;
  rows: ReportRow[];
  details: DetailRow[];
  parties: PartyRow[];
  totals: BatchTotals;
}

const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });
export const comparePaths = (a: string, b: string) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);

const key = (...parts: string[]) => (parts.every((p) => p) ? parts.map(foldKey).join('|') : '');

function baseRow(s: FileSummary, no: number): ReportRow {
  const reg = s.regulation;
  const tr = s.tracking;
  return {
    no,
    path: s.path,
    kind: s.kind,
    docKind: reg?.docKind ?? '',
    school: reg?.school || tr?.school || s.signature?.school || '',
    managingAuthority: reg?.managingAuthority || tr?.managingAuthority || '',
    number: reg?.number || tr?.sourceNumber || s.signature?.number || '',
    issueDate: reg?.issueDate ?? null,
    issueDateRaw: reg?.issueDateRaw ?? '',
    schoolYear: reg?.schoolYear || tr?.schoolYear || '',
    counts: { ...s.counts },
    reviewCadence: reg?.reviewCadence ?? '',
    nextReview: reg?.nextReview ?? null,
    reviewState: null,
    supersession: reg?.supersession ?? null,
    signatoriesComplete: reg ? reg.signatoriesComplete : null,
    dissemination: reg?.dissemination ?? null,
    progress: tr ? tr.progress : null,
    rate: tr ? completionRate(tr.progress) : null,
    dueSoon: tr ? tr.dueSoon : null,
    linked: '',
    document: s.document ?? null,
    duplicateOf: '',
    problem: s.problem ?? null,
    findingsOmitted: s.findingsOmitted,
    signature: s.signature ?? null,
  };
}

function partyOrder(code: string): number {
  const i = STANDARD_PARTIES.findIndex((p) => p.code === code);
  return i < 0 ? STANDARD_PARTIES.length : i;
}

export function buildBatchReport(
  summaries: FileSummary[],
  options: { folder: string; asOf: IsoDate; warnDays?: number },
): BatchReport {
  const sorted = [...summaries].sort((a, b) => comparePaths(a.path, b.path));
  const rows = sorted.map((s, i) => baseRow(s, i + 1));

  const regByNumber = new Map<string, number>();
  const regBySchool = new Map<string, number>();
  sorted.forEach((s, i) => {
    const r = s.regulation;
    if (!r) return;
    const byNumber = key(r.number, r.schoolYear);
    const bySchool = key(r.school, r.schoolYear);
    if (byNumber && !regByNumber.has(byNumber)) regByNumber.set(byNumber, i);
    if (bySchool && !regBySchool.has(bySchool)) regBySchool.set(bySchool, i);
  });
  // A school may send its tracking workbook several times a year, or a retyped copy beside the
  // generated one: per school and year one copy counts — the one with most marks, then a
  // generated one, then path order. The others are listed but kept out of the figures.
  const marked = (i: number) => sorted[i].tracking!.progress.done + sorted[i].tracking!.progress.missed;
  const trackingOrder = sorted.map((_, i) => i).filter((i) => sorted[i].tracking);
  trackingOrder.sort(
    (a, b) =>
      marked(b) - marked(a) || Number(!sorted[a].tracking!.generated) - Number(!sorted[b].tracking!.generated) || a - b,
  );
  const counted = new Map<string, number>();
  for (const i of trackingOrder) {
    const tr = sorted[i].tracking!;
    const identity = key(tr.school, tr.schoolYear) || key(tr.sourceNumber, tr.schoolYear);
    if (!identity) continue;
    const first = counted.get(identity);
    if (first === undefined) counted.set(identity, i);
    else rows[i].duplicateOf = rows[first].path;
  }
  // Link each tracking workbook to its regulation: by source number and school year, else by school and school year.
  trackingOrder.forEach((i) => {
    const tr = sorted[i].tracking!;
    const j = regByNumber.get(key(tr.sourceNumber, tr.schoolYear)) ?? regBySchool.get(key(tr.school, tr.schoolYear));
    if (j === undefined) return;
    rows[i].linked = rows[j].path;
    if (!rows[j].linked && !rows[i].duplicateOf) {
      rows[j].linked = rows[i].path;
      rows[j].progress = tr.progress;
      rows[j].rate = completionRate(tr.progress);
      rows[j].dueSoon = tr.dueSoon;
    }
  });

  // Review state: replaced by a later year's regulation of the same school, else by the next review date.
  const latestYear = new Map<string, number>();
  for (const s of sorted) {
    const r = s.regulation;
    if (r?.school && r.schoolYearStart !== null) {
      const k = foldKey(r.school);
      latestYear.set(k, Math.max(latestYear.get(k) ?? -Infinity, r.schoolYearStart));
    }
  }
  sorted.forEach((s, i) => {
    const r = s.regulation;
    if (!r) return;
    const latest = r.school ? latestYear.get(foldKey(r.school)) : undefined;
    if (latest !== undefined && r.schoolYearStart !== null && latest > r.schoolYearStart)
      rows[i].reviewState = 'replaced';
    else if (!r.nextReview) rows[i].reviewState = 'unknown';
    else rows[i].reviewState = dueState(r.nextReview, options.asOf, options.warnDays ?? DEFAULT_WARN_DAYS);
  });

  const details: DetailRow[] = [];
  sorted.forEach((s, i) => {
    for (const f of s.findings) details.push({ ...f, path: s.path, school: rows[i].school });
  });

  // Theo bên: progress from tracking workbooks; presence and signatures from regulations.
  const parties = new Map<string, PartyRow>();
  const names = new Map<string, string>();
  const party = (code: string) => {
    let p = parties.get(code);
    if (!p) {
      p = {
        code,
        name: '',
        schools: 0,
        inRegulations: 0,
        unsigned: 0,
        ledTasks: 0,
        supportedTasks: 0,
        led: emptyProgress(),
        supported: emptyProgress(),
        rate: null,
        involvedRate: null,
      };
      parties.set(code, p);
    }
    return p;
  };
  sorted.forEach((s, i) => {
    for (const p of s.regulation?.parties ?? []) {
      const row = party(p.code);
      row.inRegulations++;
      if (!p.signed) row.unsigned++;
      if (p.name && !names.has(p.code)) names.set(p.code, p.name);
    }
    if (rows[i].duplicateOf) return;
    for (const p of s.tracking?.parties ?? []) {
      const row = party(p.code);
      row.schools++;
      row.ledTasks += p.ledTasks;
      row.supportedTasks += p.supportedTasks;
      addProgress(row.led, p.led);
      addProgress(row.supported, p.supported);
    }
  });
  for (const p of parties.values()) {
    p.name = STANDARD_PARTIES.find((s) => s.code === p.code)?.name ?? names.get(p.code) ?? '';
    p.rate = completionRate(p.led);
    p.involvedRate = completionRate(addProgress(addProgress(emptyProgress(), p.led), p.supported));
  }

  const totals: BatchTotals = {
    files: rows.length,
    byKind: { regulation: 0, tracking: 0, other: 0, unreadable: 0 },
    counts: emptyCounts(),
    filesWithErrors: 0,
    reviewOverdue: 0,
    reviewUnknown: 0,
    reviewOk: 0,
    reviewDueSoon: 0,
    tasksDueSoon: 0,
    progress: emptyProgress(),
    rate: null,
  };
  sorted.forEach((s, i) => {
    totals.byKind[s.kind]++;
    totals.counts.error += s.counts.error;
    totals.counts.warning += s.counts.warning;
    totals.counts.info += s.counts.info;
    if (s.counts.error > 0) totals.filesWithErrors++;
    if (rows[i].reviewState === 'overdue') totals.reviewOverdue++;
    if (rows[i].reviewState === 'unknown') totals.reviewUnknown++;
    if (s.tracking && !rows[i].duplicateOf) addProgress(totals.progress, s.tracking.progress);
    if (rows[i].reviewState === 'ok') totals.reviewOk++;
    if (rows[i].reviewState === 'dueSoon') totals.reviewDueSoon++;
    if (s.tracking && !rows[i].duplicateOf) totals.tasksDueSoon += s.tracking.dueSoon;
  });
  totals.rate = completionRate(totals.progress);

  return {
    folder: options.folder,
    asOf: options.asOf,
    warnDays: options.warnDays ?? DEFAULT_WARN_DAYS,
    rows,
    details,
    parties: [...parties.values()].sort(
      (a, b) => partyOrder(a.code) - partyOrder(b.code) || a.code.localeCompare(b.code),
    ),
    totals,
  };
}
