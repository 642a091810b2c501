// The columns of the three report tables, shared by the .xlsx and HTML writers so that both
// show the same thing in the same words (all through i18n).
import { t, type Lang, type MessageKey } from '../i18n';
import { formatDateVi } from '../values';
import type { Severity } from '../rules';
import type { DetailRow, PartyRow, ReportRow, ReviewState } from './report';
import { SIGNED_COPY_COLUMNS, signingTimesText } from './signed-copy';
import { yearRate, type FileKind, type SupersessionState } from './types';

/** Sheet names of the .xlsx report (the issue's names; fixed whatever the language). */
export const BATCH_SHEETS = { summary: 'Tổng hợp', details: 'Chi tiết', parties: 'Theo bên' } as const;

/** Rows above each table's header: title, subtitle, blank. The header is on row HEADER_ROW. */
export const HEADER_ROW = 4;

export type ColumnKind = 'text' | 'number' | 'date' | 'percent';
/** Text, a number, an ISO date (kind `date`), a 0..1 ratio (kind `percent`), or empty. */
export type ColumnValue = string | number | null;

export interface Column<T> {
  id: string;
  header: MessageKey;
  /** Width in characters in the .xlsx. */
  width: number;
  kind: ColumnKind;
  value(row: T, lang: Lang): ColumnValue;
  /** Left off the printed page (the .xlsx puts these after the print area); shown on screen. */
  screenOnly?: boolean;
}

export function kindLabel(
  lang: Lang,
  row: Pick<ReportRow, 'kind' | 'docKind'> & Partial<Pick<ReportRow, 'signature'>>,
): string {
  if (row.kind === 'regulation' && row.docKind) return row.docKind;
  if (row.kind === 'other' && row.signature) return t(lang, 'batch.kind.signedPdf');
  return t(lang, `batch.kind.${row.kind}`);
}

export const yesNo = (lang: Lang, v: boolean | null): string =>
  v === null ? '' : t(lang, v ? 'batch.value.yes' : 'batch.value.no');

export function supersessionLabel(lang: Lang, v: SupersessionState | null): string {
  return v === null ? '' : t(lang, `batch.supersession.${v}`);
}

export function reviewLabel(lang: Lang, v: ReviewState | null): string {
  return v === null ? '' : t(lang, `batch.review.${v}`);
}

/** Phổ biến in one cell: not recorded, the signing parties late or missing, those still in time, or every party. */
export function disseminationLabel(lang: Lang, d: ReportRow['dissemination']): string {
  if (!d) return '';
  if (!d.recorded) return t(lang, 'batch.dissemination.none');
  if (d.late.length > 0) return t(lang, 'batch.dissemination.missing', { codes: d.late.join(', ') });
  if (d.pending.length > 0)
    return t(lang, 'batch.dissemination.pending', {
      codes: d.pending.join(', '),
      date: d.due ? formatDateVi(d.due) : '',
    });
  return t(lang, 'batch.dissemination.complete');
}

export const severityLabel = (lang: Lang, s: Severity) => t(lang, `severity.${s}`);

function note(row: ReportRow, lang: Lang): string {
  const parts: string[] = [];
  if (row.problem) parts.push(row.problem[lang]);
  if (row.duplicateOf) parts.push(t(lang, 'batch.value.duplicate', { file: row.duplicateOf }));
  if (row.findingsOmitted > 0) parts.push(t(lang, 'batch.value.omitted', { count: row.findingsOmitted }));
  if (row.document) parts.push(documentNote(row, row.document, lang));
  parts.push(signingTimesText(row.signature, lang));
  return parts.filter(Boolean).join(' ');
}

