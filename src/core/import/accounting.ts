// Where every source line went. The zones give each line a role; here each line (each column of
// it) is tied to the field, row or clause that holds its words, to *Dòng chưa xếp* with its
// reason, or to what it is when it holds nothing to keep (a blank, the Quốc hiệu, a table's header).
// A line a zone read but nothing came of is listed too (reason `notRead`): none is dropped unsaid.
import type { HeadResult, Item, ParseState } from './state';
import type { VLine } from './tail';
import type { ExtractedParty, ExtractedSignatory, LineDestination, LinePlace, UnplacedReason } from './types';
import { findMentions, fold } from './vocab';

const MOTTO = /^cong hoa xa hoi chu nghia viet nam\s*/;
const UNPLACED_ROLES = new Set(['preamble', 'closing', 'context', 'decision', 'implementing']);

/**
 * The heading's organisation lines: the unit and the authority above it. A body named beside the
 * unit ("TRƯỜNG THPT …" / "BAN ĐẠI DIỆN CMHS") issues the document with it: it is one of its
 * parties. The issuing decision's own heading repeats the school's: a heading part, nothing to keep.
 */
export function placeOrgs(st: ParseState, unit: VLine[], authority: VLine[], own: VLine[], decision: VLine[]) {
  if (st.fields.issuer) for (const v of unit) st.put(v.idx, v.idx, 'document', 'issuer');
  if (st.fields.managingAuthority) for (const v of authority) st.put(v.idx, v.idx, 'document', 'managingAuthority');
  for (const v of own) {
    if (unit.includes(v) || authority.includes(v)) continue;
    // "CỘNG HÒA … CĐCS TRƯỜNG TH …": the Quốc hiệu a page ran into the line is not the body's name.
    const motto = MOTTO.exec(fold(v.text));
    const form = motto ? v.text.slice(motto[0].length) : v.text;
    const named = findMentions(form);
    for (const m of named) st.partyMentions.push({ mention: m, source: 'heading', line: v.no });
    if (!named.length) continue;
    const code = named[0].code;
    st.headingForms.set(code, [...(st.headingForms.get(code) ?? []), form]);
    st.put(v.idx, v.idx, 'parties', code);
    if (motto) st.piece(v.idx, v.text.slice(0, motto[0].length).trim(), 'layout', 'decoration');
  }
  for (const v of decision) st.put(v.idx, v.idx, 'layout', 'decisionHeading');
}

/** The heading's Số, place and date, kind and title, and those of the decision that issues it. */
export function placeHead(st: ParseState, head: HeadResult, titleLines: VLine[], decisionOnly: boolean) {
  const f = st.fields;
  const at = (v: VLine | undefined, to: LineDestination, ref: string) => v && st.put(v.idx, v.idx, to, ref);
  const dateLine = (pd: HeadResult['placeDate'], decision: boolean) => {
    if (!pd) return;
    if (f.issueDate?.line === pd.v.no) at(pd.v, 'document', 'issueDate');
    else if (f.place?.line === pd.v.no) at(pd.v, 'document', 'place');
    else if (decision && f.decision) at(pd.v, 'document', 'decision');
    // A date line left blank for hand-filling ("ngày … tháng … năm 2025").
    else if (!pd.date) at(pd.v, 'layout', 'unfilledDate');
  };
  if (f.title) for (const v of titleLines) at(v, 'document', 'title');
  if (head.number) at(head.number, 'document', decisionOnly ? 'decision' : 'number');
  dateLine(head.placeDate, decisionOnly);
  if (head.kind?.kind === 'quyet_dinh') at(head.kind.v, 'layout', 'decisionHeading');
  else if (head.kind && f.kind) at(head.kind.v, 'document', 'kind');
  const dh = st.decisionHead;
  if (!dh) return;
  if (dh.number && f.decision) at(dh.number, 'document', 'decision');
  dateLine(dh.placeDate, true);
  if (dh.kind) at(dh.kind.v, 'layout', 'decisionHeading');
  for (const v of dh.title) at(v, 'layout', 'decisionHeading');
}

