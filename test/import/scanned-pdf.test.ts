// A scanned PDF imported through OCR (issue 28), as an office receives one: our own `export --pdf`
// of the worked example and of a completed seed, rendered to JPEG pictures by pdftoppm and put back
// together as a PDF of images only (no text layer), then `phoihop import` in a child process.
// The headline fields (number, date, school, school year, parties, signatories, clause count) are
// compared with what the .docx of the same export gives: at least 80% right, and every value is
// marked "Kiểm tra lại" with its page, in the JSON and in the workbook (read back with exceljs).
// Without tesseract on PATH, one line; over the page limit or the time budget, its line.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { importText } from '../../src/core/import';
import type { Extraction } from '../../src/core/import/types';
import { exampleContent } from '../../src/core/template/example';
import type { WorkbookContent } from '../../src/core/template/content';
import { checkOfNote } from '../../src/core/unconfirmed';
import { readDocumentBytes } from '../../src/docx/read-document';
import { readPdfText } from '../../src/pdf/read-pdf';
import { writeRegulationWorkbook } from '../../src/xlsx/write-regulation';
import { complete } from '../export/complete';
import { ensureBuilt, runChild } from '../helpers/child-cli';
import { runCli, tempDir } from '../helpers/cli';
import { checkOoxml } from '../helpers/ooxml';
import { imagePdf, scanOf } from '../helpers/scanned-pdf';
import { norm } from './score';

const WORK = tempDir('phoihop-ocr-test-');
const at = (name: string) => path.join(WORK, name);
const SEEDS = path.resolve(__dirname, '../../../shared/seeds');
const seedText = (f: string) => readFileSync(path.join(SEEDS, f), 'utf8');
// The first seed that names its number and its signatories: the headline has them to read.
const SEED = existsSync(SEEDS)
  ? readdirSync(SEEDS)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .find((f) => {
        const x = importText(seedText(f)).extraction;
        return x.signatories.length > 0 && !!x.fields.number;
      })
  : undefined;
// Generous limits: the machine may be busy; the limits themselves are tested below.
const ROOMY = { PHOIHOP_TIME_LIMIT: '1200' };
const ROOMY_ARGS = ['--ocr-seconds', '1000'];

interface Doc {
  name: string;
  pdf: string;
  scan: string;
  /** What the .docx of the same export gives. */
  expected: Extraction;
}

/** Export a workbook to .docx and PDF, read the .docx back, and scan the PDF at 300 dpi. */
async function prepare(name: string, content: WorkbookContent): Promise<Doc> {
  const xlsx = at(`${name}.xlsx`);
  writeFileSync(xlsx, await writeRegulationWorkbook(content));
  const [docx, pdf] = [at(`${name}.docx`), at(`${name}.pdf`)];
  // A seed may keep warnings (exit 1); the documents are written all the same.
  const r = await runCli('export', xlsx, '-o', docx, '--pdf', pdf, '--force');
  expect(r.code, r.stderr).toBeLessThanOrEqual(1);
  expect(existsSync(pdf), r.stderr).toBe(true);
  const doc = await readDocumentBytes(readFileSync(docx), docx);
  return { name, pdf, scan: scanOf(pdf, at(`${name}-scan.pdf`), 300), expected: importText(doc.text).extraction };
}

const HEADLINE = ['number', 'date', 'school', 'schoolYear', 'parties', 'signatories', 'clauses'] as const;
const sameList = (a: string[], b: string[]) =>
  JSON.stringify(a.map((s) => norm(s)).sort()) === JSON.stringify(b.map((s) => norm(s)).sort());

function headline(x: Extraction, e: Extraction): Record<(typeof HEADLINE)[number], boolean> {
  return {
    number: norm(x.fields.number?.value) === norm(e.fields.number?.value),
    date: x.facts.issueDate === e.facts.issueDate,
    school: norm(x.facts.school) === norm(e.facts.school),
    schoolYear: norm(x.facts.schoolYear) === norm(e.facts.schoolYear),
    parties: sameList(
      x.parties.map((p) => p.code),
      e.parties.map((p) => p.code),
    ),
    signatories: sameList(
      x.signatories.map((s) => s.name),
      e.signatories.map((s) => s.name),
    ),
    clauses: x.clauses.length === e.clauses.length,
  };
}

