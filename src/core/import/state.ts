// What the zones of a document share while it is read: its lines, each line's role, and what was found.
import type { IsoDate } from '../values';
import { parseBasisLine } from './bases';
import { findChrome, type ChromeReason } from './chrome';
import type { CleanedDocument } from './clean';
import { ENACTING, classifyItem, startsLower, wordCount, type ItemShape, type Kind, type Role } from './shapes';
import type { VLine } from './tail';
import type { TableRow } from './task-table';
import type {
  ExtractedBasis,
  ExtractedRecipient,
  ExtractedSignatory,
  Extraction,
  LineDestination,
  PartySource,
} from './types';
import { findMentions, fold, type Mention, type PartyDef } from './vocab';

const OPEN_END = /\s(?:cua|va|ve|so|ngay|tai|theo|voi|cho|cac|giua|thuoc|cua bo|kem theo)$/;
export interface Item {
  shape: ItemShape;
  idx: number;
  no: number;
  text: string;
  parent: Item | null;
  children: Item[];
  id: string;
  unnumbered: number;
  chapter: string;
  /** A row of a plan's table of tasks, with the label of the rows it sits under. */
  row?: TableRow & { group: string; groupLine: number };
  /** The id this item's number repeats, when the source numbers two items alike (body.ts, idFor). */
  repeats?: string;
}

export interface HeadResult {
  end: number;
  orgs: VLine[];
  number?: VLine & { value: string };
  placeDate?: { v: VLine; place: string; date: IsoDate | null; dateText: string };
  kind?: { v: VLine; kind: Kind };
  title: VLine[];
  issuedWith?: { v: VLine; text: string; number: string; date: IsoDate | null };
}

export class ParseState {
  readonly lines: VLine[] = [];
  readonly roles: Array<Role | undefined> = [];
  readonly fields: Extraction['fields'] = {};
  readonly bases: ExtractedBasis[] = [];
  readonly items: Item[] = [];
  readonly signatories: ExtractedSignatory[] = [];
  readonly recipients: ExtractedRecipient[] = [];
  readonly enacting: VLine[] = [];
  readonly partyMentions: Array<{ mention: Mention; source: PartySource; line: number }> = [];
  readonly extraParties = new Map<string, PartyDef>();
  /** Parties as an enacting sentence lists them ("Nhà trường và Ban Chấp hành Công đoàn thống nhất …"). */
  readonly listedNames = new Map<string, string>();
  /** An issuing decision's own signer and Nơi nhận, kept apart from the regulation's. */
  decisionTail: { signatories: ExtractedSignatory[]; recipients: ExtractedRecipient[] } = {
    signatories: [],
    recipients: [],
  };
  titleText = '';
  /** The heading of an issuing decision, when the document starts with one. */
  decisionHead: HeadResult | null = null;
  decision: { number: string; date: IsoDate | null; text: string; line: number; source: string } | null = null;
  kind: Kind | null = null;

  /** Where a line went when its role alone does not say (a field, a basis's row), by line index. */
  readonly places = new Map<number, { to: LineDestination; ref: string }>();
  /** Part of a line that went elsewhere than the rest ("…; Nhà trường và Chi đoàn thống nhất …" after a basis). */
  readonly pieces = new Map<number, Array<{ text: string; to: LineDestination; ref: string }>>();
  /** How the heading corner writes a party beside the unit ("CĐCS TRƯỜNG THCS …"), by party code. */
  readonly headingForms = new Map<string, string[]>();
  /** The body item each line was read into: its label line and the lines that continue it. */
  readonly itemAt = new Map<number, Item>();

  /** Each line's folded text (folded()), beside the text it was folded from. */
  private readonly foldedFrom: string[] = [];
  private readonly foldedText: string[] = [];

  /** Web chrome around the document, by line number: read as blank lines, listed as not placed. */
  readonly chrome: Map<number, ChromeReason>;

  constructor(readonly doc: CleanedDocument) {
    // Each line is folded once, for the chrome and, when it is one column, for the zones too.
    const folded = doc.lines.map((line) => fold(line.text));
    this.chrome = findChrome(doc.lines, folded);
    doc.lines.forEach((line, k) => {
      const chrome = this.chrome.has(line.no);
      for (const segment of line.segments) {
        if (!chrome && line.segments.length === 1 && segment === line.text) {
          this.foldedFrom[this.lines.length] = segment;
          this.foldedText[this.lines.length] = folded[k];
        }
        this.lines.push({ idx: this.lines.length, no: line.no, text: chrome ? '' : segment });
      }
    });
  }

  set(key: keyof Extraction['fields'], value: string, v: VLine) {
    if (!value || this.fields[key]) return;
    this.fields[key] = { value, line: v.no, source: this.sourceOf(v.no) };
  }

  sourceOf(no: number): string {
    return this.doc.lines[no - 1]?.text ?? '';
  }

  /** Line `i` folded (vocab.ts), once a text: the zones read each line many times, and may blank it. */
  folded(i: number): string {
    const text = this.lines[i].text;
    if (this.foldedFrom[i] === text) return this.foldedText[i];
    const f = fold(text);
    this.foldedFrom[i] = text;
    this.foldedText[i] = f;
    return f;
  }

