// phoihop <command>: exit 0 = no error findings, 1 = error findings, 2 = bad usage or unreadable input.
import { bilingual, UserError } from '../core/i18n';
import { t } from '../core/i18n';
import { processIO, type CliIO } from './io';
import { templateCommand } from './commands/template';
import { validateCommand } from './commands/validate';
import { VERSION } from './version';

type Command = (argv: string[], io: CliIO) => Promise<number>;

/** Commands register here; each lives in its own file under commands/. */
export const COMMANDS: Record<string, () => Promise<Command>> = {
  template: async () => templateCommand,
  validate: async () => validateCommand,
  track: async () => (await import('./commands/track')).trackCommand,
  import: async () => (await import('./commands/import')).importCommand,
  batch: async () => (await import('./commands/batch')).batchCommand,
  rules: async () => (await import('./commands/rules')).rulesCommand,
  renew: async () => (await import('./commands/renew')).renewCommand,
  export: async () => (await import('./commands/export')).exportCommand,
};

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    io.out(`${t('vi', 'cli.usage')}\n\n${t('en', 'cli.usage')}\n`);
    return command ? 0 : 2;
  }
  if (command === '--version' || command === '-v') {
    io.out(`${VERSION}\n`);
    return 0;
  }
  const load = COMMANDS[command];
  if (!load) {
    io.err(bilingual('cli.unknownCommand', { command }) + '\n');
    return 2;
  }
  try {
    return await (
      await load()
    )(rest, io);
  } catch (e) {
    if (e instanceof UserError) {
      io.err(e.line() + '\n');
      return 2;
    }
    if (process.env.PHOIHOP_DEBUG) io.err(`${(e as Error).stack}\n`);
    io.err(bilingual('cli.internal', { command, detail: (e as Error)?.message ?? String(e) }) + '\n');
    return 2;
  }
}
