// npm run bench: measures every figure of the benchmark issue on inputs it makes itself, prints a
// table and writes bench/results.json. Ratios are measured side by side in the same process.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { readWorkbook } from '../src/core/read-workbook';
import { BUILTIN_RULES } from '../src/core/rules/builtin-rules';
import { createRuleRunner } from '../src/core/rules/run-rules';
import { readRegulationFile } from '../src/node/regulation-file';
import { writeRegulationWorkbook } from '../src/xlsx/write-regulation';
import { gridsFromWorkbook } from '../src/xlsx/read-grids';
import { handChecks } from './hand-loop';
import { largeContent } from './generate';
import { ratio, round, table, type Figure } from './harness';
import { batchFigures, importFigures, paneFigures, rosterFigures, trackFigures } from './cases';
import { hostileFigures } from './hostile';
import { exportFigures } from './export';
import { roundTripFigures } from './round-trip';
import { patternFigures } from './patterns';
import { reportFigures } from './report';
import { diffFigures } from './diff';
import { verifyFigures } from './verify';
import { pdfFigures } from './pdf';
import { batchDocumentFigures } from './batch-documents';

const TMP = path.join(__dirname, '..', '..', 'bench', 'tmp');

async function rulesStage(rows: number): Promise<Figure[]> {
  const bytes = await writeRegulationWorkbook(largeContent(rows));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as never);
  const model = readWorkbook(gridsFromWorkbook(wb));
  const runner = createRuleRunner(BUILTIN_RULES);
  // Same answers first: the baseline must do the same checks.
  const key = (x: { ruleId: string; sheet: string; cell: string | null | undefined }) =>
    `${x.ruleId}@${x.sheet}!${x.cell}`;
  const viaRules = (await runner.run(model)).map(key).sort();
  const viaHand = handChecks(model).map(key).sort();
  if (JSON.stringify(viaRules) !== JSON.stringify(viaHand)) {
    throw new Error(`rules and hand loop disagree: ${viaRules.length} vs ${viaHand.length} findings`);
  }
  const r = await ratio(
    () => runner.run(model),
    () => handChecks(model),
    31,
    20,
  );
  return [
    { name: `rules stage, ${rows} rows`, value: r.candidateMs, unit: 'ms', note: `${viaRules.length} findings` },
    { name: `hand-written loop, ${rows} rows`, value: r.baselineMs, unit: 'ms' },
    // The target is set at 10,000 rows; smaller runs are reported for the trend.
    rows >= 10_000
      ? {
          name: `rules stage ÷ hand loop, ${rows} rows`,
          value: r.ratio,
          unit: '×',
          baseline: 'hand-written loop, same checks',
          target: '≤ 3',
          pass: r.ratio <= 3,
        }
      : {
          name: `rules stage ÷ hand loop, ${rows} rows`,
          value: r.ratio,
          unit: '×',
          baseline: 'hand-written loop, same checks',
        },
  ];
}

async function validateVsRead(rows: number): Promise<Figure[]> {
  mkdirSync(TMP, { recursive: true });
  const file = path.join(TMP, `validate-${rows}.xlsx`);
  writeFileSync(file, await writeRegulationWorkbook(largeContent(rows)));
  const runner = createRuleRunner(BUILTIN_RULES);
  const validate = async () => runner.run((await readRegulationFile(file)).model);
  const readOnly = async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
  };
  const r = await ratio(validate, readOnly, 7, 2);
  return [
    { name: `validate, ${rows} rows`, value: r.candidateMs, unit: 'ms' },
    { name: `exceljs read alone, ${rows} rows`, value: r.baselineMs, unit: 'ms' },
    {
      name: `validate ÷ exceljs read, ${rows} rows`,
      value: r.ratio,
      unit: '×',
      baseline: 'exceljs readFile of the same file',
      target: '≤ 1.3',
      pass: r.ratio <= 1.3,
    },
  ];
}

/** Further cases register here as their commands land (track, batch, import, pane). */
export const CASES: Array<{ name: string; run: () => Promise<Figure[]> }> = [
  { name: 'rules-1000', run: () => rulesStage(1_000) },
  { name: 'rules-10000', run: () => rulesStage(10_000) },
  { name: 'validate-1000', run: () => validateVsRead(1_000) },
  { name: 'validate-10000', run: () => validateVsRead(10_000) },
  { name: 'track-10000', run: () => trackFigures(10_000) },
  { name: 'import-seed', run: async () => importFigures() },
  { name: 'pane', run: () => paneFigures() },
  { name: 'batch', run: () => batchFigures() },
  { name: 'roster', run: () => rosterFigures() },
  { name: 'hostile', run: () => hostileFigures() },
  { name: 'export', run: () => exportFigures(1_000) },
  { name: 'round-trip', run: () => roundTripFigures(1_000) },
  { name: 'patterns', run: () => patternFigures() },
  { name: 'report', run: () => reportFigures(1_000) },
  { name: 'diff-1000', run: () => diffFigures(1_000) },
  { name: 'verify', run: () => verifyFigures(100) },
  { name: 'pdf-import', run: () => pdfFigures() },
  { name: 'batch-documents', run: () => batchDocumentFigures(40) },
];

export async function main(filter?: string): Promise<void> {
  const figures: Figure[] = [];
  for (const c of CASES) {
    if (filter && !c.name.includes(filter)) continue;
    process.stderr.write(`bench: ${c.name}…\n`);
    figures.push(...(await c.run()));
  }
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${round(os.totalmem() / 2 ** 30, 0)} GiB, Node ${process.version}`;
  const out = path.join(__dirname, '..', '..', 'bench', 'results.json');
  writeFileSync(
    out,
    JSON.stringify(
      { machine, date: new Date().toISOString(), figures: figures.map((f) => ({ ...f, value: round(f.value, 3) })) },
      null,
      2,
    ) + '\n',
  );
  process.stdout.write(`${table(figures)}\n\nMachine: ${machine}\nWritten: bench/results.json\n`);
}

if (require.main === module) {
  main(process.argv[2]).catch((e) => {
    process.stderr.write(`bench failed: ${(e as Error).stack}\n`);
    process.exitCode = 1;
  });
}
