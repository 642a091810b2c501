// `phoihop batch` end to end on a generated folder that mixes valid, invalid and warning
// regulations, filled tracking workbooks (built from the contract), a hand-made tracking copy,
// a foreign workbook and broken files. The report is read back with exceljs and checked
// against `phoihop validate` run on each file one by one, and against the fixtures' own marks.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli';
import {
  expectedProgress,
  foreignBytes,
  oleBytes,
  school,
  schoolContent,
  trackingBytes,
  trackingTasks,
  truncatedBytes,
  writeSchoolFolder,
  type SchoolFolder,
  type TrackingSpec,
} from '../helpers/school-workbooks';
import { readReport, type ReadReport, type Row } from './report-reader';

const AS_OF = '2026-02-10'; // school year 2025-2026: T9–T1 have ended, T2 is in progress
const FILL = { filledThrough: '2026-01-31', done: 7, notDone: 1, looseSpellings: true, earlyDone: true };

const root = tempDir('phoihop-batch-');
const folder = path.join(root, 'ho-so');
const out = path.join(root, 'out');
let layout: SchoolFolder;
let handMade: TrackingSpec;
let run: { code: number; stdout: string; stderr: string };
let report: ReadReport;
const hashes = new Map<string, string>();

const BROKEN = {
  'khac/hong.xlsx': 'truncated zip',
  'khac/mat-khau.xlsx': 'OLE header',
};

function allFiles(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? allFiles(full, base) : [path.relative(base, full).split(path.sep).join('/')];
  });
}
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const byPath = (rows: Row[], rel: string) => rows.find((r) => r['Tệp'] === rel);

beforeAll(async () => {
  layout = await writeSchoolFolder(folder, { schools: 7, tracking: FILL });
  mkdirSync(path.join(folder, 'khac'), { recursive: true });
  writeFileSync(path.join(folder, 'khac/danh-sach-lop.xlsx'), await foreignBytes());
  writeFileSync(path.join(folder, 'khac/hong.xlsx'), await truncatedBytes(school(40)));
  writeFileSync(path.join(folder, 'khac/van-ban.xlsx'), 'Quy chế phối hợp năm học 2025-2026\n');
  writeFileSync(path.join(folder, 'khac/mat-khau.xlsx'), oleBytes());
  writeFileSync(path.join(folder, 'khac/~$mo-dang-mo.xlsx'), Buffer.from('lock'));
  writeFileSync(path.join(folder, 'khac/ghi-chu.txt'), 'not a workbook');
  // A tracking workbook retyped by hand: no marker, no provenance, only the title block.
  const s = school(3);
  handMade = {
    school: s,
    tasks: trackingTasks(s, schoolContent(s), { ...FILL, done: 5, notDone: 2 }),
    provenance: false,
  };
  writeFileSync(path.join(folder, 'khac/so-theo-doi-chep-tay.xlsx'), await trackingBytes(handMade));
  for (const f of allFiles(folder)) hashes.set(f, sha(path.join(folder, f)));

  run = await runCli(
    'batch',
    folder,
    '-o',
    path.join(out, 'bao-cao.xlsx'),
    '--html',
    path.join(out, 'bao-cao.html'),
    '--as-of',
    '10/02/2026',
    '--jobs',
    '2',
  );
  report = await readReport(path.join(out, 'bao-cao.xlsx'));
});

