// phoihop <command>: exit 0 = no error findings, 1 = error findings, 2 = bad usage or unreadable input.
import { bilingual, msg, UserError, type MessageKey } from '../core/i18n';
import { HelpRequest, langOf, wantsHelp } from './args';
import { commandHelp, generalHelp } from './help';
import { guardStandardStreams, processIO, type CliIO } from './io';
import { nearest } from './suggest';
import { templateCommand } from './commands/template';
import { validateCommand } from './commands/validate';
import { VERSION } from './version';
import { startWatchdog } from './watchdog';

type Command = (argv: string[], io: CliIO) => Promise<number>;

/**
 * Commands register here, in the order `phoihop --help` lists them, each with its one-line summary
 * (in the language files); each lives in its own file under commands/ with its CommandSpec.
 */
export const COMMANDS: Record<string, { summary: MessageKey; load: () => Promise<Command> }> = {
  template: { summary: 'cli.summary.template', load: async () => templateCommand },
  validate: { summary: 'cli.summary.validate', load: async () => validateCommand },
  track: { summary: 'cli.summary.track', load: async () => (await import('./commands/track')).trackCommand },
  import: { summary: 'cli.summary.import', load: async () => (await import('./commands/import')).importCommand },
  batch: { summary: 'cli.summary.batch', load: async () => (await import('./commands/batch')).batchCommand },
  rules: { summary: 'cli.summary.rules', load: async () => (await import('./commands/rules')).rulesCommand },
  renew: { summary: 'cli.summary.renew', load: async () => (await import('./commands/renew')).renewCommand },
  agenda: { summary: 'cli.summary.agenda', load: async () => (await import('./commands/agenda')).agendaCommand },
  export: { summary: 'cli.summary.export', load: async () => (await import('./commands/export')).exportCommand },
  report: { summary: 'cli.summary.report', load: async () => (await import('./commands/report')).reportCommand },
  diff: { summary: 'cli.summary.diff', load: async () => (await import('./commands/diff')).diffCommand },
  verify: { summary: 'cli.summary.verify', load: async () => (await import('./commands/verify')).verifyCommand },
};

const isCommand = (name: string) => Object.prototype.hasOwnProperty.call(COMMANDS, name);

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  if (io === processIO) guardStandardStreams();
  const lang = langOf(argv);
  // `phoihop help track` is `phoihop track --help`.
  const [first, ...after] = argv;
  const args = first === 'help' && after[0] && isCommand(after[0]) ? [after[0], '--help', ...after.slice(1)] : argv;
  const [command, ...rest] = args;
  if (command === '--version' || command === '-V') {
    io.out(`${VERSION}\n`);
    return 0;
  }
  if (!command || command.startsWith('-') || command === 'help') {
    // Asked for help: on stdout, success. Called with nothing (or only an option): on stderr, bad usage.
    const asked = command === 'help' || wantsHelp(args);
    (asked ? io.out : io.err)(generalHelp(COMMANDS, lang));
    return asked ? 0 : 2;
  }
  if (!isCommand(command)) {
    const suggestion = nearest(command, Object.keys(COMMANDS));
    const hint = suggestion ? msg('cli.hint.didYouMean', { suggestion }) : msg('cli.hint.help');
    io.err(bilingual('cli.unknownCommand', { command, hint }) + '\n');
    return 2;
  }
  // batch has its own limit per file (--timeout); every other command has one for the run.
  if (io === processIO && command !== 'batch') startWatchdog(command);
  try {
    return await (
      await COMMANDS[command].load()
    )(rest, io);
  } catch (e) {
    if (e instanceof HelpRequest) {
      io.out(commandHelp(e.spec, COMMANDS[command].summary, e.lang));
      return 0;
    }
    if (e instanceof UserError) {
      io.err(e.line() + '\n');
      return 2;
    }
    if (process.env.PHOIHOP_DEBUG) io.err(`${(e as Error).stack}\n`);
    const detail = msg('detail.unexpected', {}, (e as Error)?.message ?? String(e));
    io.err(bilingual('cli.internal', { command, detail }) + '\n');
    return 2;
  }
}
