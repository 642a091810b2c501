// What an office hands on and reads: the batch report printed by LibreOffice (several pages wide
// with STT and Trường repeated, text at a readable size, nothing printed over anything), the HTML
// report in Chromium at a desktop (1280 px) and a phone (390 px) width (no page wider than the
// window, no cell whose text is cut), and the figures named so nobody confuses them: review state
// unknown counted as such, completion "đã làm / đến hạn đến nay" beside "cả năm".
import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/chromium';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeRegulationWorkbook } from '../../src/xlsx/write-regulation';
import { runCli, tempDir } from '../helpers/cli';
import { overlappingLines, linesOffPage, pdfLines, sofficeToPdf, type PageBox } from '../helpers/pdf-layout';
import { expectedProgress, oleBytes, school, schoolContent, writeSchoolFolder } from '../helpers/school-workbooks';
import { readReport, type ReadReport } from './report-reader';

const AS_OF = '2026-02-10';
const root = tempDir('phoihop-readable-');
const folder = path.join(root, 'ho-so');
const xlsx = path.join(root, 'bao-cao.xlsx');
const html = path.join(root, 'bao-cao.html');
const OLD = 'cu/quy-che-2020.xlsx';
let run: { code: number; stdout: string; stderr: string };
let report: ReadReport;
let json: {
  summary: Record<string, number | null>;
  files: Array<{ file: string; reviewState: string | null; rate: number | null; rateYear: number | null }>;
};
let layout: Awaited<ReturnType<typeof writeSchoolFolder>>;
let pages: PageBox[];
let browser: Browser;

