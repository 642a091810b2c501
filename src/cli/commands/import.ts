// phoihop import DOC(.txt/.docx/.doc/.pdf) -o FILE.xlsx [--format json] [--lang vi|en] [--ocr-pages N] [--ocr-seconds S]
// Reads an existing regulation and writes the full template filled with what was read. A scanned
// PDF is read through OCR when tesseract is installed (src/node/scanned-pdf.ts).
import { LANGS, msg, t, UserError } from '../../core/i18n';
import { extractionCounts, importText, inferredSummary, type ImportResult } from '../../core/import';
import { ocrJson } from '../../core/import/ocr-marks';
import { withPages } from '../../core/import/pages';
import { readDocumentBytes, type DocumentText } from '../../docx/read-document';
import { checkOutputs, readInputFile, writeOutputs } from '../../node/files';
import { importScannedPdf, type ScanImport } from '../../node/scanned-pdf';
import { writeRegulationWorkbook } from '../../xlsx/write-regulation';
import { choice, LANG_OPTION, mayReplace, parseCommandArgs, REPLACE_OPTIONS, type CommandSpec } from '../args';
import type { CliIO } from '../io';
import { OCR_OPTIONS, ocrLimits } from '../ocr-options';

const FORMATS = ['text', 'json'] as const;

export const importSpec: CommandSpec = {
  name: 'import',
  args: ['cli.value.document'],
  options: {
    // Needed unless --format json prints the extraction instead; its help line says so.
    output: { type: 'string', short: 'o', value: 'cli.value.xlsx', help: 'cli.opt.import.output' },
    format: { type: 'string', short: 'f', choices: FORMATS, default: 'text', help: 'cli.opt.import.format' },
    ...OCR_OPTIONS,
    ...REPLACE_OPTIONS,
    ...LANG_OPTION,
  },
};

export async function importCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(importSpec, argv);
  const format = choice('--format', values.format, FORMATS, 'text');
  const lang = choice('--lang', values.lang, LANGS, 'vi');
  const file = positionals[0];
  const out = values.output as string | undefined;
  if (!file || positionals.length > 1 || (!out && format !== 'json')) {
    throw new UserError('cli.missingArgument', {
      command: 'import',
      what: msg('cli.what.documentAndOutput', { value: msg('cli.value.xlsx') }),
    });
  }
  const { pages: ocrPages, fileSeconds: ocrSeconds } = ocrLimits(values);
  const plan = { inputs: [file], outputs: out ? [out] : [], replace: mayReplace(values) };
  await checkOutputs(plan);

  const bytes = await readInputFile(file);
  let doc: DocumentText | null = null;
  let scan: ScanImport | null = null;
  let result: ImportResult;
  try {
    doc = await readDocumentBytes(bytes, file);
    result = importText(doc.text, { lang, conversions: doc.conversions });
  } catch (e) {
    // A PDF that is only pictures of its pages: OCR, or one line saying how to get it.
    if (!(e instanceof UserError && e.key === 'pdf.scanned')) throw e;
    scan = await importScannedPdf(file, bytes, {
      pages: Number(e.data.pages),
      lang,
      limits: { pages: ocrPages, totalSeconds: ocrSeconds },
    });
    result = scan;
  }
  const kind = scan ? 'pdf-ocr' : doc!.format;
  const macros = !!doc?.macros;
  const { extraction, content } = result;

  if (out) {
    // The input is never touched; the output appears whole or not at all.
    await writeOutputs(plan, [{ file: out, data: await writeRegulationWorkbook(content) }]);
  }
  // Read by OCR: said in either format (on stderr), so no one takes the values for the document's text.
  if (scan)
    io.err(
      t(lang, 'import.scan.done', {
        pages: scan.ocr.pages,
        seconds: Math.round(scan.ocr.seconds),
        unsure: scan.ocr.unsure,
        characters: scan.ocr.characters,
      }) + '\n',
    );
  if (format === 'json') {
    // A PDF's values say on which page they were read, beside the line; OCR's, with how sure it was.
    const body = scan
      ? {
          ocr: { pages: scan.ocr.pages, characters: scan.ocr.characters, unsure: scan.ocr.unsure },
          ...ocrJson(extraction, scan.ocr),
        }
      : doc?.pageOfLine
        ? { pages: doc.pages, setAside: doc.setAside, ...withPages(extraction, doc.pageOfLine) }
        : extraction;
    io.out(JSON.stringify({ file, format: kind, ...body }, null, 2) + '\n');
  } else {
    if (doc?.format === 'pdf')
      io.err(t(lang, 'pdf.read', { pages: doc.pages ?? 0, setAside: doc.setAside ?? 0 }) + '\n');
    io.err(t(lang, 'import.done', { file, ...extractionCounts(extraction) }) + '\n');
    const count = (...encodings: string[]) =>
      extraction.conversions.filter((c) => encodings.includes(c.encoding)).length;
    const [mojibake, horn, glyphs, legacy] = [count('mojibake'), count('horn'), count('glyphs'), count('tcvn3', 'vni')];
    if (mojibake) io.err(t(lang, 'import.repairedMojibake', { count: mojibake }) + '\n');
    if (legacy) io.err(t(lang, 'import.converted', { count: legacy }) + '\n');
    if (horn) io.err(t(lang, 'import.repairedHorn', { count: horn }) + '\n');
    if (glyphs) io.err(t(lang, 'import.repairedGlyphs', { count: glyphs }) + '\n');
    // A .doc keeps less formatting than a .docx: say what, and that marked values need a look.
    if (kind === 'doc') io.err(t(lang, 'doc.lost') + '\n');
    if (macros) io.err(t(lang, 'doc.macros', { file }) + '\n');
    const inferred = inferredSummary(extraction, lang);
    if (inferred) io.err(inferred + '\n');
  }
  if (out) {
    io.err(t(lang, 'cli.written', { file: out }) + '\n');
    if (format !== 'json') io.err(t(lang, 'import.next', { file: out }) + '\n');
  }
  return 0;
}
