// An office's own rules folder: every *.json in it, applied on top of the built-in rules.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { UserError } from '../core/i18n';
import { BUILTIN_RULES } from '../core/rules/builtin-rules';
import { mergeRules, type RuleFile } from '../core/rules/load-rules';
import type { RuleDefinition } from '../core/rules/types';

export async function loadRuleSet(dir?: string): Promise<RuleDefinition[]> {
  if (!dir) return BUILTIN_RULES;
  let names: string[];
  try {
    names = (await fs.readdir(dir)).filter((n) => n.toLowerCase().endsWith('.json'));
  } catch {
    throw new UserError('rules.dirMissing', { dir });
  }
  const files: RuleFile[] = [];
  for (const name of names.sort()) {
    const file = path.join(dir, name);
    files.push({ file, text: await fs.readFile(file, 'utf8') });
  }
  return mergeRules(BUILTIN_RULES, files);
}
