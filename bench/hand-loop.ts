// The baseline for the rules stage: the same checks as the rule catalogue, written by hand as
// one pass per collection over the model. It names the same rule and cell for every finding.
import type { RegulationModel } from '../src/core/model';
import { isCollectiveParty, normaliseCapacity } from '../src/core/capacity';
import { clean } from '../src/core/text';

export interface HandFinding {
  ruleId: string;
  sheet: string;
  cell: string | undefined;
}

const STATE = /^\d{1,5}\/(?:\d{4}\/)?[A-ZĐ][A-ZĐa-z0-9&]*(?:-[A-ZĐ&][A-ZĐa-z0-9&]*)*$/u;
const PARTY = /^\d{1,5}\s*-\s*[A-ZĐ][A-ZĐa-z]*\s*\/\s*[A-ZĐ&][A-ZĐa-z0-9&]*(?:-[A-ZĐ&][A-ZĐa-z0-9&]*)*$/u;
const ARCHIVE = /^lưu[\s:.,;-]*(vt|văn thư)/iu;
const PHONG = /ph[òo]ng\s*(gi[áa]o\s*d[ụu]c|gd)/iu;

export function handChecks(m: RegulationModel): HandFinding[] {
  const out: HandFinding[] = [];
  const push = (ruleId: string, sheet: string, cell: string | undefined) => out.push({ ruleId, sheet, cell });
  const parties = new Map<string, RegulationModel['parties'][number]>();
  for (const p of m.parties) if (p.code && !parties.has(p.code)) parties.set(p.code, p);
  const clauseIds = new Set<string>();
  for (const c of m.clauses) if (c.id) clauseIds.add(c.id);
  const signed = new Map<string, number>();
  for (const s of m.signatories) if (s.name) signed.set(s.partyCode, (signed.get(s.partyCode) ?? 0) + 1);
  const involved = new Map<string, number>();
  const byClause = new Map<string, number>();

  for (const r of m.responsibilities) {
    const sheet = r.sheet;
    if (r.lead) involved.set(r.lead, (involved.get(r.lead) ?? 0) + 1);
    for (const s of new Set(r.support)) involved.set(s, (involved.get(s) ?? 0) + 1);
    if (r.clauseId) byClause.set(r.clauseId, (byClause.get(r.clauseId) ?? 0) + 1);
    if (!r.lead || !parties.has(r.lead)) push('responsibility-lead-known', sheet, r.cells.lead);
    if (r.support.some((s) => !parties.has(s))) push('responsibility-support-known', sheet, r.cells.support);
    if (!r.cadenceRaw || !r.cadence.value) push('responsibility-cadence-set', sheet, r.cells.cadence);
    if (r.cadence.compound) push('responsibility-cadence-compound', sheet, r.cells.cadence);
    if (r.months.invalid.length > 0) push('responsibility-months-valid', sheet, r.cells.months);
    if (!r.clauseId || !clauseIds.has(r.clauseId)) push('responsibility-clause-known', sheet, r.cells.clauseId);
    if ((r.cadence.value === 'Hàng năm' || r.cadence.value === 'Một lần') && r.months.months.length === 0)
      push('timed-task-has-month', sheet, r.cells.months);
  }
  const seenParty = new Set<string>();
  for (const p of m.parties) {
    if (p.code && !signed.get(p.code)) push('party-has-signatory', p.sheet, p.cells.code);
    if (p.code && seenParty.has(p.code)) push('unique-party-codes', p.sheet, p.cells.code);
    if (p.code && !involved.get(p.code)) push('party-has-responsibility', p.sheet, p.cells.code);
    seenParty.add(p.code);
  }
  for (const s of m.signatories) {
    const party = parties.get(s.partyCode);
    if (!party) push('signatory-party-known', s.sheet, s.cells.partyCode);
    const collective = party
      ? isCollectiveParty(party.code, party.name, party.kind)
      : isCollectiveParty(s.partyCode, '', '');
    if (collective && s.name && normaliseCapacity(s.capacity) !== 'TM.')
      push('signatory-capacity', s.sheet, s.cells.capacity);
  }
  const seenClause = new Set<string>();
  for (const c of m.clauses) {
    if (c.id && seenClause.has(c.id)) push('unique-clause-ids', c.sheet, c.cells.id);
    if (c.id && !byClause.get(c.id)) push('clause-has-responsibility', c.sheet, c.cells.id);
    seenClause.add(c.id);
  }
  for (const b of m.legalBases)
    if (!b.number || !b.date) push('legal-basis-complete', b.sheet, !b.number ? b.cells.number : b.cells.date);
  for (const e of m.cellErrors) push('cell-error-value', e.sheet, e.cell);

  const d = m.document;
  const f = (k: keyof typeof d.fields) => d.fields[k]?.raw ?? '';
  const at = (k: keyof typeof d.fields) => d.fields[k]?.cell ?? `A${d.nextRow}`;
  if (!f('reviewCadence') || !d.reviewCadence.value) push('review-cadence-set', d.sheet, at('reviewCadence'));
  if (!f('schoolYear') || !d.schoolYear || !d.schoolYear.valid) push('school-year-format', d.sheet, at('schoolYear'));
  const sy = d.schoolYear;
  if (!d.issueDate || (sy?.valid && (d.issueDate < `${sy.start}-01-01` || d.issueDate > `${sy.end}-08-31`)))
    push('issue-date-valid', d.sheet, at('issueDate'));
  const number = clean(f('number'))
    .replace(/^s[ốo]\s*:?\s*/iu, '')
    .replace(/\s*\/\s*/g, '/');
  if (number && !STATE.test(number) && !PARTY.test(number)) push('document-number-format', d.sheet, at('number'));
  if (sy && sy.start >= 2025 && PHONG.test(f('managingAuthority')))
    push('managing-authority-current', d.sheet, at('managingAuthority'));
  if (!m.recipients.some((r) => ARCHIVE.test(clean(r.recipient))))
    push('recipients-archive', m.blocks.recipients?.sheet ?? 'Nơi nhận', `A${m.blocks.recipients?.nextRow ?? 2}`);
  return out;
}
