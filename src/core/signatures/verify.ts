// `phoihop verify`: every signature of a PDF, whether each still holds over the bytes it signed,
// who signed and when, whether anything but later signatures was added after the last one, and
// (with the workbook) which signing party each signature belongs to and whether the PDF says what
// the workbook says. DESIGN §10 is the contract of the report below.
import type * as pkijs from 'pkijs';
import { UserError } from '../i18n';
import type { RegulationModel } from '../model';
import { knownAuthority } from './authorities';
import {
  chainsTo,
  parseCms,
  rangeAlgorithm,
  serialHex,
  signatureHolds,
  validAt,
  type Digest,
  type CmsProblem,
  type ParsedSignature,
  type SignatureCheck,
} from './cms';
import { compareContent, partyOfSigner, type Difference } from './content';
import { pdfDateIso, vietnamIso } from './dates';
import { scanSignatures, type FieldProblem, type SignatureField } from './pdf-scan';
import { rangeDigests, type RangeJob } from './range-digests';
import { readTimestamp } from './timestamp';
import type { TimestampProblem } from '../signing-time';

export type SignatureProblem = FieldProblem['kind'] | 'notCms' | 'noSigner' | 'noCertificate' | 'unsupportedDigest';

export interface SignatureReport {
  signer: { name: string; organisation: string };
  issuer: string;
  serial: string;
  signedAt: string | null;
  intact: boolean;
  coversWholeFile: boolean;
  trusted: boolean | null;
  party: string | null;
  /** The Vietnamese certification authority named by the issuer, when it is one we know. */
  authority: string | null;
  /** The time of the signature's RFC 3161 time-stamp (genTime), when it reads and holds. */
  timestampedAt: string | null;
  /** Why a time-stamp the signature carries gave no time (it never makes the signature fail). */
  timestampProblem: TimestampProblem | null;
  /** The signer's certificate was outside its validity period at the signing time. */
  expiredAtSigning: boolean;
  /** Why the signature could not be checked, when it could not. */
  problem: SignatureProblem | null;
  /** Details for the problem's message (offsets, sizes). */
  problemData?: Record<string, unknown>;
}

export interface VerifyReport {
  file: string;
  signatures: SignatureReport[];
  modifiedAfterLastSignature: boolean;
  content?: { matches: boolean; differences: Difference[] };
  parties?: Array<{ code: string; signed: boolean }>;
}

export type VerifyFailure =
  | { problem: 'notPdf' }
  | { problem: 'tooManySignatures'; count: number; limit: number }
  | { problem: 'updateLoop'; offset: number };

const FAILURE_KEYS = {
  notPdf: 'verify.notPdf',
  tooManySignatures: 'verify.tooManySignatures',
  updateLoop: 'verify.updateLoop',
} as const;

/** The one line a file verify cannot read at all gets, in the CLI and in the pane alike. */
export function verifyFailureError(file: string, failure: VerifyFailure): UserError {
  return new UserError(FAILURE_KEYS[failure.problem], { file, ...failure });
}

export interface VerifyOptions {
  digest: Digest;
  /** Checks a signature with a public key; pkijs over WebCrypto when the host gives none. */
  check?: SignatureCheck;
  /** Trust anchors (--trust); null when none were given. */
  anchors: pkijs.Certificate[] | null;
  /** The workbook to match parties and content against. */
  workbook?: RegulationModel;
  /** The PDF read as a regulation (by the host's importer), for the content comparison. */
  pdfContent?: RegulationModel;
}

/** The bytes a byte range covers, as views (never copied). */
export function rangeParts(bytes: Uint8Array, range: number[]): Uint8Array[] {
  const [a, b, c, d] = range;
  return [bytes.subarray(a, a + b), bytes.subarray(c, c + d)];
}

/** Trailing white space after the last signature is not a change (some writers end with a newline). */
function onlyWhitespace(bytes: Uint8Array, from: number): boolean {
  if (bytes.length - from > 4) return false;
  for (let i = from; i < bytes.length; i++) if (![0x0a, 0x0d, 0x20, 0x09, 0x00].includes(bytes[i])) return false;
  return true;
}

interface Field {
  field: SignatureField;
  parsed: ParsedSignature | CmsProblem | null;
  job: RangeJob | null;
}

