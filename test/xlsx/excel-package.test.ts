// What exceljs writes, put as Excel expects it (src/xlsx/excel-package.ts): the parts after
// <sheetData> in schema order, one shape-id block per notes drawing, rows within Excel's height.
// The whole package is checked against the schemas in test/ooxml/office-files.test.ts.
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exampleContent } from '../../src/core/template/example';
import { excelPackage, numberNoteDrawings, orderWorksheet } from '../../src/xlsx/excel-package';
import type { CellNote } from '../../src/xlsx/notes-xml';
import { MAX_ROW_HEIGHT, rowHeight, rowHeightFor, wrappedLines } from '../../src/xlsx/row-height';
import { rowXml } from '../../src/xlsx/sheet-xml';
import { writeRegulationWorkbook } from '../../src/xlsx/write-regulation';

const sheet = (tail: string) =>
  `<?xml version="1.0"?><worksheet xmlns="x"><sheetData><row r="1"/></sheetData>${tail}</worksheet>`;
const order = (xml: string) => [...xml.slice(xml.indexOf('</sheetData>')).matchAll(/<(\w+)[\s/>]/g)].map((m) => m[1]);

describe('orderWorksheet', () => {
  it('puts legacyDrawing before tableParts, and every element after sheetData in schema order', () => {
    const xml = sheet(
      '<pageMargins left="1"/><conditionalFormatting sqref="A1"><cfRule type="expression" priority="1"><formula>A1&gt;2</formula></cfRule></conditionalFormatting>' +
        '<dataValidations count="1"><dataValidation sqref="B1" error="a > b"><formula1>X</formula1></dataValidation></dataValidations>' +
        '<conditionalFormatting sqref="B1"><cfRule type="expression" priority="2"><formula>B1</formula></cfRule></conditionalFormatting>' +
        '<tableParts count="1"><tablePart r:id="rId3"/></tableParts><legacyDrawing r:id="rId2"/>',
    );
    const fixed = orderWorksheet(xml);
    expect(order(fixed)).toEqual([
      'conditionalFormatting',
      'cfRule',
      'formula',
      'conditionalFormatting',
      'cfRule',
      'formula',
      'dataValidations',
      'dataValidation',
      'formula1',
      'pageMargins',
      'legacyDrawing',
      'tableParts',
      'tablePart',
    ]);
    // Siblings of one name keep their order; nothing is lost or changed.
    expect(fixed.indexOf('sqref="A1"')).toBeLessThan(fixed.indexOf('sqref="B1"><cfRule'));
    expect(fixed.length).toBe(xml.length);
    expect(orderWorksheet(fixed)).toBe(fixed);
  });

  it('leaves a sheet it cannot read element by element as it was', () => {
    const unknown = sheet('<tableParts count="0"/><somethingNew/><legacyDrawing r:id="rId2"/>');
    expect(orderWorksheet(unknown)).toBe(unknown);
    const text = sheet('stray text<legacyDrawing r:id="rId2"/>');
    expect(orderWorksheet(text)).toBe(text);
  });
});

describe('numberNoteDrawings', () => {
  const drawing = (shapes: number) =>
    `<xml><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202"/>` +
    Array.from({ length: shapes }, (_, i) => `<v:shape id="_x0000_s${1025 + i}" type="#_x0000_t202"/>`).join('') +
    '</xml>';

  it('gives each drawing its own 1024-id block(s) and its shapes ids inside them', () => {
    const out = numberNoteDrawings([
      { name: 'xl/drawings/vmlDrawing10.vml', xml: drawing(1) },
      { name: 'xl/drawings/vmlDrawing1.vml', xml: drawing(3) },
      { name: 'xl/drawings/vmlDrawing2.vml', xml: drawing(1100) },
    ]);
    const blocks = (name: string) => /data="([^"]*)"/.exec(out.get(name)!)![1];
    const ids = (name: string) => [...out.get(name)!.matchAll(/<v:shape id="_x0000_s(\d+)"/g)].map((m) => Number(m[1]));
    expect(blocks('xl/drawings/vmlDrawing1.vml')).toBe('1');
    expect(blocks('xl/drawings/vmlDrawing2.vml')).toBe('2,3');
    expect(blocks('xl/drawings/vmlDrawing10.vml')).toBe('4');
    expect(ids('xl/drawings/vmlDrawing1.vml')).toEqual([1025, 1026, 1027]);
    expect(ids('xl/drawings/vmlDrawing10.vml')).toEqual([4097]);
    const big = ids('xl/drawings/vmlDrawing2.vml');
    expect(big[0]).toBe(2049);
    expect(big[1022]).toBe(2 * 1024 + 1023);
    expect(big[1023]).toBe(3 * 1024 + 1);
    expect(new Set(big).size).toBe(1100);
    // The shape type keeps its own id.
    expect(out.get('xl/drawings/vmlDrawing1.vml')).toContain('<v:shapetype id="_x0000_t202"/>');
  });
});

