// Build sheet grids straight from WorkbookContent (no xlsx in between), the way the reader
// would see a workbook made by LibreOffice: sheets with a header row and no Tables.
import type { CellValue, SheetGrid } from '../../src/core/grid';
import { BLOCKS, DOCUMENT_FIELDS } from '../../src/core/layout';
import type { RegulationModel } from '../../src/core/model';
import { readWorkbook } from '../../src/core/read-workbook';
import type { WorkbookContent } from '../../src/core/template/content';
import { exampleContent } from '../../src/core/template/example';

export function contentToGrids(content: WorkbookContent): SheetGrid[] {
  return BLOCKS.map((spec) => {
    const header: CellValue[] = spec.columns.map((c) => c.header);
    const rows: CellValue[][] =
      spec.key === 'document'
        ? DOCUMENT_FIELDS.filter((f) => content.document[f.key] !== undefined).map((f) => [
            f.label,
            content.document[f.key] ?? null,
          ])
        : (content.blocks[spec.key] ?? []).map((r) => spec.columns.map((c) => (r[c.key] ?? null) as CellValue));
    return { name: spec.sheet, rows: [header, ...rows] };
  });
}

export function modelOf(content: WorkbookContent): RegulationModel {
  return readWorkbook(contentToGrids(content), { source: 'test.xlsx' });
}

/** A deep copy of the worked example, to change one thing in. */
export function example(): WorkbookContent {
  return structuredClone(exampleContent());
}

/** The example with a change applied. */
export function exampleWith(change: (c: WorkbookContent) => void): WorkbookContent {
  const c = example();
  change(c);
  return c;
}
