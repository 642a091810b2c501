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
    const fields = DOCUMENT_FIELDS.filter((f) => content.document[f.key] !== undefined);
    const rows: CellValue[][] =
      spec.key === 'document'
        ? fields.map((f) => [f.label, content.document[f.key] ?? null])
        : (content.blocks[spec.key] ?? []).map((r) => spec.columns.map((c) => (r[c.key] ?? null) as CellValue));
    const grid: SheetGrid = { name: spec.sheet, rows: [header, ...rows] };
    // Notes where the workbook writer puts them: a Văn bản field's on its value, a row's on its first cell.
    const notes = Object.entries(content.notes?.[spec.key] ?? {});
    if (notes.length > 0)
      grid.notes = Object.fromEntries(
        notes.map(([i, note]) =>
          spec.key === 'document'
            ? [`B${fields.indexOf(DOCUMENT_FIELDS[Number(i)]) + 2}`, note]
            : [`A${Number(i) + 2}`, note],
        ),
      );
    return grid;
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
