// One batch measurement in a fresh process, so its memory figure holds nothing else.
import { measureBatch } from '../src/node/batch/measure';

// argv: folder, jobs, and for the roster case `csv` and the roster file (or `-` for none); for the
// documents case `documents` last (documents read, as batch does by default).
const [, , folder, jobs, csv, roster, documents] = process.argv;
measureBatch(folder, Number(jobs), {
  asOf: '2026-11-23',
  csv: csv === 'csv',
  roster: roster && roster !== '-' ? roster : undefined,
  documents: documents === 'documents',
})
  .then((m) => process.stdout.write(JSON.stringify(m)))
  .catch((e) => {
    process.stderr.write(String((e as Error).stack));
    process.exitCode = 1;
  });
