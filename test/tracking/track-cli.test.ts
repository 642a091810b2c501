// phoihop track on real files: refusal on errors, --force, notes, --calendar, --year, bad input,
// atomic output and an untouched input.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MARKS, readProvenance, TRACKING_SHEETS } from '../../src/core/tracking-book/contract';
import { exampleContent } from '../../src/core/template/example';
import { runCli, tempDir } from '../helpers/cli';
import { loadXlsx, regulationFile, responsibility, withResponsibilities } from './helpers';

const out = (dir: string, name = 'theo-doi.xlsx') => path.join(dir, name);

describe('phoihop track', () => {
  it('writes the tracking workbook of a clean regulation, exit 0, input untouched', async () => {
    const input = await regulationFile(exampleContent());
    const before = readFileSync(input);
    const dir = tempDir();
    const r = await runCli('track', input, '-o', out(dir));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`Đã ghi sổ theo dõi ${out(dir)}: năm học 2026-2027, 10 nhiệm vụ, 24 lượt đến hạn.\n`);
    expect(r.stdout).toBe('');
    expect(readFileSync(input).equals(before)).toBe(true);
    const wb = await loadXlsx(readFileSync(out(dir)));
    expect(wb.worksheets.map((s) => s.name)).toContain(TRACKING_SHEETS.tracking);
    expect(readProvenance({ keywords: wb.keywords, description: wb.description })!.generator).toMatch(
      /^phoihop \d+\.\d+\.\d+/,
    );
    expect(readdirSync(dir)).toEqual(['theo-doi.xlsx']);
  });

  it('refuses a regulation with error findings, lists them, writes nothing, exit 1', async () => {
    const input = await regulationFile(
      withResponsibilities([responsibility(1, 'Hàng quý', '', { lead: 'ZZ' }), responsibility(2, '')]),
    );
    const dir = tempDir();
    const r = await runCli('track', input, '-o', out(dir));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/responsibility-lead-known/);
    expect(r.stderr).toMatch(/responsibility-cadence-set/);
    expect(r.stderr).toContain(`Tệp ${input} còn 2 lỗi nên chưa lập sổ theo dõi.`);
    expect(existsSync(out(dir))).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('--force writes it anyway, with the plan notes, and still exits 1', async () => {
    const input = await regulationFile(
      withResponsibilities([responsibility(1, 'Hàng quý', '', { lead: 'ZZ' }), responsibility(2, '')]),
    );
    const dir = tempDir();
    const r = await runCli('track', input, '-o', out(dir), '--force');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('vẫn lập sổ theo dõi vì có --force');
    expect(r.stderr).toMatch(/Dòng 3 không có chu kỳ hợp lệ/);
    expect(existsSync(out(dir))).toBe(true);
  });

  it('prints what the month plan could not take as written, and --lang en prints it in English', async () => {
    const input = await regulationFile(
      withResponsibilities([
        responsibility(1, 'Hàng tháng', 'T10'),
        responsibility(2, 'hàng tháng, quý'),
        responsibility(3, 'Một lần', '', { evidence: 'Biên bản' }),
        responsibility(4, 'Hàng quý', 'T9, T12'),
        responsibility(5, 'Mỗi học kỳ'),
      ]),
    );
    const dir = tempDir();
    const vi = await runCli('track', input, '-o', out(dir));
    expect(vi.code).toBe(0);
    expect(vi.stderr).toContain('Lưu ý khi xếp tháng (4)');
    expect(vi.stderr).toContain('chu kỳ "Hàng tháng" là việc mỗi tháng nhưng Thời điểm chỉ ghi T10');
    expect(vi.stderr).toContain('gộp nhiều chu kỳ (Hàng tháng, Hàng quý)');
    expect(vi.stderr).toContain('nhiệm vụ "Một lần" chưa ghi Thời điểm');
    expect(vi.stderr).toContain('chu kỳ "Hàng quý" là 4 lần mỗi năm nhưng Thời điểm ghi 2 tháng');
    expect(vi.stderr).toMatch(/G2 .*track-month-plan/);
    const en = await runCli('track', input, '-o', out(dir, 'en.xlsx'), '--lang', 'en');
    expect(en.stderr).toContain('Notes on the month plan (4)');
    expect(en.stderr).toContain('Wrote tracking workbook');
  });

  it('--calendar counts the summer for monthly tasks', async () => {
    const input = await regulationFile(withResponsibilities([responsibility(1, 'Hàng tháng')]));
    const dir = tempDir();
    const calendar = path.join(dir, 'lich.json');
    writeFileSync(calendar, JSON.stringify({ name: 'Trường có trông trẻ hè', countSummer: true }));
    const r = await runCli('track', input, '-o', out(dir), '--calendar', calendar);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('12 lượt đến hạn');
    const wb = await loadXlsx(readFileSync(out(dir)));
    const ws = wb.getWorksheet(TRACKING_SHEETS.tracking)!;
    expect(Array.from({ length: 12 }, (_, i) => ws.getCell(7, 7 + i).value)).toEqual(Array(12).fill(MARKS.due));
  });

  it('--year picks the school year of a multi-year regulation', async () => {
    const input = await regulationFile(
      withResponsibilities([responsibility(1, 'Hàng quý')], (c) => {
        c.document.schoolYear = 'Giai đoạn 2025-2030';
      }),
    );
    const dir = tempDir();
    const r = await runCli('track', input, '-o', out(dir), '--year', '2027-2028');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('năm học 2027-2028');
    const bad = await runCli('track', input, '-o', out(dir, 'x.xlsx'), '--year', '2035-2036');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      "Năm học 2035-2036 nằm ngoài Giai đoạn 2025-2030 của văn bản. / School year 2035-2036 is outside the document's Giai đoạn 2025-2030.\n",
    );
  });

  describe('bad usage and unreadable input: exit 2, one line, nothing written', () => {
    it.each([
      ['no -o', (input: string) => ['track', input], /Lệnh track cần -o RA\.xlsx/],
      ['no input', (_: string, dir: string) => ['track', '-o', out(dir)], /Lệnh track cần đúng một tệp \.xlsx/],
      ['output is the input', (input: string) => ['track', input, '-o', input], /chính là tệp đầu vào/],
      [
        'unknown option',
        (input: string, dir: string) => ['track', input, '-o', out(dir), '--fast'],
        /Tùy chọn không hợp lệ cho lệnh track: "--fast"/,
      ],
    ])('%s', async (_name, argv, message) => {
      const input = await regulationFile(exampleContent());
      const before = readFileSync(input);
      const dir = tempDir();
      const r = await runCli(...argv(input, dir));
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(readdirSync(dir)).toEqual([]);
      expect(readFileSync(input).equals(before)).toBe(true);
    });

    it('a file that is not a workbook', async () => {
      const dir = tempDir();
      const input = path.join(dir, 'hong.xlsx');
      writeFileSync(input, 'not a zip at all');
      const r = await runCli('track', input, '-o', out(dir));
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^Tệp .*hong\.xlsx là văn bản thuần, không phải sổ Excel.* \/ File .*hong\.xlsx/);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(readdirSync(dir)).toEqual(['hong.xlsx']);
    });

    it('a missing file', async () => {
      const dir = tempDir();
      const r = await runCli('track', path.join(dir, 'khong-co.xlsx'), '-o', out(dir));
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/Không tìm thấy tệp .*khong-co\.xlsx/);
    });

    it('a calendar file that is not valid, naming the file and field', async () => {
      const input = await regulationFile(exampleContent());
      const dir = tempDir();
      const calendar = path.join(dir, 'lich.json');
      writeFileSync(calendar, '{"cadences": {"Hàng quý": {"months": [3, 15]}}}');
      const r = await runCli('track', input, '-o', out(dir), '--calendar', calendar);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        `Tệp lịch năm học ${calendar}, trường "cadences.Hàng quý.months[1]": "15" không phải tháng (1–12 hoặc T1–T12). / School calendar file ${calendar}, field "cadences.Hàng quý.months[1]": "15" is not a month (1–12 or T1–T12).\n`,
      );
      expect(readdirSync(dir)).toEqual(['lich.json']);
      writeFileSync(calendar, '{"countSummer": tru');
      const json = await runCli('track', input, '-o', out(dir), '--calendar', calendar);
      expect(json.code).toBe(2);
      expect(json.stderr).toMatch(/không phải JSON hợp lệ/);
    });

    it('an output folder that cannot be written', async () => {
      const input = await regulationFile(exampleContent());
      const dir = tempDir();
      const blocker = path.join(dir, 'tep');
      writeFileSync(blocker, '');
      const r = await runCli('track', input, '-o', path.join(blocker, 'theo-doi.xlsx'));
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/Không ghi được tệp/);
      expect(readdirSync(dir)).toEqual(['tep']);
    });
  });
});
