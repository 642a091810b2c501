// The heading zone: an issuing decision, the authority and unit, Số, place and date, kind, title.
// Where the heading starts and the decision part ahead of a regulation; the heading's lines are read
// in heading-lines.ts and turned into fields in heading-fields.ts.
import { isContextBasis } from './bases';
import {
  BASIS_START,
  NOT_BASIS,
  NUMBER_LINE,
  PLACE_DATE,
  foldOf,
  isDecoration,
  isUnitNameLine,
  isUpperLine,
  kindOf,
  type Kind,
} from './shapes';
import { parseHead } from './heading-lines';
import { ParseState } from './state';
import { classifyTail, findTailStart } from './tail';
import { parseTail } from './tail-zone';
export { parseHead } from './heading-lines';
export { applyHead } from './heading-fields';

export function firstKind(
  st: ParseState,
  from: number,
  to: number,
  regulationOnly = false,
): { i: number; kind: Kind } | null {
  for (let i = from; i < to; i++) {
    const t = st.lines[i].text;
    if (!t) continue;
    if (BASIS_START.test(foldOf(t)) && !regulationOnly) return null;
    const k = kindOf(t);
    if (k && (!regulationOnly || k !== 'quyet_dinh')) return { i, kind: k };
  }
  return null;
}

/** Back from a kind line over the heading lines that belong to it. */
export function headerStart(st: ParseState, kindLine: number): number {
  let i = kindLine;
  while (i > 0) {
    const t = st.lines[i - 1].text;
    if (
      t &&
      !(
        isDecoration(t) ||
        isUpperLine(t) ||
        isUnitNameLine(t) ||
        NUMBER_LINE.test(foldOf(t)) ||
        PLACE_DATE.test(foldOf(t))
      )
    )
      break;
    if (t && classifyTail(t) && !isUpperLine(t)) break;
    if (t && /^(?:hieu truong|nguoi ky|noi nhan)/.test(foldOf(t))) break;
    if (t && classifyTail(t) === 'name') break;
    i--;
  }
  return st.nextNonBlank(i, kindLine);
}

// ------------------------------------------------------------ decision part

export function parseDecision(st: ParseState, from: number, to: number) {
  const tail = findTailStart(st.lines, from, to);
  const head = parseHead(st, from, tail);
  if (head.number)
    st.decision = {
      number: head.number.value,
      date: head.placeDate?.date ?? null,
      text: head.number.text,
      line: head.number.no,
      source: st.sourceOf(head.number.no),
    };
  for (const v of head.orgs) st.role(v.idx, 'heading');
  // The decision's own heading names the authority and the unit when the regulation's does not.
  st.decisionHead = head;
  let i = head.end;
  for (; i < tail; i++) {
    const v = st.lines[i];
    if (!v.text) continue;
    const f = foldOf(v.text).replace(/^[-+•*]\s*/, '');
    if (/^quyet dinh\s*:?$/.test(f)) {
      st.role(i, 'decoration');
      i++;
      break;
    }
    if (BASIS_START.test(f) && !NOT_BASIS.test(f)) {
      const joined = st.joinContinuation(i, tail);
      const role = isContextBasis(joined.text) ? 'context' : 'basis';
      if (role === 'basis') st.readBasis(v, joined.text, joined.last);
      for (let k = i; k <= joined.last; k++) st.role(k, role);
      i = joined.last;
      continue;
    }
    st.role(i, 'decision');
  }
  for (; i < tail; i++) if (st.lines[i].text) st.role(i, 'decision');
  const signed = st.signatories.length;
  const sent = st.recipients.length;
  parseTail(st, tail, to);
  st.decisionTail = { signatories: st.signatories.splice(signed), recipients: st.recipients.splice(sent) };
}
