// Reading a .zip from its central directory: the list of entries with their declared sizes (to
// refuse a zip bomb before inflating anything) and the content of the few entries a reader
// wants. Inflation is a parameter: Node passes its native zlib, which is several times faster
// than JavaScript on the many small parts of a workbook and keeps them off the JS heap; the
// browser uses fflate. Zip64 sizes and offsets are read; encryption is not supported (.xlsx
// encryption is an OLE container, refused before this).
import { inflateSync, strFromU8 } from 'fflate';

export class ZipReadError extends Error {}

export interface ZipDirectoryEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  /** As declared in the directory. */
  size: number;
  localHeaderOffset: number;
}

/** Inflate raw deflate data whose unpacked size the directory declares. */
export type InflateRaw = (data: Uint8Array, size: number) => Uint8Array;

export const inflateWithFflate: InflateRaw = (data, size) => inflateSync(data, { out: new Uint8Array(size) });

const u16 = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const u32 = (b: Uint8Array, i: number) => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;
const u64 = (b: Uint8Array, i: number) => u32(b, i) + u32(b, i + 4) * 0x1_0000_0000;
const MAX32 = 0xffff_ffff;

function need(bytes: Uint8Array, end: number, what: string): void {
  if (end > bytes.length) throw new ZipReadError(`${what} past the end of the file`);
}

/** Every entry of the central directory, in its order. */
export function zipDirectory(bytes: Uint8Array): ZipDirectoryEntry[] {
  // The end-of-directory record sits in the last 22 bytes plus a comment of up to 64 KB.
  let eocd = bytes.length - 22;
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  while (eocd >= stop && u32(bytes, eocd) !== 0x06054b50) eocd--;
  if (eocd < stop) throw new ZipReadError('no end of central directory');
  let count = u16(bytes, eocd + 10);
  let offset = u32(bytes, eocd + 16);
  if (eocd >= 20 && u32(bytes, eocd - 20) === 0x07064b50) {
    const z = u64(bytes, eocd - 12);
    need(bytes, z + 56, 'zip64 directory record');
    if (u32(bytes, z) === 0x06064b50) {
      count = u64(bytes, z + 32);
      offset = u64(bytes, z + 48);
    }
  }
  const entries: ZipDirectoryEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    need(bytes, p + 46, 'central directory entry');
    if (u32(bytes, p) !== 0x02014b50) throw new ZipReadError('broken central directory');
    const nameLength = u16(bytes, p + 28);
    const extraLength = u16(bytes, p + 30);
    const commentLength = u16(bytes, p + 32);
    need(bytes, p + 46 + nameLength + extraLength, 'central directory entry');
    const utf8 = (u16(bytes, p + 8) & 0x800) !== 0;
    const name = strFromU8(bytes.subarray(p + 46, p + 46 + nameLength), !utf8);
    let compressedSize = u32(bytes, p + 20);
    let size = u32(bytes, p + 24);
    let localHeaderOffset = u32(bytes, p + 42);
    if (compressedSize === MAX32 || size === MAX32 || localHeaderOffset === MAX32) {
      // Zip64: the values that overflowed follow in the 0x0001 extra field, in this order.
      for (let x = p + 46 + nameLength; x + 4 <= p + 46 + nameLength + extraLength; x += 4 + u16(bytes, x + 2)) {
        if (u16(bytes, x) !== 1) continue;
        let v = x + 4;
        if (size === MAX32) {
          size = u64(bytes, v);
          v += 8;
        }
        if (compressedSize === MAX32) {
          compressedSize = u64(bytes, v);
          v += 8;
        }
        if (localHeaderOffset === MAX32) localHeaderOffset = u64(bytes, v);
        break;
      }
    }
    entries.push({ name, method: u16(bytes, p + 10), compressedSize, size, localHeaderOffset });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The unpacked content of one entry. */
export function zipEntryContent(
  bytes: Uint8Array,
  entry: ZipDirectoryEntry,
  inflate: InflateRaw = inflateWithFflate,
): Uint8Array {
  const h = entry.localHeaderOffset;
  need(bytes, h + 30, `${entry.name}: local header`);
  if (u32(bytes, h) !== 0x04034b50) throw new ZipReadError(`${entry.name}: broken local header`);
  const start = h + 30 + u16(bytes, h + 26) + u16(bytes, h + 28);
  need(bytes, start + entry.compressedSize, entry.name);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data;
  if (entry.method === 8) {
    try {
      return inflate(data, entry.size);
    } catch (e) {
      // Node's zlib refuses to unpack past the declared size; fflate stops there silently.
      throw new ZipReadError(
        `${entry.name}: ${(e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? `unpacks to more than its declared ${entry.size} bytes` : (e as Error).message}`,
      );
    }
  }
  throw new ZipReadError(`${entry.name}: unknown compression method ${entry.method}`);
}
