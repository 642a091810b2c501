// Document-wide readings: cadence phrases, supersession, adoption, effect, review, school year, school.
import { ON_SIGNING, formatDateVi, parseCadence } from '../values';
import { findDate } from './bases';
import { findSchools, type SchoolMention } from './schools';
import { ADOPTED, EFFECTIVE_DATE, EFFECTIVE_SIGNING, EFFECTIVE_TO, SCHOOL_YEAR, capitalise, stripEnd } from './shapes';
import { namedReplacement, statedReplacement } from '../replaced-document';
import { ParseState } from './state';
import type { VLine } from './tail';
import type { ExtractedCadence, FieldValue } from './types';
import { CADENCE_PHRASE } from './vocab';
import { allMatches } from '../matches';
import { reviewReader } from '../review-sentence';

const APPLIES_IN_YEAR = /ap dung (?:trong|cho) nam hoc\s*(\d{4})\s*[-–—]\s*(\d{4})/;

/** "Có hiệu lực từ ngày 05/9/2025", or "… (kể) từ ngày ký" read as those words, whether the issue date is known yet or not. */
function effectOf(st: ParseState, v: VLine, f: string): FieldValue | undefined {
  // Both sentences say "từ ngày": a line without it is searched no further.
  if (!f.includes('tu ngay')) return undefined;
  if (EFFECTIVE_SIGNING.test(f)) return { value: ON_SIGNING, line: v.no, source: st.sourceOf(v.no) };
  const ed = EFFECTIVE_DATE.exec(f);
  const d = ed ? findDate(v.text, ed.index) : null;
  return d?.iso ? { value: formatDateVi(d.iso), line: v.no, source: st.sourceOf(v.no) } : undefined;
}

export function readDocument(st: ParseState): { cadences: ExtractedCadence[]; supersedes: FieldValue | undefined } {
  const cadences: ExtractedCadence[] = [];
  let supersedes: FieldValue | undefined;
  let closingSupersedes = false;
  let statedYear: { value: string; v: VLine } | undefined;
  let adopted: FieldValue | undefined;
  let effective: FieldValue | undefined;
  let decisionEffective: FieldValue | undefined;
  const review = reviewReader();
  let effectiveTo: FieldValue | undefined;
  const years = new Map<string, { count: number; v: VLine }>();
  const schools = new Map<string, { count: number; best: SchoolMention; v: VLine }>();
  const schoolSeen = new Set<string>();
  for (const v of st.lines) {
    if (!v.text) continue;
    const f = st.folded(v.idx);
    const role = st.roles[v.idx];
    // A line of the body: not a basis, a recipient or a signature (nothing here changes a role).
    if (role !== 'basis' && role !== 'recipients' && role !== 'signature') {
      for (const m of allMatches(f, CADENCE_PHRASE)) {
        const text = v.text.slice(m.index!, m.index! + m[0].length);
        cadences.push({ text, cadence: parseCadence(text).value, line: v.no });
      }
      // The closing sentences after "Trên đây là …" state the document's own facts: theirs wins.
      const closing = role === 'closing';
      const replaced = supersedes && !(closing && !closingSupersedes) ? null : statedReplacement(v.text, f);
      if (replaced) {
        supersedes = { value: replaced, line: v.no, source: st.sourceOf(v.no) };
        if (closing) closingSupersedes = true;
      }
      // Each sentence's pattern is searched only in a line holding its words (most lines hold none).
      const named = supersedes || !f.includes('thay the') ? null : namedReplacement(v.text, f);
      if (named) supersedes = { value: named, line: v.no, source: st.sourceOf(v.no) };
      const ad = adopted || !f.includes('thong qua') ? null : ADOPTED.exec(f);
      if (ad)
        adopted = {
          value: capitalise(stripEnd(v.text.slice(ad.index + ad[0].length - ad[1].length, ad.index + ad[0].length))),
          line: v.no,
          source: st.sourceOf(v.no),
        };
      const until = effectiveTo || !f.includes('hieu luc') ? null : EFFECTIVE_TO.exec(f);
      if (until) {
        const d = findDate(v.text, until.index + until[0].length);
        if (d?.iso) effectiveTo = { value: formatDateVi(d.iso), line: v.no, source: st.sourceOf(v.no) };
      }
      // The regulation's own effect wins over its issuing decision's ("Quyết định có hiệu lực …").
      if (role === 'decision') decisionEffective ??= effectOf(st, v, f);
      else effective ??= effectOf(st, v, f);
      review.read(v.text, f, v.no);
    }
    if (role !== 'recipients') {
      // "Quy chế áp dụng trong năm học 2025-2026": the year said outright, over a count of mentions.
      const namHoc = f.includes('nam hoc');
      const applies = statedYear || !namHoc ? null : APPLIES_IN_YEAR.exec(f);
      if (applies && +applies[2] === +applies[1] + 1) statedYear = { value: `${applies[1]}-${applies[2]}`, v };
      for (const m of namHoc || f.includes('nien khoa') ? allMatches(f, SCHOOL_YEAR) : []) {
        const s = +m[1];
        if (+m[2] !== s + 1) continue;
        const key = `${s}-${s + 1}`;
        const e = years.get(key) ?? { count: 0, v };
        e.count++;
        years.set(key, e);
      }
      for (const sm of findSchools(v.text, f)) {
        const weight = role === 'heading' ? 100 : role === 'signature' ? 0.5 : 1;
        const e = schools.get(sm.key) ?? { count: 0, best: sm, v };
        e.count += weight;
        if ((e.best.abbreviated && !sm.abbreviated) || (e.best.caps && !sm.caps)) e.best = sm;
        schools.set(sm.key, e);
        schoolSeen.add(sm.key);
      }
    }
  }
  if (supersedes) st.fields.supersedes = supersedes;
  if (adopted) st.fields.adoptedAt = adopted;
  effective ??= decisionEffective;
  if (effective) st.fields.effectiveFrom = effective;
  const { cadence, form } = review.reading;
  if (cadence)
    st.fields.reviewCadence = { value: cadence.value, line: cadence.line, source: st.sourceOf(cadence.line) };
  if (form) st.fields.reviewForm = { value: form.value, line: form.line, source: st.sourceOf(form.line) };
  if (effectiveTo) st.fields.effectiveTo = effectiveTo;
  // Said outright in a closing sentence (our export says it when the title does not), it wins.
  if (statedYear)
    st.fields.schoolYear = { value: statedYear.value, line: statedYear.v.no, source: st.sourceOf(statedYear.v.no) };
  if (!st.fields.schoolYear && years.size > 0) {
    const [key, e] = [...years.entries()].sort((a, b) => b[1].count - a[1].count)[0];
    st.set('schoolYear', key, e.v);
  }
  let school: string | null = null;
  if (schools.size > 0) {
    const [, e] = [...schools.entries()].sort((a, b) => b[1].count - a[1].count)[0];
    school = e.best.display;
    st.set('issuer', school, e.v);
  }
  st.school = school;

  return { cadences, supersedes };
}
