// phoihop verify FILE.pdf [--workbook FILE.xlsx] [--trust DIR] [--format text|json] [--lang vi|en]
// The digital signatures of a signed PDF (DESIGN §10): exit 0 when it is signed, every signature
// holds (and chains to --trust when given), nothing but signatures was added after the last one
// and, with --workbook, the PDF says what the workbook says; 1 otherwise; 2 when the file is not
// a readable PDF (or is past a limit).
import { LANGS, msg, t, UserError } from '../../core/i18n';
import { formatVerify } from '../../core/signatures/format';
import { verifyExitCode, verifyFailureError, verifyPdf } from '../../core/signatures/verify';
import { readPdfText } from '../../pdf/read-pdf';
import { pdfModel } from '../../pdf/pdf-regulation';
import { readRegulationFile } from '../../node/regulation-file';
import { nodeCheck, nodeDigest, readPdfFile, readTrustAnchors } from '../../node/verify-file';
import { choice, LANG_OPTION, parseCommandArgs, type CommandSpec } from '../args';
import type { CliIO } from '../io';

const FORMATS = ['text', 'json'] as const;

export const verifySpec: CommandSpec = {
  name: 'verify',
  args: ['cli.value.pdf'],
  options: {
    workbook: { type: 'string', value: 'cli.value.xlsx', help: 'cli.opt.verify.workbook' },
    trust: { type: 'string', value: 'cli.value.trustDir', help: 'cli.opt.verify.trust' },
    format: { type: 'string', short: 'f', choices: FORMATS, default: 'text', help: 'cli.opt.verify.format' },
    ...LANG_OPTION,
  },
};

export async function verifyCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(verifySpec, argv);
  const format = choice('--format', values.format, FORMATS, 'text');
  const lang = choice('--lang', values.lang, LANGS, 'vi');
  const file = positionals[0];
  if (!file || positionals.length > 1)
    throw new UserError('cli.missingArgument', { command: 'verify', what: msg('cli.what.onePdf') });
  const workbookFile = values.workbook as string | undefined;
  const trustDir = values.trust as string | undefined;

  const bytes = await readPdfFile(file);
  const anchors = trustDir ? await readTrustAnchors(trustDir) : null;
  const workbook = workbookFile ? (await readRegulationFile(workbookFile)).model : undefined;
  const pdfContent = workbook ? pdfModel((await readPdfText(bytes, file)).text) : undefined;
  const result = await verifyPdf(bytes, file, {
    digest: nodeDigest,
    check: nodeCheck,
    anchors,
    workbook,
    pdfContent,
  });
  if ('problem' in result) throw verifyFailureError(file, result);
  if (format === 'json') {
    // DESIGN §10's fields; the problem's details stay in its message.
    const signatures = result.signatures.map(({ problemData: _data, ...s }) => ({
      ...s,
      problem: s.problem ? t(lang, `verify.problem.${s.problem}`, _data ?? {}) : null,
      timestampProblem: s.timestampProblem ? t(lang, `verify.problem.${s.timestampProblem}`) : null,
    }));
    io.out(JSON.stringify({ ...result, signatures }, null, 2) + '\n');
  } else io.out(formatVerify(result, lang));
  return verifyExitCode(result);
}
