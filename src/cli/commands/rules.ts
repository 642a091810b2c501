// phoihop rules [--rules DIR|FILE.json] [--format json] [--lang vi|en]: the rule set a check
// would use, after an office's overrides.
import { LANGS, UserError } from '../../core/i18n';
import { formatCatalogueJson, formatCatalogueText } from '../../core/rules/catalogue';
import { loadRuleSet } from '../../node/rules-dir';
import { choice, LANG_OPTION, parseCommandArgs } from '../args';
import type { CliIO } from '../io';

export async function rulesCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('rules', argv, {
    rules: { type: 'string' },
    format: { type: 'string', short: 'f' },
    ...LANG_OPTION,
  });
  if (positionals.length > 0)
    throw new UserError('cli.unexpectedArgument', { command: 'rules', value: positionals[0] });
  const format = choice('--format', values.format, ['text', 'json'] as const, 'text');
  const lang = choice('--lang', values.lang, LANGS, 'vi');
  const rules = await loadRuleSet(values.rules as string | undefined);
  io.out(format === 'json' ? formatCatalogueJson(rules) + '\n' : formatCatalogueText(rules, lang));
  return 0;
}
