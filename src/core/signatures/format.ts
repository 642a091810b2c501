// The verify report as a clerk reads it: one summary sentence ("Đã ký số 2/4 bên (NT: …, 22/09/2025
// 09:14 — còn nguyên vẹn; …); chưa ký: CDTN, CMHS; nội dung khớp sổ quy chế."), then one line per
// signature, what was added after the last one, and where the PDF and the workbook differ.
import { t, type Lang } from '../i18n';
import { clerkTime, signingTimeText } from '../signing-time';
import type { SignatureReport, VerifyReport } from './verify';

const SHOWN = 120;
const excerpt = (s: string) => (s.length > SHOWN ? `${s.slice(0, SHOWN - 1)}…` : s) || '—';

export function signatureState(s: SignatureReport, lang: Lang): string {
  if (s.problem) return t(lang, `verify.problem.${s.problem}`, s.problemData ?? {});
  return t(lang, s.intact ? 'verify.state.intact' : 'verify.state.broken');
}

function trustText(s: SignatureReport, lang: Lang): string {
  if (s.expiredAtSigning) return t(lang, 'verify.trust.expired');
  if (s.trusted === null) return t(lang, 'verify.trust.unchecked');
  return t(lang, s.trusted ? 'verify.trust.yes' : 'verify.trust.no');
}

const who = (s: SignatureReport, lang: Lang) => s.signer.name || t(lang, 'verify.unknownSigner');

export function summaryLine(report: VerifyReport, lang: Lang): string {
  const sigs = report.signatures;
  if (sigs.length === 0) return t(lang, 'verify.unsigned', { file: report.file });
  const item = (s: SignatureReport) => `${who(s, lang)}, ${clerkTime(s.signedAt)} — ${signatureState(s, lang)}`;
  if (!report.parties) return t(lang, 'verify.summary', { count: sigs.length, list: sigs.map(item).join('; ') });
  const signed = report.parties.filter((p) => p.signed);
  const list = report.parties
    .map((p) => ({ p, s: sigs.find((s) => s.party === p.code) }))
    .filter((x) => x.s)
    .map((x) => `${x.p.code}: ${item(x.s!)}`);
  const others = sigs.filter((s) => !s.party).map(item);
  const parts = [
    t(lang, 'verify.summaryParties', {
      signed: signed.length,
      total: report.parties.length,
      list: [...list, ...others].join('; ') || '—',
    }),
  ];
  const missing = report.parties.filter((p) => !p.signed).map((p) => p.code);
  if (missing.length) parts.push(t(lang, 'verify.notSigned', { codes: missing.join(', ') }));
  if (report.content)
    parts.push(
      report.content.matches
        ? t(lang, 'verify.contentMatches')
        : t(lang, 'verify.contentDiffers', { count: report.content.differences.length }),
    );
  return parts.join('; ') + '.';
}

export function formatVerify(report: VerifyReport, lang: Lang): string {
  const lines = [summaryLine(report, lang)];
  report.signatures.forEach((s, i) => {
    lines.push(
      t(lang, 'verify.signatureLine', {
        n: i + 1,
        name: who(s, lang),
        organisation: s.signer.organisation ? ` (${s.signer.organisation})` : '',
        issuer: s.issuer || '—',
        authority: s.authority ? ` — ${s.authority}` : '',
        serial: s.serial || '—',
        signedAt: signingTimeText(s, lang),
        state: signatureState(s, lang),
        trust: trustText(s, lang),
        party: s.party ? t(lang, 'verify.partyOf', { code: s.party }) : '',
      }),
    );
  });
  if (report.signatures.length > 0)
    lines.push(t(lang, report.modifiedAfterLastSignature ? 'verify.modified' : 'verify.notModified'));
  for (const d of report.content?.differences ?? [])
    lines.push(t(lang, 'verify.difference', { field: d.field, pdf: excerpt(d.pdf), workbook: excerpt(d.workbook) }));
  if (report.signatures.some((s) => s.trusted === null && !s.problem)) lines.push(t(lang, 'verify.noTrustHint'));
  return lines.join('\n') + '\n';
}
