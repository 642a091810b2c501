// The figures of the other commands: track, import, the pane. Each measures against a baseline
// run side by side in the same process, or in a fresh child process where start-up matters.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { importText } from '../src/core/import';
import { readWorkbook } from '../src/core/read-workbook';
import { DEFAULT_CALENDAR } from '../src/core/tracking-book/calendar';
import { buildTrackingSpec } from '../src/core/tracking/spec';
import { readGridsFromExcel, type ExcelRun } from '../src/office/read-grids';
import type { BatchMeasurement } from '../src/node/batch/measure';
import { gridsFromWorkbook, loadWorkbook } from '../src/xlsx/read-grids';
import { writeRegulationWorkbook } from '../src/xlsx/write-regulation';
import { writeTrackingWorkbook } from '../src/xlsx/write-tracking';
import { bigContent, fakeFromGrids, gridsOf, xlsxOf } from '../test/office/workbooks';
import { largeContent } from './generate';
import { ratio, type Figure } from './harness';

export const ROOT = path.join(__dirname, '..', '..');
export const TMP = path.join(ROOT, 'bench', 'tmp');

/** Peak resident memory of a command run in a fresh process, in MB. */
export function peakRssMb(args: string[]): number {
  const hook = path.join(TMP, 'rss-hook.js');
  writeFileSync(
    hook,
    "process.on('exit', () => process.stderr.write(`\\nPEAK_RSS_KB=${process.resourceUsage().maxRSS}\\n`));\n",
  );
  const run = spawnSync(process.execPath, ['-r', hook, path.join(ROOT, 'bin', 'phoihop.js'), ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const m = /PEAK_RSS_KB=(\d+)/.exec(String(run.stderr));
  if (!m) throw new Error(`no memory figure from phoihop ${args.join(' ')}: ${run.stderr}`);
  return Number(m[1]) / 1024;
}

function runQuiet(args: string[]): string {
  try {
    return execFileSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
  } catch (e) {
    return String((e as { stdout?: Buffer }).stdout ?? '');
  }
}

export async function trackFigures(rows: number): Promise<Figure[]> {
  mkdirSync(TMP, { recursive: true });
  // The benchmark's workbook carries a few defects on purpose; the tracked copy has none.
  const content = largeContent(rows);
  const clauses = new Set(content.blocks.clauses!.map((c) => c.id));
  content.blocks.responsibilities = content.blocks.responsibilities!.map((r) => ({
    ...r,
    lead: r.lead === 'ZZ' ? 'NT' : r.lead,
    support: String(r.support).replace('QQ', 'CDTN'),
    cadence: r.cadence || 'Hàng tháng',
    clauseId: clauses.has(String(r.clauseId)) ? r.clauseId : 'D1',
  }));
  const file = path.join(TMP, `track-${rows}.xlsx`);
  writeFileSync(file, await writeRegulationWorkbook(content));
  const model = readWorkbook(gridsFromWorkbook(await loadWorkbook(readFileSync(file))));
  const out = path.join(TMP, `track-${rows}-out.xlsx`);
  const plain = path.join(TMP, `track-${rows}-plain.xlsx`);
  const generate = async () => {
    const spec = buildTrackingSpec(model, { calendar: DEFAULT_CALENDAR, generator: 'bench' });
    writeFileSync(out, await writeTrackingWorkbook(spec));
  };
  // Baseline: exceljs's streaming writer emitting the same cells plain (no styles, no formulas).
  const spec = buildTrackingSpec(model, { calendar: DEFAULT_CALENDAR, generator: 'bench' });
  const streamPlain = async () => {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: plain, useStyles: false, useSharedStrings: false });
    const ws = wb.addWorksheet('Theo dõi');
    ws.addRow([
      'STT',
      'Mã điều khoản',
      'Nhiệm vụ',
      'Chủ trì',
      'Phối hợp',
      'Chu kỳ',
      'T9',
      'T10',
      'T11',
      'T12',
      'T1',
      'T2',
      'T3',
      'T4',
      'T5',
      'T6',
      'T7',
      'T8',
      'Tỷ lệ hoàn thành',
      'Minh chứng',
      'Ghi chú',
    ]).commit();
    for (const r of spec.rows) {
      const months = Array.from({ length: 12 }, (_, i) => ((r.dueMask & (1 << i)) !== 0 ? '○ Cần làm' : null));
      ws.addRow([r.no, r.clauseId, r.task, r.lead, r.support, r.cadence, ...months, 0, r.evidence, r.note]).commit();
    }
    ws.commit();
    await wb.commit();
  };
  const r = await ratio(generate, streamPlain, 5, 2);
  const rss = peakRssMb(['track', file, '-o', path.join(TMP, `track-${rows}-cli.xlsx`)]);
  return [
    { name: `track, ${rows} rows`, value: r.candidateMs, unit: 'ms' },
    { name: `exceljs streaming writer, same cells plain, ${rows} rows`, value: r.baselineMs, unit: 'ms' },
    {
      name: `track ÷ streaming writer, ${rows} rows`,
      value: r.ratio,
      unit: '×',
      baseline: 'exceljs stream.xlsx.WorkbookWriter, same cells plain',
      target: '≤ 2',
      pass: r.ratio <= 2,
    },
    {
      name: `phoihop track peak memory, ${rows} rows`,
      value: rss,
      unit: 'MB',
      target: '≤ 200',
      pass: rss <= 200,
      note: 'whole command, fresh process (maxRSS)',
    },
  ];
}

