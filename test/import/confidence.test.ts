// Values the import inferred rather than read plainly are marked for the clerk: a "Kiểm tra lại"
// note first on the cell in the workbook (read back with exceljs), a line in the command's
// summary, and `confidence: 'inferred'` with what to check in --format json. Values read plainly
// carry no such note. Task times carry the line they were read from.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { BLOCK_BY_KEY } from '../../src/core/layout';
import { runCli, tempDir } from '../helpers/cli';
import { toTcvn3 } from './documents';

// No school in the heading (the body names it), no school year in the title (the body does),
// no date of its own (the issuing decision's stands for it), items that take their roles and
// cadence from the article above them, and one line written in TCVN3.
const DOC = [
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'QUY CHẾ PHỐI HỢP',
  'GIỮA NHÀ TRƯỜNG VÀ CÔNG ĐOÀN',
  '(Ban hành kèm theo Quyết định số 45/QĐ-THSM ngày 12/9/2024 của Hiệu trưởng)',
  'Căn cứ Luật Công đoàn số 12/2012/QH13 ngày 20/6/2012;',
  'Điều 1. Trường Tiểu học Sông Mây và Công đoàn phối hợp thực hiện nhiệm vụ năm học 2024-2025.',
  'Điều 2. Nhà trường phối hợp với Công đoàn, định kỳ 3 tháng một lần:',
  '1. Đánh giá việc thực hiện nhiệm vụ của trường Tiểu học Sông Mây.',
  '2. Tổng kết phong trào thi đua trước ngày 20/11.',
  `Điều 3. ${toTcvn3('Công đoàn phối hợp với nhà trường chăm lo đời sống đoàn viên hằng tháng.')}`,
  'HIỆU TRƯỞNG                       TM. BCH CÔNG ĐOÀN',
  '                                  CHỦ TỊCH',
  'Hồ Thị Lan                        Mai Văn Phú',
].join('\n');

const dir = tempDir('phoihop-confidence-');
const input = path.join(dir, 'quy-che.txt');
const out = path.join(dir, 'quy-che.xlsx');

const noteText = (n: unknown) =>
  typeof n === 'string' ? n : ((n as { texts?: Array<{ text: string }> })?.texts ?? []).map((t) => t.text).join('');

describe('import marks what it inferred', () => {
  let stderr = '';
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    writeFileSync(input, DOC);
    const r = await runCli('import', input, '-o', out);
    expect(r.code).toBe(0);
    stderr = r.stderr;
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
  });

  const fieldNote = (label: string) => {
    const ws = wb.getWorksheet(BLOCK_BY_KEY.document.sheet)!;
    const row = ws.getColumn(1).values.findIndex((v) => v === label);
    expect(row, label).toBeGreaterThan(0);
    return { value: ws.getCell(row, 2).value, note: noteText(ws.getCell(row, 2).note) };
  };

  it('puts "Kiểm tra lại" first on the note of each inferred field, and not on those read plainly', () => {
    const issuer = fieldNote('Đơn vị ban hành');
    expect(issuer.value).toBe('Trường Tiểu học Sông Mây');
    expect(issuer.note).toMatch(
      /^Kiểm tra lại: tên trường lấy từ nội dung, phần đầu văn bản không ghi\.\nĐọc từ dòng 7/,
    );
    expect(fieldNote('Năm học').note).toMatch(/^Kiểm tra lại: năm học lấy từ nội dung/);
    expect(fieldNote('Ngày ban hành').note).toMatch(
      /^Kiểm tra lại: văn bản không ghi ngày, đây là ngày của quyết định/,
    );
    expect(fieldNote('Loại văn bản').note).toMatch(/^Đọc từ dòng 3/);
  });

  it('notes where each task time was read, and asks to check a cadence taken from the article', () => {
    const ws = wb.getWorksheet(BLOCK_BY_KEY.responsibilities.sheet)!;
    const header = ws.getRow(1).values as unknown[];
    const col = (name: string) => header.indexOf(name);
    const rows = new Map<string, { cadence: unknown; months: unknown; note: string }>();
    for (let r = 2; r <= ws.rowCount; r++) {
      const id = ws.getCell(r, col('Mã điều khoản')).value;
      if (id)
        rows.set(String(id), {
          cadence: ws.getCell(r, col('Chu kỳ')).value,
          months: ws.getCell(r, col('Thời điểm')).value,
          note: noteText(ws.getCell(r, 1).note),
        });
    }
    expect(rows.get('D2.1')).toMatchObject({ cadence: 'Hàng quý' });
    expect(rows.get('D2.1')!.note).toMatch(/^Kiểm tra lại: .*Chu kỳ lấy từ tiêu đề của điều hoặc mục/);
    expect(rows.get('D2.1')!.note).toContain('Chu kỳ đọc từ dòng 8: "định kỳ 3 tháng một lần"');
    expect(rows.get('D2.2')).toMatchObject({ cadence: 'Hàng quý', months: 'T11' });
    expect(rows.get('D2.2')!.note).toContain('Thời điểm đọc từ dòng 10: "trước ngày 20/11"');
    // Its own words, but the line was repaired from TCVN3: check it against the original.
    expect(rows.get('D3')).toMatchObject({ cadence: 'Hàng tháng' });
    expect(rows.get('D3')!.note).toMatch(/^Kiểm tra lại: dòng này được chuyển từ mã cũ TCVN3/);
    expect(rows.get('D3')!.note).toContain('Chu kỳ đọc từ dòng 11: "hằng tháng"');
  });

  it('lists the inferred values in the summary', () => {
    expect(stderr).toMatch(/Cần kiểm tra lại \d+ giá trị suy ra/);
    expect(stderr).toContain('Đơn vị ban hành (dòng 7)');
    expect(stderr).toContain('Ngày ban hành (dòng 5)');
    expect(stderr).toMatch(/\d+ dòng Phân công/);
  });

  it('says confidence and what to check in --format json', async () => {
    const r = await runCli('import', input, '--format', 'json');
    expect(r.code).toBe(0);
    const x = JSON.parse(r.stdout);
    expect(x.fields.issuer).toMatchObject({ confidence: 'inferred', checks: ['schoolInBody'] });
    expect(x.fields.issueDate).toMatchObject({ confidence: 'inferred', checks: ['decisionDate'] });
    expect(x.fields.kind).toMatchObject({ confidence: 'read' });
    expect(x.fields.kind.checks).toBeUndefined();
    const d21 = x.responsibilities.find((t: { clauseId: string }) => t.clauseId === 'D2.1');
    expect(d21).toMatchObject({ confidence: 'inferred', cadence: 'Hàng quý', cadenceLine: 8 });
    expect(d21.checks).toContain('cadenceFromHeading');
  });

  it('speaks English with --lang en', async () => {
    const r = await runCli('import', input, '-o', path.join(dir, 'en.xlsx'), '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/Check \d+ values that were inferred/);
  });
});
