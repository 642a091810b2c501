// Independent programs check the report. LibreOffice recalculates the tracking workbook's own
// Tổng hợp formulas after the marks are set (their cached results dropped): at the year's end the
// report's figures equal them party by party. The .docx passes the export's Nghị định 30 layout
// checks (A4, margins, two-column heading, page numbers from page 2 in the top margin, signature
// blocks side by side, names level), python-docx and mammoth read it without a warning, and
// ../shared/ooxml/check-ooxml.py finds no error in it.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli';
import { HANG_GUARD_MS } from '../helpers/hang-guard';
import { checkOoxml, findingLine } from '../helpers/ooxml';
import { expectTwoColumnHeading, pdfLayout, phrase, sameLine, soffice, type PdfLayout } from '../export/helpers';
import { exampleTracking, fill } from './helpers';

const dir = tempDir('phoihop-report-lo-');
const at = (name: string) => path.join(dir, name);
const PROFILE = `file://${path.join(dir, 'profile')}`;
const MM = 56.6929;

/** The Tổng hợp sheet as LibreOffice computes it, as CSV rows (values as shown). */
function summaryCsv(file: string): string[][] {
  const out = path.join(dir, `csv-${path.basename(file, '.xlsx')}`);
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=${PROFILE}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1',
      '--outdir',
      out,
      file,
    ],
    { stdio: 'pipe', timeout: HANG_GUARD_MS },
  );
  const name = readdirSync(out).find((n) => n.normalize('NFC').includes('Tổng hợp'))!;
  return readFileSync(path.join(out, name), 'utf8')
    .split('\n')
    .map((line) =>
      [...line.matchAll(/"((?:[^"]|"")*)"|([^,]*)(?:,|$)/g)].map((m) => (m[1] ?? m[2] ?? '').replace(/""/g, '"')),
    );
}

let files: { regulation: string; tracking: string };

beforeAll(async () => {
  files = await exampleTracking(dir);
});

describe('at the year end the figures equal the tracking workbook’s Tổng hợp, recalculated by LibreOffice', () => {
  it.each([0, 2])('marks filled from offset %i', async (seed) => {
    const filled = at(`da-dien-${seed}.xlsx`);
    await fill(files.tracking, filled, seed, true);
    const r = await runCli('report', filled, '--format', 'json', '--as-of', '2027-09-01');
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as {
      parties: Array<{ code: string; due: number; done: number; missed: number; overdue: number }>;
      total: { due: number; done: number; missed: number };
    };
    const sheet = summaryCsv(filled);
    const header = sheet.findIndex((row) => row[1] === 'Mã bên');
    const rows = sheet.slice(header + 1).filter((row) => /^[A-Z]+$/.test(row[1] ?? ''));
    expect(rows.map((row) => row[1])).toEqual(report.parties.map((p) => p.code));
    for (const p of report.parties) {
      const row = rows.find((x) => x[1] === p.code)!;
      // F: Số lần đến hạn (chủ trì), G: Đã làm, H: Chưa làm.
      expect([p.due, p.done, p.missed].map(String), p.code).toEqual(row.slice(5, 8));
      expect(p.overdue).toBe(Number(row[5]) - Number(row[6]) - Number(row[7]));
    }
    const total = sheet.find((row) => row[2] === 'Cộng')!;
    expect([report.total.due, report.total.done, report.total.missed].map(String)).toEqual(total.slice(5, 8));
  });
});

const PY_READ = `
import docx, json, sys, warnings
warnings.simplefilter('error')
d = docx.Document(sys.argv[1])
s = d.sections[0]
print(json.dumps({'paragraphs': [p.text for p in d.paragraphs],
  'cells': [c.text for t in d.tables for r in t.rows for c in r.cells],
  'page': [s.page_width.mm, s.page_height.mm],
  'margins': [s.top_margin.mm, s.bottom_margin.mm, s.left_margin.mm, s.right_margin.mm],
  'font': d.styles.element.xpath('string(//w:docDefaults//w:rFonts/@w:ascii)')}, ensure_ascii=False))
`;

