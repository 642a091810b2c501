// A roster of 50 schools against a folder of 45 files: 3 from schools not on the roster, 2 whose
// name two roster schools share (in different communes, and the file names neither), one school
// that sent two versions, three tracking workbooks, and the rest one regulation each, written the
// ways schools write their names.
import { describe, expect, it } from 'vitest';
import { buildBatchReport } from '../../src/core/batch/report';
import { renderBatchHtml } from '../../src/core/batch/html-report';
import { csvGrid, matchRoster, readRoster, schoolKey } from '../../src/core/batch/roster';
import { emptyCounts, emptyProgress, type FileSummary } from '../../src/core/batch/types';
import type { SheetGrid } from '../../src/core/grid';
import { UserError } from '../../src/core/i18n';
import { regulationFacts } from '../helpers/batch-summaries';

const COMMUNES = ['Hòa Bình', 'An Phú', 'Tân Lập', 'Đông Hải', 'Phú Mỹ'];
const rosterName = (i: number) => `Trường Mầm non Số ${i + 1}`;
// How the school writes its own name on Văn bản: case, accents, abbreviations, spacing vary.
const writtenName = (i: number) =>
  [`TRƯỜNG MẦM NON SỐ ${i + 1}`, `MN Số ${i + 1}`, `Trường  mầm non số  ${i + 1}`, `truong mam non so ${i + 1}`][i % 4];

const grid = (rows: Array<Array<string | number>>, name = 'Danh sách'): SheetGrid => ({ name, rows });

function rosterGrid(): SheetGrid {
  const rows: Array<Array<string | number>> = [
    ['DANH SÁCH TRƯỜNG'],
    [],
    ['STT', 'Mã trường', 'Tên trường', 'Xã, phường'],
  ];
  for (let i = 0; i < 46; i++)
    rows.push([i + 1, `MN${String(i + 1).padStart(3, '0')}`, rosterName(i), COMMUNES[i % 5]]);
  // Two names shared by two schools each, in different communes.
  rows.push([47, 'MN047', 'Trường Mầm non Hoa Sen', 'Hòa Bình'], [48, 'MN048', 'Trường Mầm non Hoa Sen', 'An Phú']);
  rows.push([49, 'MN049', 'Trường Mầm non Sơn Ca', 'Tân Lập'], [50, 'MN050', 'Mầm non Sơn Ca', 'Đông Hải']);
  return grid(rows);
}

const summary = (
  path: string,
  school: string,
  kind: 'regulation' | 'tracking',
  year = 2025,
  authority = '',
): FileSummary => ({
  path,
  kind,
  counts: emptyCounts(),
  findings: [],
  findingsOmitted: 0,
  ...(kind === 'regulation'
    ? {
        regulation: regulationFacts(year, {
          school,
          managingAuthority: authority,
          number: `${year % 100}/QCPH-${path.slice(0, 5)}`,
        }),
      }
    : {
        tracking: {
          school,
          managingAuthority: authority,
          sourceNumber: '',
          schoolYear: `${year}-${year + 1}`,
          schoolYearStart: year,
          schoolYearAssumed: false,
          generated: true,
          tasks: 1,
          progress: emptyProgress(),
          dueSoon: 0,
          parties: [],
        },
      }),
});

function folder(): FileSummary[] {
  const files: FileSummary[] = [];
  // 35 schools (0..34) with one regulation each; school 35 with two versions.
  for (let i = 0; i < 35; i++) files.push(summary(`truong-${i + 1}/quy-che.xlsx`, writtenName(i), 'regulation'));
  files.push(summary('truong-36/quy-che-2024.xlsx', writtenName(35), 'regulation', 2024));
  files.push(summary('truong-36/quy-che-2025.xlsx', writtenName(35), 'regulation', 2025));
  // Tracking workbooks of three of them.
  for (const i of [0, 1, 2]) files.push(summary(`truong-${i + 1}/so-theo-doi.xlsx`, writtenName(i), 'tracking'));
  // Three schools not on the roster.
  for (const n of ['Trường Mầm non Bình Minh', 'Trường Tiểu học Kim Đồng', 'MN Họa Mi'])
    files.push(summary(`khac/${schoolKey(n)}.xlsx`, n, 'regulation'));
  // Two files whose names two roster schools share; neither names its commune.
  files.push(summary('chua-ro/hoa-sen.xlsx', 'MẦM NON HOA SEN', 'regulation', 2025, 'UBND tỉnh'));
  files.push(summary('chua-ro/son-ca.xlsx', 'Trường MN Sơn Ca', 'regulation'));
  return files;
}

