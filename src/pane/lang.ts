// Which language the pane speaks: the user's saved choice, else Office's display language
// (English for an English Office), else Vietnamese.
import type { Lang } from '../core/i18n';

const KEY = 'phoihop.lang';

export function savedLang(storage: Pick<Storage, 'getItem'> | null): Lang | null {
  try {
    const v = storage?.getItem(KEY);
    return v === 'vi' || v === 'en' ? v : null;
  } catch {
    return null; // storage may be blocked (private mode, some Office webviews)
  }
}

export function saveLang(storage: Pick<Storage, 'setItem'> | null, lang: Lang): void {
  try {
    storage?.setItem(KEY, lang);
  } catch {
    /* the choice then lasts for this session only */
  }
}

export function initialLang(opts: { query?: string; saved: Lang | null; displayLanguage: string | null }): Lang {
  const fromQuery = new URLSearchParams(opts.query ?? '').get('lang');
  if (fromQuery === 'vi' || fromQuery === 'en') return fromQuery;
  if (opts.saved) return opts.saved;
  if (opts.displayLanguage && /^en\b/i.test(opts.displayLanguage)) return 'en';
  return 'vi';
}
