// An office's own rules: a folder (every *.json in it) or a single .json file (one rule or
// override, or a list of them), applied on top of the built-in rules. Rule files come from
// outside: only regular .json files are read, each within a size limit; a sub-folder is
// skipped and anything else named *.json (a FIFO, a device, a symlink loop, a dangling link,
// an unreadable file) is refused with what it is, before anything could block or fill memory.
import { promises as fs, statSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../core/i18n';
import { BUILTIN_RULES } from '../core/rules/builtin-rules';
import { mergeRules, type RuleFile } from '../core/rules/load-rules';
import { DEFAULT_SETTINGS, readOfficeSettings, type OfficeSettings } from '../core/rules/settings';
import type { RuleDefinition } from '../core/rules/types';
import { openFailure, readInputFileSync } from './files';

const isJson = (name: string) => name.toLowerCase().endsWith('.json');

/** Largest rule file read: a whole office rule set is a few dozen kilobytes. */
export const RULE_FILE_LIMIT = 1024 * 1024;
/** Most rule files read from one folder. */
export const RULE_FILES_LIMIT = 500;

/** What a --rules path reads, for the output checks: the files, and the folder if it is one. */
export async function ruleSources(dirOrFile?: string): Promise<{ files: string[]; folders: string[] }> {
  if (!dirOrFile) return { files: [], folders: [] };
  const stat = await fs.stat(dirOrFile).catch(() => null);
  if (stat?.isDirectory()) return { files: [], folders: [dirOrFile] };
  return { files: [dirOrFile], folders: [] };
}

function readRuleFile(file: string): RuleFile {
  let bytes: Uint8Array;
  try {
    bytes = readInputFileSync(file, RULE_FILE_LIMIT);
  } catch (e) {
    if (e instanceof UserError && e.key === 'input.tooLarge') {
      const size = Math.ceil(statSync(file).size / 1024);
      throw new UserError('rules.tooLarge', { file, size, limit: RULE_FILE_LIMIT / 1024 });
    }
    throw e;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UserError('rules.notUtf8', { file });
  }
  return { file, text };
}

/** The .json files of `--rules DIR|FILE.json`, read as text. */
async function readRuleFiles(dirOrFile: string): Promise<RuleFile[]> {
  let stat;
  try {
    stat = await fs.stat(dirOrFile);
  } catch (e) {
    const failure = openFailure(dirOrFile, e);
    if (failure.key === 'input.notFound') throw new UserError('rules.dirMissing', { dir: dirOrFile });
    throw failure;
  }
  if (!stat.isDirectory()) {
    if (!isJson(dirOrFile)) throw new UserError('rules.notJsonFile', { file: dirOrFile });
    return [readRuleFile(dirOrFile)];
  }
  let entries;
  try {
    entries = await fs.readdir(dirOrFile, { withFileTypes: true });
  } catch (e) {
    throw openFailure(dirOrFile, e);
  }
  const files: RuleFile[] = [];
  const names = entries
    .filter((e) => isJson(e.name) && !e.isDirectory())
    .map((e) => e.name)
    .sort();
  if (names.length > RULE_FILES_LIMIT)
    throw new UserError('rules.tooManyFiles', { dir: dirOrFile, count: names.length, limit: RULE_FILES_LIMIT });
  for (const name of names) {
    const file = path.join(dirOrFile, name);
    // A link to a folder named *.json is a folder: skipped like the others.
    const target = await fs.stat(file).catch(() => null);
    if (target?.isDirectory()) continue;
    files.push(readRuleFile(file));
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