describe('roster of 50 schools against 45 files', () => {
  const files = folder();
  const report = buildBatchReport(files, { folder: 'HO_SO', asOf: '2025-11-15' });
  const roster = matchRoster(report, readRoster([rosterGrid()], 'truong.xlsx'), 'truong.xlsx');
  const byCode = (code: string) => roster.schools.find((s) => s.code === code)!;

  it('the fixture is what it says', () => {
    expect(files).toHaveLength(45);
    expect(roster.schools).toHaveLength(50);
  });
  it('Chưa nộp: the ten schools with no file, and not the four whose files are ambiguous', () => {
    expect(roster.schools.filter((s) => s.status === 'missing').map((s) => s.code)).toEqual(
      Array.from({ length: 10 }, (_, k) => `MN${String(37 + k).padStart(3, '0')}`),
    );
    expect(roster.totals).toEqual({ schools: 50, submitted: 36, missing: 10, ambiguous: 4, unknown: 3 });
  });
  it('Không có trong danh sách: the three files from schools not on the roster', () => {
    expect(roster.notOnRoster.map((r) => r.school).sort()).toEqual(
      ['MN Họa Mi', 'Trường Mầm non Bình Minh', 'Trường Tiểu học Kim Đồng'].sort(),
    );
  });
  it('an ambiguous name is shown with both candidates, not guessed', () => {
    expect(roster.matches.get('chua-ro/hoa-sen.xlsx')).toEqual({ kind: 'ambiguous', codes: ['MN047', 'MN048'] });
    expect(roster.matches.get('chua-ro/son-ca.xlsx')).toEqual({ kind: 'ambiguous', codes: ['MN049', 'MN050'] });
    expect(byCode('MN047')).toMatchObject({ status: 'ambiguous', candidates: ['chua-ro/hoa-sen.xlsx'] });
  });
  it('the commune settles a shared name when the file names it', () => {
    const again = buildBatchReport(
      [summary('x/hoa-sen.xlsx', 'MẦM NON HOA SEN', 'regulation', 2025, 'UBND XÃ AN PHÚ')],
      {
        folder: 'x',
        asOf: '2025-11-15',
      },
    );
    const m = matchRoster(again, readRoster([rosterGrid()], 'truong.xlsx'), 'truong.xlsx');
    expect(m.matches.get('x/hoa-sen.xlsx')).toEqual({ kind: 'matched', code: 'MN048' });
  });
  it('versions and the tracking copy per school, names matched whatever their spelling', () => {
    expect(byCode('MN036').versions.map((v) => v.schoolYear)).toEqual(['2024-2025', '2025-2026']);
    expect(byCode('MN001')).toMatchObject({ status: 'submitted', tracking: 'truong-1/so-theo-doi.xlsx' });
    expect(byCode('MN004').tracking).toBe('');
    for (let i = 0; i < 36; i++) expect(byCode(`MN${String(i + 1).padStart(3, '0')}`).status).toBe('submitted');
  });
  it('the HTML report shows Chưa nộp, Không có trong danh sách and the roster with versions', () => {
    const html = renderBatchHtml(report, { lang: 'vi', version: 'test', roster });
    const section = html.slice(
      html.indexOf('<section class="roster">'),
      html.indexOf('</section>', html.indexOf('<section class="roster">')),
    );
    const lists = [...section.matchAll(/<ul>(.*?)<\/ul>/gs)].map((m) =>
      [...m[1].matchAll(/<li>(.*?)<\/li>/g)].map((x) => x[1]),
    );
    expect(lists[0]).toHaveLength(10);
    expect(lists[0][0]).toContain('MN037');
    expect(lists[1]).toHaveLength(3);
    expect(section).toContain('Chưa nộp (10)');
    expect(section).toContain('Không có trong danh sách (3)');
    const rows = [...section.matchAll(/<tr( class="[^"]*")?><td/g)];
    expect(rows).toHaveLength(50);
    expect(section).toMatch(/2 bản: [^<]*2024-2025[^<]*2025-2026/);
    expect(section).toContain('Có thể là tệp: chua-ro/hoa-sen.xlsx');
    expect(section).toContain('truong-1/so-theo-doi.xlsx');
  });
  it("the .xlsx report: Danh sách trường (one row per school, then the unknown files) and Tổng hợp's roster columns", async () => {
    const ExcelJS = (await import('exceljs')).default;
    const { writeBatchReportWorkbook } = await import('../../src/xlsx/write-batch-report');
    const { sheetRows } = await import('./report-reader');
    const bytes = await writeBatchReportWorkbook(report, { lang: 'vi', version: 'test', roster });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Tổng hợp', 'Danh sách trường', 'Chi tiết', 'Theo bên']);
    const ws = wb.getWorksheet('Danh sách trường')!;
    expect(String(ws.getCell('A3').value)).toBe(
      'Danh sách 50 trường: 36 đã nộp, 10 chưa nộp, 4 chưa rõ (trùng tên); 3 tệp không có trong danh sách.',
    );
    const rows = sheetRows(ws);
    expect(rows).toHaveLength(53);
    const status = (s: string) => rows.filter((r) => r['Tình trạng'] === s);
    expect(status('Chưa nộp').map((r) => r['Mã trường'])).toEqual(
      Array.from({ length: 10 }, (_, k) => `MN${String(37 + k).padStart(3, '0')}`),
    );
    expect(status('Không có trong danh sách').map((r) => r['Tên trường (danh sách)'])).toEqual(
      roster.notOnRoster.map((r) => r.school),
    );
    expect(roster.notOnRoster).toHaveLength(3);
    expect(status('Không có trong danh sách')[0]['Quy chế đã nộp']).toMatch(/khac\/.*\.xlsx/);
    expect(status('Chưa rõ (trùng tên)').map((r) => r['Mã trường'])).toEqual(['MN047', 'MN048', 'MN049', 'MN050']);
    expect(status('Chưa rõ (trùng tên)')[0]['Quy chế đã nộp']).toBe('Có thể là tệp: chua-ro/hoa-sen.xlsx');
    const two = rows.find((r) => r['Mã trường'] === 'MN036')!;
    expect(two['Quy chế đã nộp']).toMatch(/^2 bản: .*2024-2025 \(truong-36\/quy-che-2024\.xlsx\); .*2025-2026/);
    expect(rows.find((r) => r['Mã trường'] === 'MN001')!['Sổ theo dõi đã nộp']).toBe('truong-1/so-theo-doi.xlsx');
    expect(rows.find((r) => r['Mã trường'] === 'MN004')!['Sổ theo dõi đã nộp']).toBeNull();
    // Printed like the other report sheets: A4 landscape, one page wide, the header on every page.
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToWidth: 1,
      printTitlesRow: '4:4',
    });
    expect(ws.headerFooter.oddFooter).toContain('Danh sách trường');
    expect(ws.autoFilter).toBeTruthy();
    const summaryRows = sheetRows(wb.getWorksheet('Tổng hợp')!);
    expect(summaryRows).toHaveLength(45);
    const byPath = (p: string) => summaryRows.find((r) => r['Tệp'] === p)!;
    expect(byPath('truong-5/quy-che.xlsx')).toMatchObject({
      'Đối chiếu danh sách': 'Khớp MN005',
      'Tình trạng': 'Đã nộp',
    });
    expect(byPath('chua-ro/son-ca.xlsx')['Đối chiếu danh sách']).toBe('Trùng tên: MN049, MN050 — cần xem lại');
    expect(summaryRows.filter((r) => r['Tình trạng'] === 'Không có trong danh sách')).toHaveLength(3);
  });
  it('the CSV: a row per file with its match, then a row per school that sent nothing', async () => {
    const { formatBatchCsv } = await import('../../src/core/batch/format');
    const [header, ...rows] = csvGrid(formatBatchCsv(report, 'vi', roster), 'tong-hop.csv').rows as string[][];
    const at = (name: string) => header.indexOf(name);
    expect(rows).toHaveLength(45 + 10);
    const status = (s: string) => rows.filter((r) => r[at('Tình trạng')] === s);
    expect(status('Chưa nộp').map((r) => r[at('Đối chiếu danh sách')])).toEqual(
      Array.from({ length: 10 }, (_, k) => `MN${String(37 + k).padStart(3, '0')}`),
    );
    expect(status('Không có trong danh sách')).toHaveLength(3);
    expect(
      status('Chưa rõ (trùng tên)')
        .map((r) => r[at('Tệp')])
        .sort(),
    ).toEqual(['chua-ro/hoa-sen.xlsx', 'chua-ro/son-ca.xlsx']);
    // The school with two versions: two rows matched to it, with their school years.
    const two = rows.filter((r) => r[at('Đối chiếu danh sách')] === 'Khớp MN036');
    expect(two.map((r) => r[at('Năm học')])).toEqual(['2024-2025', '2025-2026']);
    expect(rows.filter((r) => r[at('Đối chiếu danh sách')] === 'Khớp MN001')).toHaveLength(2); // regulation + tracking
  });
  it('schoolKey: case, accents, Trường, MN/Mầm non and spacing do not matter', () => {
    const k = schoolKey('Trường Mầm non Hoa Mai');
    for (const v of ['MN Hoa Mai', 'TRƯỜNG MẦM NON HOA MAI', 'truong mam non  hoa mai', 'Mầm non Hoa-Mai'])
      expect(schoolKey(v)).toBe(k);
    expect(schoolKey('Tiểu học Hoa Mai')).not.toBe(k);
  });
  it('a roster without a code and name header, or with a repeated code, is one clear error', () => {
    expect(() =>
      readRoster(
        [
          grid([
            ['A', 'B'],
            ['1', '2'],
          ]),
        ],
        'ds.csv',
      ),
    ).toThrow(UserError);
    try {
      readRoster(
        [
          grid([
            ['Mã', 'Tên trường'],
            ['A1', 'X'],
            ['A1', 'Y'],
          ]),
        ],
        'ds.csv',
      );
      throw new Error('no error');
    } catch (e) {
      expect((e as UserError).text('vi')).toContain('ô A3');
    }
  });
});

