// The .docx unpacker (unzipDocx): in Node it reads the zip directory once and inflates the XML
// parts with zlib, where fflate read it twice and inflated in JavaScript. It must hand back
// exactly what fflate hands back (the same parts, in the same order, byte for byte), a stored
// part included; an archive that lies about a part's size reads as fflate reads it; a zip bomb
// is refused before anything is inflated.
import { strToU8, unzipSync, zipSync, type Unzipped } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildWordDocument } from '../../src/core/export';
import { importText } from '../../src/core/import';
import { DocxTooLarge, unzipDocx } from '../../src/docx/read-docx';
import { writeWordDocument } from '../../src/docx/write-document';
import { modelOf } from '../helpers/content-grids';
import { CORPUS } from '../import/corpus';
import { buildDocx, p } from '../import/docx-builder';

/** What fflate alone gives: the XML and relationship parts. */
const byFflate = (bytes: Uint8Array): Unzipped =>
  unzipSync(bytes, { filter: (entry) => /\.(xml|rels)$/i.test(entry.name) });

function expectSameParts(actual: Unzipped, expected: Unzipped): void {
  expect(Object.keys(actual)).toEqual(Object.keys(expected));
  for (const name of Object.keys(expected)) {
    expect(actual[name]).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(actual[name]).equals(Buffer.from(expected[name])), name).toBe(true);
  }
}

/** Offsets of each central directory entry of an archive fflate wrote (no comments, no zip64). */
function centralEntries(bytes: Uint8Array): number[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.length - 22;
  const count = view.getUint16(end + 10, true);
  const offsets: number[] = [];
  for (let i = 0, at = view.getUint32(end + 16, true); i < count; i++) {
    offsets.push(at);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return offsets;
}

describe('unzipDocx gives the parts fflate gives', () => {
  it.each(CORPUS.slice(0, 3).map((d) => [d.id, d] as const))('%s, exported', async (_, doc) => {
    const bytes = await writeWordDocument(buildWordDocument(modelOf(importText(doc.text).content)));
    const parts = unzipDocx(bytes, 1 << 26);
    expect(parts['word/document.xml'].length).toBeGreaterThan(1000);
    expectSameParts(parts, byFflate(bytes));
  });

  it('a Word file with a stored part and a picture (never inflated)', () => {
    const built = unzipSync(buildDocx({ body: [p('Điều 1. Phạm vi điều chỉnh')] }));
    const bytes = zipSync({
      ...Object.fromEntries(Object.entries(built).map(([name, data]) => [name, [data, { level: 0 }] as const])),
      'word/media/image1.png': new Uint8Array(4096).fill(7),
    });
    const parts = unzipDocx(bytes, 1 << 26);
    expect(parts['word/media/image1.png']).toBeUndefined();
    expectSameParts(parts, byFflate(bytes));
  });

  it('a part that unpacks past its declared size reads as fflate reads it', () => {
    const xml = strToU8(`<?xml version="1.0"?><w:document>${'<w:p/>'.repeat(2000)}</w:document>`);
    const bytes = zipSync({ 'word/document.xml': xml, 'word/styles.xml': strToU8('<w:styles/>') });
    // The directory says the document is 100 bytes.
    new DataView(bytes.buffer).setUint32(centralEntries(bytes)[0] + 24, 100, true);
    const expected = byFflate(bytes);
    expect(expected['word/document.xml'].length).toBe(100);
    expectSameParts(unzipDocx(bytes, 1 << 26), expected);
  });

  it('a zip bomb is refused by its declared sizes', () => {
    const bytes = zipSync({ 'word/document.xml': new Uint8Array(3 * 1048576).fill(0x20) });
    expect(() => unzipDocx(bytes, 2 * 1048576)).toThrow(DocxTooLarge);
  });
});