describe('the report as a Word document', () => {
  const docx = at('bao-cao.docx');
  let layout: PdfLayout;
  let documentXml: string;

  beforeAll(async () => {
    await fill(files.tracking, at('da-dien.xlsx'), 1);
    const r = await runCli(
      'report',
      at('da-dien.xlsx'),
      '-o',
      docx,
      '--period',
      'hk1',
      '--as-of',
      '2027-01-20',
      '--workbook',
      files.regulation,
    );
    expect(r.code, r.stderr).toBe(0);
    layout = pdfLayout(soffice(docx, 'pdf', dir));
    documentXml = strFromU8(unzipSync(readFileSync(docx))['word/document.xml']);
  });

  it('has no error for check-ooxml.py', () => {
    expect(checkOoxml([docx]).map(findingLine)).toEqual([]);
  });

  it('is A4 portrait with the margins of Phụ lục I, in the file and as printed', () => {
    const attr = (s: string, name: string) => Number(new RegExp(`w:${name}="(\\d+)"`).exec(s)![1]) / MM;
    const size = /<w:pgSz ([^>]*)\/>/.exec(documentXml)![1];
    const margin = /<w:pgMar ([^>]*)\/>/.exec(documentXml)![1];
    expect([attr(size, 'w'), attr(size, 'h')].map(Math.round)).toEqual([210, 297]);
    expect(['top', 'bottom', 'left', 'right'].map((k) => Math.round(attr(margin, k)))).toEqual([20, 20, 30, 15]);
    for (const p of layout.pages) expect([p.width, p.height].map(Math.round)).toEqual([210, 297]);
    for (const w of layout.words) {
      expect(w.x0).toBeGreaterThanOrEqual(29.5);
      expect(w.x1).toBeLessThanOrEqual(195.5);
    }
  });

  it('lays the heading out in two columns, each line whole and level with its neighbour', () => {
    expectTwoColumnHeading(
      layout,
      { authority: 'UBND XÃ HÒA BÌNH', issuer: 'TRƯỜNG MẦM NON HOA MAI', number: 'Số: ……/BC-MNHM' },
      'Hòa Bình, ngày 20 tháng 01 năm 2027',
    );
    expect(phrase(layout, 'BÁO CÁO')[0].page).toBe(1);
  });

  it('numbers the pages from 2, centred in the top margin', () => {
    expect(layout.pages.length).toBeGreaterThanOrEqual(2);
    const inTopMargin = (p: number) => layout.words.filter((w) => w.page === p && w.y1 < 20);
    expect(inTopMargin(1)).toEqual([]);
    for (let p = 2; p <= layout.pages.length; p++) {
      const n = inTopMargin(p);
      expect(n.map((w) => w.text)).toEqual([String(p)]);
      expect(Math.abs((n[0].x0 + n[0].x1) / 2 - (30 + (210 - 30 - 15) / 2))).toBeLessThan(3);
    }
  });

  it('signs with the signing parties side by side, names level, Nơi nhận below with the managing office', () => {
    const names = ['Trần Thị Lan', 'Nguyễn Thị Hương', 'Lê Thị Mai', 'Phạm Văn Minh'].map((n) => phrase(layout, n));
    for (const [a, b] of [
      [names[0], names[1]],
      [names[2], names[3]],
    ]) {
      expect(a[0].page).toBe(b[0].page);
      expect(sameLine([a[0], b[0]])).toBe(true);
      expect(a[a.length - 1].x1).toBeLessThan(105);
      expect(b[0].x0).toBeGreaterThan(115);
    }
    const label = phrase(layout, 'Nơi nhận:');
    expect(label[0].y0).toBeGreaterThan(names[3][0].y0);
    expect(phrase(layout, '- UBND xã Hòa Bình (báo cáo);')[0].x0).toBeLessThan(35);
  });

  it('python-docx and mammoth read it without a warning: the figures, the marked places, the signatures', async () => {
    const py = JSON.parse(
      execFileSync('/usr/bin/python3', ['-W', 'error', '-c', PY_READ, docx], { encoding: 'utf8' }),
    ) as { paragraphs: string[]; cells: string[]; page: number[]; margins: number[]; font: string };
    expect(py.font).toBe('Times New Roman');
    const text = [...py.paragraphs, ...py.cells].join('\n');
    for (const s of [
      'BÁO CÁO',
      'Sơ kết học kỳ I thực hiện quy chế phối hợp năm học 2026-2027',
      'I. KẾT QUẢ THỰC HIỆN',
      'II. TỒN TẠI, HẠN CHẾ',
      'III. PHƯƠNG HƯỚNG, NHIỆM VỤ HỌC KỲ II',
      '[Nhà trường viết: những kết quả nổi bật của từng bên trong việc phối hợp]',
      '[Nhà trường viết: tồn tại, hạn chế và nguyên nhân]',
      '[Nhà trường viết: phương hướng, nhiệm vụ và giải pháp cho thời gian tới]',
      'Ban Chấp hành Công đoàn cơ sở: đã phổ biến ngày 12/10/2026.',
      'Lần rà soát tiếp theo đến hạn ngày 08/10/2027',
      'Nơi nhận:',
      '- Lưu: VT.',
    ])
      expect(text).toContain(s);
    // The figures table: the header, a row per signing party, the total.
    const json = JSON.parse(
      (await runCli('report', at('da-dien.xlsx'), '--format', 'json', '--period', 'hk1', '--as-of', '2027-01-20'))
        .stdout,
    ) as { total: { due: number; done: number; missed: number; overdue: number } };
    const start = py.cells.indexOf('Cộng');
    expect(py.cells.slice(start + 2, start + 6)).toEqual(
      [json.total.due, json.total.done, json.total.missed, json.total.overdue].map(String),
    );
    const styles = strFromU8(unzipSync(readFileSync(docx))['word/styles.xml']);
    const names = [...styles.matchAll(/<w:style w:type="paragraph"[^>]*>\s*<w:name w:val="([^"]+)"/g)].map((m) => m[1]);
    const result = await mammoth.convertToHtml(
      { buffer: readFileSync(docx) },
      { styleMap: names.map((n) => `p[style-name='${n}'] => p:fresh`) },
    );
    expect(result.messages).toEqual([]);
    expect(result.value).toContain('Nhà trường viết');
  });
});
