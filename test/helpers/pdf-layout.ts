// What a printed page looks like, measured: LibreOffice converts a workbook to PDF, poppler's
// pdftotext -bbox-layout gives every text line with its box, and two lines whose boxes cross are
// text printed over text (a row too short for its wrapped text runs into the next one).
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { sofficePdfArgs } from '../../src/node/pdf';
import { HANG_GUARD_MS } from './hang-guard';

export interface TextLine {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PageBox {
  width: number;
  height: number;
  lines: TextLine[];
}

/** Convert files to PDF in one LibreOffice run, with a profile of its own (tests run side by side). */
export function sofficeToPdf(files: string[], outDir: string): string[] {
  mkdirSync(outDir, { recursive: true });
  const profile = `file://${path.join(outDir, 'lo-profile')}`;
  execFileSync('soffice', sofficePdfArgs(profile, outDir, files), { stdio: 'pipe', timeout: HANG_GUARD_MS });
  return files.map((f) => path.join(outDir, path.basename(f).replace(/\.[^.]+$/, '.pdf')));
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

export function pdfLines(pdf: string): PageBox[] {
  const xml = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 256 << 20 });
  const pages: PageBox[] = [];
  for (const [, attrs, body] of xml.matchAll(/<page ([^>]*)>([\s\S]*?)<\/page>/g)) {
    const num = (name: string, from: string) => Number(new RegExp(`${name}="(-?[\\d.e+-]+)"`).exec(from)![1]);
    const page: PageBox = { width: num('width', attrs), height: num('height', attrs), lines: [] };
    for (const [, la, lb] of body.matchAll(/<line ([^>]*)>([\s\S]*?)<\/line>/g)) {
      const words = [...lb.matchAll(/<word [^>]*>([\s\S]*?)<\/word>/g)].map((m) => unescape(m[1]));
      page.lines.push({
        page: pages.length + 1,
        text: words.join(' '),
        xMin: num('xMin', la),
        yMin: num('yMin', la),
        xMax: num('xMax', la),
        yMax: num('yMax', la),
      });
    }
    pages.push(page);
  }
  return pages;
}

/** Pairs of lines on one page whose boxes cross by more than a sliver each way. */
export function overlappingLines(pages: PageBox[]): Array<[TextLine, TextLine]> {
  const out: Array<[TextLine, TextLine]> = [];
  for (const page of pages) {
    const lines = [...page.lines].sort((a, b) => a.yMin - b.yMin);
    for (let i = 0; i < lines.length; i++) {
      const a = lines[i];
      for (let j = i + 1; j < lines.length; j++) {
        const b = lines[j];
        if (b.yMin >= a.yMax) break;
        const dy = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
        const dx = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
        const h = Math.min(a.yMax - a.yMin, b.yMax - b.yMin);
        if (dx > 1 && dy > h * 0.2) out.push([a, b]);
      }
    }
  }
  return out;
}

/** Lines running past the page's right or bottom edge. */
export function linesOffPage(pages: PageBox[]): TextLine[] {
  return pages.flatMap((p) => p.lines.filter((l) => l.xMax > p.width + 0.5 || l.yMax > p.height + 0.5));
}
