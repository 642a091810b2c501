// The Node side of file handling: inputs are checked before parsing (size, zip directory,
// encryption) and outputs are written atomically, so a failed run leaves nothing half-written.
import { promises as fs, constants as fsConstants } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { UserError } from '../core/i18n';

export const LIMITS = {
  /** Largest input file read, in bytes. */
  fileBytes: 64 * 1024 * 1024,
  /** Largest total declared unpacked size of an .xlsx, in bytes. */
  unpackedBytes: 512 * 1024 * 1024,
};

const MB = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;

export async function readInputFile(file: string, limit = LIMITS.fileBytes): Promise<Uint8Array> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch {
    throw new UserError('input.notFound', { file });
  }
  if (!stat.isFile()) throw new UserError('input.unreadable', { file, detail: { vi: 'không phải tệp', en: 'not a file' } });
  if (stat.size > limit) throw new UserError('input.tooLarge', { file, size: MB(stat.size), limit: MB(limit) });
  try {
    return new Uint8Array(await fs.readFile(file));
  } catch (e) {
    throw new UserError('input.unreadable', { file, detail: (e as Error).message });
  }
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const startsWith = (b: Uint8Array, magic: number[]) => magic.every((m, i) => b[i] === m);

/** Refuse what exceljs should never see: not a zip, encrypted, no workbook part, or a zip bomb. */
export function checkXlsxBytes(bytes: Uint8Array, file: string, unpackedLimit = LIMITS.unpackedBytes): void {
  if (startsWith(bytes, OLE_MAGIC)) {
    // Password-protected .xlsx files are OLE containers, as are legacy .xls files.
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
        return false; // read the directory only; inflate nothing
      },
    });
  } catch (e) {
    throw new UserError('input.notXlsx', { file, detail: { vi: `tệp nén hỏng (${(e as Error).message})`, en: `damaged zip (${(e as Error).message})` } });
  }
  if (total > unpackedLimit) throw new UserError('input.zipBomb', { file, size: MB(total), limit: MB(unpackedLimit) });
  if (!hasWorkbook) throw new UserError('input.noWorkbookPart', { file });
}

/** Write bytes to a temporary file beside the target, then rename: all or nothing. */
export async function writeFileAtomic(target: string, data: Uint8Array | string): Promise<void> {
  const dir = path.dirname(path.resolve(target));
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(tmp, data);
    await fs.rename(tmp, target);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw new UserError('cli.cannotWrite', { file: target, detail: (e as Error).message });
  }
}

export async function isReadableDir(dir: string): Promise<boolean> {
  try {
    await fs.access(dir, fsConstants.R_OK);
    return (await fs.stat(dir)).isDirectory();
  } catch {
    return false;
  }
}

export function samePath(a: string, b: string): boolean {
  return path.resolve(a) === path.resolve(b);
}