async function checkField(
  bytes: Uint8Array,
  { field, parsed, job }: Field,
  digests: Map<RangeJob, Uint8Array>,
  options: VerifyOptions,
): Promise<SignatureReport> {
  const report: SignatureReport = {
    signer: { name: '', organisation: '' },
    issuer: '',
    serial: '',
    signedAt: pdfDateIso(field.pdfDate),
    intact: false,
    coversWholeFile: field.byteRange.length === 4 && field.byteRange[2] + field.byteRange[3] === bytes.length,
    trusted: options.anchors ? false : null,
    party: null,
    authority: null,
    timestampedAt: null,
    timestampProblem: null,
    expiredAtSigning: false,
    problem: null,
  };
  if (field.problem) {
    const { kind, ...data } = field.problem;
    return { ...report, coversWholeFile: false, problem: kind, problemData: data };
  }
  if (parsed === null || typeof parsed === 'string') return { ...report, problem: parsed ?? 'notCms' };
  const sig: ParsedSignature = parsed;
  const cert = sig.certificate;
  if (!cert) return { ...report, problem: 'noCertificate' };
  report.signer = { name: cert.subject.cn, organisation: cert.subject.o };
  report.issuer = cert.issuer.cn;
  report.serial = serialHex(cert);
  report.authority = knownAuthority(report.issuer, cert.issuer.o);
  if (sig.signingTime) report.signedAt = vietnamIso(sig.signingTime);
  if (!sig.digest) return { ...report, problem: 'unsupportedDigest' };
  const ranges = rangeParts(bytes, field.byteRange);
  // The ranges' digest, when it was taken in the one pass over the file.
  const known = job && digests.get(job);
  const digest: Digest = known
    ? async (algorithm, parts) =>
        parts === ranges && algorithm === job.algorithm ? known : options.digest(algorithm, parts)
    : options.digest;
  report.intact = await signatureHolds(sig, ranges, digest, options.check);
  const stamp = await readTimestamp(sig, options.digest, options.check);
  if (stamp && 'at' in stamp) report.timestampedAt = vietnamIso(stamp.at);
  else if (stamp) report.timestampProblem = stamp.problem;
  const when = sig.signingTime ?? (report.signedAt ? new Date(report.signedAt) : new Date());
  report.expiredAtSigning = !validAt(cert, when);
  if (options.anchors) report.trusted = !report.expiredAtSigning && (await chainsTo(sig, options.anchors, when));
  if (options.workbook) report.party = partyOfSigner(report.signer.name, options.workbook);
  return report;
}

export async function verifyPdf(
  bytes: Uint8Array,
  file: string,
  options: VerifyOptions,
): Promise<VerifyReport | VerifyFailure> {
  const scan = scanSignatures(bytes);
  if (!scan.ok) return scan.problem === 'notPdf' ? { problem: 'notPdf' } : { ...scan };
  const fields: Field[] = scan.fields.map((field) => {
    const parsed = field.problem ? null : parseCms(field.contents);
    const algorithm = parsed && typeof parsed !== 'string' ? rangeAlgorithm(parsed) : null;
    return { field, parsed, job: algorithm ? { algorithm, range: field.byteRange } : null };
  });
  const digests = await rangeDigests(
    bytes,
    fields.flatMap((f) => (f.job ? [f.job] : [])),
    options.digest,
  );
  const signatures: SignatureReport[] = [];
  for (const field of fields) signatures.push(await checkField(bytes, field, digests, options));
  const last = scan.fields.at(-1);
  const lastEnd = last && last.byteRange.length === 4 ? last.byteRange[2] + last.byteRange[3] : 0;
  const report: VerifyReport = {
    file,
    signatures,
    modifiedAfterLastSignature: last ? lastEnd < bytes.length && !onlyWhitespace(bytes, lastEnd) : false,
  };
  if (options.workbook) {
    const workbook = options.workbook;
    if (options.pdfContent !== undefined) {
      const differences = compareContent(options.pdfContent, workbook);
      report.content = { matches: differences.length === 0, differences };
    }
    report.parties = workbook.parties
      .filter((p) => p.signs)
      .map((p) => ({ code: p.code, signed: signatures.some((s) => s.party === p.code && s.intact) }));
  }
  return report;
}

/** DESIGN §10's exit code: 0 when signed, every signature holds, trusted where asked, nothing changed, content matching. */
export function verifyExitCode(report: VerifyReport): 0 | 1 {
  const ok =
    report.signatures.length > 0 &&
    report.signatures.every((s) => s.intact && s.trusted !== false && !s.expiredAtSigning) &&
    !report.modifiedAfterLastSignature &&
    (report.content?.matches ?? true);
  return ok ? 0 : 1;
}
