// batch's signed-copies step: each PDF of the folder is verified as `phoihop verify` does, against
// the school's workbook when it sent one (a regulation workbook in the same folder, the one with
// the PDF's number if there are several). Runs on the main thread after the workers: verifying
// is a digest and a few signature checks. The PDF's text (for its school and number) is the one
// its worker read when it checked the PDF as a regulation; read here only when no worker did
// (documents not read, or the worker's read failed), so pdf.js parses each PDF once.
import path from 'node:path';
import { withSignedCopy } from '../../core/batch/signed-copy';
import type { FileSummary, SignedCopyFacts } from '../../core/batch/types';
import type { RegulationModel } from '../../core/model';
import { pdfModel } from '../../pdf/pdf-regulation';
import { verifyPdf } from '../../core/signatures/verify';
import type * as pkijs from 'pkijs';
import { readPdfText } from '../../pdf/read-pdf';
import { readRegulationFile } from '../regulation-file';
import { nodeCheck, nodeDigest, readPdfFile } from '../verify-file';

const isPdf = (rel: string) => /\.pdf$/i.test(rel);
const dirOf = (rel: string) => path.posix.dirname(rel);

async function workbookFor(
  pdf: FileSummary,
  number: string,
  summaries: FileSummary[],
  folder: string,
): Promise<{ rel: string; model: RegulationModel } | null> {
  const beside = summaries.filter(
    (s) => s.kind === 'regulation' && !isPdf(s.path) && dirOf(s.path) === dirOf(pdf.path),
  );
  const chosen =
    beside.find((s) => number && s.regulation?.number === number) ?? (beside.length === 1 ? beside[0] : null);
  if (!chosen) return null;
  try {
    const { model } = await readRegulationFile(path.join(folder, ...chosen.path.split('/')));
    return { rel: chosen.path, model };
  } catch {
    return null;
  }
}

/** The workbook of a joint row (the school sent both). */
async function ownWorkbook(rel: string, folder: string): Promise<{ rel: string; model: RegulationModel } | null> {
  try {
    return { rel, model: (await readRegulationFile(path.join(folder, ...rel.split('/')))).model };
  } catch {
    return null;
  }
}

/** The summaries with every readable PDF's signature facts added (others left as they were). */
export async function attachSignedCopies(
  summaries: FileSummary[],
  folder: string,
  anchors: pkijs.Certificate[] | null,
  pdfTexts: ReadonlyMap<string, string> = new Map(),
): Promise<FileSummary[]> {
  const out: FileSummary[] = [];
  for (const summary of summaries) {
    // A PDF's own row, or the joint row of a workbook and the PDF of the same regulation.
    const joined = !isPdf(summary.path) && summary.document && isPdf(summary.document.path);
    const pdfPath = isPdf(summary.path) ? summary.path : joined ? summary.document!.path : null;
    if (!pdfPath) {
      out.push(summary);
      continue;
    }
    try {
      const file = path.join(folder, ...pdfPath.split('/'));
      const bytes = await readPdfFile(file);
      const known = pdfTexts.get(pdfPath);
      const { text, hasTextLayer } =
        known !== undefined ? { text: known, hasTextLayer: true } : await readPdfText(bytes, file);
      const read = pdfModel(text);
      const number = read.document.fields.number?.raw ?? '';
      // A PDF left alone beside several workbooks of its number is compared with none of them.
      const workbook = joined
        ? await ownWorkbook(summary.path, folder)
        : summary.document?.sameNumber
          ? null
          : await workbookFor(summary, number, summaries, folder);
      const report = await verifyPdf(bytes, file, {
        digest: nodeDigest,
        check: nodeCheck,
        anchors,
        workbook: workbook?.model,
        // A scan has no text to compare here (its OCR reading is the row's, marked Kiểm tra lại).
        pdfContent: hasTextLayer ? read : undefined,
      });
      if ('problem' in report) {
        out.push(summary);
        continue;
      }
      const sigs = report.signatures;
      const facts: SignedCopyFacts = {
        signatures: sigs.length,
        signingParties: report.parties ? report.parties.length : null,
        signedParties: report.parties ? report.parties.filter((p) => p.signed).length : null,
        intact: sigs.length > 0 && sigs.every((s) => s.intact && s.trusted !== false && !s.expiredAtSigning),
        modified: report.modifiedAfterLastSignature,
        contentMatches: report.content ? report.content.matches : null,
        school: workbook?.model.document.fields.issuer?.raw || read.document.fields.issuer?.raw || '',
        number: workbook?.model.document.fields.number?.raw || number,
        workbook: workbook?.rel ?? '',
        times: sigs.map((s) => ({
          name: s.signer.name,
          party: s.party,
          signedAt: s.signedAt,
          timestampedAt: s.timestampedAt,
          timestampProblem: s.timestampProblem,
        })),
      };
      out.push(withSignedCopy(summary, facts));
    } catch {
      // Not readable as a PDF: the row the workers gave it says so already.
      out.push(summary);
    }
  }
  return out;
}
