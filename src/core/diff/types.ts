// What `diff` finds between two regulation workbooks (DESIGN §11): one change per entity, in the
// order of the blocks and of the new workbook's rows.

/** The blocks compared, in the order the text output and the bảng so sánh list them. */
export const DIFF_BLOCKS = [
  'document',
  'bases',
  'parties',
  'signatories',
  'clauses',
  'responsibilities',
  'recipients',
  'dissemination',
] as const;
export type DiffBlock = (typeof DIFF_BLOCKS)[number];

export type ChangeKind = 'added' | 'removed' | 'changed' | 'moved';

/** A field's text when one field differs (or the clause text), `{label: value}` when several do. */
export type ChangeValue = string | Record<string, string> | null;

/** One word-level piece of a changed text: kept, inserted (only in the new) or deleted (only in the old). */
export interface WordPiece {
  text: string;
  kind: 'same' | 'inserted' | 'deleted';
}

/** A field whose value differs between the two workbooks. */
export interface FieldChange {
  /** The column header or Văn bản label ("Nội dung", "Chu kỳ", "Năm học"). */
  label: string;
  old: string;
  new: string;
  oldCell: string | null;
  newCell: string | null;
}

export interface Change {
  block: DiffBlock;
  change: ChangeKind;
  key: string;
  old: ChangeValue;
  new: ChangeValue;
  /** `Sheet!A1`, null on the side where the entity is absent. */
  oldCell: string | null;
  newCell: string | null;
  /** The fields that differ (changed and moved entities). */
  fields: FieldChange[];
  /** The entity as a line of text on each side, for the clerk and the bảng so sánh ('' where absent). */
  oldText: string;
  newText: string;
  /** Word by word, for a changed text (the clause's Nội dung, or the entity's line). */
  words?: WordPiece[];
}

/**
 * A block left out of the comparison, and why: the Phổ biến records are each school year's own
 * events, so two workbooks of different school years have none in common to compare.
 */
export interface ComparisonNote {
  block: 'dissemination';
  reason: 'different-school-years';
  /** How many records each side holds. */
  old: number;
  new: number;
}

export interface Comparison {
  old: string;
  new: string;
  /** The school year each side names (Năm học), as written. */
  oldYear: string;
  newYear: string;
  changes: Change[];
  /** What was not compared, and why (empty when everything was). */
  notes: ComparisonNote[];
}
