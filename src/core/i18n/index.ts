import { en } from './en';
import { vi, type MessageKey } from './vi';

export type Lang = 'vi' | 'en';
export type { MessageKey };
export const LANGS: Lang[] = ['vi', 'en'];

const catalogues: Record<Lang, Record<MessageKey, string>> = { vi, en };

/** Replace `{{name}}` placeholders; unknown ones are left as written so a test can catch them. */
export function interpolate(template: string, data: Record<string, unknown> = {}): string {
  return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (whole, name: string) => {
    const v = data[name];
    if (v === undefined || v === null) return whole;
    return Array.isArray(v) ? v.join(', ') : String(v);
  });
}

function isBilingual(v: unknown): v is { vi: string; en: string } {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as { vi?: unknown }).vi === 'string' &&
    typeof (v as { en?: unknown }).en === 'string'
  );
}

/** A catalogue message; a data value given as `{vi, en}` is taken in the message's language. */
export function t(lang: Lang, key: MessageKey, data?: Record<string, unknown>): string {
  const local: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data ?? {})) local[k] = isBilingual(v) ? v[lang] : v;
  return interpolate(catalogues[lang][key], local);
}

/** A catalogue phrase in both languages, to pass as a data value (taken in the message's language). */
export function phrase(key: MessageKey, data?: Record<string, unknown>): { vi: string; en: string } {
  return { vi: t('vi', key, data), en: t('en', key, data) };
}

/** A message in both languages, Vietnamese first: what a CLI error line prints. */
export function bilingual(key: MessageKey, data?: Record<string, unknown>): string {
  return `${t('vi', key, data)} / ${t('en', key, data)}`;
}

/** An error a user caused (bad file, bad rules, bad usage): shown as one line, never a stack. */
export class UserError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly data: Record<string, unknown> = {},
  ) {
    super(t('en', key, data));
    this.name = 'UserError';
  }
  text(lang: Lang): string {
    return t(lang, this.key, this.data);
  }
  line(): string {
    return bilingual(this.key, this.data);
  }
}
