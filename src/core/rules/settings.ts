// An office's settings, carried in its rules file so that it sets them once for every school:
// an item `{ "settings": { "warnDays": 45 } }` beside the rules and overrides. The rule loader
// skips such items; this reads them.
import { UserError } from '../i18n';
import { DEFAULT_WARN_DAYS, MAX_WARN_DAYS } from '../deadline';
import type { RuleFile } from './types';

export interface OfficeSettings {
  /** Days before a due date from which it is *Sắp đến hạn*. */
  warnDays: number;
  /** Days after the issue date within which each signing party records that the regulation was made known. */
  disseminationDays: number;
}

export const DEFAULT_DISSEMINATION_DAYS = 30;
export const DEFAULT_SETTINGS: OfficeSettings = {
  warnDays: DEFAULT_WARN_DAYS,
  disseminationDays: DEFAULT_DISSEMINATION_DAYS,
};

const KEYS = Object.keys(DEFAULT_SETTINGS) as Array<keyof OfficeSettings>;

/** A settings item: an object whose only key is `settings` (besides an optional `$schema`). */
export function isSettingsItem(json: unknown): json is { settings: unknown } {
  if (!json || typeof json !== 'object' || Array.isArray(json) || !('settings' in json)) return false;
  return Object.keys(json).every((k) => k === 'settings' || k === '$schema');
}

function settingsOf(json: unknown, file: string, into: Partial<OfficeSettings>): void {
  const s = (json as { settings: unknown }).settings;
  if (!s || typeof s !== 'object' || Array.isArray(s)) throw new UserError('rules.settingsNotObject', { file });
  for (const [key, value] of Object.entries(s)) {
    const field = `settings.${key}`;
    if (!(KEYS as string[]).includes(key))
      throw new UserError('rules.settingsUnknown', { file, field, known: KEYS.join(', ') });
    if (!Number.isInteger(value) || (value as number) < 0 || (value as number) > MAX_WARN_DAYS)
      throw new UserError('rules.settingsBadDays', { file, field, max: MAX_WARN_DAYS });
    into[key as keyof OfficeSettings] = value as number;
  }
}

/** The settings in an office's rule files (later files win, in name order, as rules do); defaults for the rest. */
export function readOfficeSettings(files: RuleFile[]): OfficeSettings {
  const found: Partial<OfficeSettings> = {};
  for (const f of [...files].sort((a, b) => a.file.localeCompare(b.file))) {
    let json: unknown;
    try {
      json = JSON.parse(f.text.replace(/^\uFEFF/, ''));
    } catch {
      continue; // the rule loader names a broken file
    }
    const items = Array.isArray(json) ? json : [json];
    items.forEach((item, i) => {
      if (isSettingsItem(item)) settingsOf(item, Array.isArray(json) ? `${f.file} (${i + 1})` : f.file, found);
    });
  }
  return { ...DEFAULT_SETTINGS, ...found };
}