describe('phoihop batch --roster (CSV roster, CSV and JSON out)', () => {
  it('adds the match per file, the schools that sent nothing, and the roster section', async () => {
    const { mkdirSync, writeFileSync } = await import('node:fs');
    const path = await import('node:path');
    const { runCli, tempDir } = await import('../helpers/cli');
    const { regulationBytes, school } = await import('../helpers/school-workbooks');
    const root = tempDir('phoihop-roster-');
    const dir = path.join(root, 'ho-so');
    mkdirSync(dir);
    for (const i of [0, 1, 2]) writeFileSync(path.join(dir, `t${i}.xlsx`), await regulationBytes(school(i)));
    // Schools 0 and 1 on the roster (written as the office does), 2 not; 3 on it but sent nothing.
    const csv = path.join(root, 'truong.csv');
    writeFileSync(
      csv,
      '\uFEFFMã trường;Tên trường;Xã\r\nA1;MN Hoa Sen 1;Hòa Bình\r\nA2;Trường mầm non Sơn Ca 2;An Phú\r\nA4;Mầm non Tuổi Thơ 4;Đông Hải\r\n',
    );
    const out = await runCli('batch', dir, '--roster', csv, '--format', 'csv', '--jobs', '1', '--as-of', '15/11/2025');
    expect(out.code).toBe(0);
    const lines = out.stdout
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(/Đối chiếu danh sách,Tình trạng$/);
    expect(lines.find((l) => l.includes('t0.xlsx'))).toMatch(/Khớp A1,Đã nộp$/);
    expect(lines.find((l) => l.includes('t2.xlsx'))).toMatch(/Không có trong danh sách,Không có trong danh sách$/);
    expect(lines.at(-1)).toMatch(/Mầm non Tuổi Thơ 4.*A4,Chưa nộp$/);
    const json = JSON.parse(
      (await runCli('batch', dir, '--roster', csv, '--format', 'json', '--jobs', '1', '--as-of', '15/11/2025')).stdout,
    );
    expect(json.roster.totals).toEqual({ schools: 3, submitted: 2, missing: 1, ambiguous: 0, unknown: 1 });
    expect(json.roster.schools.find((s: { code: string }) => s.code === 'A1').versions).toHaveLength(1);
    const xlsx = path.join(root, 'bao-cao.xlsx');
    expect((await runCli('batch', dir, '--roster', csv, '-o', xlsx, '--jobs', '1', '--as-of', '15/11/2025')).code).toBe(
      0,
    );
    const { readReport, sheetRows } = await import('./report-reader');
    const sheet = sheetRows((await readReport(xlsx)).wb.getWorksheet('Danh sách trường')!);
    expect(sheet.map((r) => [r['Mã trường'], r['Tình trạng']])).toEqual([
      ['A1', 'Đã nộp'],
      ['A2', 'Đã nộp'],
      ['A4', 'Chưa nộp'],
      [null, 'Không có trong danh sách'],
    ]);
    const bad = await runCli('batch', dir, '--roster', path.join(root, 'ds.txt'), '--format', 'csv');
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });
});
