// The direct reader of word/document.xml (src/docx/direct-docx.ts) gives the text mammoth gives:
// docxToText with it and with mammoth alone (`direct: false`) must agree, text and conversions,
// on the export of every seed and corpus document (which it must read itself, not hand back to
// mammoth), on the seeds laid out as Word files (tables with merged cells, line breaks, text boxes,
// All Caps by run and by style, list numbering, legacy fonts), and on what it leaves to mammoth.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildWordDocument } from '../../src/core/export';
import { importText } from '../../src/core/import';
import { directDocument, plainXml, scanTag, tag } from '../../src/docx/direct-docx';

/** A tag as a pattern: its slash, name, attributes' text and empty mark (the reference scanTag is held to). */
const TAG = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
import { decodePieces, docxToText, unzipDocx } from '../../src/docx/read-docx';
import { writeWordDocument } from '../../src/docx/write-document';
import { modelOf } from '../helpers/content-grids';
import { CORPUS } from '../import/corpus';
import { buildDocx, p } from '../import/docx-builder';
import { DOCX_LAYOUTS } from '../import/layouts';
import { TCVN3_SENTENCE, toTcvn3 } from '../import/documents';

const SEEDS = path.resolve(__dirname, '../../../shared/seeds');
const seeds = existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')) : [];
const DOCS = [
  ...seeds.map((f) => ({ id: f, text: readFileSync(path.join(SEEDS, f), 'utf8') })),
  ...CORPUS.map((d) => ({ id: d.id, text: d.text })),
];

/** Both readings of a .docx, and whether the direct reader took the document itself. */
async function bothReadings(bytes: Uint8Array) {
  const entries = unzipDocx(bytes, 1 << 26);
  const direct = await docxToText(entries);
  const mammoth = await docxToText(entries, { direct: false });
  const whole = directDocument(strFromU8(entries['word/document.xml']));
  // Read in pieces of a few tags (a long document's are 32 KB), the tree is the same.
  expect(directDocument(decodePieces(entries['word/document.xml'], 64))).toEqual(whole);
  return { direct, mammoth, itself: whole !== null };
}