/** import of one document in a fresh process: the first import after start-up, and the second. */
export function importFigures(): Figure[] {
  const seeds = path.join(ROOT, '..', 'shared', 'seeds');
  const doc = existsSync(seeds)
    ? path.join(seeds, '004_a0521116b7499561.txt')
    : path.join(ROOT, 'test', 'import', 'fixtures', 'sample.txt');
  if (!existsSync(doc)) return [{ name: 'import of one seed', value: NaN, unit: 'ms', note: 'no seed document here' }];
  mkdirSync(TMP, { recursive: true });
  const script = path.join(TMP, 'import-child.js');
  writeFileSync(
    script,
    `const { performance } = require('node:perf_hooks');
const fs = require('node:fs');
const { importText } = require(${JSON.stringify(path.join(ROOT, 'build', 'src', 'core', 'import', 'index.js'))});
const { readDocumentBytes } = require(${JSON.stringify(path.join(ROOT, 'build', 'src', 'docx', 'read-document.js'))});
const { writeRegulationWorkbook } = require(${JSON.stringify(path.join(ROOT, 'build', 'src', 'xlsx', 'write-regulation.js'))});
(async () => {
  const out = {};
  for (const k of ['first', 'second']) {
    const t0 = performance.now();
    const doc = await readDocumentBytes(new Uint8Array(fs.readFileSync(process.argv[2])), process.argv[2]);
    const { content } = importText(doc.text, { conversions: doc.conversions });
    const t1 = performance.now();
    await writeRegulationWorkbook(content);
    out[k] = { read: t1 - t0, withWorkbook: performance.now() - t0 };
  }
  process.stdout.write(JSON.stringify(out));
})();
`,
  );
  const runs = Array.from(
    { length: 5 },
    () => JSON.parse(runQuiet([script, doc])) as Record<'first' | 'second', { read: number; withWorkbook: number }>,
  );
  const med = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const first = med(runs.map((r) => r.first.read));
  return [
    {
      name: 'import of one seed (read + clean + parse), first after start-up',
      value: first,
      unit: 'ms',
      target: '< 100',
      pass: first < 100,
      note: path.basename(doc),
    },
    {
      name: 'import of one seed including the .xlsx write, first after start-up',
      value: med(runs.map((r) => r.first.withWorkbook)),
      unit: 'ms',
      note: 'exceljs writer, cold',
    },
    {
      name: 'import of one seed including the .xlsx write, second',
      value: med(runs.map((r) => r.second.withWorkbook)),
      unit: 'ms',
    },
    tableScalingFigure(),
  ];
}

