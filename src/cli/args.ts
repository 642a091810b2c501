// Command-line parsing on node:util's parseArgs, with our own bilingual messages.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UserError } from '../core/i18n';
import { samePath } from '../node/files';
import { localToday, MAX_WARN_DAYS, type DueContext } from '../core/deadline';
import type { OfficeSettings } from '../core/rules/settings';
import { parseDate, type IsoDate } from '../core/values';

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

/** The one workbook a command reads and the new file it writes, which must not be the input. */
export function workbookInOut(
  command: string,
  positionals: string[],
  output: string | boolean | undefined,
  outName: { vi: string; en: string },
): { file: string; out: string } {
  const file = oneWorkbook(command, positionals);
  if (typeof output !== 'string' || !output) throw new UserError('cli.missingArgument', { command, what: outName });
  if (samePath(file, output)) throw new UserError('cli.outputIsInput', { file: output });
  return { file, out: output };
}

export const LANG_OPTION = { lang: { type: 'string' } } as const satisfies OptionSpec;

/** `--as-of DATE` and `--warn-days N`: the date a command judges what is due from. */
export const DUE_OPTIONS = {
  'as-of': { type: 'string' },
  'warn-days': { type: 'string' },
} as const satisfies OptionSpec;

export function asOfDate(value: string | boolean | undefined): IsoDate {
  if (value === undefined) return localToday();
  const parsed = parseDate(value);
  if (!parsed) throw new UserError('batch.badDate', { value: String(value), option: '--as-of' });
  return parsed;
}

/** The due context of a command: `--as-of` (default today), `--warn-days` over the office's setting. */
export function dueContext(values: Parsed['values'], settings: OfficeSettings): DueContext {
  const raw = values['warn-days'];
  let warnDays = settings.warnDays;
  if (raw !== undefined) {
    const n = typeof raw === 'string' && /^\d+$/.test(raw.trim()) ? Number(raw) : NaN;
    if (!Number.isInteger(n) || n > MAX_WARN_DAYS)
      throw new UserError('batch.badWholeNumber', {
        value: String(raw),
        option: '--warn-days',
        min: 0,
        max: MAX_WARN_DAYS,
      });
    warnDays = n;
  }
  return { asOf: asOfDate(values['as-of']), warnDays };
}
