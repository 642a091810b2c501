// Cleaned lines → Extraction. The document is read in zones: an optional issuing decision,
// the heading (authority, unit, Số, place and date, kind, title, school year), the bases and
// preamble, the body (Chương, Điều, roman sections, 1., 1.1, a), bullets, paragraphs) and the
// tail (signatures, Nơi nhận). Nothing is invented: what the text does not say stays empty.
import { formatDateVi, parseCadence, parseSchoolYear, type IsoDate } from '../values';
import { findDate, findNumber, isContextBasis, parseBasisLine, tidyNumber } from './bases';
import type { CleanedDocument } from './clean';
import { isVietnameseSyllable } from '../vietnamese/syllable';
import { draftResponsibilities } from './responsibilities';
import {
  classifyTail,
  findTailStart,
  groupParty,
  groupSignatures,
  isKnownCapacity,
  readRecipient,
  recipientBlocks,
  recipientsHeadRest,
  tidyName,
  tidyTitle,
  type VLine,
} from './tail';
import type {
  ClauseKind,
  ExtractedBasis,
  ExtractedCadence,
  ExtractedClause,
  ExtractedParty,
  ExtractedRecipient,
  ExtractedSignatory,
  ExtractedVersion,
  Extraction,
  FieldValue,
  PartySource,
  UnplacedReason,
} from './types';
import {
  CADENCE_PHRASE,
  DOC_TYPE_ALT,
  findMentions,
  fold,
  PARTY_DEFS,
  SCHOOL_TYPE_RE,
  type Mention,
  type PartyDef,
} from './vocab';

type Role = 'decoration' | 'heading' | 'basis' | 'clause' | 'signature' | 'recipients' | 'noise' | UnplacedReason;

type Kind = 'quy_che' | 'ke_hoach' | 'ke_hoach_lien_tich' | 'quyet_dinh';

export const KIND_LABELS: Record<Exclude<Kind, 'quyet_dinh'>, string> = {
  quy_che: 'Quy chế phối hợp',
  ke_hoach: 'Kế hoạch phối hợp',
  ke_hoach_lien_tich: 'Kế hoạch liên tịch',
};

// ---------------------------------------------------------------- line shapes (compiled once)

const DECORATION = [
  /^cong hoa xa hoi chu nghia viet nam$/,
  /^doc lap\s*[-–—.]?\s*tu do\s*[-–—.]?\s*hanh phuc$/,
  /^dang cong san viet nam$/,
  /^[-_=*~.·•o0 ]{3,}$/,
  /^-*\s*o0o\s*-*$/,
  /^quyet dinh\s*:$/,
  /^trang \d+$/,
];
const NUMBER_LINE = /^so\s*[:.]?\s*([\d.…_ ]*[/\-–].*|\d.*)$/;
const PLACE_DATE = /^([^,\d]{2,60}),\s*ngay\b/;
const DATE_ONLY = /^ngay\s*[\d.…_]/;
const ISSUED_WITH = /^\(?\s*(?:ban hanh\s+)?kem theo\s+(?:quyet dinh|qd)\b/;
const BASIS_START = /^(?:can cu|thuc hien|theo)(?![a-z])/;
const NOT_BASIS = /^theo de nghi|^thuc hien (?:tot|nghiem|nhiem vu|chu truong|chi dao cua)/;
const HAS_INSTRUMENT = new RegExp(`(?<![a-z])(?:${DOC_TYPE_ALT})(?![a-z])|\\d{1,5}\\s*[/-]\\s*\\p{Lu}`, 'u');
const ENACTING = /thong nhat|xay dung|ban hanh|nhu sau|cu the nhu sau|quy dinh (?:nhu sau|ve)/;
const ENACTING_SENTENCE = /thong nhat|nhu sau/;
const CLOSING = /^tren day la/;
const SCHOOL_YEAR = /(?:nam hoc|nien khoa)\s*:?\s*(\d{4})\s*[-–—/]\s*(\d{4})/g;
const PERIOD = /(?:giai doan|nhiem ky)\s*:?\s*(\d{4})\s*[-–—]\s*(\d{4})/;
const CALENDAR_YEAR = /(?<![a-z])nam\s+(\d{4})(?!\s*[-–—/]\s*\d)/;
const SUPERSEDES = new RegExp(`(?<![a-z])thay the(?: cho)?\\s+((?:cac\\s+)?(?:${DOC_TYPE_ALT})(?![a-z]))`);
const ADOPTED = /thong qua\s+(?:tai\s+)?(hoi nghi[^.;]*)/;
const EFFECTIVE_SIGNING = /(?:co hieu luc|duoc thuc hien|thuc hien|ap dung)\s+(?:ke\s+)?tu ngay ky/;
const EFFECTIVE_DATE = /co hieu luc\s+(?:thi hanh\s+)?(?:ke\s+)?tu ngay\s+(\d)/;
const REVIEW = /ra soat|sua doi,? bo sung|danh gia (?:viec )?thuc hien (?:quy che|ke hoach)/;
const REVIEW_STATED = new RegExp(`duoc ra soat\\s+(${CADENCE_PHRASE.source})`);
const EFFECTIVE_TO = /hieu luc\b.*?\bden (?:het )?ngay\s+(?=\d)/;
const UNSPECIFIC = /(?<![a-z])cac (?:to chuc|doan the|ben|co quan|don vi|luc luong|ban nganh)|doan the/;
const HEADING_TEXT = /^(?:giua|doi voi|voi|phoi hop (?:giua|voi))(?![a-z])/;

const ITEM = {
  chapter: /^chương\s+([IVXLC]+|\d+)\b\s*[.:\-–]?\s*(.*)$/iu,
  part: /^phần\s+([IVXLC]+|\d+)\b\s*[.:\-–]?\s*(.*)$/iu,
  article: /^điều\s+(\d{1,3})\s*[.:\-–]?\s*(.*)$/iu,
  roman: /^([IVXL]{1,7})\s*[.:\-–)]\s*(.*)$/u,
  upperLetter: /^([A-H])\s*[.)]\s+(\p{Lu}.*)$/u,
  dotted: /^(\d{1,2}(?:\.\d{1,2})+)\.?\s*[):\-–]?\s+(.*)$/u,
  number: /^(\d{1,2})\s*(?:[.)]|[-–](?!\d)|\/(?!\d))\s*(.*)$/u,
  letter: /^([a-zđ])\s*(?:[).]|\/)\s+(.*)$/u,
  bullet: /^([-–—−•●○◦▪▫■□♦◆❖➢➤►▶✓✔·])\s*(.+)$/u,
  plus: /^\+\s*(.+)$/u,
};
const VALID_ROMAN = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/;

