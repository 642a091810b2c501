// PDF import of a seed (the largest real regulation, exported to Word and printed to PDF by
// LibreOffice as `export --pdf` does) against pdf.js's own text extraction of the same file plus
// the import of the seed's .txt: what reading the layout (lines, columns, tables) costs on top.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildWordDocument } from '../src/core/export';
import { importText } from '../src/core/import';
import { readWorkbook } from '../src/core/read-workbook';
import { readDocumentBytes } from '../src/docx/read-document';
import { writeWordDocument } from '../src/docx/write-document';
import { findSoffice, pdfFromDocx } from '../src/node/pdf';
import { gridsFromWorkbook, loadWorkbook } from '../src/xlsx/read-grids';
import { writeRegulationWorkbook } from '../src/xlsx/write-regulation';
import { ratio, type Figure } from './harness';

const SEED = path.join(__dirname, '..', '..', '..', 'shared', 'seeds', '004_a0521116b7499561.txt');

/** pdf.js's own reading: every page's text items, their strings joined. */
async function pdfjsText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
  const out: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    for (const it of content.items) if ('str' in it) out.push(it.str + (it.hasEOL ? '\n' : ''));
  }
  await doc.destroy();
  return out.join('');
}

export async function pdfFigures(): Promise<Figure[]> {
  const soffice = findSoffice();
  if (!existsSync(SEED) || !soffice)
    return [{ name: 'PDF import of a seed', value: NaN, unit: 'ms', note: 'needs the seeds and LibreOffice' }];
  const txt = readFileSync(SEED, 'utf8');
  const content = importText(txt).content;
  const model = readWorkbook(
    gridsFromWorkbook(await loadWorkbook(Buffer.from(await writeRegulationWorkbook(content)))),
    {
      source: 'bench',
    },
  );
  const pdf = await pdfFromDocx(soffice, await writeWordDocument(buildWordDocument(model), 'bench'));
  let clauses = 0;
  const viaPdf = async () => {
    const doc = await readDocumentBytes(pdf, 'bench.pdf');
    clauses = importText(doc.text).extraction.clauses.length;
  };
  const baseline = async () => {
    await pdfjsText(pdf);
    importText(txt);
  };
  await viaPdf();
  const r = await ratio(viaPdf, baseline, 9, 3);
  return [
    {
      name: 'PDF import of a seed (pdf.js + layout + import)',
      value: r.candidateMs,
      unit: 'ms',
      note: `${clauses} clauses`,
    },
    { name: "pdf.js's own text extraction + the .txt import", value: r.baselineMs, unit: 'ms' },
    {
      name: 'PDF import ÷ (pdf.js text + .txt import), a seed',
      value: r.ratio,
      unit: '×',
      baseline: "pdf.js's own text extraction of the same PDF, plus the seed's .txt import",
      target: '≤ 1.5',
      pass: r.ratio <= 1.5,
    },
  ];
}
