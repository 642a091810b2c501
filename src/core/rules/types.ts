import type { Bilingual } from '../i18n';

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

export type { Bilingual };

/** What a rule may look at: one finding per failing item of its collection. */
export const COLLECTIONS = [
  'document',
  'legalBases',
  'parties',
  'signatories',
  'clauses',
  'responsibilities',
  'recipients',
  'versions',
  'cellErrors',
  'legacyTexts',
  'unconfirmedValues',
  'missingBlocks',
  'rowsBelowTables',
] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** A rule file as read: its path as shown to the user, and its text. */
export interface RuleFile {
  file: string;
  text: string;
}

export interface LeafCondition {
  fact: string;
  path?: string;
  operator: string;
  value: unknown;
  params?: Record<string, unknown>;
}
export type Condition = LeafCondition | { all: Condition[] } | { any: Condition[] } | { not: Condition };

export interface RuleDefinition {
  id: string;
  severity: Severity | 'off';
  /** The collection whose items the rule looks at, one finding per failing item. */
  given: CollectionName;
  /** json-rules-engine conditions over `item` (one element of `given`) and the global facts. */
  conditions: { all: Condition[] } | { any: Condition[] } | { not: Condition };
  /** The function that decides the rule (functions/), reporting the message id it returns. */
  then?: { function: string };
  /** What the rule checks, in words an office reads (shown by `phoihop rules`). */
  checks?: Bilingual;
  report?: {
    /** The item field whose cell the finding points at; may be `{{field}}`. */
    field?: string;
    /** Which message to use; may be `{{field}}`. Default `default`. */
    messageId?: string;
    /** How the entity is named: a template over item fields. */
    entity?: string;
    /** A fix the pane can offer for the reported cell: its text now, and what to write instead (templates). */
    fix?: { from: string; to: string };
    /** A Table the pane can offer to extend: its name, its range now and the range to give it (templates). */
    extendTable?: TableExtension;
  };
  messages: Record<string, Bilingual>;
  rationale: Bilingual;
  /** Where the definition came from, for messages about it. */
  source?: string;
}

/** A district's partial change to an existing rule. */
export interface RuleOverride {
  id: string;
  severity?: Severity | 'off';
  messages?: Record<string, Bilingual>;
  rationale?: Bilingual;
  source?: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** Which of the rule's messages was used. */
  messageId: string;
  /** The message in both languages; formatters pick one. */
  message: Bilingual;
  sheet: string;
  cell: string | null;
  row: number | null;
  entity: string;
  /** Set when the rule offers one: write `to` in the cell, if it still holds `from`. */
  fix?: { from: string; to: string };
  /** Set when the rule offers one: give the Table `table` the range `to`, if it still spans `from`. */
  extendTable?: TableExtension;
}

export interface TableExtension {
  table: string;
  from: string;
  to: string;
}
