// What the workbook does not give is never left out in silence: an empty Đơn vị ban hành, Địa
// danh or Số ký hiệu is printed as dots the clerk sees (and named with its cell on the command
// line), and every row left on Dòng chưa xếp is listed as a warning with its row, while the
// regulation is still written.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { unplacedRows } from '../../src/core/export';
import { importText } from '../../src/core/import';
import { exampleContent } from '../../src/core/template/example';
import { runCli } from '../helpers/cli';
import { at, writeWorkbook } from './helpers';

const SEEDS = path.resolve(__dirname, '../../../shared/seeds');
const seeds = existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')) : [];

const text = async (docx: string) => (await mammoth.extractRawText({ buffer: readFileSync(docx) })).value;

describe('an empty heading component', () => {
  it('is printed as dots and named with its Văn bản cell, in Vietnamese and in English', async () => {
    const content = exampleContent();
    content.document.issuer = '';
    content.document.place = '';
    content.document.number = '';
    const xlsx = await writeWorkbook(content, 'dau-trong.xlsx');
    const docx = at('dau-trong.docx');
    const r = await runCli('export', xlsx, '-o', docx, '--force');
    expect(existsSync(docx), r.stderr).toBe(true);
    for (const [label, cell] of [
      ['Đơn vị ban hành', 'B6'],
      ['Địa danh', 'B7'],
      ['Số ký hiệu', 'B3'],
    ])
      expect(r.stderr).toContain(`Cảnh báo: ô Văn bản!${cell} (${label}) trống, văn bản in "……" ở chỗ đó`);
    const value = await text(docx);
    expect(value).toContain('Số: ……');
    expect(value).toContain('……, ngày 08 tháng 10 năm 2026');
    // The unit's corner: the dots under the managing authority.
    expect(value).toMatch(/UBND XÃ HÒA BÌNH\s+……\s/);

    // Imported back, the dots are what they stand for: nothing yet.
    const back = await runCli('import', docx, '-o', at('dau-trong-lai.xlsx'), '--force', '--format', 'json');
    const fields = JSON.parse(back.stdout).fields as Record<string, { value: string }>;
    expect(Object.values(fields).map((f) => f.value)).not.toContainEqual(expect.stringMatching(/^[.…\s]*$|Số:/));
    expect(fields.place).toBeUndefined();

    const en = await runCli('export', xlsx, '-o', docx, '--force', '--lang', 'en');
    expect(en.stderr).toContain('Warning: cell Văn bản!B7 (Địa danh) is empty; the heading prints "……" there.');
  });

  it('a draft without its date has the date line with dots after its place; a full heading warns of nothing', async () => {
    const content = exampleContent();
    content.document.issueDate = '';
    const xlsx = await writeWorkbook(content, 'chua-ngay.xlsx');
    const docx = at('chua-ngay.docx');
    const r = await runCli('export', xlsx, '-o', docx, '--force');
    expect(await text(docx)).toContain('Hòa Bình, ngày …… tháng …… năm ……');
    expect(r.stderr).not.toMatch(/trống, văn bản in/);
  });
});

describe('rows left on Dòng chưa xếp', () => {
  it('are each listed with their row and the line of the source, and the document is still written', async () => {
    const content = exampleContent();
    content.extraSheets = [
      {
        name: 'Dòng chưa xếp',
        headers: ['Dòng', 'Lý do', 'Nội dung'],
        rows: [
          [12, 'Lời kết, không đưa vào bảng', 'Thực hiện kế hoạch liên tịch số 99/KHLT của hai bên.'],
          [14, 'Không nhận ra', 'Một dòng lạ không thuộc bảng nào'],
        ],
      },
    ];
    const xlsx = await writeWorkbook(content, 'chua-xep.xlsx');
    const docx = at('chua-xep.docx');
    const r = await runCli('export', xlsx, '-o', docx);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(docx)).toBe(true);
    expect(r.stderr).toContain(
      'Cảnh báo: trang Dòng chưa xếp, dòng 2 (dòng 12 của văn bản gốc) không có trong văn bản xuất: "Thực hiện kế hoạch liên tịch số 99/KHLT của hai bên."',
    );
    expect(r.stderr).toContain('trang Dòng chưa xếp, dòng 3 (dòng 14 của văn bản gốc)');
    expect(r.stderr).toContain('2 dòng trên trang Dòng chưa xếp không có trong văn bản xuất');
    const en = await runCli('export', xlsx, '-o', docx, '--overwrite', '--lang', 'en');
    expect(en.stderr).toContain('Warning: sheet Dòng chưa xếp, row 3 (line 14 of the source document)');
  });

  it('are found on the sheet an English import writes too, wherever its used range starts', () => {
    const rows = unplacedRows([
      {
        name: 'Lines not placed',
        origin: { row: 3, col: 2 },
        rows: [
          ['Line', 'Reason', 'Text'],
          [7, 'Closing, not put in a table', 'Thực hiện kế hoạch liên tịch số 632/KHLT.'],
          [null, null, null],
          [9, 'Not recognised', 'Một dòng khác'],
        ],
      },
    ]);
    expect(rows).toEqual([
      { sheet: 'Lines not placed', row: 4, line: '7', text: 'Thực hiện kế hoạch liên tịch số 632/KHLT.' },
      { sheet: 'Lines not placed', row: 6, line: '9', text: 'Một dòng khác' },
    ]);
  });

  it.each(seeds.length ? seeds : ['(no seeds folder)'])('seed %s: every row of the sheet is listed', async (seed) => {
    if (!seeds.length) {
      expect(existsSync(SEEDS)).toBe(false);
      return;
    }
    const imported = importText(readFileSync(path.join(SEEDS, seed), 'utf8'));
    const xlsx = await writeWorkbook(imported.content, `${seed}.xlsx`);
    const docx = at(`${seed}.docx`);
    const r = await runCli('export', xlsx, '-o', docx, '--force');
    expect(existsSync(docx)).toBe(true);
    // The sheet as an independent reader sees it: every row with text has its warning.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    const rows: number[] = [];
    book.getWorksheet('Dòng chưa xếp')?.eachRow((row, n) => {
      if (n > 1 && String(row.getCell(3).value ?? '').trim()) rows.push(n);
    });
    const listed = [...r.stderr.matchAll(/trang Dòng chưa xếp, dòng (\d+) \(/g)].map((m) => Number(m[1]));
    console.log(`${seed}: ${rows.length} rows on Dòng chưa xếp, ${listed.length} listed by export`);
    expect(listed).toEqual(rows);
    expect(rows.length).toBe(imported.extraction.unplaced.length);
  });
});