/** Where the row was read from a document: its kind, pages, OCR, the Kiểm tra lại count, a disagreement. */
function documentNote(row: ReportRow, d: NonNullable<ReportRow['document']>, lang: Lang): string {
  const how = [
    t(lang, d.path === row.path ? 'batch.document.read' : 'batch.document.joined', { file: d.path, format: d.format }),
    d.pages ? t(lang, 'batch.document.pages', { count: d.pages }) : '',
    d.ocr ? t(lang, 'batch.document.ocr') : '',
    t(lang, 'batch.document.toCheck', { count: d.toCheck }),
  ].filter(Boolean);
  const differ = (d.disagreements ?? []).map((k) => t(lang, `batch.document.field.${k}`));
  if (differ.length) how.push(t(lang, 'batch.document.differ', { fields: differ.join(', ') }));
  const unsure = (d.unchecked ?? []).map((k) => t(lang, `batch.document.field.${k}`));
  if (unsure.length) how.push(t(lang, 'batch.document.unchecked', { fields: unsure.join(', ') }));
  if (d.sameNumber?.length)
    how.push(
      t(lang, d.format === 'pdf' ? 'batch.document.sameNumberPdf' : 'batch.document.sameNumber', {
        count: d.sameNumber.length,
        number: row.number,
        files: d.sameNumber.join(', '),
      }),
    );
  return how.join('; ') + '.';
}

const progress = (pick: (p: NonNullable<ReportRow['progress']>) => number) => (row: ReportRow) =>
  row.progress ? pick(row.progress) : null;

export const FILE_KINDS: FileKind[] = ['regulation', 'tracking', 'other', 'unreadable'];

const rateOfYear = (r: ReportRow) => (r.progress ? yearRate(r.progress) : null);

/**
 * Tổng hợp, in the order it prints: who, what the check found, review, progress, then the note;
 * the detail figures a screen can scroll to are `screenOnly`.
 */
export const SUMMARY_COLUMNS: Column<ReportRow>[] = [
  { id: 'no', header: 'batch.col.no', width: 5, kind: 'number', value: (r) => r.no },
  { id: 'school', header: 'batch.col.school', width: 26, kind: 'text', value: (r) => r.school },
  { id: 'path', header: 'batch.col.path', width: 28, kind: 'text', value: (r) => r.path },
  { id: 'kind', header: 'batch.col.kind', width: 19, kind: 'text', value: (r, lang) => kindLabel(lang, r) },
  {
    id: 'managingAuthority',
    header: 'batch.col.managingAuthority',
    width: 24,
    kind: 'text',
    value: (r) => r.managingAuthority,
    screenOnly: true,
  },
  { id: 'number', header: 'batch.col.number', width: 17, kind: 'text', value: (r) => r.number },
  {
    id: 'issueDate',
    header: 'batch.col.issueDate',
    width: 11,
    kind: 'date',
    value: (r) => r.issueDate ?? (r.issueDateRaw || null),
  },
  { id: 'schoolYear', header: 'batch.col.schoolYear', width: 10, kind: 'text', value: (r) => r.schoolYear },
  { id: 'errors', header: 'batch.col.errors', width: 6, kind: 'number', value: (r) => r.counts.error },
  { id: 'warnings', header: 'batch.col.warnings', width: 8, kind: 'number', value: (r) => r.counts.warning },
  { id: 'infos', header: 'batch.col.infos', width: 6, kind: 'number', value: (r) => r.counts.info, screenOnly: true },
  {
    id: 'reviewCadence',
    header: 'batch.col.reviewCadence',
    width: 13,
    kind: 'text',
    value: (r) => r.reviewCadence,
    screenOnly: true,
  },
  { id: 'nextReview', header: 'batch.col.nextReview', width: 11, kind: 'date', value: (r) => r.nextReview },
  {
    id: 'reviewState',
    header: 'batch.col.reviewState',
    width: 13,
    kind: 'text',
    value: (r, lang) => reviewLabel(lang, r.reviewState),
  },
  {
    id: 'supersession',
    header: 'batch.col.supersession',
    width: 12,
    kind: 'text',
    value: (r, lang) => supersessionLabel(lang, r.supersession),
  },
  {
    id: 'signatories',
    header: 'batch.col.signatories',
    width: 9,
    kind: 'text',
    value: (r, lang) => yesNo(lang, r.signatoriesComplete),
  },
  {
    id: 'dissemination',
    header: 'batch.col.dissemination',
    width: 16,
    kind: 'text',
    value: (r, lang) => disseminationLabel(lang, r.dissemination),
  },
  { id: 'rate', header: 'batch.col.rate', width: 13, kind: 'percent', value: (r) => r.rate },
  { id: 'rateYear', header: 'batch.col.rateYear', width: 10, kind: 'percent', value: rateOfYear },
  { id: 'due', header: 'batch.col.due', width: 8, kind: 'number', value: progress((p) => p.due), screenOnly: true },
  { id: 'done', header: 'batch.col.done', width: 8, kind: 'number', value: progress((p) => p.done), screenOnly: true },
  {
    id: 'missed',
    header: 'batch.col.missed',
    width: 9,
    kind: 'number',
    value: progress((p) => p.missed),
    screenOnly: true,
  },
  { id: 'overdue', header: 'batch.col.overdue', width: 8, kind: 'number', value: progress((p) => p.overdue) },
  { id: 'dueSoon', header: 'batch.col.dueSoon', width: 10, kind: 'number', value: (r) => r.dueSoon },
  { id: 'linked', header: 'batch.col.linked', width: 28, kind: 'text', value: (r) => r.linked, screenOnly: true },
  ...SIGNED_COPY_COLUMNS,
  { id: 'note', header: 'batch.col.note', width: 40, kind: 'text', value: note },
];

