// The pane's Ký số, Báo cáo and Bảng so sánh in Chromium, each against the command that does the
// same: a PDF exported from the worked example (LibreOffice) and signed at test time by two of its
// four signatories (a throw-away CA) gives the summary sentence of `phoihop verify --workbook`, a
// byte changed after signing says so (dropped on the pane); a filled tracking workbook gives the
// .docx whose figures are `phoihop report --format json`'s; Năm học mới offers the bảng so sánh
// that `phoihop diff -o` writes. Each loads its chunk only on use: the first load does not grow.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import mammoth from 'mammoth';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleContent } from '../../src/core/template/example';
import { writeRegulationWorkbook } from '../../src/xlsx/write-regulation';
import { exportContent } from '../export/fidelity';
import { runCli } from '../helpers/cli';
import { checkOoxml, findingLine } from '../helpers/ooxml';
import { pdfsFromDocx } from '../helpers/pdf-convert';
import { gridsOf, sheetFromGrid } from '../office/workbooks';
import { exampleTracking, fill } from '../report/helpers';
import { makeCa, makeSigner, signInTurn } from '../helpers/sign-pdf';
import { signPdfStamped } from '../helpers/timestamp-token';
import { launchChromium } from '../helpers/chromium';
import { docxTables } from '../helpers/docx-tables';
import { pageWithoutText } from '../helpers/scanned-pdf';
import { build, DIST, newContext, openPane, serve, waitChecked } from './harness';

let browser: Browser;
let server: { url: string; close(): Promise<void> };
let dir: string;
const at = (name: string) => path.join(dir, name);

beforeAll(async () => {
  build();
  server = await serve(DIST);
  browser = await launchChromium();
  dir = mkdtempSync(path.join(tmpdir(), 'phoihop-pane-year-'));
  writeFileSync(at('vi-du.xlsx'), await writeRegulationWorkbook(exampleContent()));
  const changed = exampleContent();
  changed.blocks.clauses!.find((c) => c.id === 'D3')!.text += ' Có sửa đổi trong sổ.';
  writeFileSync(at('vi-du-sua.xlsx'), await writeRegulationWorkbook(changed));
  const pdf = pdfsFromDocx(new Map([['vi-du', await exportContent(exampleContent())]])).get('vi-du')!;
  const ca = makeCa({ name: 'Viettel Certification Authority Test', organisation: 'Viettel Group' });
  const signed = (await signInTurn(pdf, [{ name: 'Trần Thị Lan' }, { name: 'Nguyễn Thị Hương' }], ca)).at(-1)!;
  writeFileSync(at('ky-2.pdf'), signed);
  const tampered = new Uint8Array(signed);
  // A byte inside the first signed range (the page content of the exported PDF).
  tampered[2000] ^= 0x01;
  writeFileSync(at('sua-byte.pdf'), tampered);
  // Signed by the principal with an RFC 3161 time-stamp from a throw-away TSA, two minutes later.
  const tsa = makeSigner({ name: 'Viettel TSA Test', organisation: 'Viettel Group' }, ca);
  const stamp = { tsa, genTime: new Date(Date.UTC(2026, 9, 8, 2, 2)) };
  const signingTime = new Date(Date.UTC(2026, 9, 8, 2, 0));
  writeFileSync(
    at('co-dau-thoi-gian.pdf'),
    await signPdfStamped(pdf, makeSigner({ name: 'Trần Thị Lan' }, ca), stamp, signingTime),
  );
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function upload(page: Page, file: string): Promise<void> {
  await page.setInputFiles('#file-input', file);
  await page.waitForFunction((name) => document.getElementById('app')!.dataset.file === name, path.basename(file));
  await waitChecked(page);
}

async function verifyChosen(page: Page, file: string): Promise<string> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('#btn-verify')]);
  await chooser.setFiles(file);
  await page.waitForFunction(() => document.getElementById('status')!.dataset.key === 'pane.verify.done');
  return (await page.locator('#status').textContent())!;
}

/** The file dropped on the pane as a person drops it from the desktop. */
async function drop(page: Page, file: string): Promise<void> {
  const bytes = [...readFileSync(file)];
  const transfer = await page.evaluateHandle(
    ({ bytes, name }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(bytes)], name, { type: 'application/pdf' }));
      return dt;
    },
    { bytes, name: path.basename(file) },
  );
  await page.dispatchEvent('#app', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('#app', 'drop', { dataTransfer: transfer });
}

/**
 * The download a click brings, or at once the error the pane says instead (a download that never
 * comes would otherwise hold the test until the hang guard).
 */
