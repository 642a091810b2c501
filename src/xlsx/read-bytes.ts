// The one way an .xlsx becomes grids, for the CLI, the batch workers and the pane's upload alike:
// the checks on the bytes, then the lean reader, every failure a UserError naming the file. Only
// the inflater differs (Node's zlib on disk, fflate in a browser), so any workbook one reads, the
// other reads.
import { msg, UserError } from '../core/i18n';
import { checkXlsxBytes, XLSX_LIMITS } from './check-bytes';
import { LeanReadError, leanReadWorkbook, type LeanWorkbook } from './lean-read';
import { inflateWithFflate, ZipReadError, type InflateRaw } from './zip-read';

export const MAX_ROWS_PER_SHEET = XLSX_LIMITS.rowsPerSheet;

/** Check the bytes of an .xlsx and read its sheets and properties, every failure a UserError naming `file`. */
export function readXlsxBytes(bytes: Uint8Array, file: string, inflate: InflateRaw = inflateWithFflate): LeanWorkbook {
  checkXlsxBytes(bytes, file);
  try {
    // A margin for the header rows; beyond this the reader stops instead of filling memory.
    return leanReadWorkbook(bytes, MAX_ROWS_PER_SHEET + 20, inflate);
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
    throw new UserError('input.notXlsx', { file, detail: msg('detail.damagedXlsx', {}, detail) });
  }
}
