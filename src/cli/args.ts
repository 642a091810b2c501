// How a command declares its command line. Each command file holds one CommandSpec; from it
// come the parser's allowed options, the usage line and the `phoihop <command> --help` page, so
// an option is written down once. To add an option: add an entry to the command's `options`
//   force: { type: 'boolean', help: 'cli.opt.force' },
//   'warn-days': { type: 'string', value: 'cli.value.count', help: 'cli.opt.warnDays', default: '14' },
// with its help line (and value name, if new) in src/core/i18n/vi.ts and en.ts; the shared ones
// (LANG_OPTION, RULES_OPTION, REPLACE_OPTIONS, DUE_OPTIONS) are below. `choices` are checked by the parser and
// shown in the usage as `a|b|c`. To add a command: a spec and a function in commands/, one line in
// main.ts's COMMANDS. -h/--help is added to every command.
import { parseArgs } from 'node:util';
import { LANGS, msg, UserError, type Lang, type MessageKey } from '../core/i18n';
import { localToday, MAX_WARN_DAYS, type DueContext } from '../core/deadline';
import type { OfficeSettings } from '../core/rules/settings';
import { parseDate, type IsoDate } from '../core/values';
import { nearest } from './suggest';

export interface OptionDecl {
  type: 'string' | 'boolean';
  /** One-letter alias: `-o`. */
  short?: string;
  /** Its help line. */
  help: MessageKey;
  /** How the usage names a string option's value (`TỆP.xlsx`); `choices` name it otherwise. */
  value?: MessageKey;
  /** The only values allowed, checked when parsing. */
  choices?: readonly string[];
  /** Shown in the help line; the command applies it. */
  default?: string;
  /** Shown without brackets in the usage line; the command checks it (some are required only sometimes). */
  required?: boolean;
}

export interface CommandSpec {
  name: string;
  /** Positional arguments as the usage line names them, e.g. 'cli.value.xlsx' for TỆP.xlsx. */
  args?: MessageKey[];
  options: Record<string, OptionDecl>;
  /** What the exit codes mean, when not the usual 0 / 1 error findings / 2 (diff: 1 = there are changes). */
  exitCodes?: MessageKey;
}

export const LANG_OPTION = {
  lang: { type: 'string', choices: LANGS, default: 'vi', help: 'cli.opt.lang' },
} as const satisfies Record<string, OptionDecl>;

export const RULES_OPTION = {
  rules: { type: 'string', value: 'cli.value.rules', help: 'cli.opt.rules' },
} as const satisfies Record<string, OptionDecl>;

export const HELP_OPTION = { help: { type: 'boolean', short: 'h', help: 'cli.opt.help' } } as const satisfies Record<
  string,
  OptionDecl
>;

export interface Parsed {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/** Thrown by parseCommandArgs when the user asked for a command's help; main prints it (exit 0). */
export class HelpRequest extends Error {
  constructor(
    readonly spec: CommandSpec,
    readonly lang: Lang,
  ) {
    super(`help for ${spec.name}`);
    this.name = 'HelpRequest';
  }
}

/** The arguments before `--` (after it everything is a positional). */
const beforeTerminator = (argv: string[]) => (argv.includes('--') ? argv.slice(0, argv.indexOf('--')) : argv);

/** Whether the arguments ask for help: `--help` or `-h` anywhere, whatever else is wrong with them. */
export const wantsHelp = (argv: string[]) => beforeTerminator(argv).some((a) => a === '--help' || a === '-h');

/** The language asked for with `--lang`, for text printed before the options are parsed. */
export function langOf(argv: string[]): Lang {
  const args = beforeTerminator(argv);
  for (let i = 0; i < args.length; i++) {
    const value = args[i] === '--lang' ? args[i + 1] : /^--lang=(.*)$/.exec(args[i])?.[1];
    if (value !== undefined) return (LANGS as string[]).includes(value) ? (value as Lang) : 'vi';
  }
  return 'vi';
}

const allOptions = (spec: CommandSpec): Record<string, OptionDecl> => ({ ...spec.options, ...HELP_OPTION });

export function parseCommandArgs(spec: CommandSpec, argv: string[]): Parsed {
  if (wantsHelp(argv)) throw new HelpRequest(spec, langOf(argv));
  const declared = allOptions(spec);
  const options = Object.fromEntries(
    Object.entries(declared).map(([name, o]) => [name, o.short ? { type: o.type, short: o.short } : { type: o.type }]),
  );
  let parsed: Parsed;
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    parsed = { values: values as Parsed['values'], positionals };
  } catch (e) {
    throw usageError(spec, e as { code?: string; message: string });
  }
  for (const [name, o] of Object.entries(declared)) {
    const value = parsed.values[name];
    if (o.choices && value !== undefined) choice(`--${name}`, value, o.choices, o.choices[0]);
  }
  return parsed;
}

