// `phoihop import` end to end: real .txt and .docx files in (the .docx built here with Word's
// list numbering, tables, line breaks and legacy fonts), a real .xlsx out, read back with
// readWorkbook and checked with `phoihop validate`; bad inputs get one bilingual line, exit 2,
// and leave no output behind.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { BLOCK_BY_KEY } from '../../src/core/layout';
import { readRegulationFile } from '../../src/node/regulation-file';
import { runCli, tempDir } from '../helpers/cli';
import { buildDocx, li, p, type DocxSpec } from './docx-builder';
import { DOC_A, toTcvn3, toVni } from './documents';

const dir = tempDir('phoihop-import-');
const at = (name: string) => path.join(dir, name);
const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');

interface Finding {
  ruleId: string;
  severity: string;
  sheet: string;
  cell: string | null;
  entity: string;
  message?: string;
}
async function validate(file: string): Promise<{ code: number; findings: Finding[] }> {
  const r = await runCli('validate', file, '--format', 'json');
  expect(r.stderr).toBe('');
  return { code: r.code, findings: JSON.parse(r.stdout).findings };
}

describe('import a .txt regulation', () => {
  const input = at('quy-che.txt');
  const out = at('quy-che.xlsx');
  let r: Awaited<ReturnType<typeof runCli>>;
  let before = '';
  beforeAll(async () => {
    writeFileSync(input, DOC_A);
    before = sha(input);
    r = await runCli('import', input, '-o', out);
  });

  it('writes the full template filled with what was read, and leaves the input as it was', async () => {
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('12 điều khoản, 3 bên, 3 người ký, 4 căn cứ, 3 nơi nhận');
    expect(r.stderr).toContain('Đã chuyển 7 từ');
    expect(r.stderr).toContain(`phoihop validate ${out}`);
    expect(sha(input)).toBe(before);

    const { model } = await readRegulationFile(out);
    expect(model.missingBlocks).toEqual([]);
    expect(model.document.fields.number?.raw).toBe('12/QCPH-MNHM');
    expect(model.document.issueDate).toBe('2025-09-05');
    expect(model.document.schoolYear?.text).toBe('2025-2026');
    expect(model.document.fields.kind?.raw).toBe('Quy chế phối hợp');
    expect(model.parties.map((x) => x.code)).toEqual(['NT', 'CD', 'CB']);
    expect(model.signatories.map((s) => [s.partyCode, s.capacity, s.name])).toEqual([
      ['CD', 'TM.', 'Lê Thị Hương'],
      ['NT', '', 'Trần Văn Minh'],
      ['CB', 'TM.', 'Đinh Văn Khoa'],
    ]);
    expect(model.legalBases.map((b) => [b.number, b.date])).toEqual([
      ['50/2024/QH15', '2024-11-27'],
      ['10/2022/QH15', '2022-11-10'],
      ['52/2020/TT-BGDĐT', '2020-12-31'],
      ['11/2020/TT-BGDĐT', '2020-05-19'],
    ]);
    // the reader compares clause ids in capitals
    expect(model.clauses.map((c) => c.id)).toContain('D2.B');
    expect(model.responsibilities.find((x) => x.clauseId === 'D3.2')).toMatchObject({
      lead: 'CD',
      support: ['NT'],
      months: { months: [9], invalid: [] },
    });
    expect(model.responsibilities.find((x) => x.clauseId === 'D3.1')?.cadence.value).toBe('Mỗi học kỳ');
    expect(model.recipients.map((x) => x.recipient)).toEqual(['Phòng GD&ĐT', 'BCH Công đoàn', 'Lưu: VT']);
    expect(model.versions.map((v) => [v.number, v.status])).toEqual([
      ['08/QCPH-MNHM', 'Đã bị thay thế'],
      ['12/QCPH-MNHM', ''],
    ]);
  });

  it('keeps each value’s source line in a note, lists unplaced lines, and keeps the dropdowns', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    const doc = wb.getWorksheet(BLOCK_BY_KEY.document.sheet)!;
    const numberRow = doc.getColumn(1).values.findIndex((v) => v === 'Số ký hiệu');
    expect(
      String(
        (doc.getCell(numberRow, 2).note &&
          (doc.getCell(numberRow, 2).note as { texts?: Array<{ text: string }> }).texts?.map((t) => t.text).join('')) ||
          doc.getCell(numberRow, 2).note,
      ),
    ).toContain('dòng 3');
    const clauses = wb.getWorksheet(BLOCK_BY_KEY.clauses.sheet)!;
    const noteText = (n: unknown) =>
      typeof n === 'string' ? n : ((n as { texts?: Array<{ text: string }> })?.texts ?? []).map((t) => t.text).join('');
    expect(noteText(clauses.getCell('A2').note)).toBe('Đọc từ dòng 15: Điều 1 Phạm vi áp dụng');
    const unplaced = wb.getWorksheet('Dòng chưa xếp')!;
    expect(unplaced.getRow(1).values).toEqual([undefined, 'Dòng', 'Lý do', 'Nội dung']);
    expect(unplaced.getRow(2).values).toEqual([
      undefined,
      11,
      'Lời dẫn, không đưa vào bảng',
      'BGH và BCHCĐ thống nhất ban hành quy chế phối hợp như sau:',
    ]);
    const responsibilities = wb.getWorksheet(BLOCK_BY_KEY.responsibilities.sheet)!;
    const validations = (
      responsibilities as unknown as {
        dataValidations: { model: Record<string, { type: string; formulae: string[] }> };
      }
    ).dataValidations.model;
    expect(Object.values(validations).some((v) => v.type === 'list' && v.formulae[0] === 'DS_ChuKy')).toBe(true);
    expect(wb.getWorksheet('Danh mục')?.state).toBe('hidden');
  });

  it('validates: the rules tell the clerk what the document did not say', async () => {
    const { code, findings } = await validate(out);
    expect(code).toBe(1);
    const ids = new Set(findings.map((f) => f.ruleId));
    expect(ids.has('review-cadence-set')).toBe(true); // the document states no review cadence
    expect(ids.has('superseded-version-marked')).toBe(false); // the version chain read from the text is closed
    expect(ids.has('supersedes-referenced')).toBe(false);
    expect(ids.has('party-has-signatory')).toBe(false);
    expect(ids.has('responsibility-lead-known')).toBe(false);
    expect(ids.has('unique-clause-ids')).toBe(false);
  });

  it('prints the extraction as JSON with line numbers', async () => {
    const r = await runCli('import', input, '--format', 'json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const x = JSON.parse(r.stdout);
    expect(x).toMatchObject({ file: input, format: 'txt', lineCount: DOC_A.split('\n').length });
    expect(x.fields.number).toEqual({
      value: '12/QCPH-MNHM',
      line: 3,
      source: 'Số: 12/QCPH-MNHM Đông Anh, ngày 05 tháng 9 năm 2025',
      confidence: 'read',
    });
    expect(x.unplaced).toEqual([
      { line: 11, text: 'BGH và BCHCĐ thống nhất ban hành quy chế phối hợp như sau:', reason: 'preamble' },
    ]);
    for (const key of [
      'parties',
      'signatories',
      'legalBases',
      'clauses',
      'responsibilities',
      'recipients',
      'cadences',
      'conversions',
    ])
      expect(Array.isArray(x[key]), key).toBe(true);
    expect(x.signatories[2]).toMatchObject({ party: 'CB', name: 'Đinh Văn Khoa', line: 42, lines: [42, 43, 44] });
  });

  it('speaks English with --lang en', async () => {
    const outEn = at('quy-che-en.xlsx');
    const r = await runCli('import', input, '-o', outEn, '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Imported');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(outEn) as unknown as ArrayBuffer);
    expect(wb.getWorksheet('Lines not placed')?.getRow(2).getCell(2).value).toBe('Preamble, not put in a table');
  });
});

