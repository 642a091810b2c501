// Cleaned lines → Extraction. The document is read in zones: an optional issuing decision,
// the heading (authority, unit, Số, place and date, kind, title, school year), the bases and
// preamble, the body (Chương, Điều, roman sections, 1., 1.1, a), bullets, paragraphs) and the
// tail (signatures, Nơi nhận). Nothing is invented: what the text does not say stays empty.
import { appendixAssignments, findAppendix, findUnreadAppendix, readAppendix } from './appendix';
import { readDisseminations } from './dissemination';
import { parseBody, parseIntro } from './body';
import { isProsePart, namesOneParty } from './parts';
import { applyHead, firstKind, headerStart, parseDecision, parseHead } from './heading';
import { assembleParties, headingMentions } from './parties';
import { readDocument } from './readings';
import { BASIS_START, SCHOOL_YEAR, classifyItem, foldOf, isUnitNameLine } from './shapes';

const MOTTO_LINE = /^cong hoa xa hoi chu nghia/;
import { ParseState, type Item } from './state';
import { parseTail } from './tail-zone';
import { findNumber } from './bases';
import { markConfidence } from './confidence';
import type { CleanedDocument } from './clean';
import { draftResponsibilities, type ClauseForDraft } from './responsibilities';
import { findTailStart } from './tail';
import type { ClauseKind, ExtractedClause, ExtractedVersion, Extraction } from './types';
import { accountLines } from './accounting';

import { findMentions, fold } from './vocab';

export function parseRegulation(doc: CleanedDocument): Extraction {
  const st = new ParseState(doc);
  const n = st.lines.length;
  // The regulation's bases posted above the heading of the decision that issues it.
  const top = basesAboveHeading(st, n);
  let regStart = top;
  // A decision that issues the regulation ("QUYẾT ĐỊNH … Điều 1. Ban hành kèm theo …"), then the regulation.
  const first = firstKind(st, top, Math.min(n, top + 60));
  if (first && first.kind === 'quyet_dinh') {
    const second = firstKind(st, first.i + 1, n, true);
    if (second) {
      regStart = headerStart(st, second.i);
      parseDecision(st, top, regStart);
    }
  } else if (first && !top) regStart = skipListAbove(st, headerStart(st, first.i));
  // The Phân công appendix after the signatures is read first and set apart: the tail ends there.
  // A "Phụ lục" table with no signature before it belongs to the body (a plan's table of tasks).
  const found = findAppendix(st, regStart, n);
  const end = found < n && findTailStart(st.lines, regStart, found) < found ? found : n;
  const appendix = end < n ? readAppendix(st, end, n) : null;
  // An appendix table whose header could not be read: the tail ends at it all the same.
  const unread = end === n ? findUnreadAppendix(st, regStart, n) : n;
  const tailEnd = unread < n && findTailStart(st.lines, regStart, unread) < unread ? unread : end;
  const tailStart = findTailStart(st.lines, regStart, tailEnd);
  const head = parseHead(st, regStart, tailStart);
  const bodyStart = parseIntro(st, head.end, tailStart);
  parseBody(st, bodyStart, tailStart);
  parseTail(st, tailStart, tailEnd);
  // The decision's signature is read too; when its signer also signs the regulation for the same
  // party it is marked so the Người ký sheet keeps one. Its Nơi nhận adds what the regulation's does
  // not list, and "Như Điều 3" (pointing back into the decision) only when the regulation has none.
  const own = new Set(st.signatories.map((x) => `${x.party}|${fold(x.name)}`));
  const ownTo = new Set(st.recipients.map((r) => fold(r.text)));
  const hasOwnRecipients = st.recipients.length > 0;
  st.signatories.unshift(
    ...st.decisionTail.signatories.map((x) =>
      own.has(`${x.party}|${fold(x.name)}`) ? { ...x, alsoSignsRegulation: true } : x,
    ),
  );
  st.recipients.unshift(
    ...st.decisionTail.recipients.filter(
      (r) => !ownTo.has(fold(r.text)) && !(hasOwnRecipients && /^nhu dieu\b/.test(fold(r.text))),
    ),
  );
  applyHead(st, head);
  const x = finish(st);
  if (appendix) x.responsibilities = appendixAssignments(appendix, x.parties);
  return x;
}

/**
 * Bases (and the sentence that enacts them) first, then a heading: a page that posts the
 * regulation's bases above the decision's heading. They are read as the regulation's; the
 * document's zones start at the heading. Returns where the heading starts, or 0.
 */
function basesAboveHeading(st: ParseState, n: number): number {
  const firstLine = st.nextNonBlank(0, n);
  if (firstLine >= n || !BASIS_START.test(foldOf(st.lines[firstLine].text))) return 0;
  for (let i = firstLine; i < Math.min(n, firstLine + 30); i++) {
    const t = st.lines[i].text;
    if (!t || !(isUnitNameLine(t) || MOTTO_LINE.test(foldOf(t)))) continue;
    const start = headerStart(st, i);
    const kind = firstKind(st, start, Math.min(n, start + 20));
    if (!kind || kind.kind !== 'quyet_dinh' || start <= firstLine) return 0;
    parseIntro(st, firstLine, start);
    return start;
  }
  return 0;
}

/**
 * A page's own numbered list above the document's heading ("1. Chủ tịch: …", "2. Phó Chủ tịch: …"
 * on the union's page) is web chrome, not the first clauses: the document starts at its heading.
 */
