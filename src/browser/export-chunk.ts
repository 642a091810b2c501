// The Word document of a checked regulation in the pane, loaded on first use (the `docx` writer is
// large): the same builder and writer as `phoihop export`, model in, .docx bytes out.
import { buildWordDocument, checkExportText } from '../core/export';
import { UserError } from '../core/i18n';
import type { RegulationModel } from '../core/model';
import { stripMarks } from '../core/text';
import { writeWordDocument } from '../docx/write-document';
import { fileNamePart } from './download';

export interface ExportedDocument {
  bytes: Uint8Array;
  fileName: string;
  clauses: number;
  signatures: number;
}

/** "quy-che-phoi-hop-2026-2027-20-QCPH-MNSH-CĐ.docx": the kind, the school year and the number. */
export function documentFileName(model: RegulationModel): string {
  const kind = stripMarks(model.document.fields.kind?.raw || 'Quy chế phối hợp').toLowerCase();
  const parts = [kind, model.document.schoolYear?.text ?? '', model.document.fields.number?.raw ?? '']
    .map(fileNamePart)
    .filter(Boolean);
  return `${parts.join('-') || 'van-ban'}.docx`;
}

export async function exportDocument(
  model: RegulationModel,
  generator: string,
  options: { withDecision?: boolean } = {},
): Promise<ExportedDocument> {
  // A cell Word cannot hold is named, as the CLI names it; nothing is silently changed.
  const problem = checkExportText(model);
  if (problem) throw new UserError('export.badText', { ...problem });
  const doc = buildWordDocument(model, options);
  const regulation = doc.parts[doc.parts.length - 1];
  return {
    bytes: await writeWordDocument(doc, generator),
    fileName: documentFileName(model),
    clauses: model.clauses.length,
    signatures: regulation.signatures.length,
  };
}
