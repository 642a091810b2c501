// The intro zone: bases and preamble, from the heading's end to the body's first item.
import { isContextBasis } from './bases';
import {
  BASIS_HEADING,
  BASIS_START,
  ENACTING,
  ENACTING_SENTENCE,
  HAS_INSTRUMENT,
  IMPLEMENTING_START,
  NOT_BASIS,
  classifyItem,
  foldOf,
  isDecoration,
  isCapitalHeading,
  stripMarker,
  TYPE_START,
} from './shapes';
import { ParseState } from './state';
import { readHeader, rowCells, TABLE_ROW } from './task-table';
import { fold } from './vocab';

const PARTNERS = /^cac ben cung phoi hop thuc hien\s*:/;

const isTableHeader = (t: string) => TABLE_ROW.test(t) && !!readHeader(rowCells(t));

export function parseIntro(st: ParseState, from: number, to: number): number {
  // Is there any structure at all? A document without one keeps its paragraphs as clauses.
  let firstItem = -1;
  for (let i = from; i < to; i++) {
    const t = st.lines[i].text;
    if (!t) continue;
    const s = classifyItem(t);
    if (s && s.kind !== 'bullet' && s.kind !== 'letter') {
      firstItem = i;
      break;
    }
    if (isTableHeader(t)) {
      // The table's own capital heading above it ("NỘI DUNG PHỐI HỢP") opens the body with it.
      let above = i - 1;
      while (above >= from && !st.lines[above].text) above--;
      const h = above >= from ? st.lines[above].text : '';
      firstItem = h && isCapitalHeading(h) ? above : i;
      break;
    }
  }
  const limit = firstItem >= 0 ? firstItem : to;
  // Under a "Căn cứ:" heading each line is a basis, with or without its own "Căn cứ".
  let list = false;
  let prevBasis: boolean = false;
  let i = from;
  for (; i < limit; i++) {
    const v = st.lines[i];
    if (!v.text) continue;
    const f = foldOf(stripMarker(v.text));
    if (isDecoration(v.text)) {
      st.role(i, 'decoration');
      continue;
    }
    // Our own export names the parties that take part without signing on one line.
    if (PARTNERS.test(f)) {
      st.readPartners(v);
      st.role(i, 'preamble');
      continue;
    }
    if (BASIS_HEADING.test(f)) {
      list = true;
      st.role(i, 'basis');
      st.put(i, i, 'layout', 'basisHeading');
      continue;
    }
    const joined = st.joinContinuation(i, limit, true);
    const jf = fold(joined.text);
    const instrument = HAS_INSTRUMENT.test(jf) || HAS_INSTRUMENT.test(joined.text);
    // Right after a Căn cứ line, a line naming a numbered instrument ("Nghị quyết số 05/2005/NQ-CP …") is one more.
    const afterBasis: boolean = prevBasis && TYPE_START.test(f) && /\d{1,5}\s*[/-]\s*\p{Lu}/u.test(joined.text);
    const cited: boolean =
      BASIS_START.test(f) || afterBasis || (list && (TYPE_START.test(f) || isContextBasis(joined.text)));
    if (cited || (IMPLEMENTING_START.test(f) && !NOT_BASIS.test(f) && (instrument || /^xet\b/.test(f)))) {
      // "Căn cứ tình hình thực tế địa phương. Trường … xây dựng kế hoạch … như sau:"
      const sentences = stripMarker(joined.text).split(/(?<=[.;])\s+(?=\p{Lu})/u);
      const basisPart: string[] = [];
      const rest: string[] = [];
      for (const s of sentences)
        (rest.length || (basisPart.length && ENACTING_SENTENCE.test(fold(s))) ? rest : basisPart).push(s);
      const basisText = basisPart.join(' ');
      const role: 'implementing' | 'context' | 'basis' = !cited
        ? 'implementing'
        : isContextBasis(basisText)
          ? 'context'
          : 'basis';
      if (role === 'basis') st.readBasis(v, basisText, joined.last);
      prevBasis = role === 'basis' && rest.length === 0;
      for (let k = i; k <= joined.last; k++) st.role(k, role);
      // The sentence after the basis enacts the document: a preamble, listed as such.
      if (rest.length) st.piece(joined.last, rest.join(' '), 'unplaced', 'preamble');
      if (rest.length) st.readEnacting(v, rest.join(' '));
      else if (!cited && ENACTING.test(jf)) st.readEnacting(v, joined.text);
      i = joined.last;
      continue;
    }
    list = false;
    prevBasis = false;
    // "Theo đề nghị của …", "Xét đề nghị của …": what prompted the decision, not a clause.
    if (/^(?:theo|xet) (?:de nghi|to trinh)/.test(f)) {
      for (let k = i; k <= joined.last; k++) st.role(k, 'implementing');
      i = joined.last;
      continue;
    }
    // Without any numbering, the preamble is only its purpose and enacting sentences.
    if (firstItem < 0 && !/^de\s/.test(f) && !ENACTING.test(jf)) break;
    // A line without words (stray symbols, numbers) is not preamble: it stays unrecognised.
    if ((joined.text.match(/\p{L}{2,}/gu)?.length ?? 0) < 2) {
      i = joined.last;
      continue;
    }
    st.readEnacting(v, joined.text);
    for (let k = i; k <= joined.last; k++) st.role(k, 'preamble');
    i = joined.last;
    if (firstItem < 0 && /nhu sau\s*:?\s*$/.test(fold(joined.text))) {
      i++;
      break;
    }
  }
  return i;
}
