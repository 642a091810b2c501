// phoihop import DOC(.txt/.docx/.pdf) -o FILE.xlsx [--format json] [--lang vi|en]
// Reads an existing regulation and writes the full template filled with what was read.
import { LANGS, msg, t, UserError } from '../../core/i18n';
import { extractionCounts, importText, inferredSummary } from '../../core/import';
import { withPages } from '../../core/import/pages';
import { readDocumentBytes } from '../../docx/read-document';
import { checkOutputs, readInputFile, writeOutputs } from '../../node/files';
import { writeRegulationWorkbook } from '../../xlsx/write-regulation';
import { choice, LANG_OPTION, mayReplace, parseCommandArgs, REPLACE_OPTIONS, type CommandSpec } from '../args';
import type { CliIO } from '../io';

const FORMATS = ['text', 'json'] as const;

export const importSpec: CommandSpec = {
  name: 'import',
  args: ['cli.value.document'],
  options: {
    // Needed unless --format json prints the extraction instead; its help line says so.
    output: { type: 'string', short: 'o', value: 'cli.value.xlsx', help: 'cli.opt.import.output' },
    format: { type: 'string', short: 'f', choices: FORMATS, default: 'text', help: 'cli.opt.import.format' },
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
  const plan = { inputs: [file], outputs: out ? [out] : [], replace: mayReplace(values) };
  await checkOutputs(plan);

  const bytes = await readInputFile(file);
  const doc = await readDocumentBytes(bytes, file);
  const { extraction, content } = importText(doc.text, { lang, conversions: doc.conversions });

  if (out) {
    // The input is never touched; the output appears whole or not at all.
    await writeOutputs(plan, [{ file: out, data: await writeRegulationWorkbook(content) }]);
  }
  if (format === 'json') {
    // A PDF's values say on which page they were read, beside the line.
    const located = doc.pageOfLine ? withPages(extraction, doc.pageOfLine) : extraction;
    const pages = doc.pages === undefined ? {} : { pages: doc.pages, setAside: doc.setAside };
    io.out(JSON.stringify({ file, format: doc.format, ...pages, ...located }, null, 2) + '\n');
  } else {
    if (doc.format === 'pdf')
      io.err(t(lang, 'pdf.read', { pages: doc.pages ?? 0, setAside: doc.setAside ?? 0 }) + '\n');
    io.err(t(lang, 'import.done', { file, ...extractionCounts(extraction) }) + '\n');
    const count = (...encodings: string[]) =>
      extraction.conversions.filter((c) => encodings.includes(c.encoding)).length;
    const [mojibake, horn, glyphs, legacy] = [count('mojibake'), count('horn'), count('glyphs'), count('tcvn3', 'vni')];
    if (mojibake) io.err(t(lang, 'import.repairedMojibake', { count: mojibake }) + '\n');
    if (legacy) io.err(t(lang, 'import.converted', { count: legacy }) + '\n');
    if (horn) io.err(t(lang, 'import.repairedHorn', { count: horn }) + '\n');
    if (glyphs) io.err(t(lang, 'import.repairedGlyphs', { count: glyphs }) + '\n');
    const inferred = inferredSummary(extraction, lang);
    if (inferred) io.err(inferred + '\n');
  }
  if (out) {
    io.err(t(lang, 'cli.written', { file: out }) + '\n');
    if (format !== 'json') io.err(t(lang, 'import.next', { file: out }) + '\n');
  }
  return 0;
}
