// A batch worker thread: gets one path at a time, reads and checks that workbook, and posts back
// its small summary. The workbook is dropped before the next path arrives.
import { parentPort, workerData } from 'node:worker_threads';
import { createRuleRunner } from '../../core/rules/run-rules';
import { failure, inspectFile } from './inspect-file';
import type { WorkerData, WorkerRequest, WorkerResponse } from './pool';

const data = workerData as WorkerData;
const runner = createRuleRunner(data.rules);

parentPort!.on('message', async (request: WorkerRequest) => {
  let response: WorkerResponse;
  try {
    const summary = await inspectFile(request.file, request.display, request.rel, { runner, asOf: data.asOf, maxFindings: data.maxFindings });
    response = { id: request.id, summary };
  } catch (e) {
    response = { id: request.id, error: failure(request.display, e) };
  }
  parentPort!.postMessage(response);
});