  /**
   * `text` folded, read off line `i`'s folded text when `text` ends the line (an item's words after
   * its label): the same units, unless the old spelling "qui" may straddle where it starts.
   */
  foldedEnd(i: number, text: string): string {
    const line = this.lines[i]?.text ?? '';
    const k = line.length - text.length;
    // Compared as a slice: several times quicker than endsWith on long lines.
    if (k < 0 || line.slice(k) !== text) return fold(text);
    const f = this.folded(i);
    return k > 0 && f.slice(Math.max(0, k - 2), k + 2).includes('qu') ? fold(text) : f.slice(k);
  }

  role(i: number, r: Role) {
    if (!this.roles[i]) this.roles[i] = r;
  }

  /** Lines `from`..`to` went to `to` (a block, its row or field `ref`); the first place given stays. */
  put(from: number, last: number, to: LineDestination, ref: string | number) {
    for (let i = from; i <= last; i++) if (!this.places.has(i)) this.places.set(i, { to, ref: String(ref) });
  }

  piece(i: number, text: string, to: LineDestination, ref: string) {
    this.pieces.set(i, [...(this.pieces.get(i) ?? []), { text, to, ref }]);
  }

  nextNonBlank(i: number, to: number): number {
    let j = i;
    while (j < to && !this.lines[j].text) j++;
    return j;
  }
  issueDate: IsoDate | null = null;
  school: string | null = null;
  calendarYear: number | null = null;

  joinUntilParen(i: number, to: number): { text: string; last: number } {
    let text = this.lines[i].text;
    let last = i;
    let depth = (text.match(/\(/g)?.length ?? 0) - (text.match(/\)/g)?.length ?? 0);
    while (depth > 0 && last + 1 < to && last - i < 5) {
      const j = this.nextNonBlank(last + 1, to);
      if (j >= to) break;
      text += ' ' + this.lines[j].text;
      last = j;
      depth += (this.lines[j].text.match(/\(/g)?.length ?? 0) - (this.lines[j].text.match(/\)/g)?.length ?? 0);
    }
    return { text, last };
  }

  /**
   * A line and the lines that continue it (starting in lower case). A citation wrapped by hand also
   * continues on a line starting with its date ("… Nghị định 133/HĐBT ngày" / "20/4/1991 của …").
   */
  joinContinuation(i: number, to: number, citation = false): { text: string; last: number } {
    let text = this.lines[i].text;
    let last = i;
    for (;;) {
      const j = this.nextNonBlank(last + 1, to);
      if (j >= to) break;
      const next = this.lines[j].text;
      // A hard-wrapped citation: the next line starts with a date, or this one stops on a word that
      // needs more ("… của" / "Chính phủ …", "… của Bộ" / "GD&ĐT …").
      const wrapped =
        citation &&
        !/[;.:]$/.test(text) &&
        (/^\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}/.test(next) || OPEN_END.test(fold(text)));
      if (!wrapped && (!startsLower(next) || classifyItem(next))) break;
      text += ' ' + this.lines[j].text;
      last = j;
    }
    return { text, last };
  }

  /** The bases a line cites (continued to `last`), each a row of Căn cứ. */
  readBasis(v: VLine, text: string, last = v.idx) {
    const found = parseBasisLine(text, v.no);
    if (found.length) this.put(v.idx, last, 'legalBases', this.bases.length + 1);
    for (const b of found) this.bases.push(b);
  }

  readEnacting(v: VLine, text: string) {
    this.enacting.push({ ...v, text });
    this.readListedParties(text);
    for (const segment of text.split(/;\s*/)) {
      if (!ENACTING.test(fold(segment))) continue;
      for (const m of findMentions(segment)) this.partyMentions.push({ mention: m, source: 'enacting', line: v.no });
    }
  }

  /** "Các bên cùng phối hợp thực hiện: A; B.": each name one party, taking part without signing. */
  readPartners(v: VLine) {
    const text = v.text;
    const names = text
      .slice(text.indexOf(':') + 1)
      .split(/\s*;\s*/)
      .map((s) => s.trim().replace(/\.$/, '').trim())
      .filter(Boolean);
    for (const n of names) {
      const found = [...new Set(findMentions(n).map((m) => m.code))];
      if (found.length !== 1) continue;
      this.listedNames.set(found[0], n);
      for (const m of findMentions(n)) this.partyMentions.push({ mention: m, source: 'listed', line: v.no });
    }
  }

  /** "A, B và C thống nhất ban hành …": each party named as the sentence lists it, when every name is one party. */
  private readListedParties(text: string) {
    const at = /\s+thong nhat(?![a-z])/.exec(fold(text));
    if (!at || wordCount(text.slice(0, at.index)) > 40) return;
    const names = text
      .slice(0, at.index)
      .split(/\s*,\s*|\s+và\s+/u)
      .map((s) => s.trim());
    const codes = names.map((n) => {
      const found = new Set(findMentions(n).map((m) => m.code));
      return found.size === 1 ? [...found][0] : null;
    });
    if (names.length < 2 || codes.some((c) => !c) || new Set(codes).size !== codes.length) return;
    names.forEach((n, i) => this.listedNames.set(codes[i]!, n));
  }
}

export function ancestors(it: Item): Item[] {
  const out: Item[] = [];
  for (let p = it.parent; p; p = p.parent) out.push(p);
  return out;
}
