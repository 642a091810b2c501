// An office's own rules: a folder (every *.json in it) or a single .json file (one rule or
// override, or a list of them), applied on top of the built-in rules.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { UserError } from '../core/i18n';
import { BUILTIN_RULES } from '../core/rules/builtin-rules';
import { mergeRules, type RuleFile } from '../core/rules/load-rules';
import { DEFAULT_SETTINGS, readOfficeSettings, type OfficeSettings } from '../core/rules/settings';
import type { RuleDefinition } from '../core/rules/types';

const isJson = (name: string) => name.toLowerCase().endsWith('.json');

/** The .json files of `--rules DIR|FILE.json`, read as text. */
async function readRuleFiles(dirOrFile: string): Promise<RuleFile[]> {
  const stat = await fs.stat(dirOrFile).catch(() => null);
  if (!stat) throw new UserError('rules.dirMissing', { dir: dirOrFile });
  if (stat.isFile()) {
    if (!isJson(dirOrFile)) throw new UserError('rules.notJsonFile', { file: dirOrFile });
    return [{ file: dirOrFile, text: await fs.readFile(dirOrFile, 'utf8') }];
  }
  let names: string[];
  try {
    names = (await fs.readdir(dirOrFile)).filter(isJson);
  } catch {
    throw new UserError('rules.dirMissing', { dir: dirOrFile });
  }
  const files: RuleFile[] = [];
  for (const name of names.sort()) {
    const file = path.join(dirOrFile, name);
    files.push({ file, text: await fs.readFile(file, 'utf8') });
  }
  return files;
}

export async function loadRuleSet(dirOrFile?: string): Promise<RuleDefinition[]> {
  if (!dirOrFile) return BUILTIN_RULES;
  return mergeRules(BUILTIN_RULES, await readRuleFiles(dirOrFile));
}

/** The rules and the office's settings (warning period …) of `--rules`, from one read of the files. */
export async function loadOfficeRules(
  dirOrFile?: string,
): Promise<{ rules: RuleDefinition[]; settings: OfficeSettings }> {
  if (!dirOrFile) return { rules: BUILTIN_RULES, settings: DEFAULT_SETTINGS };
  const files = await readRuleFiles(dirOrFile);
  return { rules: mergeRules(BUILTIN_RULES, files), settings: readOfficeSettings(files) };
}
