// The usage line and help page of a command, and the list of commands, written from the commands'
// declarations (see args.ts) in one language.
import { t, type Lang, type MessageKey } from '../core/i18n';
import { HELP_OPTION, LANG_OPTION, type CommandSpec, type OptionDecl } from './args';

const WIDTH = 100;
const LEFT_COLUMN = 32;

function valueName(o: OptionDecl, lang: Lang): string {
  return o.choices ? o.choices.join('|') : t(lang, o.value ?? 'cli.value.text');
}

/** How the usage line writes an option: `-o RA.xlsx` when required, `[--calendar TỆP.json]` otherwise. */
function synopsisPart(name: string, o: OptionDecl, lang: Lang): string {
  const flag = o.required && o.short ? `-${o.short}` : `--${name}`;
  const text = o.type === 'boolean' ? flag : `${flag} ${valueName(o, lang)}`;
  return o.required ? text : `[${text}]`;
}

/** Words joined into lines of at most `width` characters, the later lines indented. */
function wrap(words: string[], indent: number, width = WIDTH): string {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line.trim() && line.length + 1 + word.length > width) {
      lines.push(line);
      line = ' '.repeat(indent) + word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line].join('\n');
}

/** The usage line after `prefix` ("Cách dùng:"), wrapped with the prefix counted. */
export function synopsis(spec: CommandSpec, lang: Lang, prefix = ''): string {
  const head = [...(prefix ? [prefix] : []), 'phoihop', spec.name, ...(spec.args ?? []).map((k) => t(lang, k))];
  const required = Object.entries(spec.options).filter(([, o]) => o.required);
  const optional = Object.entries(spec.options).filter(([, o]) => !o.required);
  const parts = [...required, ...optional].map(([name, o]) => synopsisPart(name, o, lang));
  return wrap([...head, ...parts], 'phoihop '.length + spec.name.length + 1);
}

/** Two columns: the option (or command) and its help, wrapped; the help starts a line of its own when the left is long. */
function table(rows: Array<[string, string]>): string {
  const left = Math.min(LEFT_COLUMN, Math.max(...rows.map(([l]) => l.length)) + 4);
  return rows
    .map(([l, r]) => {
      const help = ' '.repeat(left) + wrap(r.split(' '), 0, WIDTH - left).replace(/\n/g, `\n${' '.repeat(left)}`);
      return l.length + 4 <= left ? `  ${l}${help.slice(l.length + 2)}` : `  ${l}\n${help}`;
    })
    .join('\n');
}

function optionRows(options: Record<string, OptionDecl>, lang: Lang): Array<[string, string]> {
  return Object.entries(options).map(([name, o]) => {
    const flags = `${o.short ? `-${o.short}, ` : '    '}--${name}`;
    const left = o.type === 'boolean' ? flags : `${flags} ${valueName(o, lang)}`;
    const notes = [
      o.required ? t(lang, 'cli.help.required') : '',
      o.default !== undefined ? t(lang, 'cli.help.default', { value: o.default }) : '',
    ].filter(Boolean);
    return [left, [t(lang, o.help), ...notes].join(' ')];
  });
}

/** A summary line as a sentence of its own: capital first letter, full stop. */
const sentence = (text: string) =>
  text.charAt(0).toLocaleUpperCase('vi') + text.slice(1) + (/[.?!]$/.test(text) ? '' : '.');

/** `phoihop <command> --help`. */
export function commandHelp(spec: CommandSpec, summary: MessageKey, lang: Lang): string {
  return [
    synopsis(spec, lang, t(lang, 'cli.help.usage')),
    '',
    sentence(t(lang, summary)),
    '',
    t(lang, 'cli.help.options'),
    table(optionRows({ ...spec.options, ...HELP_OPTION }, lang)),
    '',
    t(lang, spec.exitCodes ?? 'cli.help.exitCodes'),
    '',
  ].join('\n');
}

/** `phoihop --help`: the commands, the options every command takes, where to read more. */
export function generalHelp(commands: Record<string, { summary: MessageKey }>, lang: Lang): string {
  const general: Record<string, OptionDecl> = {
    ...HELP_OPTION,
    version: { type: 'boolean', short: 'V', help: 'cli.opt.version' },
    ...LANG_OPTION,
  };
  return [
    `${t(lang, 'cli.help.usage')} ${t(lang, 'cli.help.synopsis')}`,
    '',
    t(lang, 'cli.help.commands'),
    table(Object.entries(commands).map(([name, c]) => [name, t(lang, c.summary)])),
    '',
    t(lang, 'cli.help.options'),
    table(optionRows(general, lang)),
    '',
    t(lang, 'cli.help.more'),
    t(lang, 'cli.help.exitCodes'),
    '',
  ].join('\n');
}
