// The zip writer's large parts go to Node's thread pool (deflateEarly, zipEntries): whatever
// their size, whether their deflated bytes come back in one piece or several, started early or
// late, in any order, the package holds every part whole and in the order given, as fflate and
// Node's own inflate read it.
import { randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { inflateRawSync } from 'node:zlib';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

/** Byte for byte (vitest's toEqual walks a typed array an element at a time). */
const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
import { zipDirectory, zipEntryContent } from '../../src/xlsx/zip-read';
import { deflateEarly, zipEntries, type ZipEntry } from '../../src/xlsx/zip';

const xml = (rows: number) =>
  strToU8(
    `<sheetData>${Array.from({ length: rows }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>${i}</v></c></row>`).join('')}</sheetData>`,
  );

describe('the zip writer with its large parts on the thread pool', () => {
  it('packs parts deflated early and late, small and large, whole and in parts, in their order', async () => {
    const sheet = xml(20_000); // about 900 KB of XML
    // Random bytes do not deflate: their deflated bytes come back from the pool in several pieces.
    const noise = new Uint8Array(randomBytes(300_000));
    const viet = strToU8('Phối hợp thực hiện nhiệm vụ của năm học; '.repeat(5_000));
    const early = deflateEarly({ name: 'xl/worksheets/sheet1.xml', data: sheet });
    if (availableParallelism() > 1) expect(early.deflated).toBeInstanceOf(Promise);
    expect(deflateEarly({ name: 'small', data: strToU8('<a/>') }).deflated).toBeUndefined();
    const entries: ZipEntry[] = [
      { name: '[Content_Types].xml', data: strToU8('<Types/>') },
      early,
      deflateEarly({ name: 'media/noise.bin', data: [noise.subarray(0, 1), noise.subarray(1)] }),
      { name: 'xl/sharedStrings.xml', data: [viet.subarray(0, 100_000), viet.subarray(100_000)] },
      { name: 'empty', data: new Uint8Array(0) },
    ];
    const zip = await zipEntries(entries, { mtime: new Date(2026, 0, 2, 3, 4, 6) });
    const back = unzipSync(zip);
    expect(Object.keys(back)).toEqual(entries.map((e) => e.name));
    expect(strFromU8(back['xl/worksheets/sheet1.xml'])).toBe(strFromU8(sheet));
    expect(same(back['media/noise.bin'], noise)).toBe(true);
    expect(strFromU8(back['xl/sharedStrings.xml'])).toBe(strFromU8(viet));
    expect(back.empty.length).toBe(0);
    // Node's inflate, given each part's declared size, reads the same.
    for (const entry of zipDirectory(zip)) {
      const data = zipEntryContent(zip, entry, (raw, size) => inflateRawSync(raw, { maxOutputLength: size + 1 }));
      expect(data.length).toBe(entry.size);
      expect(same(data, back[entry.name])).toBe(true);
    }
  });

  it('the same bytes inside, deflated on the pool or in JavaScript', async () => {
    const sheet = xml(5_000);
    const [pooled, portable] = await Promise.all(
      [false, true].map((p) => zipEntries([{ name: 's.xml', data: sheet }], { portable: p })),
    );
    expect(same(unzipSync(pooled)['s.xml'], sheet)).toBe(true);
    expect(same(unzipSync(portable)['s.xml'], sheet)).toBe(true);
  });
});