// A Word document as schools write them: heading and signatures in tables, Điều numbered by a
// paragraph style, sections I., II. and khoản 1., a) by a multi-level list, bullets, a list that
// restarts, a heading typed in .VnTimeH, clauses in .VnTime and VNI-Times, a line break in a
// signature block.
const WORD: DocxSpec = {
  abstracts: {
    0: [
      { fmt: 'upperRoman', text: '%1.' },
      { fmt: 'decimal', text: '%2.' },
      { fmt: 'lowerLetter', text: '%3)' },
    ],
    1: [{ fmt: 'decimal', text: 'Điều %1.' }],
    2: [{ fmt: 'bullet', text: '\uf0b7' }],
    3: [{ fmt: 'decimal', text: '%1.' }],
  },
  nums: [
    { id: 1, abstractId: 0 },
    { id: 2, abstractId: 1 },
    { id: 3, abstractId: 2 },
    { id: 4, abstractId: 3 },
    { id: 5, abstractId: 3, restartAt: 1 },
  ],
  styles: [{ id: 'Dieu', name: 'Điều', num: { id: 2 } }],
  body: [
    {
      table: [
        [
          [p('PHÒNG GD&ĐT HUYỆN GIA LÂM'), p('TRƯỜNG MẦM NON BÌNH AN'), p('Số: 15/QCPH-MNBA')],
          [
            p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
            p('Độc lập - Tự do - Hạnh phúc'),
            p('Gia Lâm, ngày 10 tháng 10 năm 2024'),
          ],
        ],
      ],
    },
    p({ text: 'QUY CH\u00d5', font: '.VnTimeH' }),
    p('Phối hợp giữa Nhà trường và Ban Chấp hành Công đoàn năm học 2024-2025'),
    p('Căn cứ Luật Công đoàn năm 2012;'),
    li(1, 0, 'QUY ĐỊNH CHUNG'),
    { runs: ['Phạm vi điều chỉnh'], style: 'Dieu' },
    li(1, 1, 'Nhà trường chủ trì, phối hợp với Công đoàn tổ chức Hội nghị viên chức đầu năm học.'),
    li(1, 2, { text: toTcvn3('Công đoàn giám sát việc thực hiện quy chế dân chủ.'), font: '.VnTime' }),
    li(1, 2, { text: toVni('công đoàn thăm hỏi đoàn viên ốm đau đột xuất.'), font: 'VNI-Times' }),
    li(1, 0, 'NỘI DUNG PHỐI HỢP'),
    { runs: ['Công tác thi đua'], style: 'Dieu' },
    li(3, 0, 'Công đoàn phối hợp với Nhà trường phát động thi đua từng học kỳ.'),
    li(3, 0, 'Nhà trường khen thưởng tập thể, cá nhân tiêu biểu hàng năm.'),
    { runs: ['Tổ chức thực hiện'], style: 'Dieu' },
    li(4, 0, 'Quy chế có hiệu lực từ ngày ký.'),
    li(4, 0, 'Quy chế được rà soát hàng năm tại Hội nghị viên chức.'),
    li(5, 0, 'Nhà trường và Công đoàn cùng tổ chức thực hiện.'),
    {
      table: [
        [
          [p('TM. BCH CÔNG ĐOÀN'), p('CHỦ TỊCH'), p(''), p('Phan Thị Dung')],
          [p('HIỆU TRƯỞNG'), p(''), p('Vũ Văn Nam')],
        ],
      ],
    },
    p('Nơi nhận:'),
    p('- Như trên;'),
    p('- Lưu: VT.'),
    p('TM. CHI BỘ', { text: 'BÍ THƯ', breakBefore: true }),
    p('Tạ Văn Hùng'),
  ],
};

