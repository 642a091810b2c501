// The rule set in use, as an office reads it: which rules run, at what severity, from which
// file, and why. What `phoihop rules` prints, so an office can see its overrides took effect.
import { t, type Lang } from '../i18n';
import { BLOCKS } from '../layout';
import type { RuleDefinition } from './types';

export interface CatalogueEntry {
  id: string;
  severity: RuleDefinition['severity'];
  given: RuleDefinition['given'];
  /** Where the rule (or the override that last changed it) comes from. */
  source: string;
  messageIds: string[];
  /** What the rule checks, in words an office reads (from the rule file; an office's own rule may not say). */
  checks?: RuleDefinition['rationale'];
  /** The function that decides the rule (src/core/rules/functions/), when its conditions alone do not. */
  function?: string;
  rationale: RuleDefinition['rationale'];
}

const ORDER = { error: 0, warning: 1, info: 2, off: 3 } as const;

/** Errors first, then warnings, hints, and the rules switched off; by id within each. */
export function catalogue(rules: RuleDefinition[]): CatalogueEntry[] {
  return [...rules]
    .sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || a.id.localeCompare(b.id))
    .map((r) => ({
      id: r.id,
      severity: r.severity,
      given: r.given,
      source: r.source ?? '',
      messageIds: Object.keys(r.messages),
      ...(r.checks ? { checks: r.checks } : {}),
      ...(r.then ? { function: r.then.function } : {}),
      rationale: r.rationale,
    }));
}

export function formatCatalogueJson(rules: RuleDefinition[]): string {
  return JSON.stringify({ rules: catalogue(rules) }, null, 2);
}

/** One line a rule, then what it checks and its rationale indented, in the user's language. */
export function formatCatalogueText(rules: RuleDefinition[], lang: Lang): string {
  const entries = catalogue(rules);
  const off = entries.filter((e) => e.severity === 'off').length;
  const label = (e: CatalogueEntry) => t(lang, e.severity === 'off' ? 'rules.list.off' : `severity.${e.severity}`);
  const sevWidth = entries.reduce((w, e) => Math.max(w, label(e).length), 0);
  const idWidth = entries.reduce((w, e) => Math.max(w, e.id.length), 0);
  const lines = [t(lang, 'rules.list.heading', { count: entries.length, active: entries.length - off, off }), ''];
  for (const e of entries) {
    const builtin = e.source.startsWith('rules/');
    lines.push(
      `  ${label(e).padEnd(sevWidth)}  ${e.id.padEnd(idWidth)}  ${builtin ? '' : t(lang, 'rules.list.from', { file: e.source })}`.trimEnd(),
    );
    if (e.checks) lines.push(`  ${' '.repeat(sevWidth)}  ${t(lang, 'rules.list.checks')}: ${e.checks[lang]}`);
    lines.push(`  ${' '.repeat(sevWidth)}  ${e.rationale[lang]}`);
  }
  return lines.join('\n') + '\n';
}

/** The README's rules table (English rationale, the sheet a rule looks at), generated so it cannot drift. */
export function formatCatalogueMarkdown(rules: RuleDefinition[]): string {
  const sheetOf = (given: string) => BLOCKS.find((b) => b.key === given)?.sheet ?? 'any';
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
  const lines = ['| id | severity | sheet | checks (rationale) |', '|---|---|---|---|'];
  for (const e of catalogue(rules).filter((r) => r.severity !== 'off'))
    lines.push(`| \`${e.id}\` | ${e.severity} | ${sheetOf(e.given)} | ${cell(e.rationale.en)} |`);
  return lines.join('\n') + '\n';
}
