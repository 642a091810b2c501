// The export of a 1,000-clause regulation (Nghị định 30 layout: heading table, chapters, articles
// with their numbers in bold, khoản and điểm, signature blocks, Nơi nhận) against the `docx`
// package's own Packer writing the same paragraphs' text plain, side by side in one process.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Document, Packer, Paragraph } from 'docx';
import { buildWordDocument, checkExportText, plainParagraphs } from '../src/core/export';
import { readWorkbook } from '../src/core/read-workbook';
import type { WorkbookContent } from '../src/core/template/content';
import { exampleContent } from '../src/core/template/example';
import { writeWordDocument } from '../src/docx/write-document';
import { gridsFromWorkbook, loadWorkbook } from '../src/xlsx/read-grids';
import { writeRegulationWorkbook } from '../src/xlsx/write-regulation';
import { ROOT, TMP } from './cases';
import { ratio, type Figure } from './harness';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** The worked example grown to `count` clauses: 10 chapters of articles, each with khoản 1–5 and điểm a–d under 5. */
export function longRegulation(count: number): WorkbookContent {
  const c = exampleContent();
  const perArticle = 10;
  const articles = Math.ceil(count / perArticle);
  const perChapter = Math.ceil(articles / ROMAN.length);
  const clauses: NonNullable<WorkbookContent['blocks']['clauses']> = [];
  for (let a = 1; a <= articles && clauses.length < count; a++) {
    const chapter = `Chương ${ROMAN[Math.floor((a - 1) / perChapter)]}. Nội dung phối hợp phần ${Math.ceil(a / perChapter)}`;
    const row = (paragraph: string, text: string) =>
      clauses.length < count &&
      clauses.push({ id: `D${a}${paragraph ? '.' + paragraph : ''}`, chapter, article: `Điều ${a}`, paragraph, text });
    row('', `Phối hợp thực hiện nhiệm vụ số ${a} của năm học`);
    for (let k = 1; k <= 5; k++)
      row(
        `${k}`,
        `Nhà trường chủ trì, Công đoàn và Chi đoàn phối hợp triển khai nội dung ${a}.${k}; định kỳ hằng tháng báo cáo kết quả thực hiện tại cuộc họp giao ban, đề xuất biện pháp khắc phục tồn tại.`,
      );
    for (const p of ['a', 'b', 'c', 'd'])
      row(`5.${p}`, `Ban đại diện cha mẹ trẻ tham gia giám sát, góp ý việc thực hiện nội dung ${a}.5 điểm ${p}.`);
  }
  c.blocks.clauses = clauses;
  // Each task still points at a clause that exists.
  c.blocks.responsibilities = c.blocks.responsibilities!.map((r, i) => ({ ...r, clauseId: clauses[i * 10].id }));
  return c;
}

export async function exportFigures(count = 1_000): Promise<Figure[]> {
  mkdirSync(TMP, { recursive: true });
  const file = path.join(TMP, `export-${count}.xlsx`);
  writeFileSync(file, await writeRegulationWorkbook(longRegulation(count)));
  const model = readWorkbook(gridsFromWorkbook(await loadWorkbook(readFileSync(file))), { source: file });
  if (model.clauses.length !== count) throw new Error(`expected ${count} clauses, read ${model.clauses.length}`);

  // What `phoihop export` does once the workbook is read: check the text, lay out, write.
  let size = 0;
  const exportDocument = async () => {
    if (checkExportText(model)) throw new Error('the benchmark regulation holds text Word cannot');
    size = (await writeWordDocument(buildWordDocument(model), 'bench')).length;
  };
  // Baseline: the same paragraphs' text, one plain paragraph each, through docx's own Packer.
  const texts = plainParagraphs(buildWordDocument(model)).filter(Boolean);
  let plainSize = 0;
  const packPlain = async () => {
    const doc = new Document({ sections: [{ children: texts.map((text) => new Paragraph(text)) }] });
    plainSize = (await Packer.toArrayBuffer(doc)).byteLength;
  };
  const r = await ratio(exportDocument, packPlain, 25, 5);

  // The whole command in a fresh process (start-up, reading the workbook, rules, writing).
  const out = path.join(TMP, `export-${count}.docx`);
  rmSync(out, { force: true });
  const t0 = performance.now();
  const run = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'phoihop.js'), 'export', file, '-o', out], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const cliMs = performance.now() - t0;
  if (run.status !== 0) throw new Error(`phoihop export failed (${run.status}): ${run.stderr}`);

  return [
    {
      name: `export, ${count} clauses (lay out + write .docx)`,
      value: r.candidateMs,
      unit: 'ms',
      note: `${texts.length} paragraphs, ${Math.round(size / 1024)} KB`,
    },
    {
      name: `docx Packer, same paragraphs plain, ${count} clauses`,
      value: r.baselineMs,
      unit: 'ms',
      note: `${Math.round(plainSize / 1024)} KB`,
    },
    {
      name: `export ÷ docx Packer plain, ${count} clauses`,
      value: r.ratio,
      unit: '×',
      baseline: "docx's Packer writing the same paragraphs plain",
      target: '≤ 1.5',
      pass: r.ratio <= 1.5,
    },
    { name: `phoihop export, ${count} clauses, fresh process`, value: cliMs, unit: 'ms' },
  ];
}
