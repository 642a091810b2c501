// `phoihop validate` on real .xlsx files built independently from DESIGN.md §2, 3 and 5.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli';
import { buildWorkbook, cleanSheets, reorder, type SheetDef } from '../helpers/independent-workbook';

const dir = tempDir('phoihop-validate-');
let n = 0;
async function file(sheets: SheetDef[], opts?: Parameters<typeof buildWorkbook>[1]): Promise<string> {
  const f = path.join(dir, `wb-${++n}.xlsx`);
  writeFileSync(f, await buildWorkbook(sheets, opts));
  return f;
}
const edit = (sheets: SheetDef[], name: string, fn: (d: SheetDef) => void) => {
  fn(sheets.find((s) => s.sheet === name)!);
  return sheets;
};
interface JsonReport {
  file: string;
  summary: { errors: number; warnings: number };
  findings: Array<{
    ruleId: string;
    severity: string;
    message: string;
    sheet: string;
    cell: string | null;
    entity: string;
  }>;
}
async function json(f: string, ...extra: string[]): Promise<{ code: number; report: JsonReport }> {
  const r = await runCli('validate', f, '--format', 'json', ...extra);
  expect(r.stderr).toBe('');
  return { code: r.code, report: JSON.parse(r.stdout) };
}

describe('validate: workbooks made by Excel (with Tables)', () => {
  it('a clean workbook exits 0 with no findings, in the JSON shape of DESIGN.md §5', async () => {
    const f = await file(cleanSheets());
    const { code, report } = await json(f);
    expect(report).toEqual({ file: f, summary: { errors: 0, warnings: 0, infos: 0 }, findings: [] });
    expect(code).toBe(0);
  });

  it('a party without a signatory exits 1 and points at the party cell', async () => {
    const f = await file(edit(cleanSheets(), 'Người ký', (d) => d.rows.splice(1, 1)));
    const { code, report } = await json(f);
    expect(code).toBe(1);
    expect(report.summary.errors).toBe(1);
    expect(report.findings).toEqual([
      expect.objectContaining({
        ruleId: 'party-has-signatory',
        severity: 'error',
        sheet: 'Các bên',
        cell: 'A3',
        entity: 'CD',
      }),
    ]);
    expect(report.findings[0].message).toMatch(/chưa có người ký/);
  });

  it('several rules at once, ordered by sheet then row, and in English with --lang en', async () => {
    const sheets = cleanSheets();
    edit(sheets, 'Văn bản', (d) => {
      d.rows[8][1] = ''; // Chu kỳ rà soát
      d.rows[7][1] = '2025-2027'; // Năm học
    });
    edit(sheets, 'Phân công', (d) => {
      d.rows[0][3] = 'BGH';
      d.rows[1][5] = null;
    });
    const { code, report } = await json(await file(sheets), '--lang', 'en');
    expect(code).toBe(1);
    expect(report.findings.map((f) => [f.ruleId, f.severity, f.sheet, f.cell])).toEqual([
      ['school-year-format', 'error', 'Văn bản', 'B9'],
      ['review-cadence-set', 'error', 'Văn bản', 'B10'],
      ['responsibility-lead-known', 'error', 'Phân công', 'D2'],
      ['responsibility-cadence-set', 'error', 'Phân công', 'F3'],
    ]);
    expect(report.findings[0].message).toMatch(/consecutive/);
  });
});

