// Every kind of Office file the project writes, written as a user gets it (the CLI, and the pane's
// own code path run in Node), and checked by the independent ../shared/ooxml/check-ooxml.py:
// the ECMA-376 schemas plus the rules Excel and Word enforce beyond them. 0 errors means Excel
// and Word open them without the repair prompt. Needs /usr/bin/python3 with lxml (see helpers/ooxml.ts).
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/core/read-workbook';
import type { WorkbookContent } from '../../src/core/template/content';
import { exampleContent } from '../../src/core/template/example';
import { exportDocument } from '../../src/browser/export-chunk';
import { importDocument } from '../../src/browser/import-chunk';
import { gridsFromUpload, regulationWorkbook, templateWorkbook, trackingWorkbook } from '../../src/browser/xlsx-chunk';
import { writeRegulationWorkbook } from '../../src/xlsx/write-regulation';
import { runCli, tempDir } from '../helpers/cli';
import { checkOoxml, findingLine, ooxmlReports, type OoxmlFinding } from '../helpers/ooxml';
import { CORPUS } from '../import/corpus';
import { DOCX_LAYOUTS } from '../import/layouts';

const ROOT = path.resolve(__dirname, '..', '..');
const SEEDS = path.resolve(ROOT, '../shared/seeds');
const DIR = tempDir('phoihop-ooxml-');
const file = (name: string) => path.join(DIR, name);

/** No errors in these files; the failure lists every one. */
function expectValid(files: string[], more: (f: OoxmlFinding[]) => OoxmlFinding[] = () => []) {
  for (const f of files) expect(existsSync(f), `${f} was not written`).toBe(true);
  const reports = ooxmlReports(files);
  const found = [...reports.flatMap((r) => r.errors), ...more(reports.flatMap((r) => r.warnings))];
  expect(found.map(findingLine)).toEqual([]);
  return reports;
}

// Warnings that are Excel limits all the same: a shared notes id block, a row past 409.5 points.
const excelLimits = (warnings: OoxmlFinding[]) =>
  warnings.filter((w) => w.check === 'vml' || /height .* points/.test(w.message));

async function cli(...argv: string[]) {
  const r = await runCli(...argv);
  expect(r.stderr, argv.join(' ')).not.toMatch(/Error:|at .*\.ts:\d+/);
  return r;
}