async function savedOrSaid(page: Page, click: () => Promise<unknown>): Promise<string> {
  const before = await page.locator('#status').getAttribute('data-key');
  const said = page
    .waitForFunction((key) => {
      const s = document.getElementById('status')!;
      return s.dataset.tone === 'error' && s.dataset.key !== key ? s.textContent : false;
    }, before)
    .then(async (handle) => ({ error: (await handle.jsonValue()) as string }))
    .catch(() => ({ error: 'the page closed' }));
  const downloaded = page
    .waitForEvent('download')
    .then((download) => ({ download }))
    .catch(() => ({ error: 'no download' }));
  await click();
  const first = await Promise.race([downloaded, said]);
  if (!('download' in first)) throw new Error(`the pane said instead of a download: ${first.error}`);
  const target = at(`pane-${first.download.suggestedFilename()}`);
  await first.download.saveAs(target);
  return target;
}

const cliLines = async (...args: string[]) => (await runCli('verify', ...args)).stdout.trimEnd().split('\n');

async function saved(page: Page, click: () => Promise<unknown>): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const target = at(`pane-${download.suggestedFilename()}`);
  await download.saveAs(target);
  return target;
}

describe('Ký số: a signed PDF beside the workbook in the browser pane', () => {
  it('says what `phoihop verify FILE.pdf --workbook` says; the checker is fetched only on use', async () => {
    const context = await newContext(browser, { kind: 'none' });
    const loaded: string[] = [];
    context.on('requestfinished', (r) => loaded.push(new URL(r.url()).pathname));
    const page = await openPane(context, server.url);
    await page.waitForLoadState('networkidle');
    const initial = loaded.filter((p) => /\.(js|css|html)$/.test(p));
    expect(initial.some((p) => /verify|report|compare|diff|pdfjs/.test(p))).toBe(false);
    const gz = initial.reduce((n, p) => n + gzipSync(readFileSync(path.join(DIST, p)), { level: 9 }).length, 0);
    console.log(`initial pane load: ${initial.join(', ')} = ${(gz / 1024).toFixed(1)} KB gzipped`);

    await upload(page, at('vi-du.xlsx'));
    const status = await verifyChosen(page, at('ky-2.pdf'));
    const cli = await cliLines(at('ky-2.pdf'), '--workbook', at('vi-du.xlsx'));
    expect(status).toBe(cli[0]);
    expect(status).toBe(
      'Đã ký số 2/4 bên (NT: Trần Thị Lan, 08/10/2026 09:00 — còn nguyên vẹn; CD: Nguyễn Thị Hương, 08/10/2026 10:00 — còn nguyên vẹn); chưa ký: CDTN, CMHS; nội dung khớp sổ quy chế.',
    );
    expect(await page.locator('#status').getAttribute('data-tone')).toBe('success');
    const details = await page.$$eval('#details li', (lis) => lis.map((li) => li.textContent));
    // The CLI's lines, less its hint about --trust, then the pane's own word on trust.
    expect(details.slice(0, -1)).toEqual(cli.slice(1, -1));
    expect(details.at(-1)).toContain('phoihop verify TỆP.pdf --trust');
    expect(details.join('\n')).toContain('Viettel-CA');
    const fetched = loaded.filter((p) => !initial.includes(p)).map((p) => p.replace(/\.[0-9a-f]{8}\.js$/, '.js'));
    expect(fetched).toContain('/verify.js');
    expect(fetched).toContain('/pdf.worker.min.js');
    await context.close();
  });

  it('a byte changed after signing (dropped on the pane), and a workbook that differs, are said as the CLI says', async () => {
    const context = await newContext(browser, { kind: 'none' });
    const page = await openPane(context, server.url);
    await upload(page, at('vi-du.xlsx'));
    await drop(page, at('sua-byte.pdf'));
    await page.waitForFunction(() => document.getElementById('status')!.dataset.key === 'pane.verify.done');
    const status = (await page.locator('#status').textContent())!;
    expect(status).toBe((await cliLines(at('sua-byte.pdf'), '--workbook', at('vi-du.xlsx')))[0]);
    expect(status).toContain('Trần Thị Lan, 08/10/2026 09:00 — ĐÃ BỊ THAY ĐỔI sau khi ký');
    expect(await page.locator('#status').getAttribute('data-tone')).toBe('error');
    expect(await page.locator('#app').getAttribute('data-verified')).toBe('problem');

    await upload(page, at('vi-du-sua.xlsx'));
    const differs = await verifyChosen(page, at('ky-2.pdf'));
    const cli = await cliLines(at('ky-2.pdf'), '--workbook', at('vi-du-sua.xlsx'));
    expect(differs).toBe(cli[0]);
    expect(differs).toContain('nội dung khác sổ quy chế ở 1 chỗ');
    const details = await page.$$eval('#details li', (lis) => lis.map((li) => li.textContent));
    expect(details.some((d) => d!.startsWith('Khác sổ quy chế: Điều khoản D3'))).toBe(true);

    // In English, the same report in English words.
    await page.click('button[data-lang="en"]');
    expect(await page.locator('#status').textContent()).toBe(
      (await cliLines(at('ky-2.pdf'), '--workbook', at('vi-du-sua.xlsx'), '--lang', 'en'))[0],
    );
    await context.close();
  });

  it('a signature with an RFC 3161 time-stamp: its line says it in `phoihop verify`’s words', async () => {
    const context = await newContext(browser, { kind: 'none' });
    const page = await openPane(context, server.url);
    await upload(page, at('vi-du.xlsx'));
    const status = await verifyChosen(page, at('co-dau-thoi-gian.pdf'));
    const cli = await cliLines(at('co-dau-thoi-gian.pdf'), '--workbook', at('vi-du.xlsx'));
    expect(status).toBe(cli[0]);
    const details = await page.$$eval('#details li', (lis) => lis.map((li) => li.textContent));
    expect(details.slice(0, -1)).toEqual(cli.slice(1, -1));
    expect(details[0]).toContain('ký lúc 08/10/2026 09:00 (có dấu thời gian 08/10/2026 09:02)');
    await page.click('button[data-lang="en"]');
    const en = await page.$$eval('#details li', (lis) => lis.map((li) => li.textContent));
    expect(en[0]).toContain('signed 08/10/2026 09:00 (time-stamped 08/10/2026 09:02)');
    await context.close();
  });
});

