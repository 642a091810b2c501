import { en } from './en';
import { vi, type MessageKey } from './vi';

export type Lang = 'vi' | 'en';
export type { MessageKey };
export const LANGS: Lang[] = ['vi', 'en'];

const catalogues: Record<Lang, Record<MessageKey, string>> = { vi, en };

/** The same text in both languages (a finding's message, a batch row's note). */
export interface Bilingual {
  vi: string;
  en: string;
}

/**
 * A catalogue message by key, put inside another message as a data value (a `detail`, a `what`):
 * it is written in the outer message's language. `technical` is a library's own words (a zip
 * reader's or the file system's reason, in English): the English text shows it in parentheses,
 * the Vietnamese one leaves it out, so no English word lands in a Vietnamese sentence.
 */
export interface Message {
  readonly key: MessageKey;
  readonly data?: Record<string, unknown>;
  readonly technical?: string;
}

export function msg(key: MessageKey, data?: Record<string, unknown>, technical?: string): Message {
  return technical ? { key, data, technical } : { key, data };
}

const PLACEHOLDER = /\{\{\s*([\w.]+)\s*\}\}/;
const QUOTES: Record<string, string> = { '"': '"', '\u201c': '\u201d', "'": "'" };

function shown(v: unknown): string {
  return Array.isArray(v) ? v.join(', ') : String(v);
}

/**
 * A `{{name}}` template split once into parts, so each use costs a join rather than a regex pass.
 * A quoted placeholder whose value is blank reads as the language's blank word without the
 * quotes (`hiện ghi ""` says nothing); in Vietnamese `ghi "{{x}}"` becomes `chưa ghi`, not
 * `ghi chưa ghi`. Without a language (an id, a cell) values go in as they are. Unknown
 * placeholders are left as written so a test can catch them.
 */
export function compileTemplate(text: string, lang?: Lang): (data: Record<string, unknown>) => string {
  const parts = text.split(new RegExp(PLACEHOLDER.source, 'g'));
  if (parts.length === 1) return () => text;
  const blank = lang ? catalogues[lang]['value.blank'] : null;
  return (data) => {
    let out = parts[0];
    for (let i = 1; i < parts.length; i += 2) {
      const v = data[parts[i]];
      let after = parts[i + 1];
      if (v === undefined || v === null) out += `{{${parts[i]}}}`;
      else {
        const value = shown(v);
        // The quote must be the template's own, not the end of the value before.
        const open = parts[i - 1].slice(-1);
        const close = QUOTES[open];
        if (
          blank !== null &&
          close !== undefined &&
          out.endsWith(open) &&
          after.startsWith(close) &&
          value.trim() === ''
        ) {
          out = out.slice(0, -1);
          after = after.slice(1);
          if (lang === 'vi' && /(^|\s)ghi\s$/.test(out)) out = out.slice(0, -'ghi '.length);
          out += blank;
        } else out += value;
      }
      out += after;
    }
    return out;
  };
}

/** Replace `{{name}}` placeholders (see `compileTemplate`). */
export function interpolate(template: string, data: Record<string, unknown> = {}, lang?: Lang): string {
  return compileTemplate(template, lang)(data);
}

/** Whether a string read at run time (an HTML attribute) names a catalogue message. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(vi, key);
}

function isBilingual(v: unknown): v is Bilingual {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as { vi?: unknown }).vi === 'string' &&
    typeof (v as { en?: unknown }).en === 'string'
  );
}

function isMessage(v: unknown): v is Message {
  return typeof v === 'object' && v !== null && isMessageKey(String((v as { key?: unknown }).key));
}

/**
 * A catalogue message. A data value that is a Message (see `msg`) or a `{vi, en}` pair computed
 * elsewhere (a finding's message) is taken in this message's language.
 */
export function t(lang: Lang, key: MessageKey, data?: Record<string, unknown>): string {
  const local: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data ?? {})) {
    if (isMessage(v)) {
      const text = t(lang, v.key, v.data);
      local[k] = lang === 'en' && v.technical ? `${text} (${v.technical})` : text;
    } else local[k] = isBilingual(v) ? v[lang] : v;
  }
  return interpolate(catalogues[lang][key], local, lang);
}

/** A catalogue message in both languages, as a value. */
export function inBoth(key: MessageKey, data?: Record<string, unknown>): Bilingual {
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
