// The zip directory reader under the xlsx readers and the zip-bomb check: it must list what
// fflate lists, read zip64 sizes and offsets, and fail with a message (never hang or allocate
// without bound) on damaged or lying archives. Both inflaters, fflate's and Node's zlib, give
// the same bytes.
import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { inflateRawNative } from '../../src/node/files';
import {
  inflateWithFflate,
  zipDirectory,
  zipEntryContent,
  ZipReadError,
  type ZipDirectoryEntry,
} from '../../src/xlsx/zip-read';

const u16 = (n: number) => [n & 0xff, (n >>> 8) & 0xff];
const u32 = (n: number) => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
const u64 = (n: number) => [...u32(n % 0x1_0000_0000), ...u32(Math.floor(n / 0x1_0000_0000))];

/** A one-entry deflated archive written the zip64 way: sizes and offset only in the 0x0001 extra field. */
function zip64Archive(name: string, content: string): Uint8Array {
  const raw = strToU8(content);
  const packed = new Uint8Array(deflateRawSync(raw));
  const nameBytes = strToU8(name);
  const local = [
    ...u32(0x04034b50),
    ...u16(45),
    ...u16(0x800),
    ...u16(8),
    ...u32(0),
    ...u32(0),
    ...u32(0xffffffff),
    ...u32(0xffffffff),
    ...u16(nameBytes.length),
    ...u16(20),
  ];
  const localExtra = [...u16(1), ...u16(16), ...u64(raw.length), ...u64(packed.length)];
  const localPart = [...local, ...nameBytes, ...localExtra, ...packed];
  const cdExtra = [...u16(1), ...u16(24), ...u64(raw.length), ...u64(packed.length), ...u64(0)];
  const central = [
    ...u32(0x02014b50),
    ...u16(45),
    ...u16(45),
    ...u16(0x800),
    ...u16(8),
    ...u32(0),
    ...u32(0),
    ...u32(0xffffffff),
    ...u32(0xffffffff),
    ...u16(nameBytes.length),
    ...u16(cdExtra.length),
    ...u16(0),
    ...u16(0),
    ...u16(0),
    ...u32(0),
    ...u32(0xffffffff),
    ...nameBytes,
    ...cdExtra,
  ];
  const cdOffset = localPart.length;
  const z64Offset = cdOffset + central.length;
  const z64 = [
    ...u32(0x06064b50),
    ...u64(44),
    ...u16(45),
    ...u16(45),
    ...u32(0),
    ...u32(0),
    ...u64(1),
    ...u64(1),
    ...u64(central.length),
    ...u64(cdOffset),
  ];
  const locator = [...u32(0x07064b50), ...u32(0), ...u64(z64Offset), ...u32(1)];
  const eocd = [
    ...u32(0x06054b50),
    ...u16(0),
    ...u16(0),
    ...u16(0xffff),
    ...u16(0xffff),
    ...u32(0xffffffff),
    ...u32(0xffffffff),
    ...u16(0),
  ];
  return new Uint8Array([...localPart, ...central, ...z64, ...locator, ...eocd]);
}

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');

describe('zip directory', () => {
  it('lists a real workbook as fflate does, and both inflaters unpack every part to the same bytes', () => {
    const bytes = readFileSync('templates/vi-du.xlsx');
    const entries = zipDirectory(bytes);
    const reference = unzipSync(bytes);
    expect(entries.map((e) => e.name).sort()).toEqual(Object.keys(reference).sort());
    for (const entry of entries) {
      const viaFflate = zipEntryContent(bytes, entry, inflateWithFflate);
      const viaZlib = zipEntryContent(bytes, entry, inflateRawNative);
      expect(Buffer.from(viaFflate).equals(Buffer.from(reference[entry.name])), entry.name).toBe(true);
      expect(Buffer.from(viaZlib).equals(Buffer.from(reference[entry.name])), entry.name).toBe(true);
      expect(entry.size).toBe(reference[entry.name].length);
    }
  });

  it('reads stored entries, UTF-8 names and an archive comment', () => {
    const bytes = zipSync(
      { 'xl/Phân công.xml': [strToU8('<a>đã làm</a>'), { level: 0 }], 'b.txt': strToU8('x'.repeat(500)) },
      { comment: 'ghi chú' },
    );
    const entries = zipDirectory(bytes);
    expect(entries.map((e) => [e.name, e.method])).toEqual([
      ['xl/Phân công.xml', 0],
      ['b.txt', 8],
    ]);
    expect(text(zipEntryContent(bytes, entries[0]))).toBe('<a>đã làm</a>');
    expect(text(zipEntryContent(bytes, entries[1], inflateRawNative))).toBe('x'.repeat(500));
  });

  it('reads zip64 sizes and offsets', () => {
    const bytes = zip64Archive('xl/workbook.xml', '<workbook>năm học 2025-2026</workbook>');
    const [entry] = zipDirectory(bytes);
    expect(entry).toMatchObject({
      name: 'xl/workbook.xml',
      method: 8,
      size: strToU8('<workbook>năm học 2025-2026</workbook>').length,
      localHeaderOffset: 0,
    });
    for (const inflate of [inflateWithFflate, inflateRawNative])
      expect(text(zipEntryContent(bytes, entry, inflate))).toBe('<workbook>năm học 2025-2026</workbook>');
  });

  it('fails with a message on a file with no directory, a cut directory, or an unknown method', () => {
    expect(() => zipDirectory(strToU8('PK\u0003\u0004 not really a zip'))).toThrow(
      new ZipReadError('no end of central directory'),
    );
    const bytes = zipSync({ 'a.txt': strToU8('hello') });
    const eocd = bytes.length - 22;
    const cdOffset = bytes[eocd + 16] | (bytes[eocd + 17] << 8);
    const badSignature = bytes.slice();
    badSignature[cdOffset] = 0;
    expect(() => zipDirectory(badSignature)).toThrow(new ZipReadError('broken central directory'));
    const pastEnd = bytes.slice();
    pastEnd.set([0xff, 0xff, 0, 0], eocd + 16);
    expect(() => zipDirectory(pastEnd)).toThrow(new ZipReadError('central directory entry past the end of the file'));
    // A download cut short loses the directory, which sits at the end.
    expect(() => zipDirectory(bytes.subarray(0, bytes.length - 30))).toThrow(
      new ZipReadError('no end of central directory'),
    );
    const entry: ZipDirectoryEntry = { ...zipDirectory(bytes)[0], method: 14 };
    expect(() => zipEntryContent(bytes, entry)).toThrow(/a\.txt: unknown compression method 14/);
  });

  it('an entry that unpacks to more than it declares is refused by zlib and cut short by fflate, never unbounded', () => {
    const bytes = zipSync({ 'xl/sharedStrings.xml': strToU8('A'.repeat(100_000)) });
    const lying = { ...zipDirectory(bytes)[0], size: 100 };
    expect(() => zipEntryContent(bytes, lying, inflateRawNative)).toThrow(
      /xl\/sharedStrings\.xml: unpacks to more than its declared 100 bytes/,
    );
    expect(zipEntryContent(bytes, lying, inflateWithFflate).length).toBe(100);
  });
});
