// The browser twin of src/node/files.ts#checkXlsxBytes (which imports node:fs): the same
// refusals with the same messages before exceljs sees an uploaded file. A test feeds both the
// same bytes and compares.
import { unzipSync } from 'fflate';
import { UserError } from '../core/i18n';

export const BROWSER_LIMITS = {
  /** Largest file read, as in the CLI. */
  fileBytes: 64 * 1024 * 1024,
  /** Largest total declared unpacked size of an .xlsx. */
  unpackedBytes: 512 * 1024 * 1024,
  /** Data rows per sheet (MAX_ROWS_PER_SHEET of the CLI). */
  rowsPerSheet: 100_000,
};

const MB = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const startsWith = (b: Uint8Array, magic: number[]) => magic.every((m, i) => b[i] === m);

export function checkUploadedXlsx(bytes: Uint8Array, file: string): void {
  if (bytes.length > BROWSER_LIMITS.fileBytes) throw new UserError('input.tooLarge', { file, size: MB(bytes.length), limit: MB(BROWSER_LIMITS.fileBytes) });
  if (startsWith(bytes, OLE_MAGIC)) {
    if (/\.xls$/i.test(file)) throw new UserError('input.notXlsx', { file, detail: { vi: 'định dạng .xls cũ, hãy lưu lại thành .xlsx', en: 'legacy .xls, save it as .xlsx' } });
    throw new UserError('input.encrypted', { file });
  }
  if (!startsWith(bytes, ZIP_MAGIC)) throw new UserError('input.notXlsx', { file, detail: { vi: 'không phải tệp nén Office Open XML', en: 'not an Office Open XML zip' } });
  let total = 0;
  let hasWorkbook = false;
  try {
    unzipSync(bytes, {
      filter: (entry) => {
        total += entry.originalSize;
        if (/^xl\/workbook\.xml$/i.test(entry.name)) hasWorkbook = true;
        return false; // the directory only; nothing is inflated
      },
    });
  } catch (e) {
    throw new UserError('input.notXlsx', { file, detail: { vi: `tệp nén hỏng (${(e as Error).message})`, en: `damaged zip (${(e as Error).message})` } });
  }
  if (total > BROWSER_LIMITS.unpackedBytes) throw new UserError('input.zipBomb', { file, size: MB(total), limit: MB(BROWSER_LIMITS.unpackedBytes) });
  if (!hasWorkbook) throw new UserError('input.noWorkbookPart', { file });
}
