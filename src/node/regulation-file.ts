// Read a regulation workbook from disk into the model, with every failure as a UserError.
import { UserError } from '../core/i18n';
import type { RegulationModel } from '../core/model';
import { readWorkbook } from '../core/read-workbook';
import type { SheetGrid } from '../core/grid';
import { LeanReadError, leanReadWorkbook, type LeanWorkbook } from '../xlsx/lean-read';
import { XLSX_LIMITS } from '../xlsx/check-bytes';
import { ZipReadError } from '../xlsx/zip-read';
import { checkXlsxBytes, inflateRawNative, readInputFile } from './files';

export const MAX_ROWS_PER_SHEET = XLSX_LIMITS.rowsPerSheet;

/** Check the bytes of an .xlsx and read its sheets and properties, every failure a UserError naming `file`. */
export function readXlsxBytes(bytes: Uint8Array, file: string): LeanWorkbook {
  checkXlsxBytes(bytes, file);
  try {
    // A margin for the header rows; beyond this the reader stops instead of filling memory.
    return leanReadWorkbook(bytes, MAX_ROWS_PER_SHEET + 20, inflateRawNative);
  } catch (e) {
    const detail = (e as Error).message ?? String(e);
    if (e instanceof LeanReadError && e.tag)
      throw new UserError('input.unclosedTag', { file, part: e.part ?? '?', tag: e.tag });
    if (/Max .* count .* exceeded/.test(detail)) {
      throw new UserError('input.tooManyRows', {
        file,
        sheet: (e instanceof LeanReadError && e.part) || '?',
        rows: `> ${MAX_ROWS_PER_SHEET}`,
        limit: MAX_ROWS_PER_SHEET,
      });
    }
    if (e instanceof ZipReadError) throw new UserError('input.damagedZip', { file });
    throw new UserError('input.notXlsx', { file, detail });
  }
}

export async function readGridsFromFile(file: string): Promise<SheetGrid[]> {
  return readXlsxBytes(await readInputFile(file), file).grids;
}

export async function readRegulationFile(file: string): Promise<{ model: RegulationModel; grids: SheetGrid[] }> {
  const grids = await readGridsFromFile(file);
  return { model: readWorkbook(grids, { source: file, maxRows: MAX_ROWS_PER_SHEET }), grids };
}
