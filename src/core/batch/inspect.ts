// One workbook of the folder → its FileSummary. Pure: the host reads the file into grids and
// properties; this decides what the workbook is and what the report needs from it.
// A regulation workbook goes through exactly the validate pipeline (readWorkbook + the rules),
// so its counts and findings are those `phoihop validate` prints for the same file.
import type { SheetGrid } from '../grid';
import { t, UserError, type Lang } from '../i18n';
import type { RegulationModel } from '../model';
import { foldKey } from '../text';
import { readWorkbook } from '../read-workbook';
import { documentView, disseminationSummary, type Bilingual, type Finding, type RuleRunner } from '../rules';
import { BLOCKS } from '../layout';
import { monthLabel, TRACKING_SHEETS } from '../tracking-book/contract';
import { schoolYearOf, type IsoDate } from '../values';
import { computeProgress, dueSoonOccurrences } from './progress';
import {
  hasTrackingMarker,
  isTrackingWorkbook,
  readTrackingWorkbook,
  type WorkbookProps,
} from '../tracking-book/read-tracking';
import { DEFAULT_WARN_DAYS, reviewDue, type DueContext } from '../deadline';
import { formatDateVi } from '../values';
import {
  BATCH_RULES,
  emptyCounts,
  type DetailFinding,
  type FileSummary,
  type RegulationFacts,
  type SupersessionState,
} from './types';

export interface InspectOptions {
  /** The file's path inside the folder (how it is named in the report and in messages). */
  path: string;
  asOf: IsoDate;
  /** The warning period before a due date (default 30 days). */
  warnDays?: number;
  /** Days after the issue date for each signing party's dissemination record (default 30). */
  disseminationDays?: number;
  /** Only the task months of a report's period (`batch --period hk1`); the whole school year when absent. */
  periodMonths?: number[];
  runner: RuleRunner;
  /** Rows per block beyond which readWorkbook refuses (the CLI's limit). */
  maxRows?: number;
  /** Findings kept per file; the counts stay exact. Default 1000. */
  maxFindings?: number;
}

const both = (fn: (lang: Lang) => string): Bilingual => ({ vi: fn('vi'), en: fn('en') });

export function userErrorMessage(e: UserError): Bilingual {
  return both((lang) => e.text(lang));
}

/** A file that could not be opened at all (not an .xlsx, encrypted, damaged …). */
export function unreadableSummary(
  path: string,
  problem: Bilingual,
  kind: FileSummary['kind'] = 'unreadable',
): FileSummary {
  const finding: DetailFinding = {
    ruleId: BATCH_RULES.unreadable,
    severity: 'error',
    message: problem,
    sheet: '',
    cell: null,
    entity: '',
  };
  return { path, kind, counts: { error: 1, warning: 0, info: 0 }, findings: [finding], findingsOmitted: 0, problem };
}

/**
 * A file in the folder that is not a workbook (a Word regulation, a text, a PDF): its own row,
 * saying what it is; a document that may be a regulation is a warning, anything else a note.
 */
export function otherSummary(path: string, problem: Bilingual, severity: 'warning' | 'info'): FileSummary {
  const finding: DetailFinding = {
    ruleId: BATCH_RULES.notRecognised,
    severity,
    message: problem,
    sheet: '',
    cell: null,
    entity: '',
  };
  const counts = emptyCounts();
  counts[severity] = 1;
  return { path, kind: 'other', counts, findings: [finding], findingsOmitted: 0, problem };
}

function capped(path: string, kind: FileSummary['kind'], findings: DetailFinding[], max: number): FileSummary {
  const counts = emptyCounts();
  for (const f of findings) counts[f.severity]++;
  return { path, kind, counts, findings: findings.slice(0, max), findingsOmitted: Math.max(0, findings.length - max) };
}

const detail = (f: Finding): DetailFinding => ({
  ruleId: f.ruleId,
  severity: f.severity,
  message: f.message,
  sheet: f.sheet,
  cell: f.cell,
  entity: f.entity,
});

export function regulationFacts(model: RegulationModel, ctx?: Partial<DueContext>): RegulationFacts {
  const d = model.document;
  const raw = (key: keyof typeof d.fields) => d.fields[key]?.raw ?? '';
  const doc = documentView(model).view;
  let supersession: SupersessionState = 'ok';
  if (doc.supersedesProblem || doc.supersededVersionProblem) supersession = 'problem';
  else if (doc.supersedesIsNone) supersession = 'first';
  const signed = new Set(model.signatories.filter((s) => s.name).map((s) => s.partyCode));
  const parties = model.parties
    .filter((p) => p.code)
    .map((p) => ({ code: p.code, name: p.name, signed: signed.has(p.code) }));
  return {
    docKind: raw('kind'),
    school: raw('issuer'),
    managingAuthority: raw('managingAuthority'),
    number: raw('number'),
    issueDate: d.issueDate,
    issueDateRaw: raw('issueDate'),
    schoolYear: d.schoolYear?.text ?? raw('schoolYear'),
    schoolYearStart: d.schoolYear?.valid ? d.schoolYear.start : null,
    reviewCadence: d.reviewCadence.value ?? raw('reviewCadence'),
    reviewCadenceKnown: d.reviewCadence.value !== null,
    nextReview: reviewDue(d)?.date ?? null,
    supersession,
    signatoriesComplete: parties.length > 0 && parties.every((p) => p.signed),
    parties,
    responsibilities: model.responsibilities.length,
    dissemination: disseminationSummary(model, ctx),
    signatories: model.signatories.map((s) => s.name).filter(Boolean),
    clauses: model.clauses.length,
    articles: new Set(model.clauses.map((c) => foldKey(c.article)).filter(Boolean)).size,
  };
}

