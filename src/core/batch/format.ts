// The report as text: `--format json` (each file in the shape `validate --format json` prints,
// plus what batch adds) and the one-paragraph summary printed otherwise.
import { t, type Lang } from '../i18n';
import { formatPercent } from './html-report';
import type { BatchReport } from './report';

export function formatBatchJson(report: BatchReport, lang: Lang): string {
  const byPath = new Map<string, BatchReport['details']>();
  for (const d of report.details) {
    let list = byPath.get(d.path);
    if (!list) byPath.set(d.path, (list = []));
    list.push(d);
  }
  const T = report.totals;
  return JSON.stringify(
    {
      folder: report.folder,
      asOf: report.asOf,
      summary: { ...headline(T), progress: T.progress, rate: T.rate, ...dueFigures(report) },
      files: report.rows.map((r) => ({
        file: r.path,
        kind: r.kind,
        docKind: r.docKind,
        school: r.school,
        managingAuthority: r.managingAuthority,
        number: r.number,
        issueDate: r.issueDate,
        schoolYear: r.schoolYear,
        summary: { errors: r.counts.error, warnings: r.counts.warning, infos: r.counts.info },
        findings: (byPath.get(r.path) ?? []).map((f) => ({
          ruleId: f.ruleId,
          severity: f.severity,
          message: f.message[lang],
          sheet: f.sheet,
          cell: f.cell,
          entity: f.entity,
        })),
        findingsOmitted: r.findingsOmitted,
        reviewCadence: r.reviewCadence,
        nextReview: r.nextReview,
        reviewState: r.reviewState,
        supersession: r.supersession,
        signatoriesComplete: r.signatoriesComplete,
        progress: r.progress,
        rate: r.rate,
        dueSoon: r.dueSoon,
        linked: r.linked || null,
        duplicateOf: r.duplicateOf || null,
        problem: r.problem ? r.problem[lang] : null,
      })),
      parties: report.parties,
    },
    null,
    2,
  );
}

export function formatBatchSummary(report: BatchReport, lang: Lang): string {
  const T = report.totals;
  return [
    t(lang, 'batch.console.summary', {
      ...headline(T),
      rate: formatPercent(lang, T.rate),
      overdue: T.progress.overdue,
    }),
    t(lang, 'batch.console.due', dueFigures(report)),
  ].join('\n');
}

/** Còn hạn / Sắp đến hạn / Quá hạn of the reviews, and the task months due soon. */
function dueFigures(report: BatchReport) {
  const T = report.totals;
  return {
    warnDays: report.warnDays,
    reviewOk: T.reviewOk,
    reviewDueSoon: T.reviewDueSoon,
    reviewOverdue: T.reviewOverdue,
    tasksDueSoon: T.tasksDueSoon,
  };
}

/** The counts both the JSON summary and the console line lead with. */
function headline(T: BatchReport['totals']) {
  return {
    files: T.files,
    regulations: T.byKind.regulation,
    tracking: T.byKind.tracking,
    other: T.byKind.other,
    unreadable: T.byKind.unreadable,
    errors: T.counts.error,
    warnings: T.counts.warning,
    infos: T.counts.info,
    filesWithErrors: T.filesWithErrors,
    reviewOverdue: T.reviewOverdue,
  };
}
