// batch throughput over documents beside workbooks (issue 28): the same N regulations (the worked
// example, each school with its own name and number) sent as N workbooks, as the N .docx `export`
// writes from them, and as the N PDFs LibreOffice prints from those .docx (as `export --pdf`
// does). Each folder is checked by a fresh process with 2 workers, documents read as batch does by
// default and the PDFs through its signed-copies step; best of two runs. Only reported, no target.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildWordDocument } from '../src/core/export';
import { readWorkbook } from '../src/core/read-workbook';
import { exampleContent } from '../src/core/template/example';
import { writeWordDocument } from '../src/docx/write-document';
import { findSoffice } from '../src/node/pdf';
import type { BatchMeasurement } from '../src/node/batch/measure';
import { gridsFromWorkbook, loadWorkbook } from '../src/xlsx/read-grids';
import { writeRegulationWorkbook } from '../src/xlsx/write-regulation';
import { ROOT, TMP } from './cases';
import type { Figure } from './harness';

const KINDS = ['xlsx', 'docx', 'pdf'] as const;

/** N schools' regulations as workbooks and .docx, and the PDFs of the .docx (one LibreOffice run). */
async function makeFolders(n: number, soffice: string): Promise<Record<(typeof KINDS)[number], string>> {
  const root = path.join(TMP, `batch-documents-${n}`);
  const dirs = { xlsx: path.join(root, 'xlsx'), docx: path.join(root, 'docx'), pdf: path.join(root, 'pdf') };
  if (existsSync(path.join(root, '.complete'))) return dirs;
  rmSync(root, { recursive: true, force: true });
  for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });
  for (let i = 1; i <= n; i++) {
    const content = exampleContent();
    content.document.issuer = `Trường Mầm non Số ${i}`;
    const number = `${i}/QCPH-MN${i}-CĐ`;
    content.document.number = number;
    // Its Phiên bản block follows, so that each workbook is as clean as the example.
    const [previous, current] = content.blocks.versions!;
    previous.supersededBy = number;
    current.number = number;
    const xlsx = await writeRegulationWorkbook(content);
    writeFileSync(path.join(dirs.xlsx, `truong-${i}.xlsx`), xlsx);
    const model = readWorkbook(gridsFromWorkbook(await loadWorkbook(Buffer.from(xlsx))), { source: 'bench' });
    writeFileSync(path.join(dirs.docx, `truong-${i}.docx`), await writeWordDocument(buildWordDocument(model), 'bench'));
  }
  const docx = readdirSync(dirs.docx).map((f) => path.join(dirs.docx, f));
  execFileSync(
    soffice,
    [
      `-env:UserInstallation=file://${path.join(root, 'lo-profile')}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'pdf:writer_pdf_Export',
      '--outdir',
      dirs.pdf,
      ...docx,
    ],
    { stdio: 'ignore', timeout: 30 * 60_000 },
  );
  rmSync(path.join(root, 'lo-profile'), { recursive: true, force: true });
  if (readdirSync(dirs.pdf).length !== n)
    throw new Error(`LibreOffice printed ${readdirSync(dirs.pdf).length} of ${n} PDFs`);
  writeFileSync(path.join(root, '.complete'), '');
  return dirs;
}

export async function batchDocumentFigures(n = 40): Promise<Figure[]> {
  const soffice = findSoffice();
  if (!soffice) return [{ name: 'batch over documents', value: NaN, unit: 'files/s', note: 'needs LibreOffice' }];
  const dirs = await makeFolders(n, soffice);
  const measure = (folder: string) => {
    const child = path.join(ROOT, 'build', 'bench', 'batch-child.js');
    const out = execFileSync(process.execPath, ['--expose-gc', child, folder, '2', '-', '-', 'documents'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    return JSON.parse(String(out)) as BatchMeasurement;
  };
  const best = (folder: string) =>
    [measure(folder), measure(folder)].sort((a, b) => b.filesPerSecond - a.filesPerSecond)[0];
  const runs = Object.fromEntries(KINDS.map((k) => [k, best(dirs[k])])) as Record<
    (typeof KINDS)[number],
    BatchMeasurement
  >;
  for (const k of KINDS)
    if (runs[k].files !== n) throw new Error(`batch over the ${k} folder saw ${runs[k].files} of ${n} files`);
  const label = { xlsx: 'workbooks', docx: '.docx (exported from them)', pdf: 'PDFs (printed from the .docx)' };
  const figures: Figure[] = KINDS.map((k) => ({
    name: `batch, ${n} ${label[k]}, 2 workers`,
    value: runs[k].filesPerSecond,
    unit: 'files/s',
    note: `${runs[k].seconds} s, peak ${runs[k].peakRssMb} MB, ${runs[k].errors} errors, ${runs[k].warnings} warnings`,
  }));
  for (const k of ['docx', 'pdf'] as const)
    figures.push({
      name: `batch time per document ÷ per workbook, ${k}`,
      value: runs.xlsx.filesPerSecond / runs[k].filesPerSecond,
      unit: '×',
      baseline: `batch over the ${n} workbooks the documents were made from`,
    });
  return figures;
}