/** A plan's table of tasks read in linear time: 4,000 rows against 1,000 in the same run (≈ 4 when linear). */
export function tableScalingFigure(): Figure {
  const plan = (rows: number) =>
    'KẾ HOẠCH PHỐI HỢP GIỮA NHÀ TRƯỜNG VÀ CÔNG ĐOÀN\nI. NỘI DUNG\n| TT | Thời gian | Nội dung | Người thực hiện |\n' +
    Array.from(
      { length: rows },
      (_, i) => `| ${(i % 99) + 1} | Tháng ${(i % 12) + 1} | Công đoàn phối hợp tổ chức việc ${i}. | BGH, Công đoàn |`,
    ).join('\n');
  const time = (text: string) => {
    const t0 = performance.now();
    importText(text);
    return performance.now() - t0;
  };
  const small = plan(1_000);
  const large = plan(4_000);
  time(small);
  const med = (f: () => number) => [f(), f(), f()].sort((a, b) => a - b)[1];
  const ratio = med(() => time(large)) / med(() => time(small));
  return {
    name: "import of a plan's table of tasks, 4,000 rows against 1,000",
    value: ratio,
    unit: '×',
    baseline: '1,000 rows, same run',
    target: '< 6 (4 when linear)',
    pass: ratio < 6,
  };
}

