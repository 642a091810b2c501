// Merging an office's rule files onto the built-in rules in the pane, loaded on first need as
// its own chunk: the schema validator (ajv) is not part of the pane's first load.
import { BUILTIN_RULES } from '../core/rules/builtin-rules';
import { mergeRules, type RuleFile } from '../core/rules/load-rules';
import { readOfficeSettings } from '../core/rules/settings';
import type { RuleDefinition } from '../core/rules/types';

/** The rules of an office's files; its settings are checked too, so a broken one is named on loading. */
export function officeRules(files: RuleFile[]): RuleDefinition[] {
  const rules = mergeRules(BUILTIN_RULES, files);
  readOfficeSettings(files);
  return rules;
}
