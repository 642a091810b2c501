// The one way a command starts: its options parsed, its outputs checked before any work (so a
// refused `-o` costs nothing), and the office's rules and settings read once from `--rules`.
import type { FormatContext } from '../core/format';
import { LANGS, type Lang } from '../core/i18n';
import { createRuleRunner } from '../core/rules/run-rules';
import type { RuleDefinition } from '../core/rules/types';
import type { OfficeSettings } from '../core/rules/settings';
import type { DueContext } from '../core/deadline';
import { checkOutputs, type OutputPlan } from '../node/outputs';
import { loadOfficeRules, ruleSources } from '../node/rules-dir';
import { choice, dueContext, mayReplace, parseCommandArgs, type CommandSpec } from './args';
import type { CliIO } from './io';
import { VERSION } from './version';

export interface ParsedCommand {
  spec: CommandSpec;
  values: ReturnType<typeof parseCommandArgs>['values'];
  positionals: string[];
  lang: Lang;
}

export function parseCommand(spec: CommandSpec, argv: string[]): ParsedCommand {
  const { values, positionals } = parseCommandArgs(spec, argv);
  return { spec, values, positionals, lang: choice('--lang', values.lang, LANGS, 'vi') };
}

export interface CommandStart {
  plan: OutputPlan;
  rules: RuleDefinition[];
  settings: OfficeSettings;
  /** `--as-of` and `--warn-days` over the office's settings (today when the command has no such options). */
  due: DueContext;
  runner: ReturnType<typeof createRuleRunner>;
  /** How findings are printed to this terminal. */
  ctx: FormatContext;
}

/**
 * Check the outputs against the inputs (and the rules files, which are inputs too), then read the
 * office's rules and settings. Call it before reading the workbook: a bad `--rules`, `--as-of` or
 * `-o` is refused before anything is read or written.
 */
export async function startCommand(
  cmd: ParsedCommand,
  io: CliIO,
  files: { inputs: string[]; outputs?: string[]; folders?: string[] },
): Promise<CommandStart> {
  const rulesPath = cmd.values.rules as string | undefined;
  const sources = await ruleSources(rulesPath);
  const plan: OutputPlan = {
    inputs: [...files.inputs, ...sources.files],
    folders: [...(files.folders ?? []), ...sources.folders],
    outputs: files.outputs ?? [],
    replace: mayReplace(cmd.values),
  };
  await checkOutputs(plan);
  const { rules, settings } = await loadOfficeRules(rulesPath);
  const due = dueContext(cmd.values, settings);
  const runner = createRuleRunner(rules, due);
  const ctx: FormatContext = { lang: cmd.lang, rules: runner.rules, version: VERSION, color: io.isTTY };
  return { plan, rules, settings, due, runner, ctx };
}
