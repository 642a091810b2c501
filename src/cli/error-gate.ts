// Commands that write something to act on (track, export) stop at a regulation's error findings:
// they list them and write nothing (exit 1) unless --force, and say so when forced.
import { formatStylish, type FormatContext } from '../core/format';
import { t, type MessageKey } from '../core/i18n';
import type { Finding } from '../core/rules/types';
import type { CliIO } from './io';

export interface ErrorGate {
  file: string;
  errors: Finding[];
  force: boolean;
  refused: MessageKey;
  forced: MessageKey;
}

/** True when the command may go on: no errors, or --force (and the errors have been listed). */
export function passErrorGate(io: CliIO, ctx: FormatContext, gate: ErrorGate): boolean {
  const { file, errors } = gate;
  if (errors.length === 0) return true;
  io.err(formatStylish({ file, findings: errors }, ctx));
  io.err(t(ctx.lang, gate.force ? gate.forced : gate.refused, { file, errors: errors.length }) + '\n');
  return gate.force;
}