/** node:util's English parse error as one of our messages, with the nearest option when one is close. */
function usageError(spec: CommandSpec, err: { code?: string; message: string }): UserError {
  const quoted = /'([^']+)'/.exec(err.message)?.[1] ?? err.message;
  // "Option '-o, --output <value>' argument missing" names the long form last.
  const option = /--[\w-]+/.exec(quoted)?.[0] ?? quoted.split(/[=\s]/)[0];
  if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return new UserError(/does not take/.test(err.message) ? 'cli.noValue' : 'cli.missingValue', { option });
  }
  const names = Object.entries(allOptions(spec)).flatMap(([name, o]) => [
    `--${name}`,
    ...(o.short ? [`-${o.short}`] : []),
  ]);
  // A single letter is too short to guess from; only long options get a suggestion.
  const suggestion = option.startsWith('--')
    ? nearest(
        option,
        names.filter((n) => n.startsWith('--')),
      )
    : null;
  const hint = suggestion
    ? msg('cli.hint.didYouMean', { suggestion })
    : msg('cli.hint.commandHelp', { command: spec.name });
  return new UserError('cli.unknownOption', { command: spec.name, option, hint });
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

/** A whole number option within [min, max]; the fallback when it is not given. */
export function wholeNumber(
  option: string,
  value: string | boolean | undefined,
  min: number,
  max: number,
  fallback: number,
): number {
  if (value === undefined) return fallback;
  const n = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < min || n > max)
    throw new UserError('batch.badWholeNumber', { value: String(value), option, min, max });
  return n;
}

/** The one workbook a command reads. */
export function oneWorkbook(spec: CommandSpec, positionals: string[]): string {
  const file = positionals[0];
  if (!file || positionals.length > 1)
    throw new UserError('cli.missingArgument', { command: spec.name, what: msg('cli.what.oneXlsx') });
  return file;
}

/** The one workbook a command reads and the file it writes (`-o`; checked against the inputs by checkOutputs). */
export function workbookInOut(
  spec: CommandSpec,
  positionals: string[],
  output: string | boolean | undefined,
): { file: string; out: string } {
  const file = oneWorkbook(spec, positionals);
  if (typeof output !== 'string' || !output) {
    const o = spec.options.output;
    throw new UserError('cli.missingArgument', {
      command: spec.name,
      what: msg('cli.what.option', { option: '-o', value: msg(o?.value ?? 'cli.value.xlsx') }),
    });
  }
  return { file, out: output };
}

/** Every command that writes: an existing file is replaced only with --force or --overwrite (checkOutputs). */
export const REPLACE_OPTIONS = {
  force: { type: 'boolean', help: 'cli.opt.force' },
  overwrite: { type: 'boolean', help: 'cli.opt.overwrite' },
} as const satisfies Record<string, OptionDecl>;

export const mayReplace = (values: Parsed['values']): boolean => values.force === true || values.overwrite === true;

/** `--as-of DATE` and `--warn-days N`: the date a command judges what is due from. */
export const DUE_OPTIONS = {
  'as-of': { type: 'string', value: 'cli.value.date', help: 'cli.opt.asOf' },
  'warn-days': { type: 'string', value: 'cli.value.count', help: 'cli.opt.warnDays' },
} as const satisfies Record<string, OptionDecl>;

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
  return { asOf: asOfDate(values['as-of']), warnDays, disseminationDays: settings.disseminationDays };
}
