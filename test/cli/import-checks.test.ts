// `phoihop import` marks what it inferred with a «Kiểm tra lại» note; `phoihop validate` on the
// imported workbook keeps each one as a finding until the clerk confirms it by deleting that line.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { noteText } from '../../src/xlsx/read-grids';
import { runCli, tempDir } from '../helpers/cli';
import { toTcvn3 } from '../import/documents';

// The school named only in the body (Điều 1), the school year too, two items that take their
// roles and cadence from the article above them, a basis typed in TCVN3 and a party named only
// in a clause: each a value the import has to infer.
const DOC = [
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'QUY CHẾ PHỐI HỢP',
  'GIỮA NHÀ TRƯỜNG VÀ CÔNG ĐOÀN',
  'Số: 07/QCPH-THBL',
  'Căn cứ Luật Công đoàn số 50/2024/QH15 ngày 27/11/2024;',
  toTcvn3('Căn cứ Thông tư số 28/2020/TT-BGDĐT ngày 04/9/2020 của Bộ Giáo dục và Đào tạo;'),
  'Điều 1. Trường Tiểu học Bến Lức và Công đoàn phối hợp thực hiện nhiệm vụ năm học 2025-2026.',
  'Điều 2. Nhà trường phối hợp với Công đoàn, định kỳ hằng quý:',
  '1. Đánh giá việc thực hiện nhiệm vụ của nhà trường.',
  '2. Kiểm tra việc thực hiện chế độ chính sách đối với viên chức.',
  'Điều 3. Ban đại diện cha mẹ học sinh phối hợp với nhà trường tổ chức ngày hội đọc sách vào tháng 4.',
  'HIỆU TRƯỞNG                       TM. BCH CÔNG ĐOÀN',
  '                                  CHỦ TỊCH',
  'Lê Văn Tâm                        Phạm Thị Hoa',
].join('\n');

const RULE = 'imported-value-unconfirmed';
const dir = tempDir('phoihop-import-checks-');
const input = path.join(dir, 'quy-che.txt');
const out = path.join(dir, 'quy-che.xlsx');

interface Finding {
  ruleId: string;
  severity: string;
  sheet: string;
  cell: string | null;
  message: string;
}
async function unconfirmed(file: string): Promise<Finding[]> {
  const r = await runCli('validate', file, '--format', 'json');
  expect(r.stderr).toBe('');
  return (JSON.parse(r.stdout).findings as Finding[]).filter((f) => f.ruleId === RULE);
}

type Confident = { confidence?: string; checks?: string[] };
/** What the import's --format json says it inferred: one entry per value with `checks`. */
function inferred(json: Record<string, unknown>): Confident[] {
  const fields = Object.values(json.fields as Record<string, Confident>);
  const lists = ['parties', 'signatories', 'legalBases', 'recipients', 'responsibilities'].flatMap(
    (k) => (json[k] as Confident[] | undefined) ?? [],
  );
  return [...fields, ...lists].filter((x) => x.confidence === 'inferred');
}

describe('import, then validate: the inferred values stay findings until confirmed', () => {
  let checks: Confident[] = [];
  let before: Finding[] = [];
  beforeAll(async () => {
    writeFileSync(input, DOC);
    const r = await runCli('import', input, '-o', out, '--format', 'json');
    expect(r.code).toBe(0);
    checks = inferred(JSON.parse(r.stdout));
    before = await unconfirmed(out);
  });

  it('finds one warning per value the import inferred, on the cell of its note', async () => {
    const kinds = new Set(checks.flatMap((c) => c.checks ?? []));
    for (const k of ['schoolInBody', 'schoolYearInBody', 'cadenceFromHeading', 'repairedTcvn3'])
      expect(kinds).toContain(k);
    expect(checks.length).toBeGreaterThanOrEqual(5);
    expect(before).toHaveLength(checks.length);
    expect(before.every((f) => f.severity === 'warning')).toBe(true);
    const places = before.map((f) => `${f.sheet}!${f.cell}`);
    expect(places).toEqual(expect.arrayContaining(['Văn bản!B6', 'Văn bản!B9', 'Căn cứ!A3']));
    expect(places.filter((p) => p.startsWith('Phân công!A'))).toHaveLength(2);
    const issuer = before.find((f) => f.cell === 'B6' && f.sheet === 'Văn bản')!;
    expect(issuer.message).toBe(
      'Ô B6 (Đơn vị ban hành) có giá trị "Trường Tiểu học Bến Lức" do phần mềm suy ra khi nhập văn bản, chưa được ' +
        'xác nhận: tên trường lấy từ nội dung, phần đầu văn bản không ghi. Đối chiếu với văn bản gốc rồi xóa dòng ' +
        '«Kiểm tra lại» trong ghi chú của ô.',
    );
    const task = before.find((f) => f.sheet === 'Phân công')!;
    expect(task.message).toMatch(/^Dòng \d+ của trang Phân công \(Nhiệm vụ "[^"]+"\) có nội dung do phần mềm suy ra/);
  });

  it('drops the finding of a note whose «Kiểm tra lại» line the clerk deleted, and only that one', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const cell = wb.getWorksheet('Văn bản')!.getCell('B6');
    const lines = noteText(cell.note).split('\n');
    expect(lines[0]).toMatch(/^Kiểm tra lại: /);
    cell.note = lines.slice(1).join('\n');
    const edited = path.join(dir, 'quy-che-da-xem.xlsx');
    await wb.xlsx.writeFile(edited);

    const after = await unconfirmed(edited);
    const placesOf = (fs: Finding[]) => fs.map((f) => `${f.sheet}!${f.cell}`);
    expect(placesOf(after)).toEqual(placesOf(before).filter((p) => p !== 'Văn bản!B6'));
    expect(after).toHaveLength(checks.length - 1);
  });
});