describe('batch over a mixed folder', () => {
  it('exits 1 (some files have errors), says what it wrote, and leaves every input untouched', () => {
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('bao-cao.xlsx');
    expect(run.stderr).toContain('bao-cao.html');
    expect(run.stdout).toMatch(/^\d+ tệp: 7 quy chế, 8 sổ theo dõi, 3 không nhận dạng được, 2 không đọc được\./);
    for (const [f, h] of hashes) expect(sha(path.join(folder, f)), f).toBe(h);
    expect(readdirSync(out).sort()).toEqual(['bao-cao.html', 'bao-cao.xlsx']);
  });

  it('has one Tổng hợp row per file, sub-folders included, only lock files left out', () => {
    const expected = allFiles(folder).filter((f) => !path.basename(f).startsWith('~$'));
    expect(report.summary.map((r) => r['Tệp']).sort()).toEqual(expected.sort());
    expect(report.summary.map((r) => r['STT'])).toEqual(report.summary.map((_, i) => i + 1));
  });

  it('says what a file that is not a workbook is: a text regulation gets the import command', () => {
    for (const rel of ['khac/van-ban.xlsx', 'khac/ghi-chu.txt']) {
      const row = byPath(report.summary, rel)!;
      expect(row['Loại'], rel).toBe('Không nhận dạng được');
      expect(row['Cảnh báo'], rel).toBe(1);
      expect(row['Ghi chú'], rel).toMatch(
        /là văn bản thuần, không phải sổ Excel; nếu đây là quy chế, hãy nhập nó: phoihop import/,
      );
    }
  });

  it('regulation rows match `validate` run on each file: counts, and the same findings in Chi tiết', async () => {
    for (const f of layout.files.filter((x) => x.kind === 'regulation')) {
      const file = path.join(folder, f.rel);
      const v = await runCli('validate', file, '--format', 'json');
      const json = JSON.parse(v.stdout) as {
        summary: { errors: number; warnings: number; infos: number };
        findings: Array<Record<string, unknown>>;
      };
      const row = byPath(report.summary, f.rel)!;
      expect(row, f.rel).toBeDefined();
      expect(row['Loại']).toBe('Quy chế phối hợp');
      expect([row['Lỗi'], row['Cảnh báo'], row['Gợi ý']], f.rel).toEqual([
        json.summary.errors,
        json.summary.warnings,
        json.summary.infos,
      ]);
      expect(v.code).toBe(json.summary.errors > 0 ? 1 : 0);
      const details = report.details
        .filter((d) => d['Tệp'] === f.rel)
        .map((d) => ({
          ruleId: d['Quy tắc'],
          sheet: d['Trang tính'],
          cell: d['Ô'] ?? null,
          entity: d['Đối tượng'] ?? '',
          message: d['Nội dung'],
        }));
      expect(details, f.rel).toEqual(
        json.findings.map((x) => ({
          ruleId: x.ruleId,
          sheet: x.sheet,
          cell: x.cell,
          entity: x.entity || '',
          message: x.message,
        })),
      );
      // The variants' defects are really there.
      if (f.variant === 'valid') expect(json.summary).toEqual({ errors: 0, warnings: 0, infos: 0 });
      if (f.variant === 'invalid')
        expect(json.findings.map((x) => x.ruleId).sort()).toEqual(['party-has-signatory', 'responsibility-lead-known']);
      if (f.variant === 'warning') expect(json.findings.map((x) => x.ruleId)).toEqual(['recipients-archive']);
    }
  });

  it('regulation rows carry school, managing authority, number, date, year, review and supersession from the workbook', () => {
    const f = layout.files.find((x) => x.kind === 'regulation' && x.variant === 'invalid')!;
    const row = byPath(report.summary, f.rel)!;
    expect(row['Trường']).toBe(`TRƯỜNG MẦM NON ${f.school.name}`);
    expect(row['Cơ quan chủ quản']).toBe(`UBND XÃ ${f.school.commune}`);
    expect(row['Số ký hiệu']).toBe(f.school.number);
    expect((row['Ngày ban hành'] as Date).toISOString().slice(0, 10)).toBe('2025-10-08');
    expect(row['Năm học']).toBe('2025-2026');
    expect(row['Chu kỳ rà soát']).toBe('Hàng năm');
    expect((row['Hạn rà soát'] as Date).toISOString().slice(0, 10)).toBe('2026-10-08');
    expect(row['Rà soát']).toBe('Còn hạn');
    expect(row['Thay thế đúng trình tự']).toBe('Đúng');
    expect(row['Đủ người ký']).toBe('Không');
    const valid = byPath(
      report.summary,
      layout.files.find((x) => x.kind === 'regulation' && x.variant === 'valid')!.rel,
    )!;
    expect(valid['Đủ người ký']).toBe('Có');
  });

  it('tracking rows: due, done, not done, overdue and the rate as of the date, computed from the marks', () => {
    for (const f of layout.files.filter((x) => x.kind === 'tracking')) {
      const e = expectedProgress(f.tracking!, AS_OF);
      const row = byPath(report.summary, f.rel)!;
      expect(row['Loại']).toBe('Sổ theo dõi thực hiện');
      expect([row['Đến hạn'], row['Đã làm'], row['Chưa làm'], row['Quá hạn']], f.rel).toEqual([
        e.due,
        e.done,
        e.missed,
        e.overdue,
      ]);
      expect(row['Tỷ lệ đã làm / đến hạn đến nay']).toBeCloseTo(e.done / e.due, 10);
      expect(e.overdue).toBeGreaterThan(0);
      expect(e.missed).toBeGreaterThan(0);
      // Each late occurrence is a warning in Chi tiết, pointing at its month cell.
      const lines = report.details.filter((d) => d['Tệp'] === f.rel);
      expect(lines.filter((d) => d['Quy tắc'] === 'tracking-overdue')).toHaveLength(e.overdue);
      expect(lines.filter((d) => d['Quy tắc'] === 'tracking-missed')).toHaveLength(e.missed);
      expect(row['Cảnh báo']).toBe(e.overdue + e.missed);
      for (const d of lines) {
        expect(d['Trang tính']).toBe('Theo dõi');
        expect(String(d['Ô'])).toMatch(/^[G-R]\d+$/);
      }
    }
  });

  it('links each tracking workbook to its regulation, both ways, and shows the progress on the regulation row too', () => {
    for (const f of layout.files.filter((x) => x.kind === 'tracking')) {
      const reg = layout.files.find((x) => x.kind === 'regulation' && x.school.index === f.school.index)!;
      const t = byPath(report.summary, f.rel)!;
      const r = byPath(report.summary, reg.rel)!;
      expect(t['Tệp liên quan']).toBe(reg.rel);
      expect(r['Tệp liên quan']).toBe(f.rel);
      expect(r['Quá hạn']).toBe(t['Quá hạn']);
      expect(r['Tỷ lệ đã làm / đến hạn đến nay']).toBe(t['Tỷ lệ đã làm / đến hạn đến nay']);
    }
  });

  it('reads a hand-made tracking copy (no marker, no provenance) from its layout and title block', () => {
    const row = byPath(report.summary, 'khac/so-theo-doi-chep-tay.xlsx')!;
    const e = expectedProgress(handMade, AS_OF);
    expect(row['Loại']).toBe('Sổ theo dõi thực hiện');
    expect(row['Trường']).toBe(`TRƯỜNG MẦM NON ${handMade.school.name}`);
    expect(row['Cơ quan chủ quản']).toBe(`UBND XÃ ${handMade.school.commune}`);
    expect(row['Năm học']).toBe('2025-2026');
    expect(row['Số ký hiệu']).toBe(handMade.school.number);
    expect([row['Đến hạn'], row['Đã làm'], row['Chưa làm'], row['Quá hạn']]).toEqual([
      e.due,
      e.done,
      e.missed,
      e.overdue,
    ]);
    // The same school's generated workbook has more marks: it counts, this copy is listed but not added in.
    const generated = layout.files.find((x) => x.kind === 'tracking' && x.school.index === 3)!;
    expect(row['Ghi chú']).toBe(
      `Cùng trường, cùng năm học với ${generated.rel}: chỉ tính một sổ vào số liệu tổng hợp.`,
    );
  });

  it('gives each broken file its own error row with the message validate prints, and does not stop', async () => {
    for (const rel of Object.keys(BROKEN)) {
      const row = byPath(report.summary, rel)!;
      expect(row, rel).toBeDefined();
      expect(row['Loại']).toBe('Không đọc được');
      expect(row['Lỗi']).toBe(1);
      const v = await runCli('validate', path.join(folder, rel));
      expect(v.code).toBe(2);
      const [vi] = v.stderr.trim().split(' / ');
      expect(row['Ghi chú']).toBe(vi);
      const line = report.details.find((d) => d['Tệp'] === rel)!;
      expect([line['Quy tắc'], line['Mức độ'], line['Nội dung']]).toEqual(['file-unreadable', 'lỗi', vi]);
    }
    expect(byPath(report.summary, 'khac/mat-khau.xlsx')!['Ghi chú']).toMatch(/mật khẩu/);
  });

  it('marks a foreign workbook as not recognised, an information line, not an error', () => {
    const row = byPath(report.summary, 'khac/danh-sach-lop.xlsx')!;
    expect(row['Loại']).toBe('Không nhận dạng được');
    expect([row['Lỗi'], row['Cảnh báo'], row['Gợi ý']]).toEqual([0, 0, 1]);
    expect(String(row['Ghi chú'])).toMatch(/không phải sổ quy chế phối hợp.*cũng không phải sổ theo dõi/);
  });

  it('Chi tiết holds exactly the counted findings of every file', () => {
    for (const row of report.summary) {
      const lines = report.details.filter((d) => d['Tệp'] === row['Tệp']);
      const count = (sev: string) => lines.filter((d) => d['Mức độ'] === sev).length;
      expect([count('lỗi'), count('cảnh báo'), count('gợi ý')], String(row['Tệp'])).toEqual([
        row['Lỗi'],
        row['Cảnh báo'],
        row['Gợi ý'],
      ]);
    }
  });

  it('Theo bên sums the led tasks of each party across the tracking workbooks', () => {
    // The hand-made copy duplicates school 3's generated workbook and is not counted.
    const trackings = layout.files.filter((x) => x.kind === 'tracking').map((x) => x.tracking!);
    const codes = [...new Set(trackings.flatMap((t) => t.tasks.map((x) => x.lead)))];
    expect(codes.length).toBeGreaterThan(2);
    for (const code of codes) {
      const row = report.parties.find((p) => p['Mã bên'] === code)!;
      const sum = { due: 0, done: 0, missed: 0, overdue: 0 };
      for (const t of trackings) {
        const e = expectedProgress(t, AS_OF, (x) => x.lead === code);
        sum.due += e.due;
        sum.done += e.done;
        sum.missed += e.missed;
        sum.overdue += e.overdue;
      }
      expect([row['Đến hạn'], row['Đã làm'], row['Chưa làm'], row['Quá hạn']], code).toEqual([
        sum.due,
        sum.done,
        sum.missed,
        sum.overdue,
      ]);
      expect(row['Đã làm / đến hạn đến nay (chủ trì)']).toBeCloseTo(sum.done / sum.due, 10);
      expect(row['Số sổ theo dõi']).toBe(trackings.length);
    }
    // Signatures come from the regulations: the invalid variant lacks the youth union's.
    const cdtn = report.parties.find((p) => p['Mã bên'] === 'CDTN')!;
    expect(cdtn['Số quy chế có tên']).toBe(7);
    expect(cdtn['Thiếu người ký']).toBe(layout.files.filter((x) => x.variant === 'invalid').length);
    expect(cdtn['Tên bên']).toBe('Ban Chấp hành Chi đoàn');
  });

  it('lays the sheets out for the office: autofilter, frozen header, expression rules, A4 landscape', () => {
    for (const name of ['Tổng hợp', 'Chi tiết', 'Theo bên']) {
      const ws = report.wb.getWorksheet(name)!;
      const rows =
        name === 'Tổng hợp'
          ? report.summary.length
          : name === 'Chi tiết'
            ? report.details.length
            : report.parties.length;
      expect(String(ws.autoFilter)).toMatch(new RegExp(`^A4:[A-Z]+${4 + rows}$`));
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', printTitlesRow: '4:4' });
      // Tổng hợp runs over several pages wide with STT and Trường repeated; the others fit one page wide.
      if (name === 'Tổng hợp') expect(ws.pageSetup).toMatchObject({ fitToPage: false, printTitlesColumn: 'A:B' });
      else expect(ws.pageSetup).toMatchObject({ fitToPage: true, fitToWidth: 1 });
      const cf = (
        ws as unknown as { conditionalFormattings: Array<{ rules: Array<{ type: string; formulae: string[] }> }> }
      ).conditionalFormattings;
      expect(cf.length).toBeGreaterThan(0);
      expect(cf.every((c) => c.rules.every((r) => r.type === 'expression' && r.formulae.length === 1))).toBe(true);
      expect(String(ws.getCell('A2').value)).toContain('10/02/2026');
    }
    const summary = report.wb.getWorksheet('Tổng hợp')!;
    const formulas = (
      summary as unknown as { conditionalFormattings: Array<{ rules: Array<{ formulae: string[] }> }> }
    ).conditionalFormattings.flatMap((c) => c.rules.map((r) => r.formulae[0]));
    // Each rule points at its own column, found by its header (the columns move as the report grows).
    const letter = (header: string) => {
      const headers = (summary.getRow(4).values as unknown[]).map((v) => String(v ?? ''));
      const i = headers.indexOf(header);
      expect(i, header).toBeGreaterThan(0);
      return summary.getColumn(i).letter;
    };
    expect(formulas).toContain(`$${letter('Lỗi')}5>0`); // a row with errors
    expect(formulas).toContain(`$${letter('Quá hạn')}5>0`); // overdue occurrences
    expect(formulas).toContain(`$${letter('Rà soát')}5="Quá hạn"`); // review overdue
    expect(formulas).toContain(`$${letter('Rà soát')}5="Không xác định"`); // review date unknown
  });

  it('--format json gives each file in the shape of validate --format json, plus the batch fields', async () => {
    const r = await runCli('batch', folder, '--format', 'json', '--as-of', AS_OF, '--jobs', '1');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.asOf).toBe(AS_OF);
    expect(json.files.map((f: { file: string }) => f.file)).toEqual(report.summary.map((x) => x['Tệp']));
    for (const f of layout.files.filter((x) => x.kind === 'regulation')) {
      const v = JSON.parse((await runCli('validate', path.join(folder, f.rel), '--format', 'json')).stdout);
      const entry = json.files.find((x: { file: string }) => x.file === f.rel);
      expect({ summary: entry.summary, findings: entry.findings }).toEqual({
        summary: v.summary,
        findings: v.findings,
      });
    }
    expect(json.summary.errors).toBe(report.summary.reduce((n, x) => n + Number(x['Lỗi']), 0));
  });

  it('--max-findings keeps that many findings a file and says how many were left out, with exact counts', async () => {
    const full = JSON.parse(
      (await runCli('batch', folder, '--format', 'json', '--as-of', AS_OF, '--jobs', '1')).stdout,
    );
    const capped = JSON.parse(
      (await runCli('batch', folder, '--format', 'json', '--as-of', AS_OF, '--jobs', '1', '--max-findings', '2'))
        .stdout,
    );
    const busiest = full.files.reduce((a: { findings: unknown[] }, b: { findings: unknown[] }) =>
      b.findings.length > a.findings.length ? b : a,
    );
    expect(busiest.findings.length).toBeGreaterThan(2);
    const same = capped.files.find((f: { file: string }) => f.file === busiest.file);
    expect(same.findings).toEqual(busiest.findings.slice(0, 2));
    expect(same.findingsOmitted).toBe(busiest.findings.length - 2);
    expect(same.summary).toEqual(busiest.summary);
    expect(capped.summary).toEqual(full.summary);
  });

  it('--lang en writes the report and messages in English', async () => {
    const file = path.join(root, 'en', 'report.xlsx');
    const r = await runCli('batch', folder, '-o', file, '--as-of', AS_OF, '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/files: 7 regulations, 8 tracking workbooks/);
    const en = await readReport(file);
    const row = en.summary.find((x) => x['File'] === 'khac/mat-khau.xlsx')!;
    expect(row['Kind']).toBe('Unreadable');
    expect(row['Note']).toMatch(/password/);
    expect(en.wb.getWorksheet('Tổng hợp')!.getCell('A1').value).toMatch(/SUMMARY/);
    expect(
      en.details.some(
        (d) => d['Severity'] === 'warning' && /has passed and is not marked done/.test(String(d['Message'])),
      ),
    ).toBe(true);
  });
});

