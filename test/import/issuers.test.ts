// A basis's issuer is a body. Words after "của" that name none (a school role for a circular, a
// piece of a sentence) are not written as the issuer: the body the number's symbol names is
// (TT-BGDĐT: Bộ Giáo dục và Đào tạo), else the cell stays empty, and either way the clerk is
// asked to check it: a «Kiểm tra lại» note on the row (read back with exceljs) that `validate`
// keeps as a finding. Issuers that are bodies, and a principal issuing the school's own decision,
// are read as before.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { importText } from '../../src/core/import';
import { noteText } from '../../src/xlsx/read-grids';
import { runCli, tempDir } from '../helpers/cli';

const DOC = [
  'PHÒNG GD&ĐT HUYỆN ĐÔNG LÂM               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'TRƯỜNG THCS NGỌC LAN                      Độc lập - Tự do - Hạnh phúc',
  'Số: 09/QCPH-THCSNL                        Đông Lâm, ngày 15 tháng 9 năm 2025',
  'QUY CHẾ PHỐI HỢP',
  'GIỮA NHÀ TRƯỜNG VÀ CÔNG ĐOÀN NĂM HỌC 2025-2026',
  'Căn cứ Luật Công đoàn số 50/2024/QH15 ngày 27/11/2024;',
  'Căn cứ Thông tư số 32/2020/TT-BGDĐT ngày 15/9/2020, nhiệm vụ và quyền hạn của Hiệu trường quy định tại Điều lệ trường trung học;',
  'Căn cứ Công văn số 88/CV-CĐN ngày 02/9/2025 của Chủ tịch quy định tại khoản 2 Điều 5 Điều lệ;',
  'Căn cứ Quyết định số 15/QĐ-THCSNL ngày 05/9/2025 của Hiệu trưởng nhà trường về kế hoạch năm học;',
  'Căn cứ Hướng dẫn số 21/HD-PGDĐT ngày 10/9/2025 của Phòng GD&ĐT hướng dẫn thực hiện nhiệm vụ năm học;',
  'Điều 1. Nhà trường phối hợp với Công đoàn tổ chức Hội nghị viên chức vào tháng 10.',
  'HIỆU TRƯỞNG                       TM. BCH CÔNG ĐOÀN',
  '                                  CHỦ TỊCH',
  'Vũ Minh Hằng                      Trịnh Văn Lộc',
].join('\n');

describe('the issuer of a basis is a body, or the clerk is asked', () => {
  const x = importText(DOC).extraction;
  const basis = (n: string) => x.legalBases.find((b) => b.number === n)!;

  it('takes a circular misattributed to a school role from its number, and asks to check it', () => {
    expect(basis('32/2020/TT-BGDĐT')).toMatchObject({
      issuer: 'Bộ Giáo dục và Đào tạo',
      issuerRead: 'Hiệu trường quy định tại Điều lệ trường trung học',
      confidence: 'inferred',
      checks: ['issuerFromNumber'],
    });
  });

  it('leaves the issuer empty when the words name no body and the number none either', () => {
    expect(basis('88/CV-CĐN')).toMatchObject({ issuer: '', confidence: 'inferred', checks: ['issuerNotBody'] });
  });

  it('keeps a body, cut where the sentence goes on, and a principal issuing the school’s own decision', () => {
    expect(basis('50/2024/QH15')).toMatchObject({ issuer: '', confidence: 'read' });
    expect(basis('15/QĐ-THCSNL')).toMatchObject({ issuer: 'Hiệu trưởng nhà trường', confidence: 'read' });
    expect(basis('21/HD-PGDĐT')).toMatchObject({ issuer: 'Phòng GD&ĐT', confidence: 'read' });
    expect(basis('15/QĐ-THCSNL').issuerRead).toBeUndefined();
  });
});

describe('import, then validate: a misread issuer is a «Kiểm tra lại» finding on its row', () => {
  const dir = tempDir('phoihop-issuers-');
  const input = path.join(dir, 'quy-che.txt');
  const out = path.join(dir, 'quy-che.xlsx');
  let rows: Array<{ number: string; issuer: string; note: string }> = [];
  let findings: Array<{ ruleId: string; sheet: string; cell: string | null; message: string }> = [];
  beforeAll(async () => {
    writeFileSync(input, DOC);
    expect((await runCli('import', input, '-o', out)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('Căn cứ')!;
    const header = Array.from(ws.getRow(1).values as unknown[], (h) => String(h ?? ''));
    const col = (name: string) => header.findIndex((h) => h.startsWith(name));
    for (let r = 2; r <= ws.rowCount; r++)
      rows.push({
        number: String(ws.getCell(r, col('Số ký hiệu')).value ?? ''),
        issuer: String(ws.getCell(r, col('Cơ quan ban hành')).value ?? ''),
        note: noteText(ws.getCell(r, 1).note),
      });
    rows = rows.filter((r) => r.number);
    const v = await runCli('validate', out, '--format', 'json');
    findings = JSON.parse(v.stdout).findings;
  });

  it('writes the body the number names, with a note saying what the document wrote', () => {
    const row = rows.find((r) => r.number === '32/2020/TT-BGDĐT')!;
    expect(row.issuer).toBe('Bộ Giáo dục và Đào tạo');
    expect(row.note).toMatch(/^Kiểm tra lại: cơ quan ban hành lấy theo số hiệu văn bản/);
    expect(row.note).toContain('Sau chữ "của", văn bản ghi: Hiệu trường quy định tại Điều lệ trường trung học.');
    expect(rows.every((r) => !/Hiệu trường|quy định tại/.test(r.issuer))).toBe(true);
    const plain = rows.find((r) => r.number === '15/QĐ-THCSNL')!;
    expect(plain.note).not.toMatch(/Kiểm tra lại/);
  });

  it('keeps each misread issuer as an unconfirmed value for validate', () => {
    const on = findings.filter((f) => f.ruleId === 'imported-value-unconfirmed' && f.sheet === 'Căn cứ');
    expect(on.map((f) => f.message).join('\n')).toMatch(/cơ quan ban hành lấy theo số hiệu văn bản/);
    expect(on.map((f) => f.message).join('\n')).toMatch(/không phải một cơ quan ban hành, hãy ghi cơ quan ban hành/);
  });
});
