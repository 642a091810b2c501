// Shared by the export tests: workbooks on disk, LibreOffice headless with its own profile, and
// the words of a PDF with their boxes (pdftotext -bbox), in millimetres from the page's top left.
import { execFileSync } from 'node:child_process';
import { expect } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { WorkbookContent } from '../../src/core/template/content';
import { writeRegulationWorkbook } from '../../src/xlsx/write-regulation';
import { tempDir } from '../helpers/cli';
import { HANG_GUARD_MS } from '../helpers/hang-guard';

export const WORK = tempDir('phoihop-export-');
export const at = (name: string) => path.join(WORK, name);
const PROFILE = `file://${path.join(WORK, 'lo-profile')}`;

export async function writeWorkbook(content: WorkbookContent, name: string): Promise<string> {
  const file = at(name);
  writeFileSync(file, await writeRegulationWorkbook(content));
  return file;
}

/** LibreOffice converts a file headless; returns the converted file's path. */
export function soffice(file: string, to: 'pdf' | 'txt:Text (encoded):UTF8', outDir = WORK): string {
  execFileSync(
    'soffice',
    [`-env:UserInstallation=${PROFILE}`, '--headless', '--norestore', '--convert-to', to, '--outdir', outDir, file],
    {
      stdio: 'pipe',
      timeout: HANG_GUARD_MS,
    },
  );
  return path.join(outDir, `${path.basename(file, path.extname(file))}.${to.split(':')[0]}`);
}

export interface Word {
  page: number;
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PdfLayout {
  pages: Array<{ width: number; height: number }>;
  words: Word[];
}

const MM_PER_PT = 25.4 / 72;

export function pdfLayout(pdf: string): PdfLayout {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const pages: PdfLayout['pages'] = [];
  const words: Word[] = [];
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  for (const page of html.split(/<page /).slice(1)) {
    const w = Number(/width="([\d.]+)"/.exec(page)![1]);
    const h = Number(/height="([\d.]+)"/.exec(page)![1]);
    pages.push({ width: w * MM_PER_PT, height: h * MM_PER_PT });
    for (const m of page.matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
    ))
      words.push({
        page: pages.length,
        text: decode(m[5]),
        x0: +m[1] * MM_PER_PT,
        y0: +m[2] * MM_PER_PT,
        x1: +m[3] * MM_PER_PT,
        y1: +m[4] * MM_PER_PT,
      });
  }
  return { pages, words };
}

/** The words of one phrase as laid out, found in reading order. */
export function phrase(layout: PdfLayout, text: string): Word[] {
  const parts = text.split(/\s+/);
  const ws = layout.words;
  for (let i = 0; i + parts.length <= ws.length; i++)
    if (parts.every((p, k) => ws[i + k].text === p)) return ws.slice(i, i + parts.length);
  throw new Error(`"${text}" not found in the PDF`);
}

/** Words printed on one line (their tops within 1 mm). */
export const sameLine = (ws: Word[]) => Math.max(...ws.map((w) => w.y0)) - Math.min(...ws.map((w) => w.y0)) < 1;

/**
 * The ND 30 heading as printed: the authority, the issuer and the number on the left, the nation,
 * the motto and the place and date on the right, each line whole on page 1 and level with its pair.
 */
export function expectTwoColumnHeading(
  layout: PdfLayout,
  left: { authority: string; issuer: string; number: string },
  date: string,
): Record<'authority' | 'nation' | 'issuer' | 'motto' | 'number' | 'date', Word[]> {
  const lines = {
    authority: phrase(layout, left.authority),
    nation: phrase(layout, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
    issuer: phrase(layout, left.issuer),
    motto: phrase(layout, 'Độc lập - Tự do - Hạnh phúc'),
    number: phrase(layout, left.number),
    date: phrase(layout, date),
  };
  for (const line of Object.values(lines)) {
    expect(sameLine(line)).toBe(true);
    expect(line[0].page).toBe(1);
  }
  expect(sameLine([lines.authority[0], lines.nation[0]])).toBe(true);
  expect(sameLine([lines.issuer[0], lines.motto[0]])).toBe(true);
  expect(sameLine([lines.number[0], lines.date[0]])).toBe(true);
  // Left column left of the right one.
  expect(Math.max(...lines.issuer.map((w) => w.x1))).toBeLessThan(Math.min(...lines.motto.map((w) => w.x0)));
  return lines;
}

export const readText = (file: string) => readFileSync(file, 'utf8');