describe('validate: workbooks without Tables, as LibreOffice or a clerk makes them', () => {
  const plain = { tables: false };

  it('finds blocks by sheet name and header row, under a title row', async () => {
    const f = await file(
      edit(cleanSheets(), 'Người ký', (d) => d.rows.splice(0, 1)),
      { tables: false, titleRows: 1 },
    );
    const { code, report } = await json(f);
    expect(code).toBe(1);
    expect(report.findings).toEqual([
      expect.objectContaining({ ruleId: 'party-has-signatory', sheet: 'Các bên', cell: 'A3', entity: 'NT' }),
    ]);
  });

  it('matches NFD, upper-case and padded headers, reordered columns and extra columns', async () => {
    const sheets = cleanSheets().map((s) => ({
      ...s,
      headers: s.headers.map((h) => ` ${h.normalize('NFD').toUpperCase()} `),
    }));
    const pc = sheets.findIndex((s) => s.sheet === 'Phân công');
    sheets[pc] = reorder(sheets[pc], [5, 4, 3, 2, 1, 0, 6, 7, 8]);
    sheets[pc].headers.push('Cột riêng của trường');
    sheets[pc].rows.forEach((r) => r.push('ghi chú riêng'));
    sheets[pc].rows[0][2] = 'XX'; // Chủ trì now in column C
    const { code, report } = await json(await file(sheets, plain));
    expect(code).toBe(1);
    expect(report.findings).toEqual([
      expect.objectContaining({ ruleId: 'responsibility-lead-known', sheet: 'Phân công', cell: 'C2' }),
    ]);
  });

  it('reads text dates in both Vietnamese forms', async () => {
    for (const date of ['03/10/2025', 'ngày 03 tháng 10 năm 2025', 'An Bình, ngày 3 tháng 10 năm 2025']) {
      const f = await file(
        edit(cleanSheets(), 'Văn bản', (d) => (d.rows[6][1] = date)),
        plain,
      );
      expect((await json(f)).code, date).toBe(0);
    }
    const bad = await file(
      edit(cleanSheets(), 'Văn bản', (d) => (d.rows[6][1] = '30/02/2025')),
      plain,
    );
    const { report } = await json(bad);
    expect(report.findings.map((f) => [f.ruleId, f.cell])).toEqual([['issue-date-valid', 'B8']]);
  });

  it("takes a formula's result, reports #REF! at its cell, and ignores merged cells' copies", async () => {
    const sheets = edit(cleanSheets(), 'Phân công', (d) => {
      d.rows[0][3] = { formula: '"N"&"T"', result: 'NT' };
      d.rows[1][3] = { error: '#REF!' };
    });
    const f = await file(sheets, plain);
    const { code, report } = await json(f);
    expect(code).toBe(1);
    expect(report.findings.map((x) => [x.ruleId, x.sheet, x.cell])).toEqual([
      ['cell-error-value', 'Phân công', 'D3'],
      ['responsibility-lead-known', 'Phân công', 'D3'],
    ]);
  });
});

describe('validate: bad input ends in one clear line and exit 2, never a stack trace', () => {
  const expectBad = async (f: string, ...mentions: RegExp[]) => {
    const before = createHash('sha256').update(readFileSync(f)).digest('hex');
    const r = await runCli('validate', f);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at |Error:/);
    expect(r.stderr).toContain(f);
    for (const m of mentions) expect(r.stderr).toMatch(m);
    expect(createHash('sha256').update(readFileSync(f)).digest('hex')).toBe(before);
  };

  it('a text file renamed .xlsx', async () => {
    const f = path.join(dir, 'text.xlsx');
    writeFileSync(f, 'Quy chế phối hợp\nkhông phải Excel');
    await expectBad(f, /là văn bản thuần, không phải sổ Excel/, /is plain text, not an Excel workbook/);
  });

  it('a truncated workbook', async () => {
    const full = await buildWorkbook(cleanSheets());
    const f = path.join(dir, 'truncated.xlsx');
    writeFileSync(f, full.subarray(0, Math.floor(full.length / 2)));
    await expectBad(f, /là tệp nén bị hỏng/);
  });

  it('a password-protected workbook (an OLE container)', async () => {
    const f = path.join(dir, 'protected.xlsx');
    writeFileSync(
      f,
      // An encrypted package's directory names its EncryptionInfo stream (in UTF-16).
      Buffer.concat([
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
        Buffer.alloc(1016),
        Buffer.from('EncryptionInfo', 'utf16le'),
        Buffer.alloc(1000),
      ]),
    );
    await expectBad(f, /mật khẩu/, /password/);
  });

  it('a zip that holds no workbook', async () => {
    const { zipSync, strToU8 } = await import('fflate');
    const f = path.join(dir, 'nozip.xlsx');
    writeFileSync(f, zipSync({ 'readme.txt': strToU8('xin chào') }));
    await expectBad(f, /không chứa sổ tính/);
  });

  it('a zip bomb, refused by its declared sizes before inflating', async () => {
    const { zipSync, strToU8 } = await import('fflate');
    const zip = Buffer.from(
      zipSync({ 'xl/workbook.xml': strToU8('<workbook/>'), 'xl/worksheets/sheet1.xml': strToU8('<x/>') }),
    );
    // Declare 3 GB unpacked in the central directory entry of the sheet (offset 24 of the entry).
    const at = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    zip.writeUInt32LE(0xc0000000, at + 24);
    const f = path.join(dir, 'bomb.xlsx');
    writeFileSync(f, zip);
    await expectBad(f, /giới hạn/, /MB/);
  });

  it('a workbook with none of our sheets', async () => {
    const f = await file([{ sheet: 'Sheet1', headers: ['Tên', 'Tuổi'], rows: [['An', 5]] }]);
    await expectBad(f, /không phải là sổ quy chế phối hợp/, /"Các bên"/);
  });

  it('a sheet missing a required column names the sheet and the column', async () => {
    const sheets = edit(cleanSheets(), 'Phân công', (d) => {
      const i = d.headers.indexOf('Chủ trì');
      d.headers.splice(i, 1);
      d.rows.forEach((r) => r.splice(i, 1));
    });
    await expectBad(await file(sheets), /trang "Phân công"/, /"Chủ trì"/);
  });

  it('a missing file', async () => {
    const r = await runCli('validate', path.join(dir, 'nope.xlsx'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Không tìm thấy tệp .*nope\.xlsx/);
  });
});

