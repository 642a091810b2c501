// phoihop export FILE.xlsx -o DOC.docx [--pdf DOC.pdf] [--with-decision] [--rules DIR] [--force] [--lang vi|en]
// The workbook as the Word document that is signed and published (Nghị định 30/2020 form). Like
// track, it refuses a workbook with error findings unless --force; warnings are printed. Outputs
// go through the same checks as every command's: never onto an input, never over an existing
// file without --force/--overwrite, and the Word file and its PDF are written together, atomically.
import { buildWordDocument, checkExportText, headingGaps, unplacedRows } from '../../core/export';
import { embeddedFonts, timesSubstitute, type FontSubstitution } from '../../core/export/pdf-fonts';
import { formatStylish } from '../../core/format';
import { t, UserError } from '../../core/i18n';
import { writeWordDocument } from '../../docx/write-document';
import { writeOutputs, type OutputFile } from '../../node/files';
import { findSoffice, pdfFromDocx } from '../../node/pdf';
import { readRegulationFile } from '../../node/regulation-file';
import { DUE_OPTIONS, LANG_OPTION, RULES_OPTION, workbookInOut, type CommandSpec } from '../args';
import { parseCommand, startCommand } from '../command-start';
import { passErrorGate } from '../error-gate';
import type { CliIO } from '../io';
import { VERSION } from '../version';

export const exportSpec: CommandSpec = {
  name: 'export',
  args: ['cli.value.xlsx'],
  options: {
    output: { type: 'string', short: 'o', value: 'cli.value.outDocx', required: true, help: 'cli.opt.export.output' },
    pdf: { type: 'string', value: 'cli.value.outPdf', help: 'cli.opt.export.pdf' },
    pdfa: { type: 'boolean', help: 'cli.opt.export.pdfa' },
    'with-decision': { type: 'boolean', help: 'cli.opt.export.withDecision' },
    ...RULES_OPTION,
    ...DUE_OPTIONS,
    // --force: export despite error findings, and replace existing outputs; --overwrite: only the latter.
    force: { type: 'boolean', help: 'cli.opt.export.force' },
    overwrite: { type: 'boolean', help: 'cli.opt.overwrite' },
    ...LANG_OPTION,
  },
};

/** A long line shortened for the terminal: its start, then "…". */
const excerpt = (s: string) => (s.length > 90 ? `${s.slice(0, 89).trimEnd()}…` : s);

export async function exportCommand(argv: string[], io: CliIO): Promise<number> {
  const cmd = parseCommand(exportSpec, argv);
  const { values, lang } = cmd;
  const { file, out } = workbookInOut(exportSpec, cmd.positionals, values.output);
  const pdf = values.pdf as string | undefined;
  const pdfa = values.pdfa === true;
  if (pdfa && !pdf) throw new UserError('export.pdfaNeedsPdf');
  const { plan, runner, ctx } = await startCommand(cmd, io, { inputs: [file], outputs: [out, ...(pdf ? [pdf] : [])] });
  const { model, grids } = await readRegulationFile(file);
  const findings = await runner.run(model);
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.filter((f) => f.severity === 'warning');
  const force = values.force === true;
  if (!passErrorGate(io, ctx, { file, errors, force, refused: 'export.refused', forced: 'export.forced' })) return 1;
  const problem = checkExportText(model);
  if (problem) throw new UserError('export.badText', { ...problem });

  const doc = buildWordDocument(model, { withDecision: values['with-decision'] === true });
  const docx = await writeWordDocument(doc, `phoihop ${VERSION}`);
  const files: OutputFile[] = [{ file: out, data: docx }];
  let pdfProblem: string | null = null;
  let substitute: FontSubstitution | null = null;
  if (pdf) {
    const soffice = findSoffice();
    if (!soffice) pdfProblem = t(lang, 'export.noSoffice', { file: out });
    else {
      try {
        const bytes = await pdfFromDocx(soffice, docx, { pdfa });
        files.push({ file: pdf, data: bytes });
        substitute = timesSubstitute(embeddedFonts(bytes));
      } catch {
        pdfProblem = t(lang, 'export.pdfFailed', { file: out });
      }
    }
  }
  // The Word file is written even when the PDF could not be made; the plan still names both.
  await writeOutputs({ ...plan, outputs: files.map((f) => f.file) }, files);

  if (warnings.length > 0) {
    io.err(formatStylish({ file, findings: warnings }, ctx));
    io.err(t(lang, 'export.warnings', { count: warnings.length }) + '\n');
  }
  // What the document prints as dots or leaves out, each with its cell or row.
  for (const gap of headingGaps(model))
    io.err(t(lang, gap.cell ? 'export.headingBlank' : 'export.headingNoRow', { ...gap }) + '\n');
  const unplaced = unplacedRows(grids);
  for (const u of unplaced) io.err(t(lang, 'export.unplaced', { ...u, text: excerpt(u.text) }) + '\n');
  if (unplaced.length > 0)
    io.err(t(lang, 'export.unplacedSummary', { count: unplaced.length, sheet: unplaced[0].sheet }) + '\n');
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
  if (pdfProblem) {
    io.err(pdfProblem + '\n');
    return 2;
  }
  if (pdf) io.err(t(lang, pdfa ? 'export.pdfaWritten' : 'export.pdfWritten', { file: pdf }) + '\n');
  if (substitute)
    io.err(t(lang, substitute.sameMetrics ? 'export.fontSameMetrics' : 'export.fontOther', { ...substitute }) + '\n');
  return errors.length > 0 ? 1 : 0;
}