export async function paneFigures(): Promise<Figure[]> {
  const syncs: number[] = [];
  for (const rows of [10, 10_000]) {
    const fake = fakeFromGrids(await gridsOf(await xlsxOf(bigContent(rows))));
    const { stats } = await readGridsFromExcel(fake.run as unknown as ExcelRun);
    syncs.push(stats.syncs);
  }
  const figures: Figure[] = [
    {
      name: 'pane: context.sync per check, 10 rows',
      value: syncs[0],
      unit: 'syncs',
      target: '≤ 3',
      pass: syncs[0] <= 3,
    },
    {
      name: 'pane: context.sync per check, 10,000 rows',
      value: syncs[1],
      unit: 'syncs',
      baseline: '10 rows',
      target: 'equal, ≤ 3',
      pass: syncs[1] === syncs[0] && syncs[1] <= 3,
    },
  ];
  const dist = path.join(ROOT, 'dist');
  if (!existsSync(path.join(dist, 'taskpane.html'))) {
    execFileSync('npx', ['webpack', '--mode', 'production'], { cwd: ROOT, stdio: 'ignore' });
  }
  const html = readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
  const local = [...html.matchAll(/(?:src|href)="([^"?]+\.(?:js|css))(?:\?[^"]*)?"/g)]
    .map((m) => m[1])
    .filter((u) => !/^https?:/.test(u));
  const gz =
    [path.join(dist, 'taskpane.html'), ...local.map((u) => path.join(dist, u.replace(/^\.?\//, '')))].reduce(
      (n, f) => n + gzipSync(readFileSync(f), { level: 9 }).length,
      0,
    ) / 1024;
  figures.push({
    name: 'pane: scripts loaded before any user action',
    value: gz,
    unit: 'KB gzip',
    target: '≤ 150',
    pass: gz <= 150,
    note: ['taskpane.html', ...local].join(', '),
  });
  return figures;
}

/**
 * batch over generated school folders: 1 against 2 workers at 500 schools (the target) and at
 * 2,000 (start-up and JIT warm-up spread thinner); peak memory at 500, 1,000 and 2,000.
 */
export async function batchFigures(): Promise<Figure[]> {
  const { writeSchoolFolder } = await import('../test/helpers/school-workbooks');
  const measure = (folder: string, jobs: number, v8Flags: string[] = []) => {
    const out = execFileSync(
      process.execPath,
      ['--expose-gc', ...v8Flags, path.join(ROOT, 'build', 'bench', 'batch-child.js'), folder, String(jobs)],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    return JSON.parse(String(out)) as BatchMeasurement;
  };
  const folders: Record<number, string> = {};
  for (const schools of [500, 1000, 2000]) {
    const dir = path.join(TMP, `batch-${schools}`);
    if (!existsSync(path.join(dir, '.complete'))) {
      mkdirSync(dir, { recursive: true });
      await writeSchoolFolder(dir, { schools });
      writeFileSync(path.join(dir, '.complete'), '');
    }
    folders[schools] = dir;
  }
  // Alternate 1 and 2 workers and keep the best of two each, on a shared machine.
  const bestOf = (folder: string, jobs: number, v8Flags: string[] = []) =>
    [measure(folder, jobs, v8Flags), measure(folder, jobs, v8Flags)].sort(
      (a, b) => b.filesPerSecond - a.filesPerSecond,
    )[0];
  const one = bestOf(folders[500], 1);
  const two = bestOf(folders[500], 2);
  if (one.errors !== two.errors) throw new Error('1 and 2 workers disagree on the error count');
  const speedup = two.filesPerSecond / one.filesPerSecond;
  // No way of splitting the 1-worker run's work over two cores beats 2 x its wall time / its CPU
  // time: V8's compiler and GC threads already keep part of the second core busy.
  const ceiling = (2 * one.seconds) / one.cpuSeconds;
  // The same runs with V8's optimizing compiler off: what the pool itself scales to.
  const noTurbofan = ['--max-opt=1'];
  const oneInterpreted = bestOf(folders[500], 1, noTurbofan);
  const twoInterpreted = bestOf(folders[500], 2, noTurbofan);
  const speedupInterpreted = twoInterpreted.filesPerSecond / oneInterpreted.filesPerSecond;
  const oneLarge = bestOf(folders[2000], 1);
  const twoLarge = bestOf(folders[2000], 2);
  const speedupLarge = twoLarge.filesPerSecond / oneLarge.filesPerSecond;
  const middle = measure(folders[1000], 2);
  // Each worker's V8 heap grows to its working size over its first few hundred files; after
  // that the report's summaries (about 1 KB a file) are all that should grow.
  const perFileKb = ((twoLarge.peakRssMb - middle.peakRssMb) * 1024) / (twoLarge.files - middle.files);
  const outside = (m: BatchMeasurement) => Math.round((m.cpuSeconds - m.fileSeconds) * 1000) / 1000;
  return [
    {
      name: 'batch, 500 workbooks, 1 worker',
      value: one.filesPerSecond,
      unit: 'files/s',
      note: `${one.seconds} s, peak ${one.peakRssMb} MB`,
    },
    {
      name: 'batch, 500 workbooks, 2 workers',
      value: two.filesPerSecond,
      unit: 'files/s',
      note: `${two.seconds} s, peak ${two.peakRssMb} MB`,
    },
    {
      name: 'batch speed-up, 2 workers ÷ 1 worker',
      value: speedup,
      unit: '×',
      baseline: 'same run on 1 worker',
      target: '≥ 1.7',
      pass: speedup >= 1.7,
    },
    // Why the speed-up stops short: CPU that does not split across workers. Each worker starts
    // Node, loads the modules and has V8 compile the same hot code again; with one worker that
    // compiling runs on the idle second core, with two it takes turns with the files.
    {
      name: 'batch CPU outside the files (start-up, JIT, GC), 1 worker',
      value: outside(one),
      unit: 's',
      note: `${one.cpuSeconds} s CPU in all, ${one.fileSeconds} s inside files`,
    },
    {
      name: 'batch CPU outside the files (start-up, JIT, GC), 2 workers',
      value: outside(two),
      unit: 's',
      note: `${two.cpuSeconds} s CPU in all, ${two.fileSeconds} s inside files`,
    },
    {
      name: 'batch speed-up ceiling on 2 cores: 2 × wall ÷ CPU of the 1-worker run',
      value: ceiling,
      unit: '×',
      note: `${one.seconds} s wall, ${one.cpuSeconds} s CPU`,
    },
    {
      name: 'batch, 500 workbooks, without V8 optimizing compiler (--max-opt=1), 1 worker',
      value: oneInterpreted.filesPerSecond,
      unit: 'files/s',
      note: `${oneInterpreted.seconds} s`,
    },
    {
      name: 'batch, 500 workbooks, without V8 optimizing compiler (--max-opt=1), 2 workers',
      value: twoInterpreted.filesPerSecond,
      unit: 'files/s',
      note: `${twoInterpreted.seconds} s`,
    },
    {
      name: 'batch speed-up without V8 optimizing compiler',
      value: speedupInterpreted,
      unit: '×',
      baseline: 'same run on 1 worker, --max-opt=1',
    },
    {
      name: 'batch, 2,000 workbooks, 1 worker',
      value: oneLarge.filesPerSecond,
      unit: 'files/s',
      note: `${oneLarge.seconds} s; ${oneLarge.fileSeconds} s inside files`,
    },
    {
      name: 'batch, 2,000 workbooks, 2 workers',
      value: twoLarge.filesPerSecond,
      unit: 'files/s',
      note: `${twoLarge.seconds} s; ${twoLarge.fileSeconds} s inside files`,
    },
    { name: 'batch speed-up at 2,000 workbooks', value: speedupLarge, unit: '×', baseline: 'same run on 1 worker' },
    { name: 'batch peak memory, 500 workbooks', value: two.peakRssMb, unit: 'MB' },
    { name: 'batch peak memory, 1,000 workbooks', value: middle.peakRssMb, unit: 'MB' },
    { name: 'batch peak memory, 2,000 workbooks', value: twoLarge.peakRssMb, unit: 'MB' },
    {
      name: 'batch memory growth from 1,000 to 2,000 workbooks, per file',
      value: perFileKb,
      unit: 'KB',
      baseline: '1,000 workbooks',
      target: 'flat: ≤ 100 KB per file',
      pass: perFileKb <= 100,
    },
  ];
}

/**
 * batch over 2,000 workbooks with a roster of 3,000 schools against the same batch without one
 * (both rendering the CSV summary and the .xlsx report), alternated in fresh processes, best of three each.
 */
export async function rosterFigures(): Promise<Figure[]> {
  const { writeSchoolFolder, school } = await import('../test/helpers/school-workbooks');
  const dir = path.join(TMP, 'batch-2000');
  if (!existsSync(path.join(dir, '.complete'))) {
    mkdirSync(dir, { recursive: true });
    await writeSchoolFolder(dir, { schools: 2000 });
    writeFileSync(path.join(dir, '.complete'), '');
  }
  // The folder's 2,000 schools and 1,000 more that sent nothing, written the way offices write them.
  const roster = path.join(TMP, 'roster-3000.csv');
  const lines = ['Mã trường,Tên trường,Xã'];
  for (let i = 0; i < 3000; i++) {
    const s = school(i);
    lines.push(`T${i + 1},${i % 2 ? 'MN' : 'Trường Mầm non'} ${s.name},${s.commune}`);
  }
  writeFileSync(roster, `${lines.join('\r\n')}\r\n`);
  const measure = (withRoster: boolean) =>
    JSON.parse(
      String(
        execFileSync(
          process.execPath,
          [
            '--expose-gc',
            path.join(ROOT, 'build', 'bench', 'batch-child.js'),
            dir,
            '2',
            'csv',
            withRoster ? roster : '-',
          ],
          { stdio: ['ignore', 'pipe', 'inherit'] },
        ),
      ),
    ) as BatchMeasurement;
  const without: BatchMeasurement[] = [];
  const withIt: BatchMeasurement[] = [];
  for (let k = 0; k < 3; k++) {
    without.push(measure(false));
    withIt.push(measure(true));
  }
  const best = (list: BatchMeasurement[]) => list.sort((a, b) => a.seconds - b.seconds)[0];
  const a = best(without);
  const b = best(withIt);
  const r = b.seconds / a.seconds;
  return [
    { name: 'batch, 2,000 workbooks, CSV and .xlsx report, no roster', value: a.seconds, unit: 's' },
    { name: 'batch, 2,000 workbooks, CSV and .xlsx report, roster of 3,000 schools', value: b.seconds, unit: 's' },
    {
      name: 'batch with a roster of 3,000 ÷ without',
      value: r,
      unit: '×',
      baseline: 'same batch without --roster',
      target: '≤ 1.1',
      pass: r <= 1.1,
    },
  ];
}