export const DETAIL_COLUMNS: Column<DetailRow & { no: number }>[] = [
  { id: 'no', header: 'batch.col.no', width: 5, kind: 'number', value: (r) => r.no },
  { id: 'path', header: 'batch.col.path', width: 26, kind: 'text', value: (r) => r.path },
  { id: 'school', header: 'batch.col.school', width: 22, kind: 'text', value: (r) => r.school },
  {
    id: 'severity',
    header: 'batch.col.severity',
    width: 9,
    kind: 'text',
    value: (r, lang) => severityLabel(lang, r.severity),
  },
  { id: 'rule', header: 'batch.col.rule', width: 26, kind: 'text', value: (r) => r.ruleId, screenOnly: true },
  { id: 'sheet', header: 'batch.col.sheet', width: 12, kind: 'text', value: (r) => r.sheet },
  { id: 'cell', header: 'batch.col.cell', width: 6, kind: 'text', value: (r) => r.cell ?? '' },
  { id: 'entity', header: 'batch.col.entity', width: 12, kind: 'text', value: (r) => r.entity, screenOnly: true },
  { id: 'message', header: 'batch.col.message', width: 66, kind: 'text', value: (r, lang) => r.message[lang] },
];

export const PARTY_COLUMNS: Column<PartyRow>[] = [
  { id: 'code', header: 'batch.col.partyCode', width: 9, kind: 'text', value: (r) => r.code },
  { id: 'name', header: 'batch.col.partyName', width: 34, kind: 'text', value: (r) => r.name },
  { id: 'inRegulations', header: 'batch.col.inRegulations', width: 12, kind: 'number', value: (r) => r.inRegulations },
  { id: 'unsigned', header: 'batch.col.unsigned', width: 11, kind: 'number', value: (r) => r.unsigned },
  { id: 'schools', header: 'batch.col.schools', width: 12, kind: 'number', value: (r) => r.schools },
  { id: 'ledTasks', header: 'batch.col.ledTasks', width: 11, kind: 'number', value: (r) => r.ledTasks },
  {
    id: 'supportedTasks',
    header: 'batch.col.supportedTasks',
    width: 11,
    kind: 'number',
    value: (r) => r.supportedTasks,
  },
  { id: 'due', header: 'batch.col.due', width: 8, kind: 'number', value: (r) => r.led.due },
  { id: 'done', header: 'batch.col.done', width: 8, kind: 'number', value: (r) => r.led.done },
  { id: 'missed', header: 'batch.col.missed', width: 9, kind: 'number', value: (r) => r.led.missed },
  { id: 'overdue', header: 'batch.col.overdue', width: 8, kind: 'number', value: (r) => r.led.overdue },
  { id: 'rate', header: 'batch.col.rateLed', width: 13, kind: 'percent', value: (r) => r.rate },
  { id: 'involvedRate', header: 'batch.col.rateInvolved', width: 13, kind: 'percent', value: (r) => r.involvedRate },
];

/** Chi tiết rows numbered in report order. */
export function numberedDetails(details: DetailRow[]): Array<DetailRow & { no: number }> {
  return details.map((d, i) => ({ ...d, no: i + 1 }));
}
