// diff of two 1,000-clause workbooks against reading both: the comparison (pairing, field by field,
// the changed words) must cost little beside reading the files (target ≤ 1.5×).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compareRegulations, formatComparisonText } from '../src/core/diff';
import type { WorkbookContent } from '../src/core/template/content';
import { readRegulationFile } from '../src/node/regulation-file';
import { writeRegulationWorkbook } from '../src/xlsx/write-regulation';
import { largeContent } from './generate';
import { ratio, type Figure } from './harness';

const TMP = path.join(__dirname, '..', '..', 'bench', 'tmp');

/** Next year's text: one clause in 20 reworded, one in 50 renumbered, one in 100 dropped, a few added. */
function nextYear(c: WorkbookContent): WorkbookContent {
  const n = structuredClone(c);
  const clauses = n.blocks.clauses!;
  clauses.forEach((cl, i) => {
    if (i % 20 === 3) cl.text = `${cl.text} Các bên báo cáo kết quả hằng tháng.`;
    if (i % 50 === 7) cl.article = `Điều ${i + 1}a`;
  });
  n.blocks.clauses = clauses.filter((_, i) => i % 100 !== 11);
  for (let i = 0; i < 10; i++)
    n.blocks.clauses.push({
      id: `M${i}`,
      chapter: 'Chương IV',
      article: `Điều ${2000 + i}`,
      paragraph: '',
      text: `Điều khoản mới số ${i}.`,
    });
  n.blocks.responsibilities!.forEach((r, i) => {
    if (i % 25 === 2) r.cadence = 'Hàng quý';
  });
  return n;
}

export async function diffFigures(clauses: number): Promise<Figure[]> {
  mkdirSync(TMP, { recursive: true });
  // largeContent makes rows/10 clauses: 1,000 clauses come with 10,000 responsibility rows, cut to 1,000.
  const old = largeContent(clauses * 10);
  old.blocks.responsibilities = old.blocks.responsibilities!.slice(0, clauses);
  const a = path.join(TMP, `diff-${clauses}-old.xlsx`);
  const b = path.join(TMP, `diff-${clauses}-new.xlsx`);
  writeFileSync(a, await writeRegulationWorkbook(old));
  writeFileSync(b, await writeRegulationWorkbook(nextYear(old)));
  let changes = 0;
  const diff = async () => {
    const [x, y] = [(await readRegulationFile(a)).model, (await readRegulationFile(b)).model];
    const cmp = compareRegulations(x, y, { old: a, new: b });
    // What the command prints by default.
    formatComparisonText(cmp, 'vi');
    changes = cmp.changes.length;
  };
  const readBoth = async () => {
    await readRegulationFile(a);
    await readRegulationFile(b);
  };
  const r = await ratio(diff, readBoth, 7, 2);
  return [
    { name: `diff, ${clauses} clauses`, value: r.candidateMs, unit: 'ms', note: `${changes} changes` },
    { name: `reading both workbooks, ${clauses} clauses`, value: r.baselineMs, unit: 'ms' },
    {
      name: `diff ÷ reading both, ${clauses} clauses`,
      value: r.ratio,
      unit: '×',
      baseline: 'readRegulationFile of the two same files',
      target: '≤ 1.5',
      pass: r.ratio <= 1.5,
    },
  ];
}