describe('validate: large and awkward files', () => {
  it('reads a sheet with a whole-column dropdown without parsing the validation', async () => {
    const f = await file(cleanSheets(), {
      decorate: (wb) => {
        const ws = wb.getWorksheet('Phân công')!;
        (ws as unknown as { dataValidations: { add(r: string, v: object): void } }).dataValidations.add('D2:D1048576', {
          type: 'list',
          allowBlank: true,
          formulae: ['"NT,CD"'],
        });
      },
    });
    // Before, exceljs expanded the dropdown into a million cells and never finished: the test's
    // time-out (vitest's, a hang guard, not a speed target) is the bound.
    const { code } = await json(f);
    expect(code).toBe(0);
  });

  it('a 20,000-row responsibility sheet (the row limit) ends in findings, not a crash', async () => {
    const sheets = edit(cleanSheets(), 'Phân công', (d) => {
      for (let i = 3; i <= 20_000; i++)
        d.rows.push([i, 'D1', `Nhiệm vụ ${i}`, i % 1000 === 0 ? 'ZZ' : 'NT', 'CD', 'Hàng tháng', null, null, null]);
    });
    const { code, report } = await json(await file(sheets, { tables: false }));
    expect(code).toBe(1);
    expect(report.findings.filter((f) => f.ruleId === 'responsibility-lead-known')).toHaveLength(20);
  });
});

describe('command line usage', () => {
  it('SARIF 2.1.0 output names rule, level and cell', async () => {
    const f = await file(edit(cleanSheets(), 'Người ký', (d) => d.rows.splice(1, 1)));
    const r = await runCli('validate', f, '--format', 'sarif');
    expect(r.code).toBe(1);
    const sarif = JSON.parse(r.stdout);
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0];
    expect(run.tool.driver.name).toBe('phoihop');
    expect(run.results).toHaveLength(1);
    const result = run.results[0];
    expect(result).toMatchObject({ ruleId: 'party-has-signatory', level: 'error' });
    expect(run.tool.driver.rules[result.ruleIndex].id).toBe('party-has-signatory');
    expect(result.locations[0].physicalLocation.region).toEqual({ startLine: 3, startColumn: 1 });
    expect(result.locations[0].logicalLocations[0].name).toBe('Các bên!A3');
  });

  it('stylish output groups by sheet with a summary line', async () => {
    const f = await file(edit(cleanSheets(), 'Người ký', (d) => d.rows.splice(1, 1)));
    const r = await runCli('validate', f);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Các bên\n\s+A3\s+lỗi\s+Bên CD/);
    expect(r.stdout).toMatch(/1 lỗi, 0 cảnh báo/);
  });

  it.each([
    [['validate'], /cần đúng một tệp/],
    [['validate', 'a.xlsx', '--format', 'xml'], /"xml".*stylish, json, sarif/],
    [['validate', 'a.xlsx', '--bogus'], /--bogus/],
    [['frobnicate'], /Lệnh không hợp lệ/],
  ])('%j is bad usage (exit 2)', async (argv, message) => {
    const r = await runCli(...(argv as string[]));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe('validate: the Vai trò column of Các bên', () => {
  const withoutUnionSignatory = () => edit(cleanSheets(), 'Người ký', (d) => d.rows.splice(1, 1));

  it('a workbook made before the column reads every party as signing', async () => {
    const sheets = withoutUnionSignatory();
    expect(sheets.find((s) => s.sheet === 'Các bên')!.headers).not.toContain('Vai trò');
    const { code, report } = await json(await file(sheets));
    expect(code).toBe(1);
    expect(report.findings).toEqual([
      expect.objectContaining({ ruleId: 'party-has-signatory', sheet: 'Các bên', cell: 'A3', entity: 'CD' }),
    ]);
  });

  it('a party marked "Phối hợp thực hiện" needs no signatory; an empty cell still signs', async () => {
    const sheets = edit(withoutUnionSignatory(), 'Các bên', (d) => {
      d.headers.push('Vai trò');
      d.rows[0].push(null);
      d.rows[1].push('Phối hợp thực hiện');
    });
    const { code, report } = await json(await file(sheets));
    expect(report.findings).toEqual([]);
    expect(code).toBe(0);
    // Without the union's role the signature is asked for again: NT's empty cell reads as signing.
    edit(sheets, 'Người ký', (d) => d.rows.splice(0, 1));
    const again = await json(await file(sheets));
    expect(again.report.findings.map((f) => [f.ruleId, f.entity])).toEqual([['party-has-signatory', 'NT']]);
  });
});