function skipListAbove(st: ParseState, start: number): number {
  const above = st.lines.slice(0, start).filter((v) => v.text);
  if (
    !above.some((v) => {
      const s = classifyItem(v.text);
      return s && s.kind !== 'bullet';
    })
  )
    return 0;
  for (const v of above) {
    st.chrome.set(v.no, 'webNav');
    v.text = '';
  }
  return start;
}

// ------------------------------------------------------------ assembling

export function finish(st: ParseState): Extraction {
  for (const it of st.items) if (isProsePart(it)) it.shape = { ...it.shape, kind: 'paragraph', level: 7 };
  const clauseItems = st.items.filter((it) => it.shape.kind !== 'chapter' && it.shape.kind !== 'section' && it.text);
  headingMentions(st);
  const schoolYearInTitle = !!st.fields.schoolYear;
  const { cadences, supersedes } = readDocument(st);

  // A text with no title, signature or heading naming a body: the bodies its clauses name are its parties.
  if (st.partyMentions.length === 0) {
    for (const it of clauseItems)
      for (const m of findMentions(it.text)) st.partyMentions.push({ mention: m, source: 'listed', line: it.no });
  }
  const parties = assembleParties(st);
  const codes = new Set(parties.map((p) => p.code));

  const clauses: ExtractedClause[] = clauseItems.map((it) => toClause(st, it));
  // The items above a clause, nearest first, as the draft reads them: one list a parent, shared by
  // its children (the draft only reads them).
  const chains = new Map<Item, ClauseForDraft['ancestors']>();
  const chainOf = (p: Item | null): ClauseForDraft['ancestors'] => {
    if (!p) return [];
    let chain = chains.get(p);
    if (!chain) {
      const own = { text: p.text, line: p.no, party: p.shape.kind === 'section' && namesOneParty(p.text) };
      chains.set(p, (chain = [own, ...chainOf(p.parent)]));
    }
    return chain;
  };
  const responsibilities = draftResponsibilities(
    clauseItems.map((it) => ({
      id: it.id,
      text: it.text,
      folded: st.foldedEnd(it.idx, it.text),
      line: it.no,
      leaf: it.children.length === 0,
      ancestors: chainOf(it.parent),
      row: it.row,
    })),
    codes,
  );

  // Versions: this document and, when it says so, the one it replaces.
  const versions: ExtractedVersion[] = [];
  const schoolYear = st.fields.schoolYear?.value ?? '';
  const number = st.fields.number?.value ?? '';
  if (supersedes) {
    const oldNumber = findNumber(supersedes.value)?.number;
    const oldYear = [...fold(supersedes.value).matchAll(SCHOOL_YEAR)][0];
    const selfName =
      number ||
      [st.fields.kind?.value, schoolYear && `năm học ${schoolYear}`].filter(Boolean).join(' ') ||
      st.titleText;
    versions.push({
      number: oldNumber ?? supersedes.value,
      schoolYear: oldYear ? `${oldYear[1]}-${oldYear[2]}` : '',
      issuedOn: null,
      status: 'Đã bị thay thế',
      supersededBy: selfName,
      line: supersedes.line,
    });
  }
  if (number || supersedes) {
    versions.push({
      number: number || versions[0]?.supersededBy || st.titleText,
      schoolYear,
      issuedOn: st.issueDate,
      status: '',
      supersededBy: '',
      line: st.fields.number?.line ?? st.fields.schoolYear?.line ?? 1,
    });
  }

  const { lines, unplaced } = accountLines(st, clauseItems, st.signatories, parties);

  const kind = st.kind && st.kind !== 'quyet_dinh' ? st.kind : null;
  const headingLines = new Set(st.lines.filter((v, i) => st.roles[i] === 'heading').map((v) => v.no));
  const extraction: Extraction = {
    fields: st.fields,
    facts: {
      kind,
      issueDate: st.issueDate,
      schoolYear: schoolYear || null,
      calendarYear: st.calendarYear,
      decisionNumber: st.decision?.number || null,
      decisionDate: st.decision?.date ?? null,
      school: st.school,
      supersedes: supersedes?.value ?? null,
    },
    parties,
    signatories: st.signatories,
    legalBases: st.bases,
    clauses,
    responsibilities,
    recipients: st.recipients,
    versions,
    disseminations: readDisseminations(st, codes),
    cadences,
    conversions: st.doc.conversions,
    unplaced,
    lines,
    lineCount: st.doc.lines.length,
  };
  return markConfidence(extraction, { headingLines, schoolYearInTitle });
}

export function toClause(st: ParseState, it: Item): ExtractedClause {
  // The nearest Điều up the chain from the item, else the outermost 1. or 1.1 (walked, not copied).
  let article: Item | undefined;
  let outerNumber: Item | undefined;
  for (let x: Item | null = it; x && !article; x = x.parent) {
    if (x.shape.kind === 'article') article = x;
    else if (x.shape.kind === 'number' || x.shape.kind === 'dotted') outerNumber = x;
  }
  article ??= outerNumber;
  const articleLabel = article ? article.shape.label : '';
  const paragraph = article && article !== it ? it.id.slice(article.id.length).replace(/^[.]/, '') : '';
  return {
    id: it.id,
    ...(it.repeats ? { repeats: it.repeats } : {}),
    kind: it.shape.kind as ClauseKind,
    label: it.shape.label,
    chapter: it.chapter,
    article: articleLabel,
    paragraph,
    text: it.text,
    line: it.no,
    parentId:
      it.parent && it.parent.shape.kind !== 'chapter' && it.parent.shape.kind !== 'section' ? it.parent.id : null,
    children: it.children.length,
  };
}
