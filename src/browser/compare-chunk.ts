// The bảng so sánh in the pane, loaded on first use (the `docx` writer is large): the same writer
// as `phoihop diff -o`, last year's and this year's regulation compared by the core.
import type { Comparison } from '../core/diff';
import type { RegulationModel } from '../core/model';
import { writeComparisonDocument } from '../docx/write-comparison';
import { fileNamePart } from './download';

export async function comparisonDocument(
  cmp: Comparison,
  before: RegulationModel,
  after: RegulationModel,
  generator: string,
): Promise<{ bytes: Uint8Array; fileName: string }> {
  const years = [before.document.schoolYear?.text ?? '', after.document.schoolYear?.text ?? '']
    .map(fileNamePart)
    .filter(Boolean);
  return {
    bytes: await writeComparisonDocument(cmp, after, generator),
    fileName: `bang-so-sanh${years.length ? '-' + years.join('-') : ''}.docx`,
  };
}