beforeAll(async () => {
  layout = await writeSchoolFolder(folder, {
    schools: 6,
    tracking: (i) => ({ filledThrough: '2026-01-31', done: [9, 6, 8, 4, 10, 7][i], notDone: [0, 2, 1, 3, 0, 1][i] }),
  });
  // A 2020-2021 regulation of another school with no review cadence: its review falls due at the
  // end of its school year (main's reviewDue), so it is overdue, never silently on time.
  const old = schoolContent(school(30, 2020));
  old.document.reviewCadence = null;
  mkdirSync(path.join(folder, 'cu'), { recursive: true });
  writeFileSync(path.join(folder, OLD), await writeRegulationWorkbook(old));
  // Files whose notes are long (the Ghi chú column), and a path much longer than its column.
  writeFileSync(path.join(folder, 'cu/mat-khau-ho-so-truong-mam-non-hoa-sen-nam-hoc-2025-2026.xlsx'), oleBytes());
  writeFileSync(path.join(folder, 'cu/hong.xlsx'), 'Quy chế phối hợp năm học 2025-2026\n');
  run = await runCli('batch', folder, '-o', xlsx, '--html', html, '--as-of', '10/02/2026');
  report = await readReport(xlsx);
  json = JSON.parse((await runCli('batch', folder, '--format', 'json', '--as-of', '10/02/2026')).stdout);
  pdf = sofficeToPdf([xlsx], path.join(root, 'pdf'))[0];
  pages = pdfLines(pdf);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Where a picture goes: the README's docs/ when PHOIHOP_SCREENSHOTS=1 (npm run docs:pictures), else the run's folder. */
const picture = (name: string) =>
  process.env.PHOIHOP_SCREENSHOTS ? path.join(__dirname, '..', '..', 'docs', name) : path.join(root, name);
let pdf: string;

const sheetPages = (name: string) => pages.filter((p) => p.lines.some((l) => l.text.includes(`Phối hợp — ${name}`)));

describe('the batch report printed by LibreOffice', () => {
  it('nothing printed over anything (Ghi chú included), nothing off the page', () => {
    expect(overlappingLines(pages).map(([a, b]) => `p${a.page}: "${a.text}" × "${b.text}"`)).toEqual([]);
    expect(linesOffPage(pages).map((l) => l.text)).toEqual([]);
    const notes = sheetPages('Tổng hợp')
      .flatMap((p) => p.lines.map((l) => l.text))
      .join(' ');
    expect(notes).toContain('không phải sổ Excel');
  });

  it('Tổng hợp runs over several pages wide, each with STT and Trường, at a readable size', () => {
    const summary = sheetPages('Tổng hợp');
    expect(summary.length).toBeGreaterThanOrEqual(2);
    for (const page of summary) {
      const text = page.lines.map((l) => l.text).join('\n');
      expect(text).toMatch(/STT/);
      expect(text).toContain('Trường');
      expect(text).toContain('MẦM NON'); // the school names, repeated on each page
      // Body text lines of an 11-point font at 85 %: about 9 points tall (23 columns on one page made it 4).
      const body = page.lines.filter((l) => /^\d+$/.test(l.text) || l.text.includes('MẦM NON'));
      const heights = body.map((l) => l.yMax - l.yMin).sort((a, b) => a - b);
      expect(heights[Math.floor(heights.length / 2)]).toBeGreaterThan(8);
    }
    // The detail columns stay on screen only: the print has the note, not the linked file's column.
    const printed = summary.flatMap((p) => p.lines.map((l) => l.text)).join(' ');
    expect(printed).toContain('Ghi chú');
    expect(printed).not.toContain('Tệp liên quan');
    expect(printed).toContain('Tỷ lệ cả năm');
    // The first printed page of Tổng hợp as a picture (the README's), rendered by poppler.
    const first = pages.indexOf(summary[0]) + 1;
    const png = picture('batch-print.png');
    const stem = png.replace(/\.png$/, '');
    execFileSync('pdftoppm', ['-png', '-singlefile', '-r', '70', '-f', String(first), '-l', String(first), pdf, stem]);
    expect(statSync(png).size).toBeGreaterThan(20_000);
  });

  it('Chi tiết prints one page wide with the message column readable', () => {
    for (const page of sheetPages('Chi tiết')) {
      const text = page.lines.map((l) => l.text).join(' ');
      expect(text).toContain('Nội dung');
      const heights = page.lines.map((l) => l.yMax - l.yMin).sort((a, b) => a - b);
      expect(heights[Math.floor(heights.length / 2)]).toBeGreaterThan(8);
    }
  });
});

describe('figures named for what they are', () => {
  it('a 2020-2021 regulation with no review cadence is counted overdue, never as on time', () => {
    const row = report.summary.find((r) => r['Tệp'] === OLD)!;
    expect(row['Rà soát']).toBe('Quá hạn');
    expect(json.files.find((f) => f.file === OLD)!.reviewState).toBe('overdue');
    expect(json.summary.reviewUnknown).toBe(0);
    expect(run.stdout).toContain('quy chế quá hạn rà soát: 1, chưa rõ hạn rà soát: 0');
  });

  it('both completion figures, named: done / due to date, and the whole year', () => {
    expect(report.summary[0]).toHaveProperty('Tỷ lệ đã làm / đến hạn đến nay');
    for (const f of layout.files.filter((x) => x.kind === 'tracking')) {
      const e = expectedProgress(f.tracking!, AS_OF);
      const row = report.summary.find((r) => r['Tệp'] === f.rel)!;
      expect(row['Tỷ lệ đã làm / đến hạn đến nay']).toBeCloseTo(e.done / e.due, 10);
      expect(row['Tỷ lệ cả năm']).toBeCloseTo(e.done / e.planned, 10);
      expect(e.planned).toBeGreaterThan(e.due);
    }
    expect(run.stdout).toMatch(/Đã làm \/ đến hạn đến nay: [\d,]+\s?% \(cả năm: [\d,]+\s?%\)/);
  });
});

describe('the HTML report at 1280 px and 390 px (Chromium)', () => {
  for (const width of [1280, 390]) {
    it(`${width} px: no page wider than the window, no cell text cut off, the first column stays in view`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(pathToFileURL(html).href);
      // As a reader first sees it, before the tables below are scrolled.
      await page.screenshot({
        path: width === 1280 ? picture('batch-report.png') : path.join(root, `report-${width}.png`),
        fullPage: true,
        clip: { x: 0, y: 0, width, height: 1400 },
      });
      const result = await page.evaluate(() => {
        const doc = document.documentElement;
        const cut: string[] = [];
        for (const cell of Array.from(document.querySelectorAll<HTMLElement>('td, th')))
          if (cell.scrollWidth > cell.clientWidth + 1) cut.push(`${cell.className}: ${cell.textContent}`);
        const scrollers = Array.from(document.querySelectorAll<HTMLElement>('.scroll')).map((s) => {
          const before = s.querySelector('tbody tr td')!.getBoundingClientRect().left;
          s.scrollLeft = s.scrollWidth;
          const first = s.querySelector('tbody tr td')!.getBoundingClientRect();
          const box = s.getBoundingClientRect();
          const cells = Array.from(s.querySelectorAll('tbody tr:first-child td'));
          const last = cells[cells.length - 1].getBoundingClientRect();
          return {
            scrolls: s.scrollWidth > s.clientWidth,
            firstStays: Math.abs(first.left - before) < 1,
            lastInView: last.right <= box.right + 1,
          };
        });
        return { pageWidth: doc.scrollWidth, window: window.innerWidth, cut, scrollers };
      });
      expect(result.pageWidth).toBeLessThanOrEqual(result.window);
      expect(result.cut).toEqual([]);
      expect(result.scrollers.length).toBe(3);
      for (const s of result.scrollers) {
        expect(s.lastInView).toBe(true);
        if (s.scrolls) expect(s.firstStays).toBe(true);
      }
      if (width === 390) expect(result.scrollers.some((s) => s.scrolls)).toBe(true);
      await page.close();
    });
  }
});
