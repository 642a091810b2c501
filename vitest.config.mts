import { configDefaults, defineConfig } from 'vitest/config';

// The hang guard of test/helpers/hang-guard.ts, written out: Vite loads this file natively and
// cannot import TypeScript from it (test/helpers/lanes.test.ts holds the two equal).
export const HANG_GUARD_MS = 600_000;

// Two lanes. `npm test` runs both; `npm run test:fast` runs only the first (unit tests, in-process).
// The slow lane holds every test that starts a child process, and the batch runs over folders.
// The fast lane's setup file (test/helpers/fast-lane.ts) fails any test there that starts a child
// process, so a new heavy test cannot slip into it unnoticed: its message says to list it here.
export const SLOW_TESTS = [
  // LibreOffice, Chromium, pdftotext, or the built CLI run in a process of its own.
  'test/batch/html.test.ts',
  'test/batch/readable.test.ts',
  'test/cli/launcher.test.ts',
  'test/cli/outputs.test.ts',
  'test/export/libreoffice.test.ts',
  'test/report/libreoffice.test.ts',
  'test/report/table-grid.test.ts',
  'test/export/readers.test.ts',
  'test/hostile/hostile.test.ts',
  'test/import/word-files.test.ts',
  'test/import/doc-files.test.ts',
  'test/pane/pane.browser.test.ts',
  'test/pane/year-documents.browser.test.ts',
  'test/setup/install.test.ts',
  'test/tracking/libreoffice.test.ts',
  'test/tracking/month-view.test.ts',
  'test/xlsx/lean-read.test.ts',
  'test/xlsx/regulation-print.test.ts',
  'test/chain/chain.test.ts',
  'test/diff/diff-cli.test.ts',
  'test/chain/other-programs.test.ts',
  'test/chain/other-programs-all.test.ts',
  // The chain over every seed and corpus document again, renewed twice each (issue 26): in process, but long.
  'test/chain/renew-replaces.test.ts',
  'test/cli/renew-sentences.test.ts',
  'test/export/pdf-interrupt.test.ts',
  'test/export/print-layout.test.ts',
  'test/export/keep-together.test.ts',
  'test/hostile/injection.test.ts',
  'test/hostile/resources.test.ts',
  'test/node/exclusive.test.ts',
  'test/ooxml/office-files.test.ts',
  'test/xlsx/other-programs.test.ts',
  'test/xlsx/regulation-writer.test.ts',
  'test/xlsx/underscore-escape.test.ts',
  // pdftoppm and tesseract read a scanned PDF through OCR (issue 28).
  'test/import/scanned-pdf.test.ts',
  // PDFs made by LibreOffice from .docx, read back (issue 28).
  'test/pdf/round-trip.test.ts',
  'test/pdf/corpus.test.ts',
  'test/pdf/hostile.test.ts',
  'test/pane/pdf.browser.test.ts',
  // python-docx and the OOXML checker read the report made from the Excel fake's grids.
  'test/office/tracking-report.test.ts',
  // Batch runs over folders of workbooks: each worker thread compiles the sources with TypeScript
  // as it starts (no build/ in tests), some 60 % of the fast lane's time when they were in it.
  'test/batch/batch-cli.test.ts',
  'test/batch/dissemination.test.ts',
  'test/batch/due.test.ts',
  'test/batch/pool.test.ts',
  'test/batch/real-tracking.test.ts',
  'test/batch/roster.test.ts',
  'test/batch/signed-once.test.ts',
  'test/report/batch-period.test.ts',
  // LibreOffice exports the worked example to PDF; poppler's pdfsig checks the signatures.
  'test/verify/example.test.ts',
  'test/batch/documents.test.ts',
  // LibreOffice exports the worked example to PDF; batch joins signed copies, reads scans by OCR.
  'test/batch/signed-join.test.ts',
  'test/batch/scans.test.ts',
  // tesseract reads the scans of the exported examples beside their workbooks.
  'test/batch/scan-join.test.ts',
  // batch's worker pool over signed PDFs (the workers load the sources), and verify beside it.
  'test/batch/timestamps.test.ts',
];

export default defineConfig({
  test: {
    // Hang guards, not speed targets (test/helpers/hang-guard.ts); npm run bench measures speed.
    testTimeout: HANG_GUARD_MS,
    hookTimeout: HANG_GUARD_MS,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'fast',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...SLOW_TESTS],
          setupFiles: ['test/helpers/fast-lane.ts'],
          // Test files share their workers (a third of the time was each file importing exceljs and
          // the sources anew), so a unit test must leave no global state behind.
          isolate: false,
        },
      },
      { extends: true, test: { name: 'slow', include: SLOW_TESTS } },
    ],
  },
});
