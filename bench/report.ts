// `report` of a 1,000-task tracking workbook against `agenda` on the same workbook (target ≤ 1.5×):
// both through the command line's own code in this process (argument parsing, reading the file,
// reading Theo dõi), the report also counting the period and writing its Word document.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main as cli } from '../src/cli/main';
import { readWorkbook } from '../src/core/read-workbook';
import { DEFAULT_CALENDAR } from '../src/core/tracking-book/calendar';
import { buildTrackingSpec } from '../src/core/tracking/spec';
import { gridsFromWorkbook, loadWorkbook } from '../src/xlsx/read-grids';
import { writeRegulationWorkbook } from '../src/xlsx/write-regulation';
import { writeTrackingWorkbook } from '../src/xlsx/write-tracking';
import { TMP } from './cases';
import { largeContent } from './generate';
import { ratio, type Figure } from './harness';

const MONTH_COLS = 12;

/** A tracking workbook of `rows` tasks, its due months filled ✓, ✗ or left ○ in turn. */
async function filledTracking(rows: number): Promise<{ file: string; asOf: string }> {
  const content = largeContent(rows);
  const clauses = new Set(content.blocks.clauses!.map((c) => c.id));
  content.blocks.responsibilities = content.blocks.responsibilities!.map((r) => ({
    ...r,
    lead: r.lead === 'ZZ' ? 'NT' : r.lead,
    support: String(r.support).replace('QQ', 'CDTN'),
    cadence: r.cadence || 'Hàng tháng',
    clauseId: clauses.has(String(r.clauseId)) ? r.clauseId : 'D1',
  }));
  const model = readWorkbook(gridsFromWorkbook(await loadWorkbook(await writeRegulationWorkbook(content))));
  const spec = buildTrackingSpec(model, { calendar: DEFAULT_CALENDAR, generator: 'bench' });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await writeTrackingWorkbook(spec)) as never);
  const ws = wb.getWorksheet('Theo dõi')!;
  const marks = ['✓ Đã làm', '✗ Chưa làm', '○ Cần làm'];
  let k = 0;
  for (let r = 7; r < 7 + spec.rows.length; r++)
    for (let c = 7; c < 7 + MONTH_COLS; c++) {
      const cell = ws.getCell(r, c);
      if (cell.value === '○ Cần làm') cell.value = marks[k++ % marks.length];
    }
  const file = path.join(TMP, `report-${rows}.xlsx`);
  writeFileSync(file, Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  return { file, asOf: `${spec.schoolYear.start + 1}-01-20` };
}

const quiet = { out: () => {}, err: () => {}, isTTY: false };

async function run(...argv: string[]): Promise<void> {
  const code = await cli(argv, quiet);
  if (code !== 0) throw new Error(`phoihop ${argv.join(' ')} exited ${code}`);
}

export async function reportFigures(rows: number): Promise<Figure[]> {
  mkdirSync(TMP, { recursive: true });
  const { file, asOf } = await filledTracking(rows);
  const docx = path.join(TMP, `report-${rows}.docx`);
  const report = () => run('report', file, '--as-of', asOf, '-o', docx, '--force');
  const agenda = () => run('agenda', file, '--as-of', asOf);
  const r = await ratio(report, agenda, 7, 2);
  const json = await ratio(() => run('report', file, '--as-of', asOf, '--format', 'json'), agenda, 7, 1);
  return [
    { name: `report -o .docx, ${rows} tasks`, value: r.candidateMs, unit: 'ms' },
    { name: `agenda, ${rows} tasks`, value: r.baselineMs, unit: 'ms' },
    {
      name: `report ÷ agenda, ${rows} tasks`,
      value: r.ratio,
      unit: '×',
      baseline: 'agenda on the same tracking workbook',
      target: '≤ 1.5',
      pass: r.ratio <= 1.5,
    },
    {
      name: `report --format json ÷ agenda, ${rows} tasks`,
      value: json.ratio,
      unit: '×',
      baseline: 'agenda on the same tracking workbook',
    },
  ];
}