const foldOf = (s: string) => fold(s).trim();
const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;
const isUpperLine = (s: string) => {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toLocaleUpperCase('vi');
};
const startsLower = (s: string) => /^[\p{Ll}]/u.test(s) || /^[(…]/.test(s);
const capitalise = (s: string) => (s ? s.charAt(0).toLocaleUpperCase('vi') + s.slice(1) : s);
const isAcronym = (s: string) => wordCount(s) === 1 && isUpperLine(s);
/** "CHI BỘ" → "chi bộ"; a form holding an acronym ("BCH CÔNG ĐOÀN") stays as written. */
const sentenceCaseIfWords = (s: string) =>
  isUpperLine(s) && s.split(/\s+/).every((w) => isVietnameseSyllable(w)) ? s.toLocaleLowerCase('vi') : s;
const stripEnd = (s: string) =>
  s
    .replace(/\s*\.\/\.\s*$/, '')
    .replace(/[\s;,:.]+$/, '')
    .trim();

function romanValue(s: string): number {
  const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const a = v[s[i]];
    const b = v[s[i + 1]] ?? 0;
    total += a < b ? -a : a;
  }
  return total;
}

type ItemKind = 'chapter' | 'section' | ClauseKind;
interface ItemShape {
  kind: ItemKind;
  label: string;
  key: string;
  text: string;
  level: number;
}

function classifyItem(text: string): ItemShape | null {
  let m: RegExpExecArray | null;
  if ((m = ITEM.chapter.exec(text)))
    return { kind: 'chapter', label: `Chương ${m[1]}`, key: m[1], text: m[2], level: 0 };
  if ((m = ITEM.part.exec(text))) return { kind: 'section', label: `Phần ${m[1]}`, key: m[1], text: m[2], level: 1 };
  if ((m = ITEM.article.exec(text))) return { kind: 'article', label: `Điều ${m[1]}`, key: m[1], text: m[2], level: 2 };
  if ((m = ITEM.roman.exec(text)) && VALID_ROMAN.test(m[1]) && romanValue(m[1]) <= 30 && m[2])
    return { kind: 'section', label: m[1], key: m[1], text: m[2], level: 1 };
  if ((m = ITEM.upperLetter.exec(text))) return { kind: 'section', label: m[1], key: m[1], text: m[2], level: 1 };
  if ((m = ITEM.dotted.exec(text)))
    return { kind: 'dotted', label: m[1], key: m[1], text: m[2], level: 3 + m[1].split('.').length - 1 };
  if ((m = ITEM.number.exec(text))) return { kind: 'number', label: m[1], key: m[1], text: m[2], level: 3 };
  if ((m = ITEM.letter.exec(text))) return { kind: 'letter', label: m[1], key: m[1], text: m[2], level: 6 };
  if ((m = ITEM.bullet.exec(text)) && !/^[-–—]\s*\d{4}\b/.test(text))
    return { kind: 'bullet', label: '-', key: '-', text: m[2], level: 7 };
  if ((m = ITEM.plus.exec(text))) return { kind: 'bullet', label: '+', key: '+', text: m[1], level: 8 };
  return null;
}

function isDecoration(text: string): boolean {
  const f = foldOf(text);
  return DECORATION.some((re) => re.test(f));
}

function kindOf(text: string): Kind | null {
  const f = foldOf(text);
  const short = wordCount(text) <= 4;
  if (!short && !isUpperLine(text)) return null;
  if (/^quy (?:che|dinh)(?![a-z])/.test(f)) return 'quy_che';
  if (/^ke hoach(?![a-z])/.test(f)) return /lien tich/.test(f) ? 'ke_hoach_lien_tich' : 'ke_hoach';
  if (/^quyet dinh(?![a-z])/.test(f) && !/:$/.test(f)) return 'quyet_dinh';
  return null;
}

function kindFromNumber(number: string): Kind | null {
  const symbol = fold(number.split('/').slice(1).join('/'));
  if (/^qc|(?<![a-z])qc/.test(symbol)) return 'quy_che';
  if (/khlt/.test(symbol)) return 'ke_hoach_lien_tich';
  if (/^kh|-kh/.test(symbol)) return 'ke_hoach';
  return null;
}

// ---------------------------------------------------------------- school names

const SCHOOL_STOP = new Set([
  'nam',
  'hoc',
  'va',
  've',
  'tai',
  'voi',
  'xay',
  'thong',
  'nhiem',
  'ke',
  'quy',
  'phoi',
  'giua',
  'thuc',
  'cua',
  'trong',
  'so',
  'ngay',
  'huyen',
  'quan',
  'tinh',
  'thanh',
  'pho',
]);
const ABBREVIATED_TYPES = new Set(['mn', 'mg', 'th', 'thcs', 'thpt']);
const TYPE_EXPANSION: Record<string, string> = { mn: 'mam non', mg: 'mau giao', th: 'tieu hoc' };

interface SchoolMention {
  display: string;
  key: string;
  abbreviated: boolean;
  caps: boolean;
}

