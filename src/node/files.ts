// The Node side of file handling: inputs are checked before parsing (size, zip directory,
// encryption) and outputs are written atomically, so a failed run leaves nothing half-written.
import { promises as fs, constants as fsConstants, readFileSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { msg, UserError, type Message, type MessageKey } from '../core/i18n';
import { checkXlsxBytes, megabytes, XLSX_LIMITS } from '../xlsx/check-bytes';
import type { InflateRaw } from '../xlsx/zip-read';

export const LIMITS = XLSX_LIMITS;
export { checkXlsxBytes };

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

export async function readInputFile(file: string, limit = LIMITS.fileBytes): Promise<Uint8Array> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch {
    throw new UserError('input.notFound', { file });
  }
  checkInputStat(file, stat, limit);
  try {
    return new Uint8Array(await fs.readFile(file));
  } catch (e) {
    throw new UserError('input.unreadable', { file, detail: fsErrorDetail(e) });
  }
}

/**
 * The same, blocking: for a batch worker, whose thread has nothing else to do meanwhile. A small
 * file read this way costs a tenth of the asynchronous read, which hops to the thread pool and
 * back several times.
 */
export function readInputFileSync(file: string, limit = LIMITS.fileBytes): Uint8Array {
  let stat;
  try {
    stat = statSync(file);
  } catch {
    throw new UserError('input.notFound', { file });
  }
  checkInputStat(file, stat, limit);
  try {
    return readFileSync(file);
  } catch (e) {
    throw new UserError('input.unreadable', { file, detail: fsErrorDetail(e) });
  }
}

function checkInputStat(file: string, stat: Stats, limit: number): void {
  if (!stat.isFile()) throw new UserError('input.unreadable', { file, detail: msg('detail.notAFile') });
  if (stat.size > limit) throw new UserError('input.tooLarge', { file, size: MB(stat.size), limit: MB(limit) });
}

/**
 * Node's native inflate for the xlsx readers: a workbook is many small parts, and zlib inflates
 * them several times faster than JavaScript, outside the JS heap. Never more than the size the
 * zip directory declares (which the zip-bomb check has already weighed).
 */
export const inflateRawNative: InflateRaw = (data, size) =>
  inflateRawSync(data, { maxOutputLength: Math.max(1, size) });

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
    throw new UserError('cli.cannotWrite', { file: target, detail: fsErrorDetail(e) });
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