describe('Office files, checked against ECMA-376 by check-ooxml.py', () => {
  it('template, worked example, track, renew, batch report, export with and without the decision', async () => {
    const example = file('vi-du.xlsx');
    expect((await cli('template', '-o', file('mau-trong.xlsx'))).code).toBe(0);
    expect((await cli('template', '--example', '-o', example)).code).toBe(0);
    expect((await cli('track', example, '-o', file('theo-doi.xlsx'))).code).toBe(0);
    await cli('renew', example, '-o', file('nam-sau.xlsx'));
    const folder = path.join(DIR, 'ho-so');
    mkdirSync(folder);
    copyFileSync(example, path.join(folder, 'vi-du.xlsx'));
    copyFileSync(file('mau-trong.xlsx'), path.join(folder, 'mau-trong.xlsx'));
    await cli('batch', folder, '-o', file('bao-cao.xlsx'));
    expect((await cli('export', example, '-o', file('van-ban.docx'))).code).toBe(0);
    expect((await cli('export', example, '--with-decision', '-o', file('van-ban-qd.docx'))).code).toBe(0);
    const reports = expectValid(
      ['mau-trong.xlsx', 'vi-du.xlsx', 'theo-doi.xlsx', 'nam-sau.xlsx', 'bao-cao.xlsx'].map(file),
      excelLimits,
    );
    expect(reports.every((r) => r.file.endsWith('.xlsx'))).toBe(true);
    expect(checkOoxml(['van-ban.docx', 'van-ban-qd.docx'].map(file))).toEqual([]);
    // Word files: no warning either (every style a style is based on is defined).
    expectValid(['van-ban.docx', 'van-ban-qd.docx'].map(file), (warnings) => warnings);
  });

  it('an import of every seed (the CLI) and of every corpus document (text, and Word for a few)', async () => {
    const outs: string[] = [];
    if (existsSync(SEEDS)) {
      const seeds = readdirSync(SEEDS).filter((f) => /\.(txt|docx)$/.test(f));
      expect(seeds.length).toBeGreaterThan(0);
      for (const seed of seeds) {
        const out = file(`seed-${seed}.xlsx`);
        expect((await cli('import', path.join(SEEDS, seed), '-o', out)).code).toBe(0);
        outs.push(out);
      }
    } else console.log(`[ooxml] ${SEEDS} is absent: the seeds are not checked, the corpus is.`);
    // The pane's import: the same reader, parser and writer as the CLI, bytes in, bytes out.
    for (const doc of CORPUS) {
      const { content } = await importDocument(strToU8(doc.text), `${doc.id}.txt`, 'vi');
      const out = file(`corpus-${doc.id}.xlsx`);
      writeFileSync(out, await regulationWorkbook(content));
      outs.push(out);
    }
    // A Word file per layout, through the CLI.
    const layouts = Object.values(DOCX_LAYOUTS);
    for (const [i, layout] of layouts.entries()) {
      const doc = CORPUS[(i * 7) % CORPUS.length];
      const source = file(`${doc.id}-${i}.docx`);
      writeFileSync(source, layout(doc.text));
      const out = file(`corpus-docx-${i}.xlsx`);
      expect((await cli('import', source, '-o', out)).code).toBe(0);
      outs.push(out);
    }
    // Every import writes cell notes (Kiểm tra lại, Đọc từ dòng …) on sheets with a Table.
    const reports = expectValid(outs, excelLimits);
    expect(reports.length).toBe(outs.length);
    expect(CORPUS.length).toBeGreaterThanOrEqual(30);
  }, 600_000);

  it("the pane's outputs: template, imported workbook, tracking workbook, Word document", async () => {
    const generator = 'phoihop test';
    writeFileSync(file('pane-mau.xlsx'), await templateWorkbook());
    const docx = DOCX_LAYOUTS['a table per block'](CORPUS[0].text);
    const imported = await importDocument(docx, 'van-ban.docx', 'vi');
    writeFileSync(file('pane-nhap.xlsx'), await regulationWorkbook(imported.content));
    const example = await writeRegulationWorkbook(exampleContent());
    const model = readWorkbook(await gridsFromUpload(example, 'vi-du.xlsx'));
    writeFileSync(file('pane-theo-doi.xlsx'), (await trackingWorkbook(model, generator)).bytes);
    writeFileSync(file('pane-van-ban.docx'), (await exportDocument(model, generator)).bytes);
    writeFileSync(file('pane-van-ban-qd.docx'), (await exportDocument(model, generator, { withDecision: true })).bytes);
    expectValid(['pane-mau.xlsx', 'pane-nhap.xlsx', 'pane-theo-doi.xlsx'].map(file), excelLimits);
    expectValid(['pane-van-ban.docx', 'pane-van-ban-qd.docx'].map(file), (warnings) => warnings);
  });

  it('long text: every row within Excel’s 409.5 points in import, track, renew and batch', async () => {
    const sentence = 'Phối hợp tổ chức các hoạt động giáo dục, chăm sóc trẻ và bồi dưỡng chuyên môn cho giáo viên. ';
    const content: WorkbookContent = structuredClone(exampleContent());
    content.blocks.clauses![1].text = sentence.repeat(60);
    content.blocks.responsibilities![1].task = sentence.repeat(25);
    content.blocks.responsibilities![1].note = sentence.repeat(10);
    const long = file('dai.xlsx');
    writeFileSync(long, await writeRegulationWorkbook(content));
    await cli('track', long, '-o', file('dai-theo-doi.xlsx'));
    await cli('renew', long, '-o', file('dai-nam-sau.xlsx'));
    const folder = path.join(DIR, 'ho-so-dai');
    mkdirSync(folder);
    copyFileSync(long, path.join(folder, 'dai.xlsx'));
    await cli('batch', folder, '-o', file('dai-bao-cao.xlsx'));
    const text = [
      'TRƯỜNG MẦM NON HOA SEN',
      'Số: 12/QCPH-MNHS',
      'QUY CHẾ',
      'Phối hợp giữa Nhà trường và Công đoàn năm học 2025-2026',
      `Điều 1. ${sentence.repeat(60)}`,
      `Điều 2. Nhà trường chủ trì, Công đoàn phối hợp ${sentence.repeat(20)} hằng tháng.`,
    ].join('\n');
    writeFileSync(file('dai.txt'), text);
    expect((await cli('import', file('dai.txt'), '-o', file('dai-nhap.xlsx'))).code).toBe(0);
    const files = ['dai.xlsx', 'dai-theo-doi.xlsx', 'dai-nam-sau.xlsx', 'dai-bao-cao.xlsx', 'dai-nhap.xlsx'].map(file);
    expectValid(files, excelLimits);
    // The long rows are there, at Excel's maximum (the text whole in the cell, cut only on screen).
    for (const f of ['dai.xlsx', 'dai-theo-doi.xlsx', 'dai-nam-sau.xlsx', 'dai-nhap.xlsx'].map(file)) {
      const sheets = Object.entries(unzipSync(readFileSync(f))).filter(([n]) => n.startsWith('xl/worksheets/'));
      expect(
        sheets.some(([, xml]) => /<row [^>]*ht="409.5"/.test(strFromU8(xml))),
        f,
      ).toBe(true);
    }
  });
});
