// Command-line parsing on node:util's parseArgs, with our own bilingual messages.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UserError } from '../core/i18n';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export interface Parsed {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

export function parseCommandArgs(command: string, argv: string[], options: OptionSpec): Parsed {
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return { values: values as Parsed['values'], positionals };
  } catch (e) {
    const err = e as { code?: string; message: string };
    const option = /'(-[^']+)'/.exec(err.message)?.[1] ?? err.message;
    if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new UserError('cli.missingValue', { option });
    throw new UserError('cli.unknownOption', { command, option });
  }
}

export function choice<T extends string>(
  option: string,
  value: string | boolean | undefined,
  choices: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (choices as readonly string[]).includes(value)) return value as T;
  throw new UserError('cli.badChoice', { value: String(value), option, choices: choices.join(', ') });
}

const ONE_XLSX = { vi: 'đúng một tệp .xlsx', en: 'exactly one .xlsx file' };

/** The one workbook a command reads. */
export function oneWorkbook(command: string, positionals: string[]): string {
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new UserError('cli.missingArgument', { command, what: ONE_XLSX });
  return file;
}

/** The one workbook a command reads and the file it writes (checked against the inputs by checkOutputs). */
export function workbookInOut(
  command: string,
  positionals: string[],
  output: string | boolean | undefined,
  outName: { vi: string; en: string },
): { file: string; out: string } {
  const file = oneWorkbook(command, positionals);
  if (typeof output !== 'string' || !output) throw new UserError('cli.missingArgument', { command, what: outName });
  return { file, out: output };
}

export const LANG_OPTION = { lang: { type: 'string' } } as const satisfies OptionSpec;

/** Every command that writes: an existing file is replaced only with --force or --overwrite. */
export const REPLACE_OPTIONS = {
  force: { type: 'boolean' },
  overwrite: { type: 'boolean' },
} as const satisfies OptionSpec;

export const mayReplace = (values: Parsed['values']): boolean => values.force === true || values.overwrite === true;