describe("batch with an office's own rules folder", () => {
  it('applies the overrides to every file, as validate --rules does', async () => {
    const rules = path.join(root, 'luat-phong');
    mkdirSync(rules, { recursive: true });
    writeFileSync(path.join(rules, 'a.json'), JSON.stringify({ id: 'recipients-archive', severity: 'error' }));
    writeFileSync(path.join(rules, 'b.json'), JSON.stringify({ id: 'party-has-signatory', severity: 'off' }));
    const r = await runCli('batch', folder, '--format', 'json', '--rules', rules, '--as-of', AS_OF);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    for (const f of layout.files.filter((x) => x.kind === 'regulation')) {
      const v = JSON.parse(
        (await runCli('validate', path.join(folder, f.rel), '--format', 'json', '--rules', rules)).stdout,
      );
      const entry = json.files.find((x: { file: string }) => x.file === f.rel);
      expect(entry.summary, f.rel).toEqual(v.summary);
      expect(entry.findings).toEqual(v.findings);
      if (f.variant === 'warning') expect(entry.summary).toEqual({ errors: 1, warnings: 0, infos: 0 });
      if (f.variant === 'invalid')
        expect(entry.findings.map((x: { ruleId: string }) => x.ruleId)).toEqual(['responsibility-lead-known']);
    }
  });
});