describe('Báo cáo: the report of a tracking workbook in the browser pane', () => {
  it.each([
    ['hk1', '2026-12-15'],
    ['year', '2027-04-01'],
  ])('--period %s as of %s: the .docx holds `phoihop report --format json`’s figures', async (period, asOf) => {
    const files = await exampleTracking(mkdtempSync(path.join(dir, 'bao-cao-')));
    const tracking = at(`so-theo-doi-${period}.xlsx`);
    await fill(files.tracking, tracking, 3);
    const cli = await runCli('report', tracking, '--format', 'json', '--period', period, '--as-of', asOf);
    expect(cli.code, cli.stderr).toBe(0);
    const json = JSON.parse(cli.stdout) as {
      parties: Array<{ code: string; name: string; due: number; done: number; missed: number; overdue: number }>;
      total: { due: number; done: number; missed: number; overdue: number };
    };
    expect(json.total.due).toBeGreaterThan(0);

    const context = await newContext(browser, { kind: 'none' });
    const page = await openPane(context, server.url);
    await upload(page, tracking);
    await page.click('#btn-report');
    await page.selectOption('#report-period', period);
    await page.fill('#report-asof', asOf);
    const file = await saved(page, () => page.click('#btn-reportDownload'));
    expect(path.basename(file)).toBe(`pane-bao-cao-${period === 'hk1' ? 'so-ket-hk1' : 'tong-ket'}-2026-2027.docx`);
    expect(checkOoxml([file]).map(findingLine)).toEqual([]);

    const table = docxTables(file).find((t) => t[0][0] === 'STT' && t[0].includes('Đến hạn'))!;
    const figures = table.slice(1).map((r) => r.slice(3, 7).map(Number));
    expect(figures).toEqual([
      ...json.parties.map((p) => [p.due, p.done, p.missed, p.overdue]),
      [json.total.due, json.total.done, json.total.missed, json.total.overdue],
    ]);
    expect(table.slice(1, -1).map((r) => r[1])).toEqual(json.parties.map((p) => p.name || p.code));
    const status = (await page.locator('#status').textContent())!;
    expect(status).toContain(
      `${json.total.due} lượt việc đến hạn, ${json.total.done} đã làm, ${json.total.missed} chưa làm, ${json.total.overdue} quá hạn`,
    );
    await context.close();
  });

  it('a regulation workbook is not a tracking workbook: says so and how to make one', async () => {
    const context = await newContext(browser, { kind: 'none' });
    const page = await openPane(context, server.url);
    await upload(page, at('vi-du.xlsx'));
    await page.click('#btn-report');
    await page.click('#btn-reportDownload');
    await page.waitForFunction(() => document.getElementById('status')!.dataset.key === 'pane.report.isRegulation');
    expect(await page.locator('#status').textContent()).toContain('Bấm "Sổ theo dõi" để lập sổ');
    await context.close();
  });
});