describe('import a .docx regulation', () => {
  const input = at('quy-che.docx');
  const out = at('quy-che-docx.xlsx');

  it('reads numbering, tables, fonts and line breaks through the CLI into a workbook that validates', async () => {
    writeFileSync(input, buildDocx(WORD));
    const before = sha(input);
    const r = await runCli('import', input, '-o', out, '--format', 'json');
    expect(r.code).toBe(0);
    expect(sha(input)).toBe(before);
    const x = JSON.parse(r.stdout);
    expect(x.format).toBe('docx');
    expect(x.fields.kind.value).toBe('Quy chế phối hợp');
    expect(x.fields.number.value).toBe('15/QCPH-MNBA');
    expect(x.fields.managingAuthority.value).toBe('PHÒNG GD&ĐT HUYỆN GIA LÂM');
    expect(x.facts.issueDate).toBe('2024-10-10');
    expect(x.fields.reviewCadence.value).toBe('Hàng năm');
    expect(x.fields.reviewForm.value).toBe('Hội nghị viên chức');
    expect(x.clauses.map((c: { id: string }) => c.id)).toEqual([
      'D1',
      'D1.1',
      'D1.1.a',
      'D1.1.b',
      'D2',
      'D2-1',
      'D2-2',
      'D3',
      'D3.1',
      'D3.2',
      // The list restarts at 1. under Điều 3: the repeated number is told apart with a letter.
      'D3.1a',
    ]);
    expect(x.clauses.find((c: { id: string }) => c.id === 'D1.1.a').text).toBe(
      'Công đoàn giám sát việc thực hiện quy chế dân chủ.',
    );
    expect(x.clauses.find((c: { id: string }) => c.id === 'D1.1.b').text).toBe(
      'công đoàn thăm hỏi đoàn viên ốm đau đột xuất.',
    );
    expect(x.clauses[0].chapter).toBe('I. QUY ĐỊNH CHUNG');
    expect(new Set(x.conversions.map((c: { encoding: string }) => c.encoding))).toEqual(new Set(['tcvn3', 'vni']));
    expect(
      x.signatories.map((s: { party: string; capacity: string; name: string }) => `${s.party}|${s.capacity}|${s.name}`),
    ).toEqual(['CD|TM.|Phan Thị Dung', 'NT||Vũ Văn Nam', 'CB|TM.|Tạ Văn Hùng']);
    expect(x.legalBases).toMatchObject([{ type: 'Luật', number: '', summary: 'Luật Công đoàn năm 2012' }]);

    const { model } = await readRegulationFile(out);
    expect(model.document.fields.title?.raw).toBe(
      'Phối hợp giữa Nhà trường và Ban Chấp hành Công đoàn năm học 2024-2025',
    );
    expect(model.clauses).toHaveLength(11);
    const { code, findings } = await validate(out);
    expect(code).toBe(1);
    // The restarted list repeats "1." under Điều 3: the repeat gets a letter, and validate still
    // shows it, as a value to check against the document.
    expect(findings.filter((f) => f.ruleId === 'unique-clause-ids')).toEqual([]);
    const repeat = findings.find((f) => f.ruleId === 'imported-value-unconfirmed' && f.sheet === 'Điều khoản');
    expect(repeat?.message).toContain('trùng với điều khoản D3.1');
    expect(findings.some((f) => f.ruleId === 'legal-basis-complete')).toBe(true);
  });
});

