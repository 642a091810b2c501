// The round trip of a 1,000-clause regulation: export it to Word, then import that Word file back
// into a workbook (read the .docx, parse, write the .xlsx), against the export alone, side by side.
import { buildWordDocument } from '../src/core/export';
import { importText } from '../src/core/import';
import { readWorkbook } from '../src/core/read-workbook';
import { readDocumentBytes } from '../src/docx/read-document';
import { writeWordDocument } from '../src/docx/write-document';
import { gridsFromWorkbook, loadWorkbook } from '../src/xlsx/read-grids';
import { writeRegulationWorkbook } from '../src/xlsx/write-regulation';
import { longRegulation } from './export';
import { ratio, type Figure } from './harness';

export async function roundTripFigures(count = 1_000): Promise<Figure[]> {
  const bytes = await writeRegulationWorkbook(longRegulation(count));
  const model = readWorkbook(gridsFromWorkbook(await loadWorkbook(Buffer.from(bytes))), { source: 'bench' });
  const exportOnly = async () => writeWordDocument(buildWordDocument(model), 'bench');
  let back = 0;
  const exportThenImport = async () => {
    const docx = await exportOnly();
    const text = await readDocumentBytes(docx, 'bench.docx');
    const { content } = importText(text.text, { conversions: text.conversions });
    await writeRegulationWorkbook(content);
    back = content.blocks.clauses?.length ?? 0;
  };
  await exportThenImport();
  // The same clauses must come back, or the ratio would time less work.
  if (back < count) throw new Error(`round trip gave back ${back} of ${count} clauses`);
  const r = await ratio(exportThenImport, exportOnly, 9, 2);
  return [
    { name: `export → import, ${count} clauses`, value: r.candidateMs, unit: 'ms', note: `${back} clauses back` },
    { name: `export alone, ${count} clauses`, value: r.baselineMs, unit: 'ms' },
    {
      name: `export → import ÷ export alone, ${count} clauses`,
      value: r.ratio,
      unit: '×',
      baseline: 'the export alone, same regulation',
      target: '≤ 2',
      pass: r.ratio <= 2,
    },
  ];
}