describe('Bảng so sánh: Năm học mới offers the comparison with last year', () => {
  it('downloads what `phoihop diff OLD NEW -o` writes, and says renew’s one-line count', async () => {
    const context = await newContext(browser, { kind: 'none' });
    const page = await openPane(context, server.url);
    await upload(page, at('vi-du.xlsx'));
    expect(await page.locator('#btn-compare').isHidden()).toBe(true);
    const renewed = await saved(page, () => page.click('#btn-renew'));
    await page.waitForSelector('#btn-compare:not([hidden])');
    const diff = await runCli('diff', at('vi-du.xlsx'), renewed, '--format', 'json');
    const changes = JSON.parse(diff.stdout).changes as unknown[];
    expect(changes.length).toBeGreaterThan(0);
    const status = (await page.locator('#status').textContent())!;
    expect(status).toContain(`So với năm trước: ${changes.length} thay đổi`);
    const cliRenew = await runCli('renew', at('vi-du.xlsx'), '-o', at('renew-cli.xlsx'));
    expect(status).toContain(cliRenew.stderr.trimEnd().split('\n').pop());

    const file = await saved(page, () => page.click('#btn-compare'));
    expect(path.basename(file)).toBe('pane-bang-so-sanh-2026-2027-2027-2028.docx');
    expect(checkOoxml([file]).map(findingLine)).toEqual([]);
    expect(await runCli('diff', at('vi-du.xlsx'), renewed, '-o', at('so-sanh-cli.docx'))).toMatchObject({ code: 1 });
    const text = async (f: string) => (await mammoth.extractRawText({ path: f })).value;
    expect(await text(file)).toBe(await text(at('so-sanh-cli.docx')));
    expect(await text(file)).toContain('BẢNG SO SÁNH');
    expect(await page.locator('#status').textContent()).toBe(
      `Đã tải xuống bảng so sánh bang-so-sanh-2026-2027-2027-2028.docx: ${changes.length} thay đổi so với năm trước.`,
    );
    await context.close();
  });
});

describe('inside Excel: the open workbook is the one beside the PDF', () => {
  const excelMode = async (file: string) => ({
    kind: 'fake' as const,
    sheets: (await gridsOf(readFileSync(file))).map(sheetFromGrid),
  });

  it('Ký số checks the PDF against the regulation open in Excel', async () => {
    const context = await newContext(browser, await excelMode(at('vi-du.xlsx')));
    const page = await openPane(context, server.url);
    await waitChecked(page);
    expect(await page.locator('#app').getAttribute('data-host')).toMatch(/^excel:/);
    const status = await verifyChosen(page, at('ky-2.pdf'));
    expect(status).toBe((await cliLines(at('ky-2.pdf'), '--workbook', at('vi-du.xlsx')))[0]);
    await context.close();
  });
  it('Báo cáo gives the .docx of the tracking workbook open in Excel, with `phoihop report --format json`’s figures', async () => {
    const files = await exampleTracking(mkdtempSync(path.join(dir, 'bao-cao-excel-')));
    const tracking = at('so-theo-doi-excel.xlsx');
    await fill(files.tracking, tracking, 1);
    const cli = await runCli('report', tracking, '--format', 'json', '--period', 'year', '--as-of', '2027-04-01');
    expect(cli.code, cli.stderr).toBe(0);
    const json = JSON.parse(cli.stdout) as {
      parties: Array<{ due: number; done: number; missed: number; overdue: number }>;
      total: { due: number; done: number; missed: number; overdue: number };
    };

    const context = await newContext(browser, await excelMode(tracking));
    const page = await openPane(context, server.url);
    await waitChecked(page);
    expect(await page.locator('#app').getAttribute('data-host')).toMatch(/^excel:/);
    await page.click('#btn-report');
    await page.selectOption('#report-period', 'year');
    await page.fill('#report-asof', '2027-04-01');
    const file = await savedOrSaid(page, () => page.click('#btn-reportDownload'));
    expect(path.basename(file)).toBe('pane-bao-cao-tong-ket-2026-2027.docx');
    expect(checkOoxml([file]).map(findingLine)).toEqual([]);
    const table = docxTables(file).find((t) => t[0][0] === 'STT' && t[0].includes('Đến hạn'))!;
    expect(table.slice(1).map((r) => r.slice(3, 7).map(Number))).toEqual([
      ...json.parties.map((p) => [p.due, p.done, p.missed, p.overdue]),
      [json.total.due, json.total.done, json.total.missed, json.total.overdue],
    ]);
    await context.close();
  });
});

describe('a scan in Ký số', () => {
  it('says its content is not compared and that the command line reads it by OCR', async () => {
    writeFileSync(at('ban-quet.pdf'), pageWithoutText());
    const context = await newContext(browser, { kind: 'none' });
    const page = await openPane(context, server.url);
    await upload(page, at('vi-du.xlsx'));
    const status = await verifyChosen(page, at('ban-quet.pdf'));
    expect(status).toBe(
      'Tệp ban-quet.pdf chưa có chữ ký số nào. Tệp ban-quet.pdf là bản quét, không có lớp chữ, nên chưa đối chiếu được nội dung với sổ quy chế; đọc chữ bằng dòng lệnh: phoihop import "ban-quet.pdf" -o so-quy-che.xlsx',
    );
    await context.close();
  });
});
