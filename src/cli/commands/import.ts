// phoihop import DOC(.txt/.docx) -o FILE.xlsx [--format json] [--lang vi|en]
// Reads an existing regulation and writes the full template filled with what was read.
import { LANGS, t, UserError } from '../../core/i18n';
import { extractionCounts, importText } from '../../core/import';
import { readDocumentBytes } from '../../docx/read-document';
import { checkOutputs, readInputFile, writeOutputs } from '../../node/files';
import { writeRegulationWorkbook } from '../../xlsx/write-regulation';
import { choice, LANG_OPTION, mayReplace, parseCommandArgs, REPLACE_OPTIONS } from '../args';
import type { CliIO } from '../io';

const FORMATS = ['text', 'json'] as const;

export async function importCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('import', argv, {
    output: { type: 'string', short: 'o' },
    format: { type: 'string', short: 'f' },
    ...REPLACE_OPTIONS,
    ...LANG_OPTION,
  });
  const format = choice('--format', values.format, FORMATS, 'text');
  const lang = choice('--lang', values.lang, LANGS, 'vi');
  const file = positionals[0];
  const out = values.output as string | undefined;
  if (!file || positionals.length > 1 || (!out && format !== 'json')) {
    throw new UserError('cli.missingArgument', {
      command: 'import',
      what: { vi: 'một văn bản .txt/.docx và -o TỆP.xlsx', en: 'one .txt/.docx document and -o FILE.xlsx' },
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
    io.out(JSON.stringify({ file, format: doc.format, ...extraction }, null, 2) + '\n');
  } else {
    io.err(t(lang, 'import.done', { file, ...extractionCounts(extraction) }) + '\n');
    if (extraction.conversions.length)
      io.err(t(lang, 'import.converted', { count: extraction.conversions.length }) + '\n');
  }
  if (out) {
    io.err(t(lang, 'cli.written', { file: out }) + '\n');
    if (format !== 'json') io.err(t(lang, 'import.next', { file: out }) + '\n');
  }
  return 0;
}
