// A signed PDF's text read as a regulation, for comparing it with the school's workbook: the
// import reads the text into a workbook's content, and the workbook reader makes the model.
import { importText } from '../core/import';
import type { CellValue, SheetGrid } from '../core/grid';
import { BLOCKS, DOCUMENT_FIELDS } from '../core/layout';
import type { RegulationModel } from '../core/model';
import { readWorkbook } from '../core/read-workbook';
import type { WorkbookContent } from '../core/template/content';

function contentGrids(content: WorkbookContent): SheetGrid[] {
  return BLOCKS.map((spec) => {
    const header: CellValue[] = spec.columns.map((c) => c.header);
    const rows: CellValue[][] =
      spec.key === 'document'
        ? DOCUMENT_FIELDS.filter((f) => content.document[f.key] !== undefined).map((f) => [
            f.label,
            (content.document[f.key] ?? null) as CellValue,
          ])
        : (content.blocks[spec.key] ?? []).map((r) => spec.columns.map((c) => (r[c.key] ?? null) as CellValue));
    return { name: spec.sheet, rows: [header, ...rows] };
  });
}

/** The regulation the PDF's text holds, read as `import` reads a document. */
export function pdfModel(text: string): RegulationModel {
  return readWorkbook(contentGrids(importText(text).content), { source: 'pdf' });
}