async function inspectRegulation(model: RegulationModel, opts: InspectOptions, max: number): Promise<FileSummary> {
  const findings = (await opts.runner.run(model)).map(detail);
  return {
    ...capped(opts.path, 'regulation', findings, max),
    regulation: regulationFacts(model, {
      asOf: opts.asOf,
      disseminationDays: opts.disseminationDays,
    }),
  };
}

function inspectTracking(grids: SheetGrid[], props: WorkbookProps, opts: InspectOptions, max: number): FileSummary {
  let data;
  try {
    data = readTrackingWorkbook(grids, props, { source: opts.path });
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    const problem = userErrorMessage(e);
    const summary = capped(
      opts.path,
      'tracking',
      [
        {
          ruleId: BATCH_RULES.trackingUnreadable,
          severity: 'error',
          message: problem,
          sheet: '',
          cell: null,
          entity: '',
        },
      ],
      max,
    );
    return { ...summary, problem };
  }
  const assumed = !data.schoolYear;
  const start = data.schoolYear?.start ?? schoolYearOf(opts.asOf);
  const months = opts.periodMonths ? new Set(opts.periodMonths) : undefined;
  const progress = computeProgress(data.tasks, start, opts.asOf, months);
  const soon = dueSoonOccurrences(data.tasks, start, opts.asOf, opts.warnDays ?? DEFAULT_WARN_DAYS);
  const findings: DetailFinding[] = [];
  if (assumed) {
    findings.push({
      ruleId: BATCH_RULES.schoolYearAssumed,
      severity: 'info',
      message: both((lang) => t(lang, 'batch.finding.schoolYearAssumed', { year: `${start}-${start + 1}` })),
      sheet: data.sheet,
      cell: null,
      entity: '',
    });
  }
  for (const { task, occurrence, state } of progress.late) {
    const data2 = {
      task: task.task,
      no: task.no || String(task.row),
      month: monthLabel(occurrence.month),
      lead: task.lead,
    };
    findings.push({
      ruleId: state === 'overdue' ? BATCH_RULES.overdue : BATCH_RULES.missed,
      severity: 'warning',
      message: both((lang) => t(lang, state === 'overdue' ? 'batch.finding.overdue' : 'batch.finding.missed', data2)),
      sheet: data.sheet,
      cell: occurrence.cell,
      entity: task.lead,
    });
  }
  for (const { task, occurrence, due } of soon) {
    const data3 = {
      task: task.task,
      no: task.no || String(task.row),
      month: monthLabel(occurrence.month),
      lead: task.lead,
      date: formatDateVi(due),
    };
    findings.push({
      ruleId: BATCH_RULES.dueSoon,
      severity: 'info',
      message: both((lang) => t(lang, 'batch.finding.dueSoon', data3)),
      sheet: data.sheet,
      cell: occurrence.cell,
      entity: task.lead,
    });
  }
  return {
    ...capped(opts.path, 'tracking', findings, max),
    tracking: {
      school: data.school,
      managingAuthority: data.managingAuthority,
      sourceNumber: data.sourceNumber,
      schoolYear: assumed ? '' : data.schoolYear!.text,
      schoolYearStart: start,
      schoolYearAssumed: assumed,
      generated: data.generated,
      tasks: data.tasks.length,
      progress: progress.total,
      dueSoon: soon.length,
      parties: progress.parties,
    },
  };
}

/**
 * Decide what the workbook is and summarise it. A workbook marked as a tracking workbook is one;
 * else it is a regulation when readWorkbook accepts it (as validate would); else a tracking
 * workbook if it has the Theo dõi layout; else not recognised.
 */
export async function inspectWorkbook(
  grids: SheetGrid[],
  props: WorkbookProps,
  opts: InspectOptions,
): Promise<FileSummary> {
  const max = opts.maxFindings ?? 1000;
  if (hasTrackingMarker(props)) return inspectTracking(grids, props, opts, max);
  let model: RegulationModel;
  try {
    model = readWorkbook(grids, { source: opts.path, ...(opts.maxRows ? { maxRows: opts.maxRows } : {}) });
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    if (e.key !== 'input.notWorkbook') return unreadableSummary(opts.path, userErrorMessage(e), 'regulation');
    if (isTrackingWorkbook(grids, props)) return inspectTracking(grids, props, opts, max);
    const problem = userErrorMessage(
      new UserError('batch.notRecognised', {
        file: opts.path,
        sheets: BLOCKS.map((b) => `"${b.sheet}"`).join(', '),
        tracking: TRACKING_SHEETS.tracking,
      }),
    );
    return {
      ...capped(
        opts.path,
        'other',
        [{ ruleId: BATCH_RULES.notRecognised, severity: 'info', message: problem, sheet: '', cell: null, entity: '' }],
        max,
      ),
      problem,
    };
  }
  return inspectRegulation(model, opts, max);
}