const noteText = (n: unknown) =>
  typeof n === 'string' ? n : ((n as { texts?: Array<{ text: string }> })?.texts ?? []).map((t) => t.text).join('');

let docs: Doc[] = [];

beforeAll(async () => {
  ensureBuilt();
  docs = [await prepare('vi-du', exampleContent())];
  if (SEED)
    docs.push(await prepare('seed', complete(importText(readFileSync(path.join(SEEDS, SEED), 'utf8')).content)));
  else console.log(`${SEEDS} is absent: only the worked example is scanned`);
});

describe('a scanned PDF', () => {
  it('has no text layer, where the export it was made from has one, and the same pages', async () => {
    for (const d of docs) {
      const [pdf, scan] = [
        await readPdfText(readFileSync(d.pdf), d.pdf),
        await readPdfText(readFileSync(d.scan), d.scan),
      ];
      expect(pdf).toMatchObject({ hasTextLayer: true });
      expect(scan).toMatchObject({ hasTextLayer: false, text: '', pages: pdf.pages });
    }
  });

  it('imports through OCR: headline fields at least 80% right, every value marked with its page', async () => {
    const rows: string[] = [];
    let right = 0;
    let total = 0;
    for (const d of docs) {
      const out = at(`${d.name}-ocr.xlsx`);
      const r = await runChild(['import', d.scan, '-o', out, '--format', 'json', ...ROOMY_ARGS], { env: ROOMY });
      expect(r.code, r.stderr).toBe(0);
      const json = JSON.parse(r.stdout);
      expect(json.format).toBe('pdf-ocr');
      const score = headline(json as Extraction, d.expected);
      right += Object.values(score).filter(Boolean).length;
      total += HEADLINE.length;
      const pages = json.ocr.pages as number;
      rows.push(
        `${d.name}: ${HEADLINE.map((f) => `${f} ${score[f] ? '✓' : '✗'}`).join(', ')}; ${pages} pages, ` +
          `${(r.ms / 1000 / pages).toFixed(1)} s a page; unsure ${json.ocr.unsure}/${json.ocr.characters} characters`,
      );
      // The summary says it was read by OCR, and how many characters OCR was unsure of.
      expect(r.stderr).toContain(`Đọc bằng nhận dạng chữ (OCR) ${pages} trang quét`);
      expect(r.stderr).toContain(`${json.ocr.unsure} trong ${json.ocr.characters} ký tự OCR không chắc chắn`);

      // Every value in the JSON is "ocr", with its page and line on the page.
      const values = [
        ...Object.values(json.fields),
        ...json.parties,
        ...json.signatories,
        ...json.legalBases,
        ...json.recipients,
        ...json.responsibilities,
      ] as Array<{ confidence: string; source: { page: number; line: number } }>;
      expect(values.length).toBeGreaterThan(15);
      for (const v of values) {
        expect(v.confidence).toBe('ocr');
        expect(v.source.page).toBeGreaterThanOrEqual(1);
        expect(v.source.page).toBeLessThanOrEqual(pages);
        expect(v.source.line).toBeGreaterThanOrEqual(1);
      }

      // Every filled row of every block in the workbook, and every Văn bản value, has its note.
      expect(checkOoxml([out])).toEqual([]);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      let marked = 0;
      for (const sheet of ['Văn bản', 'Căn cứ', 'Các bên', 'Người ký', 'Điều khoản', 'Phân công', 'Nơi nhận']) {
        const ws = wb.getWorksheet(sheet)!;
        ws.eachRow((row, n) => {
          if (n === 1) return;
          const cells = sheet === 'Văn bản' ? [row.getCell(2)] : [row.getCell(1)];
          if (sheet === 'Văn bản' && !String(row.getCell(2).text).trim()) return;
          if (sheet !== 'Văn bản' && !row.values.toString().replace(/,/g, '').trim()) return;
          const note = cells.map((c) => noteText(c.note)).join('');
          expect(checkOfNote(note), `${sheet}!${n}`).toMatch(/^đọc bằng OCR, trang \d+ \(dòng \d+ của trang\)/);
          marked++;
        });
      }
      expect(marked).toBeGreaterThanOrEqual(values.length - json.responsibilities.length);
    }
    console.log(`[ocr] headline fields ${right}/${total} = ${((100 * right) / total).toFixed(1)}%\n${rows.join('\n')}`);
    expect(right / total).toBeGreaterThanOrEqual(0.8);
  });

  it('without tesseract on PATH: one line saying it is a scan, its pages and how to get OCR; nothing written', async () => {
    const empty = at('no-programs');
    mkdirSync(empty, { recursive: true });
    const out = at('no-ocr.xlsx');
    const r = await runChild(['import', docs[0].scan, '-o', out], { env: { PATH: empty } });
    const { pages } = await readPdfText(readFileSync(docs[0].scan), docs[0].scan);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`là bản quét (${pages} trang chỉ có ảnh, không có lớp chữ)`);
    expect(r.stderr).toContain('tesseract-ocr-vie');
    expect(r.stderr).toContain('Windows');
    expect(existsSync(out)).toBe(false);
  });

  it('over the page limit: its line with the pages and the limit, before any OCR', async () => {
    // 21 pages of the same small picture.
    const base = at('page-one');
    execFileSync('pdftoppm', ['-r', '40', '-gray', '-jpeg', '-f', '1', '-l', '1', '-singlefile', docs[0].pdf, base]);
    const many = at('many-pages.pdf');
    writeFileSync(many, imagePdf(Array(21).fill(readFileSync(`${base}.jpg`)), 40));
    const r = await runChild(['import', many, '-o', at('many.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('là bản quét 21 trang, quá giới hạn 20 trang');
    expect(r.stderr).toContain('--ocr-pages');
    const lower = await runChild(['import', docs[0].scan, '-o', at('limit.xlsx'), '--ocr-pages', '1']);
    expect(lower.code).toBe(2);
    expect(lower.stderr).toContain('quá giới hạn 1 trang');
  });

  it('over the time budget: its line, no workbook, and no temporary folder left', async () => {
    const tmp = at('private-tmp');
    mkdirSync(tmp, { recursive: true });
    const out = at('late.xlsx');
    const r = await runChild(['import', docs[0].scan, '-o', out, '--ocr-seconds', '1'], { env: { TMPDIR: tmp } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/quá 1 giây cho cả tệp \(đã đọc 0\/\d+ trang\)/);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(tmp).filter((f) => f.startsWith('phoihop-ocr-'))).toEqual([]);
  });

  it('stopped in the middle (SIGTERM, as the watchdog sends): tesseract stopped, the folder removed', async () => {
    const tmp = at('interrupted-tmp');
    mkdirSync(tmp, { recursive: true });
    const out = at('interrupted.xlsx');
    let seen = false;
    const r = await runChild(['import', docs[0].scan, '-o', out, ...ROOMY_ARGS], {
      env: { ...ROOMY, TMPDIR: tmp },
      onSpawn: (child) => {
        // Once a page is being read (its picture is in the private folder), stop the run.
        const poll = setInterval(() => {
          const work = readdirSync(tmp).find((f) => f.startsWith('phoihop-ocr-'));
          if (work && readdirSync(path.join(tmp, work)).some((f) => f.startsWith('trang-'))) {
            seen = true;
            clearInterval(poll);
            child.kill('SIGTERM');
          }
        }, 50);
        child.on('close', () => clearInterval(poll));
      },
    });
    expect(seen).toBe(true);
    expect(r.code).not.toBe(0);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(tmp)).toEqual([]);
    // No helper of that run is left: none has the private folder on its command line.
    const left = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' })
      .split('\n')
      .filter((l) => l.includes(tmp));
    expect(left).toEqual([]);
  });

  it('a bad --ocr-pages or --ocr-seconds is bad usage', async () => {
    for (const args of [
      ['--ocr-pages', '0'],
      ['--ocr-seconds', 'soon'],
    ]) {
      const r = await runCli('import', docs[0].scan, '-o', at('bad.xlsx'), ...args);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(args[0]);
    }
  });
});
