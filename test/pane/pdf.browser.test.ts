// A PDF in the browser pane's Nhập văn bản: the exported worked example, printed to PDF by
// LibreOffice, is imported in Chromium into a downloaded workbook with what `phoihop import` reads
// from it; pdf.js and its worker come from dist/ only after the click (the first load does not
// grow), nothing from elsewhere; a scan says in one line to use the command line.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/core/read-workbook';
import { exampleContent } from '../../src/core/template/example';
import { gridsFromWorkbook, loadWorkbook } from '../../src/xlsx/read-grids';
import { exportContent } from '../export/fidelity';
import { runCli } from '../helpers/cli';
import { pdfsFromDocx } from '../helpers/pdf-convert';
import { launchChromium } from '../helpers/chromium';
import { pageWithoutText } from '../helpers/scanned-pdf';
import { build, DIST, newContext, openPane, serve } from './harness';

let browser: Browser;
let server: { url: string; close(): Promise<void> };
let dir: string;
let pdfFile: string;
let scanFile: string;

beforeAll(async () => {
  build();
  server = await serve(DIST);
  browser = await launchChromium();
  dir = mkdtempSync(path.join(tmpdir(), 'phoihop-pane-pdf-'));
  const pdf = pdfsFromDocx(new Map([['vi-du', await exportContent(exampleContent())]])).get('vi-du')!;
  pdfFile = path.join(dir, 'quy-che-vi-du.pdf');
  writeFileSync(pdfFile, pdf);
  scanFile = path.join(dir, 'ban-quet.pdf');
  writeFileSync(scanFile, pageWithoutText());
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a PDF in the browser pane', () => {
  it('imports the text layer into a workbook as `phoihop import` does, pdf.js fetched from dist/ on first use', async () => {
    const context = await newContext(browser, { kind: 'none' });
    const loaded: string[] = [];
    context.on('requestfinished', (r) => loaded.push(new URL(r.url()).pathname));
    const page = await openPane(context, server.url);
    await page.waitForLoadState('networkidle');
    const initial = loaded.filter((p) => /\.(js|css|html)$/.test(p));
    expect(initial.some((p) => /pdf/.test(p))).toBe(false);
    const gz = initial.reduce((n, p) => n + gzipSync(readFileSync(path.join(DIST, p)), { level: 9 }).length, 0);
    console.log(`initial pane load: ${(gz / 1024).toFixed(1)} KB gzipped`);
    expect(gz).toBeLessThanOrEqual(150 * 1024);

    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('#btn-import')]);
    const [download] = await Promise.all([page.waitForEvent('download'), chooser.setFiles(pdfFile)]);
    expect(download.suggestedFilename()).toBe('quy-che-vi-du.xlsx');
    const target = path.join(dir, 'imported.xlsx');
    await download.saveAs(target);
    const model = readWorkbook(gridsFromWorkbook(await loadWorkbook(readFileSync(target))), {
      source: 'imported.xlsx',
    });
    const cli = JSON.parse((await runCli('import', pdfFile, '--format', 'json')).stdout);
    expect(cli.format).toBe('pdf');
    expect(model.clauses.length).toBe(cli.clauses.length);
    expect(model.signatories.map((s) => s.name)).toEqual([
      'Trần Thị Lan',
      'Nguyễn Thị Hương',
      'Lê Thị Mai',
      'Phạm Văn Minh',
    ]);
    expect(model.document.fields.number?.raw).toBe('15/QCPH-MNHM-CĐ');
    expect(loaded.some((p) => /pdfjs\.[0-9a-f]+\.js$/.test(p))).toBe(true);
    expect(loaded).toContain('/pdf.worker.min.js');
    await context.close();
  });

  it('says in one line that a scan is read on the command line', async () => {
    const context = await newContext(browser, { kind: 'none' });
    const page = await openPane(context, server.url);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('#btn-import')]);
    await chooser.setFiles(scanFile);
    await page.waitForFunction(() => /bản quét/.test(document.querySelector('#status')?.textContent ?? ''));
    const status = await page.locator('#status').textContent();
    expect(status).toContain('phoihop import "ban-quet.pdf"');
    await context.close();
  });
});