function findSchools(text: string): SchoolMention[] {
  const folded = fold(text);
  const out: SchoolMention[] = [];
  SCHOOL_TYPE_RE.lastIndex = 0;
  for (const m of folded.matchAll(SCHOOL_TYPE_RE)) {
    const typeFolded = m[0].slice('truong '.length);
    const typeText = text.slice(m.index! + 'truong '.length, m.index! + m[0].length);
    const after = text.slice(m.index! + m[0].length);
    const nameWords: string[] = [];
    for (const w of after.split(/\s+/).filter(Boolean).slice(0, 5)) {
      const clean = w.replace(/[),.;:"']+$/, '');
      if (!/^\p{Lu}[\p{L}]*$/u.test(clean) || SCHOOL_STOP.has(fold(clean))) break;
      nameWords.push(clean);
      if (clean !== w) break;
    }
    if (nameWords.length === 0) continue;
    const caps = isUpperLine(typeText + nameWords.join(''));
    const tidyType = caps && !ABBREVIATED_TYPES.has(typeFolded) ? typeText.toLocaleLowerCase('vi') : typeText;
    const names = caps ? nameWords.map((w) => capitalise(w.toLocaleLowerCase('vi'))) : nameWords;
    const display = `Trường ${tidyType} ${names.join(' ')}`;
    const key = `${TYPE_EXPANSION[typeFolded] ?? typeFolded} ${fold(nameWords.join(' '))}`;
    out.push({ display, key, abbreviated: ABBREVIATED_TYPES.has(typeFolded), caps });
  }
  return out;
}

// ---------------------------------------------------------------- the parser

interface Item {
  shape: ItemShape;
  idx: number;
  no: number;
  text: string;
  parent: Item | null;
  children: Item[];
  id: string;
  unnumbered: number;
  chapter: string;
}

interface HeadResult {
  end: number;
  orgs: VLine[];
  number?: VLine & { value: string };
  placeDate?: { v: VLine; place: string; date: IsoDate | null; dateText: string };
  kind?: { v: VLine; kind: Kind };
  title: VLine[];
  issuedWith?: { v: VLine; text: string; number: string; date: IsoDate | null };
}

export class RegulationParser {
  private readonly lines: VLine[] = [];
  private readonly roles: Array<Role | undefined> = [];
  private readonly fields: Extraction['fields'] = {};
  private readonly bases: ExtractedBasis[] = [];
  private readonly items: Item[] = [];
  private readonly signatories: ExtractedSignatory[] = [];
  private readonly recipients: ExtractedRecipient[] = [];
  private readonly enacting: VLine[] = [];
  private readonly partyMentions: Array<{ mention: Mention; source: PartySource; line: number }> = [];
  private readonly extraParties = new Map<string, PartyDef>();
  /** Parties as an enacting sentence lists them ("Nhà trường và Ban Chấp hành Công đoàn thống nhất …"). */
  private readonly listedNames = new Map<string, string>();
  private titleText = '';
  /** The heading of an issuing decision, when the document starts with one. */
  private decisionHead: HeadResult | null = null;
  private decision: { number: string; date: IsoDate | null; text: string; line: number; source: string } | null = null;
  private kind: Kind | null = null;
  private decisionTail: { signatories: ExtractedSignatory[]; recipients: ExtractedRecipient[] } = {
    signatories: [],
    recipients: [],
  };

  constructor(private readonly doc: CleanedDocument) {
    for (const line of doc.lines) {
      for (const segment of line.segments) this.lines.push({ idx: this.lines.length, no: line.no, text: segment });
    }
  }

  private set(key: keyof Extraction['fields'], value: string, v: VLine) {
    if (!value || this.fields[key]) return;
    this.fields[key] = { value, line: v.no, source: this.sourceOf(v.no) };
  }

  private sourceOf(no: number): string {
    return this.doc.lines[no - 1]?.text ?? '';
  }

  private role(i: number, r: Role) {
    if (!this.roles[i]) this.roles[i] = r;
  }

  private nextNonBlank(i: number, to: number): number {
    let j = i;
    while (j < to && !this.lines[j].text) j++;
    return j;
  }

  parse(): Extraction {
    const n = this.lines.length;
    let regStart = 0;
    // A decision that issues the regulation ("QUYẾT ĐỊNH … Điều 1. Ban hành kèm theo …"), then the regulation.
    const first = this.firstKind(0, Math.min(n, 60));
    if (first && first.kind === 'quyet_dinh') {
      const second = this.firstKind(first.i + 1, n, true);
      if (second) {
        regStart = this.headerStart(second.i);
        this.parseDecision(0, regStart);
      }
    }
    const tailStart = findTailStart(this.lines, regStart, n);
    const head = this.parseHead(regStart, tailStart);
    const bodyStart = this.parseIntro(head.end, tailStart);
    this.parseBody(bodyStart, tailStart);
    this.parseTail(tailStart, n);
    // The decision's signer is read too, unless the same person also signs the regulation for the
    // same party; its Nơi nhận adds what the regulation's does not list ("Như Điều 3" points back).
    const own = new Set(this.signatories.map((x) => `${x.party}|${fold(x.name)}`));
    const ownTo = new Set(this.recipients.map((r) => fold(r.text)));
    this.signatories.unshift(...this.decisionTail.signatories.filter((x) => !own.has(`${x.party}|${fold(x.name)}`)));
    this.recipients.unshift(
      ...this.decisionTail.recipients.filter((r) => !ownTo.has(fold(r.text)) && !/^nhu dieu\b/.test(fold(r.text))),
    );
    this.applyHead(head);
    return this.finish();
  }

  private firstKind(from: number, to: number, regulationOnly = false): { i: number; kind: Kind } | null {
    for (let i = from; i < to; i++) {
      const t = this.lines[i].text;
      if (!t) continue;
      if (BASIS_START.test(foldOf(t)) && !regulationOnly) return null;
      const k = kindOf(t);
      if (k && (!regulationOnly || k !== 'quyet_dinh')) return { i, kind: k };
    }
    return null;
  }

  /** Back from a kind line over the heading lines that belong to it. */
  private headerStart(kindLine: number): number {
    let i = kindLine;
    while (i > 0) {
      const t = this.lines[i - 1].text;
      if (t && !(isDecoration(t) || isUpperLine(t) || NUMBER_LINE.test(foldOf(t)) || PLACE_DATE.test(foldOf(t)))) break;
      if (t && classifyTail(t) && !isUpperLine(t)) break;
      if (t && /^(?:hieu truong|nguoi ky|noi nhan)/.test(foldOf(t))) break;
      if (t && classifyTail(t) === 'name') break;
      i--;
    }
    return this.nextNonBlank(i, kindLine);
  }

  // ------------------------------------------------------------ decision part

  private parseDecision(from: number, to: number) {
    const tail = findTailStart(this.lines, from, to);
    const head = this.parseHead(from, tail);
    if (head.number)
      this.decision = {
        number: head.number.value,
        date: head.placeDate?.date ?? null,
        text: head.number.text,
        line: head.number.no,
        source: this.sourceOf(head.number.no),
      };
    for (const v of head.orgs) this.role(v.idx, 'heading');
    // The decision's own heading names the authority and the unit when the regulation's does not.
    this.decisionHead = head;
    let i = head.end;
    for (; i < tail; i++) {
      const v = this.lines[i];
      if (!v.text) continue;
      const f = foldOf(v.text);
      if (/^quyet dinh\s*:?$/.test(f)) {
        this.role(i, 'decoration');
        i++;
        break;
      }
      if (BASIS_START.test(f) && !NOT_BASIS.test(f)) {
        const joined = this.joinContinuation(i, tail);
        this.readBasis(v, joined.text);
        for (let k = i; k <= joined.last; k++) this.role(k, 'basis');
        i = joined.last;
        continue;
      }
      this.role(i, 'decision');
    }
    for (; i < tail; i++) if (this.lines[i].text) this.role(i, 'decision');
    const signed = this.signatories.length;
    const sent = this.recipients.length;
    this.parseTail(tail, to);
    this.decisionTail = { signatories: this.signatories.splice(signed), recipients: this.recipients.splice(sent) };
  }

  // ------------------------------------------------------------ heading

  private parseHead(from: number, to: number): HeadResult {
    const head: HeadResult = { end: from, orgs: [], title: [] };
    let titleOpen = false;
    let i = from;
    for (; i < to; i++) {
      const v = this.lines[i];
      const t = v.text;
      if (!t) {
        if (titleOpen && head.title.length > 0) {
          const j = this.nextNonBlank(i, to);
          if (!(j < to && /^(?:nam hoc|giai doan|nhiem ky|nam \d{4})/.test(foldOf(this.lines[j].text))))
            titleOpen = false;
        }
        continue;
      }
      const f = foldOf(t);
      if (isDecoration(t)) {
        this.role(i, 'decoration');
        continue;
      }
      if (!head.number && NUMBER_LINE.test(f)) {
        const m = NUMBER_LINE.exec(f)!;
        const raw = t.slice(t.length - m[1].length);
        const num = findNumber(raw);
        const value = num
          ? tidyNumber(raw.slice(0, num.end))
          : tidyNumber(raw.replace(/^[\s.…_]+/, '').split(/\s{2,}/)[0]);
        head.number = { ...v, value };
        this.role(i, 'heading');
        continue;
      }
      if (!head.placeDate && (PLACE_DATE.test(f) || DATE_ONLY.test(f)) && wordCount(t) <= 16) {
        const m = PLACE_DATE.exec(f);
        const place = m ? t.slice(0, m[1].length).trim() : '';
        const d = findDate(t);
        head.placeDate = { v, place, date: d?.iso ?? null, dateText: d?.text ?? '' };
        this.role(i, 'heading');
        continue;
      }
      if (ISSUED_WITH.test(f)) {
        const joined = this.joinUntilParen(i, to);
        const text = joined.text.replace(/^\(\s*/, '').replace(/\s*\)\s*$/, '');
        const num = findNumber(text);
        const d = findDate(text, num ? num.end : 0);
        head.issuedWith = { v, text, number: num?.number ?? '', date: d?.iso ?? null };
        for (let k = i; k <= joined.last; k++) this.role(k, 'heading');
        i = joined.last;
        titleOpen = false;
        continue;
      }
      if (BASIS_START.test(f) && !NOT_BASIS.test(f)) break;
      const item = classifyItem(t);
      if (item && item.kind !== 'bullet') break;
      if (!head.kind) {
        const k = kindOf(t);
        if (k) {
          head.kind = { v, kind: k };
          this.role(i, 'heading');
          // "QUY CHẾ PHỐI HỢP GIỮA …" carries its title; "KẾ HOẠCH LIÊN TỊCH" alone does not.
          if (!/^(?:quy che|quy dinh|ke hoach|quyet dinh)(?: phoi hop| lien tich)?$/.test(f)) head.title.push(v);
          // "QUY CHẾ PHỐI HỢP" / "GIỮA …": the kind words start the title.
          else if (
            /phoi hop|lien tich/.test(f) &&
            /^giua(?![a-z])/.test(foldOf(this.lines[this.nextNonBlank(i + 1, to)]?.text ?? ''))
          )
            head.title.push(v);
          titleOpen = true;
          continue;
        }
        if (isUpperLine(t) && wordCount(t) <= 15) {
          head.orgs.push(v);
          this.role(i, 'heading');
          continue;
        }
        break;
      }
      // "HIỆU TRƯỞNG TRƯỜNG MẦM NON …" under a decision's title is its authority, not more title.
      if (head.kind.kind === 'quyet_dinh' && head.title.length > 0 && isUpperLine(t)) titleOpen = false;
      if (titleOpen && wordCount(t) <= 40 && !/[;]$/.test(t) && !ENACTING_SENTENCE.test(f) && !item) {
        head.title.push(v);
        this.role(i, 'heading');
        continue;
      }
      // "HIỆU TRƯỞNG TRƯỜNG MẦM NON …" above a decision's bases.
      if (head.kind.kind === 'quyet_dinh' && isUpperLine(t) && wordCount(t) <= 12) {
        this.role(i, 'heading');
        continue;
      }
      break;
    }
    head.end = i;
    return head;
  }

  private joinUntilParen(i: number, to: number): { text: string; last: number } {
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

  /** A line and the lines that continue it (starting in lower case). */
  private joinContinuation(i: number, to: number): { text: string; last: number } {
    let text = this.lines[i].text;
    let last = i;
    for (;;) {
      const j = this.nextNonBlank(last + 1, to);
      if (j >= to || !startsLower(this.lines[j].text) || classifyItem(this.lines[j].text)) break;
      text += ' ' + this.lines[j].text;
      last = j;
    }
    return { text, last };
  }

  private applyHead(head: HeadResult) {
    const dh = this.decisionHead;
    // Kind
    let kind: Kind | null = head.kind?.kind ?? null;
    const kindLine = head.kind?.v;
    if (kind === 'quyet_dinh') kind = null;
    const number = head.number?.value ?? '';
    if (!kind && number) kind = kindFromNumber(number);
    if (!kind && dh?.title.length) {
      const f = fold(dh.title.map((v) => v.text).join(' '));
      if (/ban hanh (?:ban )?quy (?:che|dinh)/.test(f)) kind = 'quy_che';
      else if (/ban hanh (?:ban )?ke hoach/.test(f)) kind = /lien tich/.test(f) ? 'ke_hoach_lien_tich' : 'ke_hoach';
    }
    this.kind = kind;
    if (kind && kind !== 'quyet_dinh') this.set('kind', KIND_LABELS[kind], kindLine ?? head.number ?? this.lines[0]);
    // Title (trích yếu): the words under the kind line.
    const titleLines = head.title.length > 0 ? head.title : (dh?.title ?? []);
    this.titleText = titleLines
      .map((v) => v.text)
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (titleLines.length) this.set('title', this.titleText, titleLines[0]);
    for (const v of titleLines)
      for (const m of findMentions(v.text, { title: true }))
        this.partyMentions.push({ mention: m, source: 'title', line: v.no });
    // Number, place, date.
    if (head.number) this.set('number', number, head.number);
    const pd = head.placeDate;
    if (pd?.place) this.set('place', pd.place, pd.v);
    if (!pd?.place && dh?.placeDate?.place) this.set('place', dh.placeDate.place, dh.placeDate.v);
    // Authority and unit.
    // The unit is the TRƯỜNG … (or body) line; the lines above it name the managing authority.
    const split = (orgs: VLine[]) => {
      const unitIndex = orgs.findIndex((v) =>
        /^truong(?![a-z])|^(?:bch|ban chap hanh|chi bo|cong doan|chi doan)/.test(foldOf(v.text)),
      );
      const unit = unitIndex >= 0 ? orgs[unitIndex] : orgs.length > 1 ? orgs[orgs.length - 1] : orgs[0];
      return { unit, authority: orgs.slice(0, unit ? orgs.indexOf(unit) : 0) };
    };
    const own = split(head.orgs);
    const fromDecision = split(dh?.orgs ?? []);
    const unit = own.unit ?? fromDecision.unit;
    const authority = own.authority.length ? own.authority : fromDecision.authority;
    if (unit) this.set('issuer', unit.text, unit);
    if (authority.length) this.set('managingAuthority', authority.map((v) => v.text).join(' – '), authority[0]);
    // Issued with a decision.
    if (head.issuedWith) {
      const iw = head.issuedWith;
      if (!this.decision || !this.decision.number)
        this.decision = {
          number: iw.number,
          date: iw.date,
          text: iw.text,
          line: iw.v.no,
          source: this.sourceOf(iw.v.no),
        };
      else if (!this.decision.date) this.decision.date = iw.date;
    }
    if (this.decision) {
      const text =
        head.issuedWith?.text ??
        (this.decision.number
          ? `Quyết định số ${this.decision.number}${this.decision.date ? ` ngày ${formatDateVi(this.decision.date)}` : ''}`
          : '');
      if (text)
        this.fields.decision = {
          value: capitalise(text.replace(/^ban hành\s+/iu, '').replace(/^kèm theo\s+/iu, '')),
          line: this.decision.line,
          source: this.decision.source,
        };
    }
    // Issue date: the document's own, else the issuing decision's.
    let issueDate: IsoDate | null = pd?.date ?? null;
    if (issueDate && pd) this.set('issueDate', formatDateVi(issueDate), pd.v);
    else if (this.decision?.date) {
      issueDate = this.decision.date;
      this.fields.issueDate = {
        value: formatDateVi(issueDate),
        line: this.decision.line,
        source: this.decision.source,
      };
    }
    this.issueDate = issueDate;
    // School year, period or calendar year: from the title first.
    const titleFold = fold(this.titleText);
    const sy = [...titleFold.matchAll(SCHOOL_YEAR)][0];
    const period = PERIOD.exec(titleFold);
    const titleAt = titleLines[0] ?? kindLine ?? this.lines[0];
    if (sy) this.set('schoolYear', parseSchoolYear(`${sy[1]}-${sy[2]}`)?.text ?? `${sy[1]}-${sy[2]}`, titleAt);
    else if (period) this.set('schoolYear', `Giai đoạn ${period[1]}-${period[2]}`, titleAt);
    else {
      const cal = CALENDAR_YEAR.exec(titleFold);
      if (cal) this.calendarYear = Number(cal[1]);
    }
  }

  private issueDate: IsoDate | null = null;
  private school: string | null = null;
  private calendarYear: number | null = null;

  // ------------------------------------------------------------ bases and preamble

  private readBasis(v: VLine, text: string) {
    for (const b of parseBasisLine(text, v.no)) this.bases.push(b);
  }

  private parseIntro(from: number, to: number): number {
    // Is there any structure at all? A document without one keeps its paragraphs as clauses.
    let firstItem = -1;
    for (let i = from; i < to; i++) {
      const t = this.lines[i].text;
      if (!t) continue;
      const s = classifyItem(t);
      if (s && s.kind !== 'bullet' && s.kind !== 'letter') {
        firstItem = i;
        break;
      }
    }
    const limit = firstItem >= 0 ? firstItem : to;
    let i = from;
    for (; i < limit; i++) {
      const v = this.lines[i];
      if (!v.text) continue;
      const f = foldOf(v.text);
      if (isDecoration(v.text)) {
        this.role(i, 'decoration');
        continue;
      }
      const joined = this.joinContinuation(i, limit);
      const isBasis =
        BASIS_START.test(f) &&
        !NOT_BASIS.test(f) &&
        (/^can cu/.test(f) || HAS_INSTRUMENT.test(fold(joined.text)) || HAS_INSTRUMENT.test(joined.text));
      if (isBasis) {
        // "Căn cứ tình hình thực tế địa phương. Trường … xây dựng kế hoạch … như sau:"
        const sentences = joined.text.split(/(?<=[.;])\s+(?=\p{Lu})/u);
        const basisPart: string[] = [];
        const rest: string[] = [];
        for (const s of sentences)
          (rest.length || (basisPart.length && ENACTING_SENTENCE.test(fold(s))) ? rest : basisPart).push(s);
        const basisText = basisPart.join(' ');
        if (isContextBasis(basisText)) for (let k = i; k <= joined.last; k++) this.role(k, 'context');
        else {
          this.readBasis(v, basisText);
          for (let k = i; k <= joined.last; k++) this.role(k, 'basis');
        }
        if (rest.length) this.readEnacting(v, rest.join(' '));
        i = joined.last;
        continue;
      }
      // Without any numbering, the preamble is only its purpose and enacting sentences.
      if (firstItem < 0 && !/^de\s/.test(f) && !ENACTING.test(fold(joined.text))) break;
      // A line without words (stray symbols, numbers) is not preamble: it stays unrecognised.
      if ((joined.text.match(/\p{L}{2,}/gu)?.length ?? 0) < 2) {
        i = joined.last;
        continue;
      }
      this.readEnacting(v, joined.text);
      for (let k = i; k <= joined.last; k++) this.role(k, 'preamble');
      i = joined.last;
      if (firstItem < 0 && /nhu sau\s*:?\s*$/.test(fold(joined.text))) {
        i++;
        break;
      }
    }
    return i;
  }

  private readEnacting(v: VLine, text: string) {
    this.enacting.push({ ...v, text });
    this.readListedParties(text);
    for (const segment of text.split(/;\s*/)) {
      if (!ENACTING.test(fold(segment))) continue;
      for (const m of findMentions(segment)) this.partyMentions.push({ mention: m, source: 'enacting', line: v.no });
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

  // ------------------------------------------------------------ body

  private parseBody(from: number, to: number) {
    const stack: Array<{ item: Item; level: number }> = [];
    let chapter = '';
    let section = '';
    let closing = false;
    let lastItem: Item | null = null;
    let unlabelled = 0;
    const unnumberedOf = new Map<Item | null, number>();
    for (let i = from; i < to; i++) {
      const v = this.lines[i];
      const t = v.text;
      if (!t) continue;
      if (isDecoration(t)) {
        this.role(i, 'decoration');
        continue;
      }
      const f = foldOf(t);
      if (CLOSING.test(f)) {
        closing = true;
        this.role(i, 'closing');
        continue;
      }
      let shape = classifyItem(t);
      if (!shape && lastItem?.shape.kind === 'chapter' && !lastItem.text) {
        lastItem.text = t;
        chapter = `${lastItem.shape.label}. ${stripEnd(t)}`;
        this.role(i, 'heading');
        continue;
      }
      if (!shape && lastItem && (startsLower(t) || lastItem.text === '')) {
        if (closing) this.role(i, 'closing');
        else {
          lastItem.text = lastItem.text ? `${lastItem.text} ${t}` : t;
          this.role(i, lastItem.shape.kind === 'chapter' || lastItem.shape.kind === 'section' ? 'heading' : 'clause');
        }
        continue;
      }
      if (closing && !shape) {
        this.role(i, 'closing');
        continue;
      }
      if (!shape && isUpperLine(t) && wordCount(t) >= 2 && wordCount(t) <= 14 && !/[;,]$/.test(t)) {
        unlabelled++;
        shape = { kind: 'section', label: '', key: `S${unlabelled}`, text: t, level: 1 };
      }
      if (!shape && startsLower(t) && !lastItem) {
        this.role(i, 'preamble');
        continue;
      }
      shape ??= { kind: 'paragraph', label: '', key: '', text: t, level: 7 };
      closing = false;
      const level = shape.level;
      while (stack.length && stack[stack.length - 1].level >= level) stack.pop();
      const parent = stack.length ? stack[stack.length - 1].item : null;
      if (shape.kind === 'chapter') {
        chapter = shape.text ? `${shape.label}. ${stripEnd(shape.text)}` : shape.label;
        section = '';
      } else if (shape.kind === 'section') {
        section = shape.label ? `${shape.label}. ${stripEnd(shape.text)}` : stripEnd(shape.text);
      }
      const item: Item = {
        shape,
        idx: i,
        no: v.no,
        text: shape.text,
        parent,
        children: [],
        id: '',
        unnumbered: 0,
        chapter: '',
      };
      item.chapter = [chapter, section].filter(Boolean).join(' – ');
      item.id = this.idFor(item, parent, unnumberedOf);
      if (parent) parent.children.push(item);
      this.items.push(item);
      this.role(i, shape.kind === 'chapter' || shape.kind === 'section' ? 'heading' : 'clause');
      stack.push({ item, level });
      lastItem = item;
    }
  }

  private idFor(item: Item, parent: Item | null, unnumberedOf: Map<Item | null, number>): string {
    const s = item.shape;
    const pid = parent ? parent.id : '';
    switch (s.kind) {
      case 'chapter':
        return `C${s.key}`;
      case 'section':
        return s.key;
      case 'article':
        return `D${s.key}`;
      case 'number':
        return pid ? `${pid}.${s.key}` : s.key;
      case 'dotted': {
        // "1.1" under "1." repeats its parent's number: prefix with the holder above that.
        let holder = parent;
        while (holder && (holder.shape.kind === 'number' || holder.shape.kind === 'dotted')) holder = holder.parent;
        return holder ? `${holder.id}.${s.key}` : s.key;
      }
      case 'letter':
        return pid ? `${pid}.${s.key}` : s.key;
      default: {
        const k = (unnumberedOf.get(parent) ?? 0) + 1;
        unnumberedOf.set(parent, k);
        return `${pid || 'M'}-${k}`;
      }
    }
  }

  // ------------------------------------------------------------ tail

  private parseTail(from: number, to: number) {
    const blocks = recipientBlocks(this.lines, from, to);
    const signatureLines: VLine[] = [];
    for (let i = from; i < to; i++) {
      const v = this.lines[i];
      if (!v.text) continue;
      const block = blocks.get(i);
      if (block === 'head') {
        this.role(i, 'recipients');
        const rest = recipientsHeadRest(v.text);
        if (rest) {
          const r = readRecipient(v, rest);
          if (r) this.recipients.push(r);
        }
        continue;
      }
      if (block === 'item') {
        this.role(i, 'recipients');
        const r = readRecipient(v);
        if (r) this.recipients.push(r);
        continue;
      }
      const cls = classifyTail(v.text);
      if (cls === 'noise') {
        this.role(i, 'noise');
        continue;
      }
      if (cls) {
        signatureLines.push(v);
        this.role(i, 'signature');
      }
    }
    const groups = groupSignatures(signatureLines, (v) => (this.roles[v.idx] = undefined));
    for (const g of groups) {
      const party = groupParty(g);
      let code = party?.code ?? '';
      // A body no dictionary knows ("TM. BAN THANH TRA NHÂN DÂN") gets a free code from its initials.
      if (!party && g.body && g.caps.length) code = this.freeCode(g.body);
      if (party) {
        const surface = g.body || g.title || g.headTitle;
        const m = findMentions(surface)[0];
        if (m) this.partyMentions.push({ mention: m, source: 'signature', line: g.lines[0] });
        else
          this.partyMentions.push({
            mention: { code: party.code, def: party, start: 0, end: surface.length, surface },
            source: 'signature',
            line: g.lines[0],
          });
      }
      const capacity = g.caps.find(isKnownCapacity) ?? '';
      this.signatories.push({
        party: code,
        title: g.title ? tidyTitle(g.title) : '',
        name: g.name ? tidyName(g.name) : '',
        capacity,
        capacityText: g.capTexts.join(' / '),
        line: g.lines[0],
        lines: g.lines,
      });
    }
  }

  private freeCode(body: string): string {
    const initials = fold(body)
      .split(/\s+/)
      .filter((w) => w && !['tm', 'bch', 'ban', 'chap', 'hanh', 'xa', 'phuong'].includes(w))
      .map((w) => w[0].toUpperCase())
      .join('')
      .slice(0, 6);
    const code = initials || 'KHAC';
    if (!this.extraParties.has(code)) {
      this.extraParties.set(code, {
        code,
        name: capitalise(body.toLocaleLowerCase('vi')),
        kind: 'Khác',
        standard: false,
        pattern: /$^/,
      });
    }
    const def = this.extraParties.get(code)!;
    this.partyMentions.push({
      mention: { code, def, start: 0, end: body.length, surface: body },
      source: 'signature',
      line: 0,
    });
    return code;
  }

  // ------------------------------------------------------------ assembling

  private finish(): Extraction {
    const clauseItems = this.items.filter(
      (it) => it.shape.kind !== 'chapter' && it.shape.kind !== 'section' && it.text,
    );
    // Headings name the parties of their part; a heading about "các tổ chức" lets its items name them.
    for (const it of this.items) {
      const f = fold(it.text);
      const heading = it.children.length > 0 || HEADING_TEXT.test(f);
      if (!heading) continue;
      for (const m of findMentions(it.text)) this.partyMentions.push({ mention: m, source: 'heading', line: it.no });
      if (UNSPECIFIC.test(f))
        for (const child of it.children)
          for (const m of findMentions(child.text))
            this.partyMentions.push({ mention: m, source: 'listed', line: child.no });
    }
    if (UNSPECIFIC.test(fold(this.titleText))) {
      for (const it of this.items.filter((x) => !x.parent && x.shape.kind !== 'chapter')) {
        if (it.children.length === 0)
          for (const m of findMentions(it.text)) this.partyMentions.push({ mention: m, source: 'listed', line: it.no });
      }
    }
    // Document-wide readings.
    const bodyLines = new Set(
      this.lines
        .filter(
          (v, i) =>
            v.text && this.roles[i] !== 'basis' && this.roles[i] !== 'recipients' && this.roles[i] !== 'signature',
        )
        .map((v) => v.idx),
    );
    const cadences: ExtractedCadence[] = [];
    let supersedes: FieldValue | undefined;
    let adopted: FieldValue | undefined;
    let effective: FieldValue | undefined;
    let review: FieldValue | undefined;
    let reviewStated: FieldValue | undefined;
    let reviewForm: FieldValue | undefined;
    let effectiveTo: FieldValue | undefined;
    const years = new Map<string, { count: number; v: VLine }>();
    const schools = new Map<string, { count: number; best: SchoolMention; v: VLine }>();
    const schoolSeen = new Set<string>();
    for (const v of this.lines) {
      if (!v.text) continue;
      const f = fold(v.text);
      const role = this.roles[v.idx];
      if (bodyLines.has(v.idx)) {
        for (const m of f.matchAll(CADENCE_PHRASE)) {
          const text = v.text.slice(m.index!, m.index! + m[0].length);
          cadences.push({ text, cadence: parseCadence(text).value, line: v.no });
        }
        const sup = SUPERSEDES.exec(f);
        if (sup && !supersedes) {
          const start = sup.index + sup[0].length - sup[1].length;
          const end = v.text.slice(start).search(/[;]|\.(?:\s|$)|\.\/\./);
          const value = stripEnd(v.text.slice(start, end >= 0 ? start + end : undefined));
          supersedes = { value: capitalise(value), line: v.no, source: this.sourceOf(v.no) };
        }
        const ad = ADOPTED.exec(f);
        if (ad && !adopted)
          adopted = {
            value: capitalise(stripEnd(v.text.slice(ad.index + ad[0].length - ad[1].length, ad.index + ad[0].length))),
            line: v.no,
            source: this.sourceOf(v.no),
          };
        const until = EFFECTIVE_TO.exec(f);
        if (!effectiveTo && until) {
          const d = findDate(v.text, until.index + until[0].length);
          if (d?.iso) effectiveTo = { value: formatDateVi(d.iso), line: v.no, source: this.sourceOf(v.no) };
        }
        // "… được rà soát hàng năm; hình thức rà soát: …" says it outright, over a cadence met on a review line.
        const stated = REVIEW_STATED.exec(f);
        if (stated && !reviewStated) {
          const c = parseCadence(stated[1]).value;
          if (c) reviewStated = { value: c, line: v.no, source: this.sourceOf(v.no) };
          const form = /hinh thuc ra soat\s*:\s*/.exec(f);
          if (form)
            reviewForm = {
              value: capitalise(stripEnd(v.text.slice(form.index + form[0].length))),
              line: v.no,
              source: this.sourceOf(v.no),
            };
        }
        if (!effective && EFFECTIVE_SIGNING.test(f) && this.issueDate)
          effective = { value: formatDateVi(this.issueDate), line: v.no, source: this.sourceOf(v.no) };
        const ed = EFFECTIVE_DATE.exec(f);
        if (!effective && ed) {
          const d = findDate(v.text, ed.index);
          if (d?.iso) effective = { value: formatDateVi(d.iso), line: v.no, source: this.sourceOf(v.no) };
        }
        if (!review && REVIEW.test(f)) {
          const c = [...f.matchAll(CADENCE_PHRASE)].map((m) => parseCadence(m[0]).value).find(Boolean);
          if (c) review = { value: c, line: v.no, source: this.sourceOf(v.no) };
          // "… được rà soát hàng năm tại Hội nghị viên chức": how it is reviewed.
          const at = /(?<![a-z])tai\s+(hoi nghi[^.;,]*)/.exec(f);
          if (c && at && !reviewForm)
            reviewForm = {
              value: capitalise(
                stripEnd(v.text.slice(at.index + at[0].length - at[1].length, at.index + at[0].length)),
              ),
              line: v.no,
              source: this.sourceOf(v.no),
            };
        }
      }
      if (role !== 'recipients') {
        for (const m of f.matchAll(SCHOOL_YEAR)) {
          const s = +m[1];
          if (+m[2] !== s + 1) continue;
          const key = `${s}-${s + 1}`;
          const e = years.get(key) ?? { count: 0, v };
          e.count++;
          years.set(key, e);
        }
        for (const sm of findSchools(v.text)) {
          const weight = role === 'heading' ? 100 : role === 'signature' ? 0.5 : 1;
          const e = schools.get(sm.key) ?? { count: 0, best: sm, v };
          e.count += weight;
          if ((e.best.abbreviated && !sm.abbreviated) || (e.best.caps && !sm.caps)) e.best = sm;
          schools.set(sm.key, e);
          schoolSeen.add(sm.key);
        }
      }
    }
    if (supersedes) this.fields.supersedes = supersedes;
    if (adopted) this.fields.adoptedAt = adopted;
    if (effective) this.fields.effectiveFrom = effective;
    if (reviewStated ?? review) this.fields.reviewCadence = reviewStated ?? review;
    if (reviewForm) this.fields.reviewForm = reviewForm;
    if (effectiveTo) this.fields.effectiveTo = effectiveTo;
    if (!this.fields.schoolYear && years.size > 0) {
      const [key, e] = [...years.entries()].sort((a, b) => b[1].count - a[1].count)[0];
      this.set('schoolYear', key, e.v);
    }
    let school: string | null = null;
    if (schools.size > 0) {
      const [, e] = [...schools.entries()].sort((a, b) => b[1].count - a[1].count)[0];
      school = e.best.display;
      this.set('issuer', school, e.v);
    }
    this.school = school;

    // A text with no title, signature or heading naming a body: the bodies its clauses name are its parties.
    if (this.partyMentions.length === 0) {
      for (const it of clauseItems)
        for (const m of findMentions(it.text)) this.partyMentions.push({ mention: m, source: 'listed', line: it.no });
    }
    const parties = this.assembleParties();
    const codes = new Set(parties.map((p) => p.code));

    const clauses: ExtractedClause[] = clauseItems.map((it) => this.toClause(it));
    const responsibilities = draftResponsibilities(
      clauseItems.map((it) => ({
        id: it.id,
        text: it.text,
        line: it.no,
        leaf: it.children.length === 0,
        ancestors: this.ancestors(it).map((a) => a.text),
      })),
      codes,
    );

    // Versions: this document and, when it says so, the one it replaces.
    const versions: ExtractedVersion[] = [];
    const schoolYear = this.fields.schoolYear?.value ?? '';
    const number = this.fields.number?.value ?? '';
    if (supersedes) {
      const oldNumber = findNumber(supersedes.value)?.number;
      const oldYear = [...fold(supersedes.value).matchAll(SCHOOL_YEAR)][0];
      const selfName =
        number ||
        [this.fields.kind?.value, schoolYear && `năm học ${schoolYear}`].filter(Boolean).join(' ') ||
        this.titleText;
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
        number: number || versions[0]?.supersededBy || this.titleText,
        schoolYear,
        issuedOn: this.issueDate,
        status: '',
        supersededBy: '',
        line: this.fields.number?.line ?? this.fields.schoolYear?.line ?? 1,
      });
    }

    const unplaced = this.lines
      .filter(
        (v, i) =>
          v.text &&
          (this.roles[i] === undefined || ['preamble', 'closing', 'context', 'decision'].includes(this.roles[i]!)),
      )
      .map((v) => ({ line: v.no, text: v.text, reason: (this.roles[v.idx] ?? 'unrecognized') as UnplacedReason }));

    const kind = this.kind && this.kind !== 'quyet_dinh' ? this.kind : null;
    return {
      fields: this.fields,
      facts: {
        kind,
        issueDate: this.issueDate,
        schoolYear: schoolYear || null,
        calendarYear: this.calendarYear,
        decisionNumber: this.decision?.number || null,
        decisionDate: this.decision?.date ?? null,
        school,
        supersedes: supersedes?.value ?? null,
      },
      parties,
      signatories: this.signatories,
      legalBases: this.bases,
      clauses,
      responsibilities,
      recipients: this.recipients,
      versions,
      cadences,
      conversions: this.doc.conversions,
      unplaced,
      lineCount: this.doc.lines.length,
    };
  }

  private ancestors(it: Item): Item[] {
    const out: Item[] = [];
    for (let p = it.parent; p; p = p.parent) out.push(p);
    return out;
  }

  private toClause(it: Item): ExtractedClause {
    const chain = [it, ...this.ancestors(it)];
    const article =
      chain.find((x) => x.shape.kind === 'article') ??
      [...chain].reverse().find((x) => x.shape.kind === 'number' || x.shape.kind === 'dotted');
    const articleLabel = article ? article.shape.label : '';
    const paragraph = article && article !== it ? it.id.slice(article.id.length).replace(/^[.]/, '') : '';
    return {
      id: it.id,
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

  private assembleParties(): ExtractedParty[] {
    const order: PartySource[] = ['signature', 'title', 'enacting', 'heading', 'listed'];
    const byCode = new Map<string, ExtractedParty>();
    const sorted = [...this.partyMentions].sort((a, b) => order.indexOf(a.source) - order.indexOf(b.source));
    for (const { mention, source, line } of sorted) {
      const d = mention.def;
      let p = byCode.get(d.code);
      if (!p) {
        p = { code: d.code, name: '', kind: d.kind, standard: d.standard, forms: [], lines: [], sources: [] };
        byCode.set(d.code, p);
      }
      const form = mention.surface.trim();
      if (form && !p.forms.includes(form)) p.forms.push(form);
      if (line && !p.lines.includes(line)) p.lines.push(line);
      if (!p.sources.includes(source)) p.sources.push(source);
    }
    // Name each party the way the document writes it most fully ("Ban chấp hành công đoàn" over "BCHCĐ").
    const allForms = new Map<string, string[]>();
    for (const v of this.lines) {
      if (!v.text || this.roles[v.idx] === 'basis' || this.roles[v.idx] === 'recipients') continue;
      for (const m of findMentions(v.text)) {
        const list = allForms.get(m.code) ?? [];
        if (!list.includes(m.surface)) list.push(m.surface);
        allForms.set(m.code, list);
      }
    }
    for (const p of byCode.values()) {
      p.lines.sort((a, b) => a - b);
      const listed = this.listedNames.get(p.code);
      if (listed) {
        p.name = listed;
        continue;
      }
      if (p.code === 'NT' && this.school) {
        p.name = this.school;
        continue;
      }
      // A person's title ("Hiệu trưởng", "CTCĐ") does not name the body.
      const pool = [...p.forms, ...(allForms.get(p.code) ?? [])]
        .map((f) => sentenceCaseIfWords(f.trim()))
        .filter((f) => f && !/^(?:pho )?hieu truong$|^ct ?cd$/.test(fold(f)));
      const score = (f: string) => (isAcronym(f) ? 0 : 100) + (isUpperLine(f) ? 0 : 10) + wordCount(f);
      const best = pool.reduce((a, b) => (score(b) > score(a) ? b : a), pool[0] ?? '');
      p.name = best ? capitalise(best) : (PARTY_DEFS.find((d) => d.code === p.code)?.name ?? p.code);
    }
    const standardOrder = ['NT', 'CD', 'CDTN', 'CB', 'CMHS', 'UBND', 'MTTQ', 'PN', 'CCB', 'CGC', 'DN'];
    const rank = (code: string) => (standardOrder.includes(code) ? standardOrder.indexOf(code) : 100);
    return [...byCode.values()].sort((a, b) => rank(a.code) - rank(b.code) || a.code.localeCompare(b.code));
  }
}

export function parseRegulation(doc: CleanedDocument): Extraction {
  return new RegulationParser(doc).parse();
}
