// An office's pattern rule (`matches`) runs in linear time: ^(a+)+$ against 44 letters and a
// mismatch (a backtracking engine would try some 2^44 ways) beside the plain ^a+$ on the same
// workbook, alternated in the same process. This was a wall-clock bound in the tests before;
// there a one-minute hang guard is left, the ratio lives here.
import ExcelJS from 'exceljs';
import { readWorkbook } from '../src/core/read-workbook';
import { mergeRules } from '../src/core/rules/load-rules';
import { createRuleRunner } from '../src/core/rules/run-rules';
import { exampleContent } from '../src/core/template/example';
import { gridsFromWorkbook } from '../src/xlsx/read-grids';
import { writeRegulationWorkbook } from '../src/xlsx/write-regulation';
import { patternRule } from '../test/hostile/inputs';
import { ratio, type Figure } from './harness';

export async function patternFigures(letters = 44): Promise<Figure[]> {
  const content = exampleContent();
  content.blocks.parties![0].name = `${'a'.repeat(letters)}!`;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await writeRegulationWorkbook(content)) as never);
  const model = readWorkbook(gridsFromWorkbook(wb));
  const runner = (pattern: string) =>
    createRuleRunner(mergeRules([], [{ file: 'ten-ben.json', text: patternRule(pattern) }]));
  const nested = runner('^(a+)+$');
  const plain = runner('^a+$');
  const r = await ratio(
    () => nested.run(model),
    () => plain.run(model),
    31,
    10,
  );
  return [
    { name: `^(a+)+$ on ${letters} letters`, value: r.candidateMs, unit: 'ms' },
    { name: `^a+$ on ${letters} letters`, value: r.baselineMs, unit: 'ms' },
    {
      name: `^(a+)+$ ÷ ^a+$, ${letters} letters`,
      value: r.ratio,
      unit: '×',
      baseline: '^a+$, same rule and workbook',
      target: '≤ 2',
      pass: r.ratio <= 2,
    },
  ];
}