/** Every line and where it went; what no zone placed goes on *Dòng chưa xếp*. */
export function accountLines(
  st: ParseState,
  clauseItems: Item[],
  signatories: ExtractedSignatory[],
  parties: ExtractedParty[],
): { lines: LinePlace[]; unplaced: Array<{ line: number; text: string; reason: UnplacedReason }> } {
  // Clauses by their row (ids may repeat where a document numbers twice).
  const clauseOf = new Map<Item, string>();
  // A part's heading is in the Chương/Mục column of the clauses under it: the first one holds it.
  const partHolder = new Map<Item, string>();
  clauseItems.forEach((it, k) => {
    const row = String(k + 1);
    clauseOf.set(it, row);
    for (let a = it.parent; a; a = a.parent) if (!partHolder.has(a)) partHolder.set(a, row);
  });
  const own = signatories.filter((s) => !s.alsoSignsRegulation);
  const signatoryRow = (v: VLine): number => {
    // Two blocks side by side share a line: the one whose words these are.
    const on = signatories.filter((x) => x.lines.includes(v.no));
    const words = fold(v.text)
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
    const says = (x: ExtractedSignatory) =>
      fold([x.capacityText, x.blockText, x.title, x.name].join(' '))
        .replace(/[^a-z0-9]+/g, ' ')
        .includes(words);
    const s = on.find(says) ?? on[0];
    if (!s) return 0;
    // The decision's signer who also signs the regulation: one row holds both.
    const same = s.alsoSignsRegulation ? own.find((x) => x.party === s.party && fold(x.name) === fold(s.name)) : s;
    return same ? own.indexOf(same) + 1 : 0;
  };
  const recipientRow = (no: number) => st.recipients.findIndex((r) => r.line === no) + 1;
  const rows: Rows = { clauseOf, partHolder, signatoryRow, recipientRow };

  const lines: LinePlace[] = [];
  const seenChrome = new Set<number>();
  for (const v of st.lines) {
    const chrome = st.chrome.get(v.no);
    if (chrome) {
      if (!seenChrome.has(v.no)) lines.push({ line: v.no, text: st.sourceOf(v.no), to: 'unplaced', ref: chrome });
      seenChrome.add(v.no);
      continue;
    }
    // The pieces that went elsewhere, and the rest of the line where its role says.
    const pieces = st.pieces.get(v.idx) ?? NO_PIECES;
    let rest = v.text;
    for (const p of pieces) rest = rest.replace(p.text, ' ');
    // Only a line with a run of spaces, or a space other than ' ', has any to fold into one.
    if (SPACES_TO_FOLD.test(rest)) rest = rest.replace(/\s+/g, ' ');
    rest = rest.trim();
    // where() reads the line and keeps nothing of it: the line itself when its words are all there.
    const own = rest || !pieces.length ? where(st, rest === v.text ? v : { ...v, text: rest }, rows) : NO_PIECES;
    const places = pieces.length ? [...own, ...pieces] : own;
    for (const p of places) {
      const ref = p.to === 'parties' ? String(parties.findIndex((x) => x.code === p.ref) + 1) : p.ref;
      lines.push({ line: v.no, text: p.text, to: p.to, ref });
    }
  }
  const unplaced = lines
    .filter((l) => l.to === 'unplaced')
    .map((l) => ({ line: l.line, text: l.text, reason: l.ref as UnplacedReason }));
  return { lines, unplaced };
}

type Piece = { text: string; to: LineDestination; ref: string };
const NO_PIECES: readonly Piece[] = [];
interface Rows {
  clauseOf: Map<Item, string>;
  partHolder: Map<Item, string>;
  signatoryRow: (v: VLine) => number;
  recipientRow: (no: number) => number;
}

const RECIPIENTS_HEAD = /^(noi nhan\s*:?)\s*(.*)$/;
const SPACES_TO_FOLD = /\s\s|[^\S ]/;

function where(st: ParseState, v: VLine, rows: Rows): Piece[] {
  const at = (to: LineDestination, ref: string | number, text = v.text): Piece[] => [{ text, to, ref: String(ref) }];
  if (!v.text) return at('blank', '');
  const placed = st.places.get(v.idx);
  if (placed) return at(placed.to, placed.ref);
  const role = st.roles[v.idx];
  const item = st.itemAt.get(v.idx);
  if (item) {
    const row = rows.clauseOf.get(item) ?? rows.partHolder.get(item);
    if (row) return at('clauses', row);
  }
  if (role === undefined || UNPLACED_ROLES.has(role)) return at('unplaced', role ?? 'unrecognized');
  if (role === 'decoration' || role === 'noise') return at('layout', role);
  if (role === 'signature' || role === 'recipients') {
    // "Nơi nhận:" heads the list; what follows on its line is the first recipient, or the
    // signature column flattened onto it ("Nơi nhận: TM. BAN ĐẠI DIỆN CMHS").
    const head = RECIPIENTS_HEAD.exec(fold(v.text));
    const text = head ? v.text.slice(head[1].length).trim() : v.text;
    const lead = head ? at('layout', 'recipientsHead', v.text.slice(0, head[1].length)) : [];
    if (!text) return lead;
    const recipient = role === 'recipients' ? rows.recipientRow(v.no) : 0;
    const signed = recipient ? 0 : rows.signatoryRow({ ...v, text });
    if (recipient) return [...lead, ...at('recipients', recipient, text)];
    if (signed) return [...lead, ...at('signatories', signed, text)];
  }
  return at('unplaced', 'notRead');
}
