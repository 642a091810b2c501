// The built CLI in a child process, as a user runs it: real exit codes, real signals, and the
// child's own peak memory (maxRSS, read by a preload script at exit) and wall time.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from './cli';
import { HANG_GUARD_MS } from './hang-guard';

const ROOT = path.resolve(__dirname, '..', '..');
export const BIN = path.join(ROOT, 'bin', 'phoihop.js');
const ENTRY = path.join(ROOT, 'build', 'src', 'cli', 'main.js');

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** `npm test` compiles first; a lone `vitest run` of this file compiles when the build is stale. */
export function ensureBuilt(): void {
  if (existsSync(ENTRY) && statSync(ENTRY).mtimeMs >= newest(path.join(ROOT, 'src'))) return;
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(ROOT, 'tsconfig.json')], {
    cwd: ROOT,
    stdio: 'inherit',
  });
}

const preloadDir = tempDir('phoihop-preload-');
const PRELOAD = path.join(preloadDir, 'measure.js');
writeFileSync(
  PRELOAD,
  `const fs = require('fs');
const started = process.hrtime.bigint();
process.on('exit', () => {
  const file = process.env.PHOIHOP_MEASURE;
  if (!file) return;
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  fs.writeFileSync(file, JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS, ms }));
});
`,
);

export interface ChildResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Peak resident memory of the child, MB (null when it was killed before its exit handler). */
  peakMb: number | null;
  /** Wall time seen from outside, ms. */
  ms: number;
  /** Whether the test's own time limit had to kill it. */
  timedOut: boolean;
}

export interface ChildOptions {
  cwd?: string;
  timeoutMs?: number;
  /** Called once the child is running (to send it signals). */
  onSpawn?: (child: ChildProcess) => void;
  stdio?: 'pipe' | ['ignore', number, 'pipe'];
  env?: Record<string, string>;
}

let runs = 0;

export function runChild(args: string[], options: ChildOptions = {}): Promise<ChildResult> {
  const measure = path.join(preloadDir, `run-${process.pid}-${++runs}.json`);
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--require', PRELOAD, BIN, ...args], {
      cwd: options.cwd,
      env: { ...process.env, PHOIHOP_MEASURE: measure, NO_COLOR: '1', ...options.env },
      stdio: options.stdio ?? 'pipe',
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d) => (stdout += d));
    child.stderr?.on('data', (d) => (stderr += d));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs ?? HANG_GUARD_MS);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      let peakMb: number | null = null;
      if (existsSync(measure)) {
        peakMb = Math.round(JSON.parse(readFileSync(measure, 'utf8')).maxRssKb / 102.4) / 10;
        rmSync(measure);
      }
      resolve({ code, signal, stdout, stderr, peakMb, ms: Date.now() - started, timedOut });
    });
    options.onSpawn?.(child);
  });
}
