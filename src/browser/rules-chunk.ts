// Merging an office's rule files onto the built-in rules in the pane, loaded on first need as
// its own chunk: the schema validator (ajv) is not part of the pane's first load.
import { BUILTIN_RULES } from '../core/rules/builtin-rules';
import { mergeRules, type RuleFile } from '../core/rules/load-rules';
import type { RuleDefinition } from '../core/rules/types';

export function officeRules(files: RuleFile[]): RuleDefinition[] {
  return mergeRules(BUILTIN_RULES, files);
}
