// Parties: every body the document names, by where it is named, under its fullest name.
import { HEADING_TEXT, UNSPECIFIC, capitalise, isAcronym, isUpperLine, sentenceCaseIfWords, wordCount } from './shapes';
import { ParseState } from './state';
import type { ExtractedParty, PartySource } from './types';
import { PARTY_DEFS, findMentions, fold } from './vocab';
export function assembleParties(st: ParseState): ExtractedParty[] {
  const order: PartySource[] = ['signature', 'title', 'enacting', 'heading', 'listed'];
  const byCode = new Map<string, ExtractedParty>();
  const sorted = [...st.partyMentions].sort((a, b) => order.indexOf(a.source) - order.indexOf(b.source));
  for (const { mention, source, line } of sorted) {
    const d = mention.def;
    let p = byCode.get(d.code);
    if (!p) {
      p = {
        code: d.code,
        name: '',
        kind: d.kind,
        standard: d.standard,
        forms: [],
        lines: [],
        sources: [],
        signs: true,
      };
      byCode.set(d.code, p);
    }
    const form = mention.surface.trim();
    if (form && !p.forms.includes(form)) p.forms.push(form);
    if (line && !p.lines.includes(line)) p.lines.push(line);
    if (!p.sources.includes(source)) p.sources.push(source);
  }
  // Name each party the way the document writes it most fully ("Ban chấp hành công đoàn" over "BCHCĐ").
  const allForms = new Map<string, string[]>();
  for (const v of st.lines) {
    if (!v.text || st.roles[v.idx] === 'basis' || st.roles[v.idx] === 'recipients') continue;
    for (const m of findMentions(v.text)) {
      const list = allForms.get(m.code) ?? [];
      if (!list.includes(m.surface)) list.push(m.surface);
      allForms.set(m.code, list);
    }
  }
  for (const p of byCode.values()) {
    p.lines.sort((a, b) => a - b);
    const listed = st.listedNames.get(p.code);
    if (listed) {
      p.name = listed;
      continue;
    }
    if (p.code === 'NT' && st.school) {
      p.name = st.school;
      continue;
    }
    // A person's title ("Hiệu trưởng", "CTCĐ") does not name the body.
    // Scored as written: a name in capitals (a signature's head) yields to the same name as typed
    // in running text ("Mặt trận Tổ quốc Việt Nam", not "Mặt trận tổ quốc việt nam").
    const pool = [...p.forms, ...(allForms.get(p.code) ?? [])]
      .map((f) => ({ written: f.trim(), text: sentenceCaseIfWords(f.trim()) }))
      .filter((f) => f.text && !/^(?:pho )?hieu truong$|^ct ?cd$/.test(fold(f.text)));
    const score = (f: { written: string; text: string }) =>
      (isAcronym(f.text) ? 0 : 100) + (isUpperLine(f.written) ? 0 : 10) + wordCount(f.text);
    const best = pool.reduce((a, b) => (score(b) > score(a) ? b : a), pool[0]);
    const typed = best && pool.find((f) => !isUpperLine(f.written) && fold(f.written) === fold(best.written));
    p.name = best ? capitalise((typed ?? best).text) : (PARTY_DEFS.find((d) => d.code === p.code)?.name ?? p.code);
  }
  // The heading corner's own way of writing a party shows with the others, after it is named.
  for (const [code, forms] of st.headingForms) {
    const p = byCode.get(code);
    for (const f of forms) if (p && !p.forms.includes(f)) p.forms.push(f);
  }
  markSigning(st, [...byCode.values()]);
  const standardOrder = ['NT', 'CD', 'CDTN', 'CB', 'CMHS', 'UBND', 'MTTQ', 'PN', 'CCB', 'CGC', 'DN'];
  const rank = (code: string) => (standardOrder.includes(code) ? standardOrder.indexOf(code) : 100);
  return [...byCode.values()].sort((a, b) => rank(a.code) - rank(b.code) || a.code.localeCompare(b.code));
}

/**
 * Who signs: the parties with a signature block of the regulation itself (a decision's signer
 * issues, the regulation's parties sign). Without any such block the parties the title or the
 * enacting sentence names sign, so validate asks for their signatories; a body only named in
 * the clauses or tasks (Đảng ủy, the veterans, "các doanh nghiệp") takes part without signing.
 */
function markSigning(st: ParseState, parties: ExtractedParty[]): void {
  const own = st.signatories.filter(
    (s) => s.party && !s.alsoSignsRegulation && !st.decisionTail.signatories.includes(s),
  );
  const signers = new Set(own.map((s) => s.party));
  const named = (p: ExtractedParty) => p.sources.some((s) => s === 'title' || s === 'enacting' || s === 'signature');
  const anyNamed = parties.some(named);
  for (const p of parties) p.signs = signers.size > 0 ? signers.has(p.code) : !anyNamed || named(p);
}

// The first letters of HEADING_TEXT's words, folded (keep them in step).
const HEADING_FIRST = /^[gdvp]/;

/** Headings name the parties of their part; a heading about "các tổ chức" lets its items name them. */
export function headingMentions(st: ParseState) {
  for (const it of st.items) {
    // A leaf is a heading only by its first words: one whose first letter cannot start them is not folded whole.
    if (it.children.length === 0 && !HEADING_FIRST.test(fold(it.text.charAt(0)))) continue;
    const f = fold(it.text);
    const heading = it.children.length > 0 || HEADING_TEXT.test(f);
    if (!heading) continue;
    for (const m of findMentions(it.text)) st.partyMentions.push({ mention: m, source: 'heading', line: it.no });
    if (UNSPECIFIC.test(f))
      for (const child of it.children)
        for (const m of findMentions(child.text))
          st.partyMentions.push({ mention: m, source: 'listed', line: child.no });
  }
  if (UNSPECIFIC.test(fold(st.titleText))) {
    for (const it of st.items.filter((x) => !x.parent && x.shape.kind !== 'chapter')) {
      if (it.children.length === 0)
        for (const m of findMentions(it.text)) st.partyMentions.push({ mention: m, source: 'listed', line: it.no });
    }
  }
}
