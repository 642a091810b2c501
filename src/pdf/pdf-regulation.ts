// A signed PDF's text read as a regulation, for comparing it with the school's workbook (verify in
// the CLI and the pane): the import reads the text into a workbook's content, the workbook reader makes the model.
import { importText } from '../core/import';
import type { CellValue, SheetGrid } from '../core/grid';
import type { RegulationModel } from '../core/model';
import { readWorkbook } from '../core/read-workbook';
import type { WorkbookContent } from '../core/template/content';
import { templateSheets } from '../core/template/sheets';

/** The block sheets the template would hold, as grids (the lines left unplaced are not compared). */
function contentGrids(content: WorkbookContent): SheetGrid[] {
  return templateSheets(content)
    .filter((sheet) => sheet.block)
    .map((sheet) => ({ name: sheet.name, rows: [sheet.headers, ...sheet.rows] as CellValue[][] }));
}

/** The regulation the PDF's text holds, read as `import` reads a document. */
export function pdfModel(text: string): RegulationModel {
  return readWorkbook(contentGrids(importText(text).content), { source: 'pdf' });
}
