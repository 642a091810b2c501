// Field-by-field scoring of an import against fields written by hand: the seeds' expected JSON
// and the corpus documents share it. Compared as a reader would: case, the placement of marks,
// spaces and dashes do not matter.
import type { Extraction } from '../../src/core/import/types';
import { fold } from '../../src/core/import/vocab';

export interface ExpectedFields {
  kind: string | null;
  number: string | null;
  /** ISO date of issue, or null when the document leaves it blank. */
  date: string | null;
  schoolYear: string | null;
  school: string | null;
  /** Standard codes, and OTHER:name for a body outside the standard list. */
  parties: string[];
  /** Names of the people who sign. */
  signatories: string[];
  /** Instruments cited under Căn cứ (see the README's counting rule). */
  legalBases: number;
  /** When the count depends on reading, the counts a reader may give. */
  legalBasesRange?: [number, number];
  supersedes: boolean;
  /** Nơi nhận lines without bullet and final punctuation. */
  recipients: string[];
}

export const HEADLINE = [
  'kind',
  'number',
  'date',
  'schoolYear',
  'school',
  'parties',
  'signatories',
  'legalBases',
  'supersedes',
  'recipients',
] as const;
export type Headline = (typeof HEADLINE)[number];

export const norm = (s: string | null | undefined) =>
  s == null
    ? null
    : fold(s.normalize('NFC'))
        .replace(/[\u2010-\u2015]/g, '-')
        .replace(/\s*([-/])\s*/g, '$1')
        .replace(/\s+/g, ' ')
        .trim();
const sameList = (a: string[], b: string[]) =>
  JSON.stringify(a.map(norm).sort()) === JSON.stringify(b.map(norm).sort());

function partiesRight(x: Extraction, expected: string[]): boolean {
  const standard = expected.filter((p) => !p.startsWith('OTHER:'));
  const others = expected.filter((p) => p.startsWith('OTHER:')).map((p) => norm(p.slice(6))!);
  const gotStandard = x.parties.filter((p) => p.standard).map((p) => p.code);
  const gotOthers = x.parties.filter((p) => !p.standard);
  if (!sameList(gotStandard, standard) || gotOthers.length !== others.length) return false;
  // Each other body expected is one we read, by name or by the way the document writes it.
  return others.every((name) =>
    gotOthers.some((p) => [p.name, ...p.forms].some((f) => norm(f)!.includes(name) || name.includes(norm(f)!))),
  );
}

const KIND: Record<string, string> = { quy_che: 'quy_che', ke_hoach: 'ke_hoach', ke_hoach_lien_tich: 'ke_hoach' };

export function scoreHeadline(x: Extraction, e: ExpectedFields): Record<Headline, boolean> {
  return {
    kind: (x.facts.kind ? KIND[x.facts.kind] : null) === (e.kind ? (KIND[e.kind] ?? e.kind) : null),
    number: norm(x.fields.number?.value) === norm(e.number),
    date: x.facts.issueDate === e.date,
    schoolYear: norm(x.facts.schoolYear) === norm(e.schoolYear),
    school: norm(x.facts.school) === norm(e.school),
    parties: partiesRight(x, e.parties),
    signatories: sameList(x.signatories.map((s) => s.name).filter(Boolean), e.signatories),
    legalBases: e.legalBasesRange
      ? x.legalBases.length >= e.legalBasesRange[0] && x.legalBases.length <= e.legalBasesRange[1]
      : x.legalBases.length === e.legalBases,
    supersedes: (x.facts.supersedes !== null) === e.supersedes,
    recipients: sameList(
      x.recipients.map((r) => r.text),
      e.recipients,
    ),
  };
}

const months = (s: string) =>
  s
    .split(/\s*,\s*/)
    .filter(Boolean)
    .sort()
    .join(',');

/**
 * The time of each hand-marked task: a Chu kỳ ("Hàng quý"), months of Thời điểm ("T11", "T9, T1"),
 * or '' for a task whose clause states no time (then the row, if drafted, has neither).
 */
export function scoreTimes(x: Extraction, times: Record<string, string>): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  for (const [id, want] of Object.entries(times)) {
    const r = x.responsibilities.find((t) => t.clauseId === id);
    if (want === '') out[id] = !r || (!r.cadence && !r.months);
    else if (/^T\d/.test(want)) out[id] = !!r && months(r.months) === months(want);
    else out[id] = !!r && norm(r.cadence) === norm(want);
  }
  return out;
}

/** Tasks and clauses against their hand-marked lead and parts: one line per difference. */
export function scoreStructure(
  x: Extraction,
  e: { leads?: Record<string, string>; parts?: Record<string, string> },
): string[] {
  const out: string[] = [];
  for (const [id, want] of Object.entries(e.leads ?? {})) {
    const got = x.responsibilities.find((r) => r.clauseId === id)?.lead ?? '(no task)';
    if (got !== want) out.push(`${id} lead ${got}, want ${want}`);
  }
  for (const [id, want] of Object.entries(e.parts ?? {})) {
    const got = x.clauses.find((c) => c.id === id)?.chapter ?? '(no clause)';
    if (norm(got) !== norm(want)) out.push(`${id} under "${got}", want "${want}"`);
  }
  return out;
}

/** A table of ✓ and ✗, one row per document, one column per field, with the row's score. */
export function scoreTable(rows: Array<{ id: string; score: Record<string, boolean> }>, fields: readonly string[]) {
  const width = Math.max(4, ...rows.map((r) => r.id.length));
  const header = `${'doc'.padEnd(width)}  ${fields.join('  ')}  score`;
  const lines = rows.map((r) => {
    const ok = fields.filter((f) => r.score[f]).length;
    const cells = fields.map((f) => (r.score[f] ? '✓' : '✗').padEnd(f.length + 2)).join('');
    return `${r.id.padEnd(width)}  ${cells}${ok}/${fields.length}`;
  });
  const perField = fields.map((f) => {
    const n = rows.filter((r) => r.score[f]).length;
    return `${f} ${n}/${rows.length}`;
  });
  return [header, ...lines, `by field: ${perField.join(', ')}`].join('\n');
}
