// The SpreadsheetML pieces the bulk rows are written with: escaping, shared strings, cells,
// and splicing into the sheet exceljs laid out.
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  encodeRows,
  escapeXml,
  formulaCell,
  numberCell,
  probeStyles,
  rowXml,
  RowSink,
  SharedStrings,
  spliceRows,
  textCell,
} from '../../src/xlsx/sheet-xml';
import { crc32, zipEntries } from '../../src/xlsx/zip';

describe('escapeXml', () => {
  it('escapes markup, drops characters XML 1.0 forbids, keeps Vietnamese and astral text', () => {
    expect(escapeXml('<b>"A" & B</b>')).toBe('&lt;b&gt;&quot;A&quot; &amp; B&lt;/b&gt;');
    expect(escapeXml('a\u0000b\u0001c\u000Bd\tE\nF')).toBe('abcd\tE\nF');
    expect(escapeXml('Phối hợp 😀')).toBe('Phối hợp 😀');
    expect(escapeXml('x\uD800y\uDC00z')).toBe('xyz');
  });

  it('writes a literal _xHHHH_ so that Excel does not read it as an escape', () => {
    expect(escapeXml('A _x0041_ B _x00')).toBe('A _x005F_x0041_ B _x00');
  });
});

describe('SharedStrings', () => {
  const base =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="2"><si><t>a</t></si><si><t>b</t></si></sst>';
  it('continues the table exceljs wrote, stores each string once and counts every use', () => {
    const sst = new SharedStrings(base);
    expect([sst.id('○ Cần làm'), sst.id('x'), sst.id('○ Cần làm'), sst.id(' lề ')]).toEqual([2, 3, 2, 4]);
    const xml = sst
      .toXml()
      .map((p) => strFromU8(p))
      .join('');
    expect(xml).toMatch(/count="7" uniqueCount="5"/);
    expect(xml).toContain(
      '<si><t>a</t></si><si><t>b</t></si><si><t>○ Cần làm</t></si><si><t>x</t></si><si><t xml:space="preserve"> lề </t></si></sst>',
    );
    expect(xml.startsWith('<?xml')).toBe(true);
  });
});

describe('cells and rows', () => {
  it('text is a shared-string cell (never a formula); empty text is a styled empty cell', () => {
    const sst = new SharedStrings(`<sst count="0" uniqueCount="0"></sst>`);
    expect(textCell(sst, 3, 9, 4, '=1+1')).toBe('<c r="C9" s="4" t="s"><v>0</v></c>');
    expect(textCell(sst, 28, 9, 4, '')).toBe('<c r="AB9" s="4"/>');
    expect(numberCell(1, 9, 2, 12)).toBe('<c r="A9" s="2"><v>12</v></c>');
    expect(formulaCell(19, 7, 5, 'IF(A1<2,"",1)', 0, { si: 0, ref: 'S7:S9' })).toBe(
      '<c r="S7" s="5"><f t="shared" ref="S7:S9" si="0">IF(A1&lt;2,&quot;&quot;,1)</f><v>0</v></c>',
    );
    expect(formulaCell(19, 8, 5, 'ignored', '', { si: 0 })).toBe(
      '<c r="S8" s="5" t="str"><f t="shared" si="0"/><v></v></c>',
    );
    expect(rowXml(9, '', 30)).toBe('<row r="9" ht="30" customHeight="1"></row>');
  });
});

describe('splicing rows into a sheet exceljs wrote', () => {
  it('replaces the probe row, keeps the rows around it, reads the probe styles', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = 'head';
    ws.getCell('A3').style = { font: { bold: true } };
    ws.getCell('C3').style = { protection: { locked: false } };
    ws.getCell('A9').value = 'tail';
    const files = unzipSync(
      new Uint8Array((await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as never)) as ArrayBuffer),
    );
    const sheet = files['xl/worksheets/sheet1.xml'];
    const styles = probeStyles(strFromU8(sheet), 3);
    expect([...styles.keys()]).toEqual([1, 3]);
    expect(styles.get(1)).not.toBe(styles.get(3));
    const rows = Array.from({ length: 5 }, (_, i) =>
      rowXml(3 + i, `<c r="A${3 + i}" s="${styles.get(1)}"><v>${i}</v></c>`),
    );
    const parts = spliceRows(sheet, 3, encodeRows(rows), 'A1:C9');
    const bytes = await zipEntries(
      Object.entries({ ...files, 'xl/worksheets/sheet1.xml': parts })
        .filter(([n]) => !n.endsWith('/'))
        .map(([name, data]) => ({ name, data })),
    );
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(Buffer.from(bytes) as never);
    const s = back.getWorksheet('S')!;
    expect([1, 3, 4, 5, 6, 7, 9].map((r) => s.getCell(r, 1).value)).toEqual(['head', 0, 1, 2, 3, 4, 'tail']);
    expect(s.getCell('A5').font?.bold).toBe(true);
    expect(strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml'])).toContain('<dimension ref="A1:C9"/>');
  });

  it('rows are encoded a chunk at a time, in order, whichever way they are produced', () => {
    const rows = Array.from({ length: 1234 }, (_, i) => `<row r="${i + 1}"/>`);
    const sink = new RowSink();
    rows.forEach((r) => sink.push(r));
    for (const chunks of [encodeRows(rows), sink.done()]) {
      expect(chunks.length).toBeGreaterThan(1);
      expect(chunks.map((p) => strFromU8(p)).join('')).toBe(rows.join(''));
    }
  });

  it('the zip writer round-trips through fflate, with every deflate, whole or in parts', async () => {
    const data = strToU8('x'.repeat(100_000) + 'Phối hợp');
    // node:zlib's synchronous deflate takes parts up to 16 MB joined, a stream the larger in their parts.
    const large = strToU8('y'.repeat(17_000_000) + 'Phối hợp');
    for (const portable of [true, false]) {
      const split = [data.subarray(0, 7), data.subarray(7, 70_001), data.subarray(70_001)];
      const zip = await zipEntries(
        [
          { name: 'a/ổ.txt', data },
          { name: 'parts', data: split },
          { name: 'empty', data: new Uint8Array(0) },
          { name: 'no-parts', data: [] },
          { name: 'large', data: [large.subarray(0, 150_000), large.subarray(150_000)] },
          { name: 'medium', data: [large.subarray(0, 300_000), large.subarray(300_000, 600_000)] },
        ],
        { portable, mtime: new Date(2026, 0, 2, 3, 4, 6) },
      );
      const back = unzipSync(zip);
      expect(Object.keys(back)).toEqual(['a/ổ.txt', 'parts', 'empty', 'no-parts', 'large', 'medium']);
      expect(strFromU8(back.large)).toBe(strFromU8(large));
      expect(strFromU8(back.medium)).toBe(strFromU8(large.subarray(0, 600_000)));
      expect(strFromU8(back['a/ổ.txt'])).toBe(strFromU8(data));
      expect(strFromU8(back.parts)).toBe(strFromU8(data));
      expect(back.empty.length).toBe(0);
      expect(back['no-parts'].length).toBe(0);
    }
    // The checksum in JavaScript and the host's agree, whole or in parts.
    const reference = crc32(data, true);
    expect(crc32([data.subarray(0, 7), data.subarray(7)])).toBe(reference);
    expect(crc32(data)).toBe(reference);
    expect(crc32(large, true)).toBe(crc32([large.subarray(0, 3), large.subarray(3)]));
    expect(crc32(new Uint8Array(0))).toBe(0);
    for (const portable of [true, false]) expect(crc32(strToU8('123456789'), portable)).toBe(0xcbf43926);
  });
});
