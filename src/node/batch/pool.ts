// A pool of worker threads over a list of paths. Each worker holds at most one workbook at a
// time and answers with a small summary, so memory depends on the number of workers, not on
// the number of files. A worker that crashes, runs out of memory or takes too long costs only
// the file it was on: that file gets a row saying so and a fresh worker takes its place.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { unreadableSummary } from '../../core/batch/inspect';
import type { FileSummary } from '../../core/batch/types';
import { inBoth, msg } from '../../core/i18n';
import type { Bilingual, RuleDefinition } from '../../core/rules/types';
import type { IsoDate } from '../../core/values';

export interface WorkerData {
  rules: RuleDefinition[];
  asOf: IsoDate;
  /** The warning period before a due date (default 30 days). */
  warnDays?: number;
  disseminationDays?: number;
  /** Only the task months of a report's period (`batch --period hk1`); the whole school year when absent. */
  periodMonths?: number[];
  maxFindings?: number;
  /** Check regulations sent as documents (batch --read-documents). */
  readDocuments?: boolean;
}

export interface WorkerRequest {
  id: number;
  file: string;
  display: string;
  rel: string;
}

export type WorkerResponse =
  | { id: number; summary: FileSummary; /** The PDF's text layer, when the worker read one. */ pdfText?: string }
  | { id: number; error: Bilingual };

export interface PoolTask {
  /** Path to read. */
  file: string;
  /** How messages name it. */
  display: string;
  /** Path inside the folder. */
  rel: string;
}

export interface PoolOptions {
  jobs: number;
  data: WorkerData;
  /** Per-file time limit; the worker is replaced when it is exceeded. Default 120 s. */
  timeoutMs?: number;
  /** V8 old-generation limit per worker: one bad file costs its own row, not the run. Default 384 MB. */
  memoryLimitMb?: number;
  onProgress?: (done: number, total: number, last: string) => void;
  /** Filled with each PDF's text layer as a worker read it, by the file's path in the folder. */
  pdfTexts?: Map<string, string>;
}

export const DEFAULT_TIMEOUT_MS = 120_000;
export const DEFAULT_WORKER_MEMORY_MB = 384;

/**
 * The compiled worker sits beside this file. When running from the TypeScript sources (tests),
 * there is no worker.js: the worker then transpiles the sources on load with the TypeScript
 * compiler, module by module (a development-only path).
 */
function createWorker(data: WorkerData, memoryLimitMb: number): Worker {
  const options = { workerData: data, resourceLimits: { maxOldGenerationSizeMb: memoryLimitMb } };
  const compiled = path.join(__dirname, 'worker.js');
  if (existsSync(compiled)) return new Worker(compiled, options);
  const source = path.join(__dirname, 'worker.ts');
  const bootstrap = `
const fs = require('node:fs');
const ts = require(${JSON.stringify(require.resolve('typescript'))});
require.extensions['.ts'] = (module, filename) => {
  const out = ts.transpileModule(fs.readFileSync(filename, 'utf8'), {
    fileName: filename,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true, resolveJsonModule: true },
  });
  module._compile(out.outputText, filename);
};
require(${JSON.stringify(source)});
`;
  return new Worker(bootstrap, { ...options, eval: true });
}

/**
 * Paths sent ahead to each worker. A worker that has its next path queued never waits for the
 * main thread between files; on two busy cores that wait was a tenth of each worker's time.
 */
const PATHS_AHEAD = 2;

interface Slot {
  worker: Worker;
  /** Paths sent and not yet answered, in the order the worker takes them: the first is in hand. */
  queue: Array<PoolTask & { id: number }>;
  timer: NodeJS.Timeout | null;
  dead: boolean;
}

