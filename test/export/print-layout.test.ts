// The printed plan people hand in, rendered by LibreOffice and measured on the PDF's words
// (pdftotext -bbox): when one signer's title wraps over several lines, the names of that row still
// stand level; the Phân công table's header is never broken inside a word ("ST" over "T").
import { existsSync, readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { importText } from '../../src/core/import';
import { exampleContent } from '../../src/core/template/example';
import { CORPUS } from '../import/corpus';
import { complete } from './complete';
import { runCli } from '../helpers/cli';
import { at, pdfLayout, phrase, type PdfLayout, writeWorkbook } from './helpers';

describe('a plan with a long signer title, rendered by LibreOffice', () => {
  let layout: PdfLayout;

  beforeAll(async () => {
    const content = exampleContent();
    content.document.kind = 'Kế hoạch phối hợp';
    const signers = content.blocks.signatories!;
    // Wraps over three lines in half the text width, in capitals; its neighbour's title is one line.
    signers[1].title = 'Phó Chủ tịch Ban Chấp hành Công đoàn cơ sở phụ trách công tác nữ công và văn thể';
    signers[2].title = 'Bí thư';
    // Thirty letters and spaces in capitals: wider than half the text width, so two lines.
    signers[3].title = 'Trưởng ban đại diện cha mẹ trẻ';
    const xlsx = await writeWorkbook(content, 'ky-dai.xlsx');
    const pdf = at('ky-dai.pdf');
    const r = await runCli('export', xlsx, '-o', at('ky-dai.docx'), '--pdf', pdf, '--force');
    expect(existsSync(pdf), r.stderr).toBe(true);
    layout = pdfLayout(pdf);
  });

  it('keeps the names of each signature row level', () => {
    const names = ['Trần Thị Lan', 'Nguyễn Thị Hương', 'Lê Thị Mai', 'Phạm Văn Minh'].map((n) => phrase(layout, n)[0]);
    // The long title really wraps: its last word sits lines below the first.
    const title = phrase(layout, 'CÔNG ĐOÀN CƠ SỞ PHỤ TRÁCH');
    const last = phrase(layout, 'VĂN THỂ');
    expect(last[0].y0 - title[0].y0).toBeGreaterThan(4);
    const gaps = [Math.abs(names[0].y0 - names[1].y0), Math.abs(names[2].y0 - names[3].y0)];
    console.log(`names of a signature row: ${gaps.map((g) => g.toFixed(1)).join(' mm, ')} mm apart vertically`);
    for (const [a, b] of [
      [names[0], names[1]],
      [names[2], names[3]],
    ]) {
      expect(a.page).toBe(b.page);
      expect(Math.abs(a.y0 - b.y0)).toBeLessThan(1);
    }
    // The name stands under its own title, not in the title's lines.
    expect(names[1].y0).toBeGreaterThan(last[0].y1);
  });

  it('prints the Phân công header whole: STT on one line, no header word broken', () => {
    // Each header word on the header's line (the table's cells are read column by column).
    const stt = layout.words.find((w) => w.text === 'STT');
    expect(stt).toBeDefined();
    const line = layout.words.filter((w) => w.page === stt!.page && Math.abs(w.y0 - stt!.y0) < 1).map((w) => w.text);
    // The appendix's header: a two-word name may wrap between its words ("Thời / điểm"), never inside one.
    expect(line).toEqual(['STT', 'Nhiệm', 'vụ', 'Chủ', 'trì', 'Phối', 'hợp', 'Chu', 'kỳ', 'Thời', 'Mã']);
    const header = layout.words
      .filter((w) => w.page === stt!.page && w.y0 >= stt!.y0 - 1 && w.y0 < stt!.y0 + 15)
      .map((w) => w.text);
    for (const word of ['điểm', 'điều', 'khoản']) expect(header).toContain(word);
    expect(layout.words.some((w) => w.text === 'ST')).toBe(false);
  });
});

describe('Nơi nhận in the Word file', () => {
  it('keeps its label with its lines and its lines together, as Word and LibreOffice honour it', async () => {
    // Corpus c69 (our own text), completed as a clerk would: its label once stood alone at a page's foot.
    const doc = CORPUS.find((d) => d.id.startsWith('c69-'))!;
    const xlsx = await writeWorkbook(complete(importText(doc.text).content), 'noi-nhan.xlsx');
    const docx = at('noi-nhan.docx');
    const r = await runCli('export', xlsx, '-o', docx, '--force');
    expect(existsSync(docx), r.stderr).toBe(true);
    const xml = strFromU8(unzipSync(readFileSync(docx))['word/document.xml']);
    const paragraphs = [...xml.matchAll(/<w:p>(.*?)<\/w:p>/gs)].map((m) => m[1]);
    const label = paragraphs.findIndex((p) => p.includes('w:val="PhNoiNhan"'));
    const lines = paragraphs.slice(label + 1).filter((p) => p.includes('w:val="PhNoiNhanDong"'));
    expect(label).toBeGreaterThanOrEqual(0);
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(paragraphs[label]).toContain('<w:keepNext/>');
    lines.slice(0, -1).forEach((p) => expect(p).toContain('<w:keepNext/>'));
    lines.forEach((p) => expect(p).toContain('<w:keepLines/>'));
  });
});
