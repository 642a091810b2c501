// The HTML report in a real browser (Debian's Chromium through playwright-core, never a
// downloaded one): it renders offline with no console error and no request besides the page
// itself, and shows the charts and tables. (test/batch/readable.test.ts makes the README's picture.)
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/chromium';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli';
import { foreignBytes, oleBytes, writeSchoolFolder } from '../helpers/school-workbooks';
import { writeFileSync } from 'node:fs';

const root = tempDir('phoihop-html-');
const folder = path.join(root, 'ho-so');
const html = path.join(root, 'bao-cao.html');
let browser: Browser;

beforeAll(async () => {
  // Schools fill their books to different degrees, so the charts have something to show.
  await writeSchoolFolder(folder, {
    schools: 8,
    tracking: (i) => ({
      filledThrough: '2026-01-31',
      done: [9, 6, 8, 4, 10, 7, 5, 9][i],
      notDone: [0, 2, 1, 3, 0, 1, 2, 1][i],
      earlyDone: i === 0,
    }),
  });
  mkdirSync(path.join(folder, 'khac'), { recursive: true });
  writeFileSync(path.join(folder, 'khac/danh-sach-lop.xlsx'), await foreignBytes());
  writeFileSync(path.join(folder, 'khac/mat-khau.xlsx'), oleBytes());
  const r = await runCli('batch', folder, '--html', html, '--as-of', '2026-02-10');
  expect(r.code).toBe(1);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('the HTML report', () => {
  it('is one self-contained page: no script, no stylesheet link, no external URL', () => {
    const text = readFileSync(html, 'utf8');
    expect(text).not.toMatch(/<script|<link|@import|url\(/i);
    const urls = text.match(/https?:\/\/[^\s"')]+/g) ?? [];
    expect(urls.every((u) => u === 'http://www.w3.org/2000/svg')).toBe(true);
    expect(text).toContain(`Content-Security-Policy" content="default-src 'none'`);
    expect(text).toMatch(/^<!DOCTYPE html>\n<html lang="vi">/);
  });

  it('renders in Chromium with no console error and no request but the page itself', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1100 } });
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('request', (r) => requests.push(r.url()));
    page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
    const url = pathToFileURL(html).href;
    await page.goto(url, { waitUntil: 'load' });

    expect(await page.title()).toMatch(/^Báo cáo tổng hợp quy chế phối hợp — 10\/02\/2026$/);
    expect(await page.locator('h1').textContent()).toBe('BÁO CÁO TỔNG HỢP QUY CHẾ PHỐI HỢP CÁC TRƯỜNG');
    // One bar per tracking workbook, one per party that leads tasks.
    const charts = page.locator('figure svg');
    expect(await charts.count()).toBe(2);
    expect(await charts.nth(0).locator('g').count()).toBe(8);
    expect(await charts.nth(1).locator('g').count()).toBeGreaterThanOrEqual(3);
    const firstBar = await charts.nth(0).locator('g').first().locator('title').textContent();
    expect(firstBar).toMatch(/^TRƯỜNG MẦM NON .* · 2025-2026: \d+(,\d)?\s?% \(\d+\/\d+ lượt\)$/);
    // The summary table: one row per file, errors highlighted.
    const summaryRows = page.locator('section').nth(1).locator('tbody tr');
    expect(await summaryRows.count()).toBe(18);
    expect(
      await page.locator('section').nth(1).locator('tr.err td.c-path', { hasText: 'khac/mat-khau.xlsx' }).count(),
    ).toBe(1);
    const box = await charts.nth(0).boundingBox();
    expect(box!.width).toBeGreaterThan(500);

    const shot = path.join(root, 'batch-report.png');
    mkdirSync(path.dirname(shot), { recursive: true });
    await page.screenshot({ path: shot, fullPage: false });
    expect(existsSync(shot)).toBe(true);

    expect(problems).toEqual([]);
    expect(requests).toEqual([url]);
    await page.close();
  });

  it('prints in English with --lang en', async () => {
    const en = path.join(root, 'report-en.html');
    await runCli('batch', folder, '--html', en, '--as-of', '2026-02-10', '--lang', 'en');
    const page = await browser.newPage();
    await page.goto(pathToFileURL(en).href);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('figcaption').first().textContent()).toBe('Done / due to date, by school');
    await page.close();
  });
});