describe('inputs that cannot be imported', () => {
  async function refused(name: string, bytes: Uint8Array, expected: RegExp) {
    const f = at(name);
    writeFileSync(f, bytes);
    const out = at(`${name}.xlsx`);
    const r = await runCli('import', f, '-o', out);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(expected);
    expect(r.stderr).toContain(' / '); // Vietnamese, then English
    expect(r.stderr).not.toMatch(/\n\s+at /); // never a stack
    expect(existsSync(out)).toBe(false);
  }
  const ole = (extra = '') => {
    const b = new Uint8Array(2048);
    b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    [...extra].forEach((c, i) => {
      b[600 + 2 * i] = c.charCodeAt(0);
      b[600 + 2 * i + 1] = 0;
    });
    return b;
  };

  it('a .doc that is an empty shell: damaged, save it as .docx', () =>
    refused('cu.doc', ole('WordDocument'), /\.doc\).*\.docx.*\/.*save it as \.docx/));
  it('a password-protected .docx', () => refused('khoa.docx', ole('EncryptionInfo'), /mật khẩu.*password/));
  it('a damaged PDF', () => refused('ban-in.pdf', new TextEncoder().encode('%PDF-1.7\n...'), /PDF bị hỏng/));
  it('an RTF', () => refused('van-ban.rtf', new TextEncoder().encode('{\\rtf1\\ansi Quy che}'), /RTF/));
  it('an Excel workbook renamed .docx', () =>
    refused('so.docx', zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }), /Excel/));
  it('a damaged .docx', () =>
    refused('hong.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), /tệp nén bị hỏng/));
  it('a file with no text', () => refused('trong.txt', new TextEncoder().encode('   \n\n  \t\n'), /không có chữ nào/));
  it('a binary file', () =>
    refused(
      'anh.txt',
      Uint8Array.from({ length: 400 }, (_, i) => (i * 7) % 32),
      /không phải văn bản/,
    ));
  it('a missing file', async () => {
    const r = await runCli('import', at('khong-co.txt'), '-o', at('x.xlsx'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Không tìm thấy tệp .*khong-co\.txt/);
  });
  it('no output named, or the output is the input', async () => {
    writeFileSync(at('a.txt'), 'QUY CHẾ\n1. Nhà trường chủ trì.');
    expect((await runCli('import', at('a.txt'))).code).toBe(2);
    const same = await runCli('import', at('a.txt'), '-o', at('a.txt'));
    expect(same.code).toBe(2);
    expect(readFileSync(at('a.txt'), 'utf8')).toBe('QUY CHẾ\n1. Nhà trường chủ trì.');
  });
});
