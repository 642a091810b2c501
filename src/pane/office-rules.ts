// An office's own rule files in the pane: picked from disk, remembered on this computer, and
// described for the user. Merging them onto the built-in rules is the core's job (the same
// mergeRules the CLI's --rules uses), loaded lazily with its schema validator.
import { t, UserError, type Lang } from '../core/i18n';
import type { RuleFile } from '../core/rules/load-rules';
import type { RuleDefinition } from '../core/rules/types';

const KEY = 'phoihop.rules';
const STORE_VERSION = 1;
/** A rule file is a few KB; anything far larger was picked by mistake. */
export const RULE_FILE_LIMIT_KB = 256;
export const RULE_FILES_MAX = 500;

export interface RuleSetInUse {
  /** The office's files, empty for the built-in rules. */
  files: RuleFile[];
  rules: RuleDefinition[];
}

export function storedRuleFiles(storage: Pick<Storage, 'getItem'> | null): RuleFile[] | null {
  try {
    const raw = storage?.getItem(KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as { version?: unknown; files?: unknown };
    if (parsed.version !== STORE_VERSION || !Array.isArray(parsed.files)) return null;
    const files = parsed.files.filter((f): f is RuleFile => typeof f?.file === 'string' && typeof f?.text === 'string');
    return files.length > 0 ? files : null;
  } catch {
    return null; // blocked storage, or something else wrote the key
  }
}

/** False when the browser refused (private mode, quota): the rules then last for this session. */
export function storeRuleFiles(storage: Pick<Storage, 'setItem' | 'removeItem'> | null, files: RuleFile[]): boolean {
  try {
    if (!storage) return false;
    if (files.length === 0) storage.removeItem(KEY);
    else storage.setItem(KEY, JSON.stringify({ version: STORE_VERSION, files }));
    return true;
  } catch {
    return false;
  }
}

/** The .json files among those picked, as the CLI takes the .json files of a folder. */
export async function ruleFilesFromPicked(
  picked: ReadonlyArray<Pick<File, 'name' | 'size' | 'text'> & { webkitRelativePath?: string }>,
): Promise<RuleFile[]> {
  const json = picked.filter((f) => f.name.toLowerCase().endsWith('.json'));
  if (json.length === 0)
    throw new UserError('pane.rules.noJson', { files: picked.map((f) => f.name).join(', ') || '—' });
  if (json.length > RULE_FILES_MAX)
    throw new UserError('pane.rules.tooMany', { count: json.length, limit: RULE_FILES_MAX });
  const files: RuleFile[] = [];
  for (const f of json) {
    const name = f.webkitRelativePath || f.name;
    if (f.size > RULE_FILE_LIMIT_KB * 1024)
      throw new UserError('pane.rules.tooLarge', {
        file: name,
        size: Math.ceil(f.size / 1024),
        limit: RULE_FILE_LIMIT_KB,
      });
    files.push({ file: name, text: await f.text() });
  }
  return files.sort((a, b) => a.file.localeCompare(b.file));
}

/** The one-line heading and the longer description of the rules in use. */
export function describeRuleSet(lang: Lang, set: RuleSetInUse): { heading: string; detail: string } {
  const off = set.rules.filter((r) => r.severity === 'off').length;
  const active = set.rules.length - off;
  if (set.files.length === 0)
    return { heading: t(lang, 'pane.rules.headingBuiltin'), detail: t(lang, 'pane.rules.builtin', { count: active }) };
  const data = { count: set.files.length, files: set.files.map((f) => f.file), active, off };
  const offIds = set.rules.filter((r) => r.severity === 'off').map((r) => r.id);
  const detail = [
    t(lang, 'pane.rules.custom', data),
    offIds.length > 0 ? t(lang, 'pane.rules.offList', { ids: offIds }) : '',
  ]
    .filter(Boolean)
    .join(' ');
  return { heading: t(lang, 'pane.rules.headingCustom', data), detail };
}
