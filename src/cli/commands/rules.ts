// phoihop rules [--rules DIR|FILE.json] [--format json] [--lang vi|en]: the rule set a check
// would use, after an office's overrides.
import { LANGS, UserError } from '../../core/i18n';
import { formatCatalogueJson, formatCatalogueText } from '../../core/rules/catalogue';
import { loadRuleSet } from '../../node/rules-dir';
import { choice, LANG_OPTION, parseCommandArgs, RULES_OPTION, type CommandSpec } from '../args';
import type { CliIO } from '../io';

const FORMATS = ['text', 'json'] as const;

export const rulesSpec: CommandSpec = {
  name: 'rules',
  options: {
    ...RULES_OPTION,
    format: { type: 'string', short: 'f', choices: FORMATS, default: 'text', help: 'cli.opt.rules.format' },
    ...LANG_OPTION,
  },
};

export async function rulesCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(rulesSpec, argv);
  if (positionals.length > 0)
    throw new UserError('cli.unexpectedArgument', { command: 'rules', value: positionals[0] });
  const format = choice('--format', values.format, FORMATS, 'text');
  const lang = choice('--lang', values.lang, LANGS, 'vi');
  const rules = await loadRuleSet(values.rules as string | undefined);
  io.out(format === 'json' ? formatCatalogueJson(rules) + '\n' : formatCatalogueText(rules, lang));
  return 0;
}
