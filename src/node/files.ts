// The Node side of reading files: inputs are checked before parsing (what the path really is,
// its size, then zip directory and encryption in the readers). Only regular files are read; a
// FIFO, a device or a link to one is named and refused before anything blocks on it.
import {
  promises as fs,
  constants as fsConstants,
  closeSync,
  fstatSync,
  openSync,
  readSync,
  type Stats,
} from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { inBoth, msg, UserError, type Message, type MessageKey } from '../core/i18n';
import { fileTypeKey } from './file-type';
import { checkXlsxBytes, megabytes, XLSX_LIMITS } from '../xlsx/check-bytes';
import type { InflateRaw } from '../xlsx/zip-read';

export const LIMITS = XLSX_LIMITS;
export { checkXlsxBytes };
export { fileTypeKey };
export { writeFileAtomic, writeOutputs, checkOutputs, type OutputFile, type OutputPlan } from './outputs';

const MB = megabytes;

// The file system's reasons, said in the user's language; Node's own English words stay in the English text.
const FS_REASONS: Record<string, MessageKey> = {
  EACCES: 'detail.fs.denied',
  EPERM: 'detail.fs.denied',
  EISDIR: 'detail.fs.isDirectory',
  ENOENT: 'detail.fs.notFound',
  ENOSPC: 'detail.fs.noSpace',
  EDQUOT: 'detail.fs.noSpace',
  EROFS: 'detail.fs.readOnly',
  EBUSY: 'detail.fs.busy',
  EMFILE: 'detail.fs.tooManyOpen',
  ENFILE: 'detail.fs.tooManyOpen',
  ENOTDIR: 'detail.fs.notDirectory',
};

/** Why a read or write failed, as a detail for a message (see `msg`). */
export function fsErrorDetail(e: unknown): Message {
  const err = e as { code?: string; message?: string };
  const known = FS_REASONS[err?.code ?? ''];
  return known ? msg(known, {}, err.code) : msg('detail.fs.other', {}, err?.message ?? String(e));
}

/** Why a path could not be opened or looked at, by its error code. */
export function openFailure(file: string, e: unknown): UserError {
  const code = (e as { code?: string }).code;
  if (code === 'ENOENT') {
    // Node decodes a name with invalid UTF-8 to U+FFFD: the path as typed can never be found.
    if (file.includes('\uFFFD')) return new UserError('input.badName', { file });
    return new UserError('input.notFound', { file });
  }
  if (code === 'ELOOP') return new UserError('input.notRegular', { file, what: inBoth('file.type.symlinkLoop') });
  if (code === 'EACCES' || code === 'EPERM') return new UserError('input.noPermission', { file });
  if (code === 'ENAMETOOLONG') return new UserError('input.nameTooLong', { file });
  if (code === 'ENOTDIR') return new UserError('input.notFound', { file });
  return new UserError('input.unreadable', { file, detail: fsErrorDetail(e) });
}

/**
 * Open a regular file of at most `limit` bytes and hand its descriptor and size to `read`.
 * Opened without waiting (O_NONBLOCK), so a FIFO swapped in for the file is refused instead of
 * hanging; every failure is a UserError saying what the path is.
 */
function withRegularFile<T>(file: string, limit: number, read: (fd: number, size: number) => T): T {
  let fd: number;
  try {
    fd = openSync(file, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
  } catch (e) {
    throw openFailure(file, e);
  }
  try {
    const stat = fstatSync(fd);
    checkInputStat(file, stat, limit);
    return read(fd, stat.size);
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw openFailure(file, e);
  } finally {
    closeSync(fd);
  }
}

/** A whole regular file, blocking; read up to the size fstat gave, so a growing file cannot fill memory. */
export function readInputFileSync(file: string, limit = LIMITS.fileBytes): Uint8Array {
  return withRegularFile(file, limit, (fd, size) => {
    const out = Buffer.allocUnsafe(size);
    let got = 0;
    while (got < size) {
      const n = readSync(fd, out, got, size - got, got);
      if (n === 0) break;
      got += n;
    }
    return new Uint8Array(out.buffer, out.byteOffset, got);
  });
}

/** The first `bytes` bytes of a regular file (checked as readInputFileSync checks it). */
export function readInputHeadSync(file: string, bytes: number, limit = LIMITS.fileBytes): Uint8Array {
  return withRegularFile(file, limit, (fd) => {
    const out = Buffer.alloc(bytes);
    const n = readSync(fd, out, 0, bytes, 0);
    return new Uint8Array(out.buffer, out.byteOffset, n);
  });
}

/**
 * The same for the CLI. Reading a file of a few megabytes in one blocking call costs less than
 * the thread-pool round trips of an asynchronous read, and the CLI has nothing else to do.
 */
export async function readInputFile(file: string, limit = LIMITS.fileBytes): Promise<Uint8Array> {
  return readInputFileSync(file, limit);
}

export function checkInputStat(file: string, stat: Stats, limit: number): void {
  if (!stat.isFile()) throw new UserError('input.notRegular', { file, what: inBoth(fileTypeKey(stat)) });
  if (stat.size > limit) throw new UserError('input.tooLarge', { file, size: MB(stat.size), limit: MB(limit) });
}

/**
 * Node's native inflate for the xlsx readers: a workbook is many small parts, and zlib inflates
 * them several times faster than JavaScript, outside the JS heap. Never more than the size the
 * zip directory declares (which the zip-bomb check has already weighed).
 */
export const inflateRawNative: InflateRaw = (data, size) =>
  inflateRawSync(data, { maxOutputLength: Math.max(1, size) });

export async function isReadableDir(dir: string): Promise<boolean> {
  try {
    await fs.access(dir, fsConstants.R_OK);
    return (await fs.stat(dir)).isDirectory();
  } catch {
    return false;
  }
}