describe('a regulation workbook with notes on several sheets', () => {
  it('has legacyDrawing before tableParts, one id block per drawing, and the notes read back', async () => {
    const content = exampleContent();
    content.notes = { document: { 0: 'Kiểm tra lại: loại văn bản' }, clauses: { 0: 'Đọc từ dòng 12', 1: 'Dòng 13' } };
    content.notes.parties = { 1: 'Kiểm tra lại: tên bên' };
    const bytes = await writeRegulationWorkbook(content);
    const files = unzipSync(bytes);
    const drawings = Object.keys(files).filter((n) => /vmlDrawing\d+\.vml$/.test(n));
    expect(drawings.length).toBe(3);
    const blocks = drawings.map((n) => /<o:idmap[^>]*data="([^"]*)"/.exec(strFromU8(files[n]))![1]);
    expect(new Set(blocks).size).toBe(3);
    const ids = drawings.flatMap((n) => [...strFromU8(files[n]).matchAll(/<v:shape id="([^"]+)"/g)].map((m) => m[1]));
    expect(new Set(ids).size).toBe(ids.length);
    for (const n of Object.keys(files).filter((f) => /worksheets\/sheet\d+\.xml$/.test(f))) {
      const xml = strFromU8(files[n]);
      if (xml.includes('<legacyDrawing'))
        expect(xml.indexOf('<legacyDrawing')).toBeLessThan(xml.indexOf('<tableParts'));
    }
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as never);
    expect(wb.getWorksheet('Văn bản')!.getCell('B2').note).toBe('Kiểm tra lại: loại văn bản');
    expect(wb.getWorksheet('Điều khoản')!.getCell('A3').note).toBe('Dòng 13');
  });
});

describe('notes written into the package (notes-xml.ts)', () => {
  it('on a sheet with no relationships, after a drawing exceljs wrote: blocks of their own, read back by exceljs', async () => {
    const wb = new ExcelJS.Workbook();
    const first = wb.addWorksheet('Một');
    first.getCell('B2').value = 'x';
    first.getCell('B2').note = 'ghi chú của exceljs';
    const second = wb.addWorksheet('Hai');
    // 1,100 notes: more than one block of 1,023 shapes; text with XML's own characters and a line
    // break, and on some an astral character between characters XML forbids (dropped).
    const notes: CellNote[] = Array.from({ length: 1100 }, (_, i) => ({
      row: 1100 - i + 1,
      col: 1 + (i % 3),
      text: `Đọc từ dòng ${i} <a & "b">\ndòng hai${i % 7 === 0 ? ' \u0000😀\u0001' : ''}`,
    }));
    // exceljs reads a note only on a cell the sheet lists, as the regulation writer's are.
    for (const n of notes) second.getCell(n.row, n.col).value = 'y';
    const stored = await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as ExcelJS.XlsxWriteOptions);
    const bytes = await excelPackage(stored as ArrayBuffer, {}, new Map([[second.id, notes]]));
    const files = unzipSync(bytes);
    const data = (n: string) => /<o:idmap[^>]*data="([^"]*)"/.exec(strFromU8(files[n]))![1];
    expect(data('xl/drawings/vmlDrawing1.vml')).toBe('1');
    expect(data(`xl/drawings/vmlDrawing${second.id}.vml`)).toBe('2,3');
    const ids = [
      ...strFromU8(files[`xl/drawings/vmlDrawing${second.id}.vml`]).matchAll(/<v:shape id="_x0000_s(\d+)"/g),
    ];
    expect(new Set(ids.map((m) => m[1])).size).toBe(1100);
    expect(ids.every((m) => [2, 3].includes(Math.floor(Number(m[1]) / 1024)))).toBe(true);
    expect(strFromU8(files[`xl/worksheets/_rels/sheet${second.id}.xml.rels`])).toContain('../comments2.xml');
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(Buffer.from(bytes) as never);
    expect(back.getWorksheet('Một')!.getCell('B2').note).toBe('ghi chú của exceljs');
    const sheet = back.getWorksheet('Hai')!;
    for (const n of [notes[0], notes[555], notes[1099]])
      expect(sheet.getCell(n.row, n.col).note).toBe(n.text.replace(/[\u0000\u0001]/g, ''));
    expect(strFromU8(files[`xl/comments${second.id}.xml`])).toContain('dòng hai 😀</t>');
  });
});

describe('row heights', () => {
  it('never exceed Excel’s 409.5 points, however long the text', () => {
    expect(MAX_ROW_HEIGHT).toBe(409.5);
    expect(rowHeightFor(1000)).toBe(409.5);
    expect(rowHeight([['chữ '.repeat(20_000), 30]], 12)).toBe(409.5);
    expect(rowHeightFor(2)).toBeLessThan(409.5);
    expect(rowXml(3, '', 900)).toBe('<row r="3" ht="409.5" customHeight="1"></row>');
  });

  it('count each line of a cell, an empty one as one line', () => {
    // Lines of 10 characters in a column that holds 10 × 1.12 − 1 = 10.2 of them at 11 points.
    expect(wrappedLines('', 10)).toBe(1);
    expect(wrappedLines('a'.repeat(10), 10)).toBe(1);
    expect(wrappedLines('a'.repeat(11), 10)).toBe(2);
    expect(wrappedLines('\n', 10)).toBe(2);
    expect(wrappedLines('một\n\nhai\n', 10)).toBe(4);
    expect(wrappedLines(`${'a'.repeat(25)}\n${'b'.repeat(5)}`, 10)).toBe(4);
    expect(wrappedLines('a'.repeat(25), 10, 22)).toBe(6);
  });
});
