// Marks every value of an extraction as read plainly or inferred. An inferred value says what
// to check (types.ts, Inference), so the workbook's notes, the command's summary and
// `--format json` tell the clerk "kiểm tra lại" instead of letting a guess pass for the text.
import { t, type Lang } from '../i18n';
import { DOCUMENT_FIELDS } from '../layout';
import { CADENCES } from '../values';
import type { Confident, Extraction, FieldValue, Inference } from './types';

const KNOWN_CADENCES = new Set<string>(CADENCES);

function mark<T extends Confident>(item: T, checks: Array<Inference | false | undefined>): T {
  // Most values need no check: no list is made for them.
  const found = checks.some((c) => !!c) ? [...new Set(checks.filter((c): c is Inference => !!c))] : [];
  item.confidence = found.length ? 'inferred' : 'read';
  if (found.length) item.checks = found;
  else delete item.checks;
  return item;
}

/** What the heading says plainly, by field, when the value was not read there. */
export interface HeadingFacts {
  /** Lines of the heading zone (the school is read plainly there). */
  headingLines: Set<number>;
  /** The school year came from the title. */
  schoolYearInTitle: boolean;
}

export function markConfidence(x: Extraction, head: HeadingFacts): Extraction {
  const repaired = new Map<number, Inference>();
  for (const c of x.conversions)
    repaired.set(
      c.line,
      c.encoding === 'tcvn3'
        ? 'repairedTcvn3'
        : c.encoding === 'vni'
          ? 'repairedVni'
          : c.encoding === 'horn'
            ? 'repairedHorn'
            : c.encoding === 'glyphs'
              ? 'repairedGlyphs'
              : 'repairedMojibake',
    );
  const fixed = (line: number) => repaired.get(line);
  for (const [key, f] of Object.entries(x.fields) as Array<[keyof Extraction['fields'], FieldValue]>) {
    mark(f, [
      fixed(f.line),
      key === 'issuer' && !head.headingLines.has(f.line) && 'schoolInBody',
      key === 'schoolYear' && !head.schoolYearInTitle && 'schoolYearInBody',
      key === 'issueDate' && !!x.fields.decision && f.line === x.fields.decision.line && 'decisionDate',
    ]);
  }
  for (const p of x.parties)
    mark(p, [
      p.sources.every((s) => s === 'listed') && 'partyInClauses',
      fixed(p.lines.find((l) => repaired.has(l)) ?? 0),
    ]);
  for (const s of x.signatories)
    mark(s, [!s.party && 'signatoryParty', fixed(s.lines.find((l) => repaired.has(l)) ?? 0)]);
  for (const b of x.legalBases)
    mark(b, [b.issuerRead !== undefined && (b.issuer ? 'issuerFromNumber' : 'issuerNotBody'), fixed(b.line)]);
  for (const r of x.recipients) mark(r, [fixed(r.line)]);
  for (const r of x.responsibilities)
    mark(r, [
      r.fromHeading && 'rolesFromHeading',
      r.cadenceLine > 0 && r.cadenceLine !== r.line && 'cadenceFromHeading',
      r.cadence !== '' && !KNOWN_CADENCES.has(r.cadence) && 'cadenceCompound',
      fixed(r.line),
    ]);
  return x;
}

/** Every value of the extraction that carries a confidence: fields, parties, signatories, bases, recipients, tasks. */
export function confidentValues(x: Extraction): Confident[] {
  return [
    ...Object.values(x.fields).filter((f): f is FieldValue => !!f),
    ...x.parties,
    ...x.signatories,
    ...x.legalBases,
    ...x.recipients,
    ...x.responsibilities,
  ];
}

/** The "kiểm tra lại" line of the command's summary, or '' when every value was read plainly. */
export function inferredSummary(x: Extraction, lang: Lang): string {
  const items: string[] = [];
  for (const f of DOCUMENT_FIELDS) {
    const v = x.fields[f.key];
    if (v?.confidence === 'inferred') items.push(t(lang, 'import.inferred.field', { label: f.label, line: v.line }));
  }
  for (const p of x.parties)
    if (p.confidence === 'inferred')
      items.push(t(lang, 'import.inferred.party', { code: p.code, line: p.lines[0] ?? 0 }));
  for (const s of x.signatories)
    if (s.confidence === 'inferred') items.push(t(lang, 'import.inferred.signatory', { name: s.name, line: s.line }));
  const tasks = x.responsibilities.filter((r) => r.confidence === 'inferred').length;
  if (tasks) items.push(t(lang, 'import.inferred.tasks', { count: tasks }));
  const count = items.length - (tasks ? 1 : 0) + tasks;
  return items.length ? t(lang, 'import.inferred', { count, list: items.join('; ') }) : '';
}
