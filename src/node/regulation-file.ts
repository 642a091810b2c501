// Read a regulation workbook from disk into the model, with every failure as a UserError.
import type { RegulationModel } from '../core/model';
import { readWorkbook } from '../core/read-workbook';
import type { SheetGrid } from '../core/grid';
import type { LeanWorkbook } from '../xlsx/lean-read';
import { MAX_ROWS_PER_SHEET, readXlsxBytes as readWith } from '../xlsx/read-bytes';
import { inflateRawNative, readInputFile } from './files';

export { MAX_ROWS_PER_SHEET };

/** Check the bytes of an .xlsx and read its sheets and properties (Node's zlib inflates), every failure a UserError naming `file`. */
export function readXlsxBytes(bytes: Uint8Array, file: string): LeanWorkbook {
  return readWith(bytes, file, inflateRawNative);
}

export async function readGridsFromFile(file: string): Promise<SheetGrid[]> {
  return readXlsxBytes(await readInputFile(file), file).grids;
}

export async function readRegulationFile(file: string): Promise<{ model: RegulationModel; grids: SheetGrid[] }> {
  const grids = await readGridsFromFile(file);
  return { model: readWorkbook(grids, { source: file, maxRows: MAX_ROWS_PER_SHEET }), grids };
}