describe('the direct .docx reader reads what mammoth reads', () => {
  it.each(DOCS.map((d) => [d.id, d] as const))('%s, exported', async (_, doc) => {
    const model = modelOf(importText(doc.text).content);
    const { direct, mammoth, itself } = await bothReadings(await writeWordDocument(buildWordDocument(model)));
    expect(itself).toBe(true);
    expect(direct.text.length).toBeGreaterThan(0);
    expect(direct).toEqual(mammoth);
  });

  const laidOut = seeds.flatMap((f) =>
    Object.keys(DOCX_LAYOUTS).map((layout) => [f, layout, readFileSync(path.join(SEEDS, f), 'utf8')] as const),
  );
  it.each(laidOut)('%s as %s', async (_, layout, text) => {
    const { direct, mammoth } = await bothReadings(DOCX_LAYOUTS[layout](text));
    expect(direct).toEqual(mammoth);
  });

  it('reads legacy fonts, caps, entities, breaks and merged cells itself', async () => {
    const bytes = buildDocx({
      body: [
        p({ text: toTcvn3(TCVN3_SENTENCE), font: '.VnTime' }, { text: ' A & B < C', caps: true, breakBefore: true }),
        {
          table: [
            [
              { paras: [p('gộp hai cột')], span: 2 },
              { paras: [p('gộp dọc')], merge: 'restart' },
            ],
            [[p('một')], [p('hai')], { paras: [p('')], merge: 'continue' }],
          ],
        },
      ],
    });
    const { direct, mammoth, itself } = await bothReadings(bytes);
    expect(itself).toBe(true);
    expect(direct.conversions.length).toBeGreaterThan(0);
    expect(direct).toEqual(mammoth);
  });

  it('leaves tracked changes, fields, hyperlinks, comments and declarations to mammoth', async () => {
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const body = (inner: string) => `<?xml version="1.0"?><w:document ${W}><w:body>${inner}</w:body></w:document>`;
    const cases = [
      '<w:p><w:ins><w:r><w:t>thêm</w:t></w:r></w:ins><w:del><w:r><w:delText>bỏ</w:delText></w:r></w:del></w:p>',
      '<w:p><w:hyperlink w:anchor="x"><w:r><w:t>liên kết</w:t></w:r></w:hyperlink></w:p>',
      '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r></w:p>',
      '<w:p><w:pPr><w:rPr><w:del/></w:rPr></w:pPr><w:r><w:t>đoạn bị xoá</w:t></w:r></w:p>',
      '<!-- chú thích --><w:p><w:r><w:t>x</w:t></w:r></w:p>',
      '<w:sdt><w:sdtContent><w:p><w:r><w:t>x</w:t></w:r></w:p></w:sdtContent></w:sdt>',
    ];
    for (const inner of cases) {
      expect(directDocument(body(inner)), inner).toBeNull();
      expect(directDocument(decodePieces(strToU8(body(inner)), 8)), inner).toBeNull();
    }
    // Not well formed, a `<` inside an attribute's value falls where a piece is cut: read whole, as before.
    const lenient = body('<w:p><w:r><w:rPr><w:rFonts w:ascii="a><b"/></w:rPr><w:t>chữ</w:t></w:r></w:p>');
    const cut = decodePieces(strToU8(lenient), 8);
    expect(cut.some((piece) => piece.startsWith('<b"/>'))).toBe(true);
    expect(directDocument(cut)).toEqual(directDocument(lenient));
    expect(directDocument(lenient)).not.toBeNull();
    expect(directDocument(body('<w:p><w:r><w:t>a &amp; b</w:t></w:r></w:p>'))).not.toBeNull();
    expect(plainXml('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "x">]><a>&e;</a>')).toBe(false);
    expect(plainXml('<a><b/></a>')).toBe(true);
    expect(plainXml('<a><b></a></b>')).toBe(false);

    // A package with tracked changes reads the same through both doors (mammoth's).
    const bytes = buildDocx({ body: [p('Điều 1. Phạm vi')] });
    const entries = unzipDocx(bytes, 1 << 26);
    const document = strFromU8(entries['word/document.xml']).replace(
      '</w:body>',
      '<w:p><w:ins w:id="1" w:author="a" w:date="2025-01-01T00:00:00Z"><w:r><w:t>Điều 2. Thêm</w:t></w:r></w:ins></w:p></w:body>',
    );
    const changed = zipSync({ ...entries, 'word/document.xml': strToU8(document) });
    const { direct, mammoth, itself } = await bothReadings(changed);
    expect(itself).toBe(false);
    expect(direct).toEqual(mammoth);
    expect(direct.text).toContain('Điều 2. Thêm');
  });
});

describe('the tag scanner reads what the tag pattern matches', () => {
  it('on 50,000 made-up tags of names, spaces, quotes, slashes and signs', () => {
    const alphabet = [
      '<',
      '/',
      '>',
      '=',
      '"',
      "'",
      ' ',
      '\t',
      '\n',
      '\u00a0',
      '\u3000',
      'w',
      ':',
      'a',
      'Z',
      '1',
      '-',
      '.',
      '_',
      'ệ',
    ];
    let seed = 26;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor(seed / 65536) % n;
    };
    const seen = { tags: 0, withAttributes: 0 };
    for (let i = 0; i < 50_000; i++) {
      // Mostly well formed (a name, attributes, an end), with a few signs anywhere in between.
      let xml = '<' + (random(3) === 0 ? '/' : '') + ['w:p', 'w:rFonts', 'a', '_x', '1', ''][random(6)];
      for (let k = random(4); k > 0; k--)
        xml += [' w:val="x"', " w:val = 'y'", ' a=', '\u00a0b="c>d"', ' ="', "\t\nc=''", ' d="e'][random(7)];
      for (let k = random(4) === 0 ? random(4) : 0; k > 0; k--) xml += alphabet[random(alphabet.length)];
      xml += ['>', '/>', ' >', ' / >', '\u3000/>', ''][random(6)] + (random(2) ? ' x="y">' : '');
      TAG.lastIndex = 0;
      const m = TAG.exec(xml);
      expect(scanTag(xml, 0), xml).toBe(m !== null);
      if (!m) continue;
      seen.tags++;
      if (m[3]) seen.withAttributes++;
      expect([tag.end, tag.closing, tag.name, xml.slice(tag.attrsFrom, tag.attrsTo), tag.empty], xml).toEqual([
        TAG.lastIndex,
        m[1] === '/',
        m[2],
        m[3],
        m[4] === '/',
      ]);
    }
    expect(seen.tags).toBeGreaterThan(5_000);
    expect(seen.withAttributes).toBeGreaterThan(1_000);
  });
});
