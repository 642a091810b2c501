// It looks like the Decree: LibreOffice renders the exported worked example to PDF, and the
// layout is measured on the PDF's words (pdftotext -bbox) and on the section properties:
// A4 portrait, margins in Nghị định 30's ranges, the heading's two columns each on one line and
// level with each other, page numbers centred in the top margin from page 2 only, the signature
// blocks side by side, and no text outside the page.
import { existsSync, readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { exampleContent } from '../../src/core/template/example';
import { runCli } from '../helpers/cli';
import { at, expectTwoColumnHeading, pdfLayout, phrase, sameLine, type PdfLayout, writeWorkbook } from './helpers';

const MM = 56.6929;
const inRange = (v: number, lo: number, hi: number) => v >= lo - 0.3 && v <= hi + 0.3;

describe('the exported worked example, rendered by LibreOffice', () => {
  const docx = at('vi-du.docx');
  const pdf = at('vi-du.pdf');
  let layout: PdfLayout;
  let documentXml: string;

  beforeAll(async () => {
    const xlsx = await writeWorkbook(exampleContent(), 'vi-du.xlsx');
    const r = await runCli('export', xlsx, '-o', docx, '--pdf', pdf);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(pdf)).toBe(true);
    layout = pdfLayout(pdf);
    documentXml = strFromU8(unzipSync(readFileSync(docx))['word/document.xml']);
  });

  it('is A4 portrait, with the margins of Phụ lục I in the section properties', () => {
    const sizes = [...documentXml.matchAll(/<w:pgSz ([^>]*)\/>/g)].map((m) => m[1]);
    const margins = [...documentXml.matchAll(/<w:pgMar ([^>]*)\/>/g)].map((m) => m[1]);
    expect(sizes.length).toBeGreaterThan(0);
    const attr = (s: string, name: string) => Number(new RegExp(`w:${name}="(\\d+)"`).exec(s)![1]) / MM;
    for (const s of sizes) {
      expect(attr(s, 'w')).toBeCloseTo(210, 0);
      expect(attr(s, 'h')).toBeCloseTo(297, 0);
    }
    for (const m of margins) {
      expect(inRange(attr(m, 'top'), 20, 25)).toBe(true);
      expect(inRange(attr(m, 'bottom'), 20, 25)).toBe(true);
      expect(inRange(attr(m, 'left'), 30, 35)).toBe(true);
      expect(inRange(attr(m, 'right'), 15, 20)).toBe(true);
    }
    for (const p of layout.pages) {
      expect(p.width).toBeCloseTo(210, 0);
      expect(p.height).toBeCloseTo(297, 0);
    }
  });

  it('keeps the text inside the Decree margins on every page (the page number above the top one)', () => {
    const body = layout.words.filter((w) => !/^\d+$/.test(w.text) || w.y0 > 20);
    const left = Math.min(...body.map((w) => w.x0));
    const right = Math.max(...body.map((w) => w.x1));
    const top = Math.min(...body.filter((w) => w.page === 1).map((w) => w.y0));
    const bottom = Math.max(...body.map((w) => w.y1));
    console.log(
      `rendered margins: left ${left.toFixed(1)} mm, right ${(210 - right).toFixed(1)} mm, top ${top.toFixed(1)} mm, bottom ${(297 - bottom).toFixed(1)} mm`,
    );
    // Justified body text reaches both edges of the text area.
    expect(inRange(left, 30, 35)).toBe(true);
    expect(inRange(210 - right, 15, 20)).toBe(true);
    expect(top).toBeGreaterThanOrEqual(19.7);
    expect(297 - bottom).toBeGreaterThanOrEqual(19.7);
    for (const w of layout.words) {
      expect(w.x0).toBeGreaterThanOrEqual(0);
      expect(w.y0).toBeGreaterThanOrEqual(0);
      expect(w.x1).toBeLessThanOrEqual(210);
      expect(w.y1).toBeLessThanOrEqual(297);
    }
  });

  it('lays the heading out in two columns, each line whole and level with its neighbour', () => {
    const { authority, nation } = expectTwoColumnHeading(
      layout,
      { authority: 'UBND XÃ HÒA BÌNH', issuer: 'TRƯỜNG MẦM NON HOA MAI', number: 'Số: 15/QCPH-MNHM-CĐ' },
      'Hòa Bình, ngày 08 tháng 10 năm 2026',
    );
    expect(Math.max(...authority.map((w) => w.x1))).toBeLessThan(nation[0].x0);
  });

  it('numbers the pages from 2, centred in the top margin', () => {
    const pages = layout.pages.length;
    expect(pages).toBeGreaterThanOrEqual(2);
    const inTopMargin = (p: number) => layout.words.filter((w) => w.page === p && w.y1 < 20);
    expect(inTopMargin(1)).toEqual([]);
    for (let p = 2; p <= pages; p++) {
      const n = inTopMargin(p);
      expect(n.map((w) => w.text)).toEqual([String(p)]);
      const centre = (n[0].x0 + n[0].x1) / 2;
      expect(Math.abs(centre - (30 + (210 - 30 - 15) / 2))).toBeLessThan(3);
    }
  });

  it('puts the signature blocks side by side, names level, Nơi nhận below on the left', () => {
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
    const heads = [phrase(layout, 'HIỆU TRƯỞNG'), phrase(layout, 'TM. BAN CHẤP HÀNH CÔNG ĐOÀN')];
    expect(sameLine([heads[0][0], heads[1][0]])).toBe(true);
    const label = phrase(layout, 'Nơi nhận:');
    expect(label[0].y0).toBeGreaterThan(names[3][0].y0);
    expect(label[0].x0).toBeLessThan(35);
  });
});
