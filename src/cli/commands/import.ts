import { UserError } from '../../core/i18n';
import type { CliIO } from '../io';

// Placeholder until its issue lands: says so plainly instead of failing obscurely.
export async function importCommand(_argv: string[], _io: CliIO): Promise<number> {
  throw new UserError('cli.notImplemented', { command: 'import' });
}
