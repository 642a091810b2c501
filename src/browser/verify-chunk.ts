// A signed PDF checked in the pane, loaded on first use (the CMS reader, pkijs and pdf.js are
// large): the same core as `phoihop verify`, digests by WebCrypto, the signature itself checked by
// pkijs over WebCrypto, the PDF's text read by pdf.js (its worker a file of dist/) and compared
// with the workbook in hand. No trust anchors in the pane: trust is the command line's --trust.
import { joinBytes } from '../core/bytes';
import { t, UserError, type Lang } from '../core/i18n';
import type { RegulationModel } from '../core/model';
import type { Digest } from '../core/signatures/cms';
import { formatVerify, summaryLine } from '../core/signatures/format';
import { verifyFailureError, verifyPdf, type VerifyReport } from '../core/signatures/verify';
import { pdfModel } from '../pdf/pdf-regulation';
import { pdfWorker, readPdfText } from '../pdf/read-pdf';

// Beside the pane's own files (webpack.config.js copies it there).
if (typeof document !== 'undefined') pdfWorker.src = new URL('pdf.worker.min.js', document.baseURI).href;

/** A signed regulation is a few MB; the CLI's limit. */
const PDF_BYTES_LIMIT = 200 * 1024 * 1024;

/** WebCrypto digests in one call: the signed ranges are joined (a few MB at most). */
export const webDigest: Digest = async (algorithm, parts) => {
  const data = joinBytes(parts);
  return new Uint8Array(await crypto.subtle.digest(algorithm, data as BufferSource));
};

/**
 * The PDF's regulation for the comparison; none when it has no text layer (a signed scan). A file
 * pdf.js cannot read is left to the signature scan, which says whether it is a PDF at all.
 */
async function contentOf(bytes: Uint8Array, file: string): Promise<RegulationModel | UserError | 'scan'> {
  try {
    const read = await readPdfText(bytes, file);
    return read.hasTextLayer ? pdfModel(read.text) : 'scan';
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
}

export interface VerifiedPdf {
  report: VerifyReport;
  /** Signed, every signature intact, nothing added after the last, the content matching (trust aside). */
  holds: boolean;
  /** `phoihop verify`'s summary sentence. */
  summary(lang: Lang): string;
  /** Its further lines, less the hint about --trust (the pane has no trust folder: said once). */
  lines(lang: Lang): string[];
}

/** The PDF's signatures, against the workbook in hand when there is one (DESIGN §10), as the clerk reads them. */
export async function verifySignedPdf(
  bytes: Uint8Array,
  file: string,
  workbook: RegulationModel | null,
): Promise<VerifiedPdf> {
  const content = workbook ? await contentOf(bytes, file) : undefined;
  const report = await verifyReport(bytes, file, workbook, content);
  const checked = report.signatures.some((s) => !s.problem);
  // A signed scan: the signatures are checked, its content cannot be read here (OCR is the CLI's).
  const scan = content === 'scan';
  return {
    report,
    holds:
      report.signatures.length > 0 &&
      report.signatures.every((s) => s.intact && !s.expiredAtSigning) &&
      !report.modifiedAfterLastSignature &&
      (report.content?.matches ?? true),
    summary: (lang) =>
      [summaryLine(report, lang), scan ? t(lang, 'pane.verify.scan', { file }) : ''].filter(Boolean).join(' '),
    lines: (lang) => [
      ...formatVerify(report, lang)
        .trimEnd()
        .split('\n')
        .slice(1, checked ? -1 : undefined),
      ...(checked ? [t(lang, 'pane.verify.noTrust')] : []),
    ],
  };
}

async function verifyReport(
  bytes: Uint8Array,
  file: string,
  workbook: RegulationModel | null,
  content: RegulationModel | UserError | 'scan' | undefined,
): Promise<VerifyReport> {
  if (bytes.length > PDF_BYTES_LIMIT)
    throw new UserError('verify.tooLarge', {
      file,
      size: Math.ceil(bytes.length / 1024 / 1024),
      limit: PDF_BYTES_LIMIT / 1024 / 1024,
    });
  const result = await verifyPdf(bytes, file, {
    digest: webDigest,
    anchors: null,
    workbook: workbook ?? undefined,
    pdfContent: content instanceof UserError || content === 'scan' ? undefined : content,
  });
  if ('problem' in result) throw verifyFailureError(file, result);
  if (content instanceof UserError) throw content;
  return result;
}
