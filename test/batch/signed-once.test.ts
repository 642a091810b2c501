// batch parses each signed PDF with pdf.js once: the worker that checks the PDF as a regulation
// hands its text layer on (inspectFile's onPdfText, carried back beside the summary), and the
// signed-copies step uses that text instead of reading the PDF again; without it (documents not
// read), the step reads the PDF itself and gives the same row.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES } from '../../src/core/rules/builtin-rules';
import { createRuleRunner } from '../../src/core/rules/run-rules';
import { inspectFile } from '../../src/node/batch/inspect-file';
import { runBatch } from '../../src/node/batch/run-batch';
import { attachSignedCopies } from '../../src/node/batch/signed-copies';
import { tempDir } from '../helpers/cli';
import { makeCa, makeSigner, signPdf, simplePdf } from '../helpers/sign-pdf';

const folder = tempDir('phoihop-batch-signed-once-');
const asOf = '2025-10-01' as never;
const runner = createRuleRunner(BUILTIN_RULES, { asOf, warnDays: 30 });

describe('batch reads a signed PDF once', () => {
  it('the worker gives its reading on; the signed-copies step takes it instead of reading again', async () => {
    const ca = makeCa({ name: 'VNPT Certification Authority Test', organisation: 'VNPT Group' });
    const pdf = await signPdf(simplePdf('QUY CHE PHOI HOP 12/QC-MN'), makeSigner({ name: 'Trần Thị Lan' }, ca));
    const file = path.join(folder, 'ban-ky.pdf');
    writeFileSync(file, pdf);

    const texts = new Map<string, string>();
    const summary = await inspectFile(file, file, 'ban-ky.pdf', {
      runner,
      asOf,
      readDocuments: true,
      onPdfText: (text) => texts.set('ban-ky.pdf', text),
    });
    expect([...texts]).toEqual([['ban-ky.pdf', 'QUY CHE PHOI HOP 12/QC-MN']]);

    // The worker's reading and the step's own reading give the same row.
    const given = await attachSignedCopies([structuredClone(summary)], folder, null, texts);
    const alone = await attachSignedCopies([structuredClone(summary)], folder, null);
    expect(given[0].signature).toMatchObject({ signatures: 1, intact: true, modified: false });
    expect(given).toEqual(alone);

    // The text handed on is what the step reads the school and number from: the PDF is not parsed again.
    const handed = new Map([['ban-ky.pdf', 'TRƯỜNG MẦM NON HOA MAI\nSố: 99/QC-MN\nQUY CHẾ\nPhối hợp công tác']]);
    const [row] = await attachSignedCopies([structuredClone(summary)], folder, null, handed);
    expect(row.signature).toMatchObject({ number: '99/QC-MN', school: expect.stringContaining('HOA MAI') });
  });

  it('the worker pool carries each PDF’s text back to the signed-copies step', async () => {
    let handed: Map<string, string> | undefined;
    const { summaries } = await runBatch({
      folder,
      rules: BUILTIN_RULES,
      asOf,
      jobs: 1,
      readDocuments: true,
      afterInspect: async (rows, pdfTexts) => {
        handed = new Map(pdfTexts);
        return attachSignedCopies(rows, folder, null, pdfTexts);
      },
    });
    expect([...handed!]).toEqual([['ban-ky.pdf', 'QUY CHE PHOI HOP 12/QC-MN']]);
    expect(summaries.find((s) => s.path === 'ban-ky.pdf')?.signature).toMatchObject({ signatures: 1, intact: true });
  });
});
