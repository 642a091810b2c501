// The report as text: `--format json` (each file in the shape `validate --format json` prints,
// plus what batch adds) and the one-paragraph summary printed otherwise.
import { t, type Lang } from '../i18n';
import { formatPercent } from './html-report';
import { formatDateVi } from '../values';
import { csvCell } from '../safe-text';
import { SUMMARY_COLUMNS } from './columns';
import type { BatchReport } from './report';
import { yearRate } from './types';
import { rosterSummaryColumns, type RosterReport } from './roster';

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
      summary: {
        ...headline(T),
        progress: T.progress,
        rate: T.rate,
        rateYear: yearRate(T.progress),
        ...dueFigures(report),
      },
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
        ...(r.signature ? { signature: r.signature } : {}),
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
        rateYear: r.progress ? yearRate(r.progress) : null,
        dueSoon: r.dueSoon,
        linked: r.linked || null,
        duplicateOf: r.duplicateOf || null,
        problem: r.problem ? r.problem[lang] : null,
        document: r.document,
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
      rateYear: formatPercent(lang, yearRate(T.progress)),
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
    reviewUnknown: T.reviewUnknown,
  };
}

/**
 * Tổng hợp as CSV (RFC 4180, UTF-8 with a BOM so Excel reads the Vietnamese right, CRLF), the
 * same columns and words as the .xlsx: dates dd/mm/yyyy, rates as percentages.
 */
export function formatBatchCsv(report: BatchReport, lang: Lang, roster?: RosterReport): string {
  // With a roster: which school each file is (or why not), then a row per school that sent nothing.
  const columns = [...SUMMARY_COLUMNS, ...(roster ? rosterSummaryColumns(roster) : [])];
  const lines = [columns.map((c) => csvCell(t(lang, c.header))).join(',')];
  for (const row of report.rows)
    lines.push(
      columns
        .map((c) => {
          const v = c.value(row, lang);
          if (v === null || v === '') return '';
          if (c.kind === 'percent') return `${Math.round((v as number) * 1000) / 10}%`;
          if (c.kind === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(String(v))) return formatDateVi(String(v));
          return csvCell(String(v));
        })
        .join(','),
    );
  for (const school of roster?.schools.filter((s) => s.status === 'missing') ?? []) {
    const cells = SUMMARY_COLUMNS.map((c) => (c.id === 'school' ? csvCell(school.name) : ''));
    cells.push(csvCell(school.code), csvCell(t(lang, 'batch.roster.status.missing')));
    lines.push(cells.join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
