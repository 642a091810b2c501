// A batch worker thread: takes paths in the order they arrive, one workbook at a time, and
// posts back each one's small summary. The workbook is dropped before the next path is read.
import { parentPort, workerData } from 'node:worker_threads';
// An office's patterns arrive here already merged: this thread needs the linear matcher too.
import '../../core/rules/linear-patterns';
import { DEFAULT_WARN_DAYS } from '../../core/deadline';
import { createRuleRunner } from '../../core/rules/run-rules';
import { failure, inspectFile } from './inspect-file';
import type { WorkerData, WorkerRequest, WorkerResponse } from './pool';

const data = workerData as WorkerData;
const warnDays = data.warnDays ?? DEFAULT_WARN_DAYS;
const disseminationDays = data.disseminationDays;
const runner = createRuleRunner(data.rules, { asOf: data.asOf, warnDays, disseminationDays });

async function answer(request: WorkerRequest): Promise<void> {
  let response: WorkerResponse;
  let pdfText: string | undefined;
  try {
    const summary = await inspectFile(request.file, request.display, request.rel, {
      runner,
      asOf: data.asOf,
      warnDays,
      disseminationDays,
      periodMonths: data.periodMonths,
      maxFindings: data.maxFindings,
      readDocuments: data.readDocuments,
      onPdfText: (text) => (pdfText = text),
    });
    response = { id: request.id, summary, ...(pdfText !== undefined ? { pdfText } : {}) };
  } catch (e) {
    response = { id: request.id, error: failure(request.display, e) };
  }
  parentPort!.postMessage(response);
}

// Paths queue up behind the one in hand (the pool sends the next ahead); the chain keeps them
// strictly one after another, so the pool always knows which file a worker is on.
let chain: Promise<void> = Promise.resolve();
parentPort!.on('message', (request: WorkerRequest) => {
  chain = chain.then(() => answer(request));
});
