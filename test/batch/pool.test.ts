// The worker pool: the same report with 1 or 2 workers, a file that takes too long or needs
// too much memory costs only its own row, and the progress bar on a terminal.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BatchReport } from '../../src/core/batch/report';
import { BUILTIN_RULES } from '../../src/core/rules/builtin-rules';
import { main } from '../../src/cli/main';
import { createProgressReporter, renderProgress } from '../../src/node/batch/progress-bar';
import { runBatch } from '../../src/node/batch/run-batch';
import { tempDir } from '../helpers/cli';
import { foreignBytes, writeSchoolFolder } from '../helpers/school-workbooks';

const AS_OF = '2026-03-05';
const folder = tempDir('phoihop-pool-');

beforeAll(async () => {
  await writeSchoolFolder(folder, { schools: 6, tracking: { filledThrough: '2026-02-28', done: 8, notDone: 1 } });
  writeFileSync(path.join(folder, 'la.xlsx'), await foreignBytes());
});

const strip = (r: BatchReport) => JSON.parse(JSON.stringify(r)) as BatchReport;

describe('batch worker pool', () => {
  it('gives the same report with one worker and with two', async () => {
    const one = await runBatch({ folder, rules: BUILTIN_RULES, asOf: AS_OF, jobs: 1 });
    const two = await runBatch({ folder, rules: BUILTIN_RULES, asOf: AS_OF, jobs: 2 });
    expect(one.report.totals.files).toBe(13);
    expect(new Set(two.summaries.map((s) => s.path)).size).toBe(13);
    expect(strip(two.report)).toEqual(strip(one.report));
    // Summaries are small: no grids, no models, just what the report needs.
    for (const s of two.summaries) expect(JSON.stringify(s).length).toBeLessThan(20_000);
  });

  it('reports progress once per file, up to the total', async () => {
    const seen: Array<[number, number]> = [];
    let listed = -1;
    await runBatch({
      folder,
      rules: BUILTIN_RULES,
      asOf: AS_OF,
      jobs: 2,
      onListed: (n) => (listed = n),
      onProgress: (done, total) => seen.push([done, total]),
    });
    expect(listed).toBe(13);
    expect(seen.map(([d]) => d)).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
    expect(seen.every(([, t]) => t === 13)).toBe(true);
  });

  it('a file over the time limit gets a row saying so; the run finishes and fresh workers carry on', async () => {
    const { report } = await runBatch({ folder, rules: BUILTIN_RULES, asOf: AS_OF, jobs: 2, timeoutMs: 1 });
    expect(report.totals.files).toBe(13);
    // Paths queued behind a file that timed out go to the fresh worker: none lost, none twice.
    expect(new Set(report.rows.map((r) => r.path)).size).toBe(13);
    for (const row of report.rows) {
      expect(row.kind).toBe('unreadable');
      expect(row.problem?.vi).toMatch(/xử lý quá 0 giây nên đã bị bỏ qua/);
      expect(row.problem?.vi).toContain(path.join(folder, ...row.path.split('/')));
    }
  });

  it('a worker that runs out of memory costs only its file', async () => {
    const { report } = await runBatch({ folder, rules: BUILTIN_RULES, asOf: AS_OF, jobs: 2, memoryLimitMb: 4 });
    expect(report.totals.files).toBe(13);
    expect(
      report.rows.every(
        (r) => r.kind === 'unreadable' && /cần quá nhiều bộ nhớ \(giới hạn 4 MB/.test(r.problem?.vi ?? ''),
      ),
    ).toBe(true);
  });
});

describe('progress bar', () => {
  it('draws a bar with count, speed and time left', () => {
    expect(renderProgress('vi', 50, 200, 10_000, 10)).toBe(
      '██░░░░░░░░  25% 50/200 tệp · 5 tệp/giây · còn khoảng 30 giây',
    );
    expect(renderProgress('en', 200, 200, 8_000, 4)).toBe('████ 100% 200/200 files · 25 files/s · about 0 s left');
  });

  it('redraws at most every interval, always draws the last file, and erases itself', () => {
    let now = 0;
    const out: string[] = [];
    const p = createProgressReporter((s) => out.push(s), 'vi', { enabled: true, intervalMs: 100, now: () => now });
    p.update(1, 3);
    now = 50;
    p.update(2, 3);
    now = 60;
    p.update(3, 3);
    p.finish();
    expect(out).toHaveLength(3);
    expect(out[0]).toMatch(/^\r\u001b\[2K.*1\/3 tệp/);
    expect(out[1]).toMatch(/3\/3 tệp/);
    expect(out[2]).toBe('\r\u001b[2K');
    const off: string[] = [];
    const q = createProgressReporter((s) => off.push(s), 'vi', { enabled: false });
    q.update(1, 1);
    q.finish();
    expect(off).toEqual([]);
  });

  it('shows on stderr when the CLI runs on a terminal, and never on stdout', async () => {
    let stdout = '';
    let stderr = '';
    const code = await main(['batch', folder, '--format', 'json', '--as-of', AS_OF], {
      out: (t) => (stdout += t),
      err: (t) => (stderr += t),
      isTTY: false,
      progress: true,
    });
    expect(code).toBe(1); // school 4 of the folder is the invalid variant
    expect(stderr).toMatch(/\r\u001b\[2K█*░* +\d+% 13\/13 tệp/);
    expect(stderr.endsWith('\r\u001b[2K')).toBe(true);
    expect(JSON.parse(stdout).summary.files).toBe(13);
  });
});