describe('batch: usage and exit codes', () => {
  it('exits 0 on a folder of clean workbooks, and an empty folder gives an empty report', async () => {
    const clean = path.join(root, 'sach');
    await writeSchoolFolder(clean, { schools: 2, variant: () => 'valid' });
    const r = await runCli('batch', clean, '-o', path.join(root, 'sach.xlsx'), '--as-of', AS_OF);
    expect(r.code).toBe(0);
    const empty = path.join(root, 'rong');
    mkdirSync(empty);
    const e = await runCli('batch', empty, '-o', path.join(root, 'rong.xlsx'), '--as-of', AS_OF);
    expect(e.code).toBe(0);
    expect(e.stderr).toMatch(/không có tệp \.xlsx nào/);
    expect((await readReport(path.join(root, 'rong.xlsx'))).summary).toEqual([]);
  });

  it('exits 2 with one bilingual line on a missing folder, a bad date, bad --jobs, or no output', async () => {
    const cases: Array<[string[], RegExp]> = [
      [
        [path.join(root, 'khong-co'), '-o', path.join(root, 'x.xlsx')],
        /Không đọc được thư mục .* \/ Cannot read the folder/,
      ],
      [
        [folder, '-o', path.join(root, 'x.xlsx'), '--as-of', '31/02/2026'],
        /Ngày "31\/02\/2026" của --as-of không hợp lệ/,
      ],
      [[folder, '-o', path.join(root, 'x.xlsx'), '--jobs', '0'], /--jobs không hợp lệ \(một số nguyên từ 1 đến 64\)/],
      [
        [folder, '-o', path.join(root, 'x.xlsx'), '--timeout', '2 phút'],
        /"2 phút" của --timeout không hợp lệ \(một số nguyên từ 1 đến 3600\)/,
      ],
      [[folder, '-o', path.join(root, 'x.xlsx'), '--max-findings', '0'], /--max-findings không hợp lệ/],
      [[folder], /cần THƯ_MỤC và ít nhất một đầu ra/],
      [[folder, '-o', path.join(root, 'x.xlsx'), '--format', 'sarif'], /sarif/],
      [
        [folder, '-o', path.join(root, 'x.xlsx'), '--rules', path.join(root, 'khong-co-luat')],
        /Không tìm thấy thư mục hay tệp luật/,
      ],
    ];
    for (const [args, message] of cases) {
      const r = await runCli('batch', ...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
    }
    expect(existsSync(path.join(root, 'x.xlsx'))).toBe(false);
  });

  it('refuses a report inside the folder it checks, so it never lands on a school file', async () => {
    const inside = path.join(root, 'trong');
    await writeSchoolFolder(inside, { schools: 1, variant: () => 'valid' });
    const before = readdirSync(inside, { recursive: true }).sort();
    for (const target of [path.join(inside, 'bao-cao.xlsx'), path.join(inside, 'xa-hoa-binh', 'mna-quy-che.xlsx')]) {
      const r = await runCli('batch', inside, '-o', target, '--as-of', AS_OF, '--force');
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/nằm trong thư mục đầu vào/);
    }
    expect(readdirSync(inside, { recursive: true }).sort()).toEqual(before);
  });
});
