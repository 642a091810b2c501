// One batch measurement in a fresh process, so its memory figure holds nothing else.
import { measureBatch } from '../src/node/batch/measure';

measureBatch(process.argv[2], Number(process.argv[3]), { asOf: '2026-11-23' })
  .then((m) => process.stdout.write(JSON.stringify(m)))
  .catch((e) => {
    process.stderr.write(String((e as Error).stack));
    process.exitCode = 1;
  });
