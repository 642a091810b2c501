// Browser-test harness: builds dist/ once, serves it from 127.0.0.1 with node:http, drives
// Debian's Chromium through playwright-core, and stands in for office.js: aborted (a plain
// browser), the real npm copy (office.js outside Office), or a stub over the Excel fake.
import { execFileSync } from 'node:child_process';
import { readFileSync, existsSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import ts from 'typescript';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { FakeOptions, FakeSheetInit } from '../office/fake-excel';
import { HANG_GUARD_MS } from '../helpers/hang-guard';

export const ROOT = path.resolve(__dirname, '../..');
export const DIST = path.join(ROOT, 'dist');
export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
export const SHOTS = path.join(ROOT, 'test-output', 'screenshots');

/** The production build, as `npm run build` makes it (so a fresh clone tests what it ships). */
export function build(): void {
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/webpack-cli/bin/cli.js'), '--mode', 'production'], {
    cwd: ROOT,
    stdio: 'pipe',
  });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
};

/** Any static server will do: this one serves dist/ and nothing outside it. */
export function serve(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.join(dir, path.normalize(pathname).replace(/^(\.\.[/\\])+/, ''));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(() => r())) });
    }),
  );
}

/** The Excel fake as a browser script (the same source the adapter tests use). */
function fakeLibrary(): string {
  const source = readFileSync(path.join(ROOT, 'test/office/fake-excel.ts'), 'utf8');
  const js = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
  }).outputText;
  return `(function(){var exports={};var module={exports:exports};\n${js}\nwindow.FakeExcelLib=exports;})();`;
}

export type OfficeMode =
  | { kind: 'none' }
  | { kind: 'real' }
  | {
      kind: 'fake';
      sheets: FakeSheetInit[];
      options?: FakeOptions;
      /** readyAfterMs: Office.onReady answers that late; 'never': it never does (a stalled office.js). */
      office?: { displayLanguage?: string; platform?: string; readyAfterMs?: number | 'never' };
    };

export async function newContext(browser: Browser, mode: OfficeMode): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: 380, height: 760 },
    acceptDownloads: true,
    locale: 'vi-VN',
  });
  // Every wait on the page is a hang guard, not a speed target.
  context.setDefaultTimeout(HANG_GUARD_MS);
  // Nothing leaves the machine: every non-loopback request is refused unless routed below.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
  if (mode.kind === 'none') {
    await context.route(OFFICE_JS, (route) => route.abort());
  } else if (mode.kind === 'real') {
    const base = path.join(ROOT, 'node_modules/@microsoft/office-js/dist');
    await context.route('https://appsforoffice.microsoft.com/lib/1/hosted/**', (route) => {
      const rel = new URL(route.request().url()).pathname.replace('/lib/1/hosted/', '');
      const file = path.join(base, rel);
      if (!file.startsWith(base) || !existsSync(file)) return route.abort();
      return route.fulfill({ body: readFileSync(file), contentType: 'text/javascript' });
    });
  } else {
    const stub = `${fakeLibrary()}
(function(){
  var cfg = window.__fakeConfig || {};
  var wb = new window.FakeExcelLib.FakeWorkbook(cfg.sheets || [], cfg.options || {});
  var g = window.FakeExcelLib.officeGlobals(wb, cfg.office || {});
  var late = (cfg.office || {}).readyAfterMs;
  if (late !== undefined) {
    var ready = g.Office.onReady;
    g.Office.onReady = function () {
      return late === 'never'
        ? new Promise(function () {})
        : new Promise(function (r) { setTimeout(r, late); }).then(ready);
    };
  }
  window.__fake = wb; window.Office = g.Office; window.Excel = g.Excel;
})();`;
    await context.addInitScript((cfg) => ((window as unknown as { __fakeConfig: unknown }).__fakeConfig = cfg), {
      sheets: mode.sheets,
      options: mode.options ?? {},
      office: mode.office ?? {},
    });
    await context.route(OFFICE_JS, (route) => route.fulfill({ body: stub, contentType: 'text/javascript' }));
  }
  return context;
}

export async function openPane(context: BrowserContext, baseUrl: string, query = ''): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('[pane error]', e.message));
  await page.goto(`${baseUrl}taskpane.html${query}`);
  await page.waitForSelector('#app[data-ready="true"]');
  return page;
}

export interface PaneFinding {
  ruleId: string;
  cell: string | null;
  sheet: string;
  severity: string;
  message: string;
}

export function paneFindings(page: Page): Promise<PaneFinding[]> {
  return page.$$eval('.finding', (els) =>
    els.map((el) => {
      const e = el as HTMLElement;
      return {
        ruleId: e.dataset.ruleId!,
        cell: e.dataset.cell || null,
        sheet: e.dataset.sheet!,
        severity: e.dataset.severity!,
        message: e.querySelector('.message')!.textContent!,
      };
    }),
  );
}

/** Wait until a check has finished (status says so) and return its status key. */
export async function waitChecked(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const s = document.getElementById('status')!;
    return (
      !document.getElementById('findings')!.hasAttribute('aria-busy') &&
      s.dataset.key !== 'pane.status.checking' &&
      s.dataset.key !== 'pane.status.stale' &&
      s.dataset.key !== ''
    );
  });
}
