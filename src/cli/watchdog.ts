// A time budget for every single-file command. The readers are linear, but a budget is the
// promise that no input, however built, keeps a clerk's terminal busy: a thread that only
// sleeps wakes after the budget, prints one line and stops the run with SIGTERM (which removes
// any temporary file being written). It runs outside the main thread, so a blocked parse
// cannot keep it from firing; unref'd, it never keeps a finished run alive.
import { Worker } from 'node:worker_threads';
import { bilingual } from '../core/i18n';

/** Seconds, unless PHOIHOP_TIME_LIMIT says otherwise. */
export const DEFAULT_TIME_LIMIT_S = 120;

const SLEEPER = `
const { workerData } = require('node:worker_threads');
Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, workerData.ms);
require('node:fs').writeSync(2, workerData.line + '\\n');
process.kill(workerData.pid, 'SIGTERM');
`;

export function startWatchdog(command: string): void {
  const configured = Number(process.env.PHOIHOP_TIME_LIMIT);
  const seconds = Number.isFinite(configured) && configured > 0 ? configured : DEFAULT_TIME_LIMIT_S;
  const line = bilingual('cli.timeLimit', { command, seconds });
  const worker = new Worker(SLEEPER, { eval: true, workerData: { ms: seconds * 1000, line, pid: process.pid } });
  worker.unref();
}