export function runPool(tasks: PoolTask[], options: PoolOptions): Promise<FileSummary[]> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const memoryLimitMb = options.memoryLimitMb ?? DEFAULT_WORKER_MEMORY_MB;
  const results: FileSummary[] = [];
  const slots = new Set<Slot>();
  let next = 0;
  // Paths a lost worker had queued behind the file that cost it: they go out again first.
  const returned: Array<PoolTask & { id: number }> = [];
  let finished = 0;
  // Workers that died before ever answering, while none has answered yet: a broken installation, not a bad file.
  let failuresBeforeAnyAnswer = 0;
  let anyAnswer = false;

  return new Promise<FileSummary[]>((resolve, reject) => {
    if (tasks.length === 0) return resolve(results);
    let settled = false;

    const shutdown = async () => {
      const workers = [...slots].map((s) => s.worker);
      slots.clear();
      await Promise.all(workers.map((w) => w.terminate().catch(() => undefined)));
    };
    const fail = (e: unknown) => {
      if (settled) return;
      settled = true;
      void shutdown().then(() => reject(e));
    };
    const pending = () => returned.length + (tasks.length - next);
    const take = (): PoolTask & { id: number } => {
      if (returned.length > 0) return returned.shift()!;
      const id = next++;
      return { ...tasks[id], id };
    };

    /** The per-file time limit runs for the file the worker has in hand. */
    const arm = (slot: Slot) => {
      if (slot.timer) clearTimeout(slot.timer);
      slot.timer = slot.queue.length > 0 ? setTimeout(() => onTimeout(slot), timeoutMs) : null;
    };

    const feed = (slot: Slot) => {
      if (settled || slot.dead) return;
      if (slot.queue.length === 0 && pending() === 0) {
        // Nothing left for this worker.
        slots.delete(slot);
        slot.dead = true;
        void slot.worker.terminate();
        return;
      }
      while (slot.queue.length < PATHS_AHEAD && pending() > 0) {
        const task = take();
        slot.queue.push(task);
        if (slot.queue.length === 1) arm(slot);
        const request: WorkerRequest = { id: task.id, file: task.file, display: task.display, rel: task.rel };
        slot.worker.postMessage(request);
      }
    };

    const complete = (summary: FileSummary) => {
      results.push(summary);
      finished++;
      options.onProgress?.(finished, tasks.length, summary.path);
      if (finished === tasks.length) {
        settled = true;
        // A worker's heap takes a while to tear down (tens of ms after hundreds of files): the
        // report need not wait for it.
        void shutdown();
        resolve(results);
      }
    };

    /** The worker is gone: its file gets a row saying why, its queued paths go back, and a fresh worker carries on. */
    const replace = (slot: Slot, problem: (display: string) => Bilingual, crash = false) => {
      if (slot.dead) return;
      slot.dead = true;
      slots.delete(slot);
      if (slot.timer) clearTimeout(slot.timer);
      const [task, ...queued] = slot.queue;
      slot.queue = [];
      if (!task) return fail(new Error('batch worker stopped before taking a file'));
      if (crash && !anyAnswer && ++failuresBeforeAnyAnswer >= 3) return fail(new Error(problem(task.display).en));
      returned.unshift(...queued);
      const summary = unreadableSummary(task.display, problem(task.display));
      summary.path = task.rel;
      complete(summary);
      if (!settled && pending() > 0) start();
    };

    const onTimeout = (slot: Slot) => {
      void slot.worker.terminate();
      replace(slot, (file) => inBoth('batch.timeout', { file, seconds: Math.round(timeoutMs / 1000) }));
    };

    const start = () => {
      let worker: Worker;
      try {
        worker = createWorker(options.data, memoryLimitMb);
      } catch (e) {
        return fail(e);
      }
      const slot: Slot = { worker, queue: [], timer: null, dead: false };
      slots.add(slot);
      worker.on('message', (response: WorkerResponse) => {
        const task = slot.queue[0];
        if (slot.dead || !task || response.id !== task.id) return;
        anyAnswer = true;
        slot.queue.shift();
        arm(slot);
        let summary: FileSummary;
        if ('summary' in response) {
          summary = response.summary;
          if (response.pdfText !== undefined) options.pdfTexts?.set(task.rel, response.pdfText);
        } else {
          summary = unreadableSummary(task.display, response.error);
          summary.path = task.rel;
        }
        complete(summary);
        feed(slot);
      });
      worker.on('error', (e: Error & { code?: string }) => {
        if (e.code === 'ERR_WORKER_OUT_OF_MEMORY')
          replace(slot, (file) => inBoth('batch.outOfMemory', { file, limit: memoryLimitMb }));
        else
          replace(
            slot,
            (file) => inBoth('batch.workerFailed', { file, detail: msg('detail.unexpected', {}, e.message) }),
            true,
          );
      });
      worker.on('exit', (code) => {
        if (!slot.dead && !settled)
          replace(
            slot,
            (file) => inBoth('batch.workerFailed', { file, detail: msg('detail.workerExit', { code }) }),
            true,
          );
      });
      feed(slot);
    };

    const count = Math.max(1, Math.min(options.jobs, tasks.length));
    for (let i = 0; i < count; i++) start();
  });
}
