// A small benchmark harness: warm-up, repeated runs, medians, ratios against a baseline measured
// in the same process, and one JSON entry per figure.
import { performance } from 'node:perf_hooks';

export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** The baseline a ratio was measured against, side by side in the same run. */
  baseline?: string;
  target?: string;
  pass?: boolean;
  note?: string;
}

export async function timeMedian(fn: () => unknown | Promise<unknown>, runs = 5, warmup = 1): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** Alternate candidate and baseline runs so drift on a shared machine hits both alike. */
export async function ratio(
  candidate: () => unknown | Promise<unknown>,
  baseline: () => unknown | Promise<unknown>,
  runs = 7,
  warmup = 5,
): Promise<{ candidateMs: number; baselineMs: number; ratio: number }> {
  for (let i = 0; i < warmup; i++) {
    await candidate();
    await baseline();
  }
  const c: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    await baseline();
    b.push(performance.now() - t0);
    t0 = performance.now();
    await candidate();
    c.push(performance.now() - t0);
  }
  const med = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  const candidateMs = med(c);
  const baselineMs = med(b);
  return { candidateMs, baselineMs, ratio: candidateMs / baselineMs };
}

export const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

export function table(figures: Figure[]): string {
  const rows = figures.map((f) => [
    f.name,
    `${round(f.value)} ${f.unit}`,
    f.baseline ?? '',
    f.target ?? '',
    f.pass === undefined ? '' : f.pass ? 'yes' : 'NO',
  ]);
  const head = ['figure', 'value', 'baseline', 'target', 'met'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}
