// phoihop export FILE.xlsx -o DOC.docx [--pdf DOC.pdf] [--with-decision] [--rules DIR] [--force] [--lang vi|en]
// The workbook as the Word document that is signed and published (Nghị định 30/2020 form). Like
// track, it refuses a workbook with error findings unless --force; warnings are printed. It never
// replaces an existing file without --force, and writes atomically.
import { existsSync } from 'node:fs';
import { buildWordDocument, checkExportText } from '../../core/export';
import { formatStylish } from '../../core/format';
import { LANGS, t, UserError } from '../../core/i18n';
import { createRuleRunner } from '../../core/rules/run-rules';
import { writeWordDocument } from '../../docx/write-document';
import { samePath, writeFileAtomic } from '../../node/files';
import { convertToPdf, findSoffice } from '../../node/pdf';
import { readRegulationFile } from '../../node/regulation-file';
import { loadRuleSet } from '../../node/rules-dir';
import { choice, LANG_OPTION, parseCommandArgs, workbookInOut } from '../args';
import type { CliIO } from '../io';
import { VERSION } from '../version';

export async function exportCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('export', argv, {
    output: { type: 'string', short: 'o' },
    pdf: { type: 'string' },
    'with-decision': { type: 'boolean' },
    rules: { type: 'string' },
    force: { type: 'boolean' },
    ...LANG_OPTION,
  });
  const lang = choice('--lang', values.lang, LANGS, 'vi');
  const { file, out } = workbookInOut('export', positionals, values.output, {
    vi: '-o VĂN_BẢN.docx',
    en: '-o DOC.docx',
  });
  const pdf = typeof values.pdf === 'string' && values.pdf ? values.pdf : undefined;
  if (values.pdf !== undefined && !pdf) throw new UserError('cli.missingValue', { option: '--pdf' });
  if (pdf && samePath(pdf, file)) throw new UserError('cli.outputIsInput', { file: pdf });
  if (pdf && samePath(pdf, out)) throw new UserError('export.sameOutputs', { file: pdf });
  const force = !!values.force;
  for (const target of [out, pdf])
    if (target && !force && existsSync(target)) throw new UserError('export.exists', { file: target });

  const runner = createRuleRunner(await loadRuleSet(values.rules as string | undefined));
  const { model } = await readRegulationFile(file);
  const ctx = { lang, rules: runner.rules, version: VERSION, color: io.isTTY };
  const findings = await runner.run(model);
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.filter((f) => f.severity === 'warning');
  if (errors.length > 0) {
    io.err(formatStylish({ file, findings: errors }, ctx));
    if (!force) {
      io.err(t(lang, 'export.refused', { file, errors: errors.length }) + '\n');
      return 1;
    }
    io.err(t(lang, 'export.forced', { file, errors: errors.length }) + '\n');
  }
  const problem = checkExportText(model);
  if (problem) throw new UserError('export.badText', { ...problem });

  const doc = buildWordDocument(model, { withDecision: !!values['with-decision'] });
  await writeFileAtomic(out, await writeWordDocument(doc, `phoihop ${VERSION}`));
  if (warnings.length > 0) {
    io.err(formatStylish({ file, findings: warnings }, ctx));
    io.err(t(lang, 'export.warnings', { count: warnings.length }) + '\n');
  }
  const regulation = doc.parts[doc.parts.length - 1];
  io.err(
    t(lang, 'export.written', {
      file: out,
      kind: model.document.fields.kind?.raw || '—',
      clauses: model.clauses.length,
      signatures: regulation.signatures.length,
    }) + '\n',
  );
  if (doc.parts.length > 1) io.err(t(lang, 'export.withDecision', { number: doc.parts[0].heading.number }) + '\n');

  if (pdf) {
    const soffice = findSoffice();
    if (!soffice) io.err(t(lang, 'export.noSoffice', { file: out }) + '\n');
    else {
      try {
        await convertToPdf(soffice, out, pdf);
        io.err(t(lang, 'export.pdfWritten', { file: pdf }) + '\n');
      } catch (e) {
        io.err(t(lang, 'export.pdfFailed', { file: out, detail: (e as Error).message }) + '\n');
        return 2;
      }
    }
  }
  return errors.length > 0 ? 1 : 0;
}
