// What exceljs should never be handed, checked on the bytes alone (no file system, so the CLI,
// batch workers and the browser pane share it): not a zip, encrypted, no workbook part, a zip bomb.
import { msg, UserError } from '../core/i18n';
import { zipDirectory } from './zip-read';

export const XLSX_LIMITS = {
  /** Largest input file read, in bytes. */
  fileBytes: 64 * 1024 * 1024,
  /** Largest total declared unpacked size of an .xlsx, in bytes. */
  unpackedBytes: 512 * 1024 * 1024,
  /** Data rows per sheet. */
  rowsPerSheet: 100_000,
};

export const megabytes = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const startsWith = (b: Uint8Array, magic: number[]) => magic.every((m, i) => b[i] === m);

export function checkXlsxBytes(bytes: Uint8Array, file: string, unpackedLimit = XLSX_LIMITS.unpackedBytes): void {
  if (startsWith(bytes, OLE_MAGIC)) {
    // Password-protected .xlsx files are OLE containers, as are legacy .xls files.
    if (/\.xls$/i.test(file))
      throw new UserError('input.notXlsx', {
        file,
        detail: msg('detail.legacyXls'),
      });
    throw new UserError('input.encrypted', { file });
  }
  if (!startsWith(bytes, ZIP_MAGIC))
    throw new UserError('input.notXlsx', {
      file,
      detail: msg('detail.notXlsxZip'),
    });
  let total = 0;
  let hasWorkbook = false;
  try {
    // The directory only: nothing is inflated before the declared sizes are known.
    for (const entry of zipDirectory(bytes)) {
      total += entry.size;
      if (/^xl\/workbook\.xml$/i.test(entry.name)) hasWorkbook = true;
    }
  } catch (e) {
    throw new UserError('input.notXlsx', {
      file,
      detail: msg('detail.damagedZip', {}, (e as Error).message),
    });
  }
  if (total > unpackedLimit)
    throw new UserError('input.zipBomb', { file, size: megabytes(total), limit: megabytes(unpackedLimit) });
  if (!hasWorkbook) throw new UserError('input.noWorkbookPart', { file });
}
