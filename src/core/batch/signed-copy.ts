// A signed PDF in the office's folder, as batch reports it: *Ký số* (signing parties signed /
// signing parties, or the number of signatures when the school sent no workbook), *Toàn vẹn*
// (intact, or changed after signing) and *Khớp sổ quy chế* (when the school also sent its
// workbook), with a finding when a signature is broken or the content differs.
import { inBoth, t, type Lang } from '../i18n';
import { signingTimeText } from '../signing-time';
import type { Column } from './columns';
import type { ReportRow } from './report';
import { BATCH_RULES, type DetailFinding, type FileSummary, type SignedCopyFacts } from './types';

export function signedPartiesText(s: SignedCopyFacts | null, lang: Lang): string {
  if (!s) return '';
  if (s.signatures === 0) return t(lang, 'batch.signed.none');
  if (s.signingParties === null) return t(lang, 'batch.signed.count', { count: s.signatures });
  return `${s.signedParties}/${s.signingParties}`;
}

export function integrityText(s: SignedCopyFacts | null, lang: Lang): string {
  if (!s || s.signatures === 0) return '';
  if (!s.intact) return t(lang, 'batch.signed.broken');
  return t(lang, s.modified ? 'batch.signed.modified' : 'batch.signed.intact');
}

export function contentMatchText(s: SignedCopyFacts | null, lang: Lang): string {
  if (!s || s.contentMatches === null) return '';
  return t(lang, s.contentMatches ? 'batch.value.yes' : 'batch.value.no');
}

/**
 * When each signature was made, once some signature carries an RFC 3161 time-stamp (or one that
 * does not hold): "Chữ ký số: NT: Trần Thị Lan ký lúc 08/10/2026 09:00 (có dấu thời gian …)."
 */
export function signingTimesText(s: SignedCopyFacts | null | undefined, lang: Lang): string {
  const times = s?.times ?? [];
  if (!times.some((x) => x.timestampedAt || x.timestampProblem)) return '';
  const list = times.map(
    (x) => `${x.party ? `${x.party}: ` : ''}${x.name || t(lang, 'verify.unknownSigner')} ${signingTimeText(x, lang)}`,
  );
  return t(lang, 'batch.signed.times', { list: list.join('; ') });
}

export const SIGNED_COPY_COLUMNS: Column<ReportRow>[] = [
  {
    id: 'signedParties',
    header: 'batch.col.signedParties',
    width: 9,
    kind: 'text',
    value: (r, lang) => signedPartiesText(r.signature, lang),
  },
  {
    id: 'integrity',
    header: 'batch.col.integrity',
    width: 14,
    kind: 'text',
    value: (r, lang) => integrityText(r.signature, lang),
  },
  {
    id: 'contentMatch',
    header: 'batch.col.contentMatch',
    width: 10,
    kind: 'text',
    value: (r, lang) => contentMatchText(r.signature, lang),
  },
];

/** The PDF's summary with its signature facts, and a finding for what the office must look at. */
export function withSignedCopy(summary: FileSummary, facts: SignedCopyFacts): FileSummary {
  const findings: DetailFinding[] = [];
  const finding = (ruleId: string, severity: DetailFinding['severity'], key: Parameters<typeof inBoth>[0], data = {}) =>
    findings.push({
      ruleId,
      severity,
      // On a joint row (the school sent the workbook too) the PDF is the row's document.
      message: inBoth(key, { file: summary.document?.path ?? summary.path, ...data }),
      sheet: '',
      cell: null,
      entity: '',
    });
  if (facts.signatures > 0 && (!facts.intact || facts.modified))
    finding(
      BATCH_RULES.signatureBroken,
      'error',
      facts.intact ? 'batch.signed.modifiedFinding' : 'batch.signed.brokenFinding',
    );
  if (facts.contentMatches === false)
    finding(BATCH_RULES.signedContentDiffers, 'warning', 'batch.signed.differsFinding', { workbook: facts.workbook });
  const counts = { ...summary.counts };
  for (const f of findings) counts[f.severity]++;
  // A PDF read only for its signatures is not "a file that is not a workbook" any more.
  const problem = summary.kind === 'other' ? inBoth('batch.signed.note', { count: facts.signatures }) : summary.problem;
  const others = summary.kind === 'other' ? [] : summary.findings;
  if (summary.kind === 'other') for (const f of summary.findings) counts[f.severity]--;
  return { ...summary, signature: facts, problem, counts, findings: [...findings, ...others] };
}
