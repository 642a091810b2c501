// The heading zone: an issuing decision, the authority and unit, Số, place and date, kind, title.
import { formatDateVi, parseSchoolYear, type IsoDate } from '../values';
import { findDate, findNumber, isContextBasis, tidyNumber } from './bases';
import {
  BASIS_START,
  IMPLEMENTING_START,
  CALENDAR_YEAR,
  DATE_ONLY,
  ENACTING_SENTENCE,
  ISSUED_WITH,
  KIND_LABELS,
  NOT_BASIS,
  NUMBER_LINE,
  PERIOD,
  PLACE_DATE,
  SCHOOL_YEAR,
  capitalise,
  classifyItem,
  foldOf,
  isDecoration,
  isUnitNameLine,
  isUpperLine,
  startsLower,
  kindFromNumber,
  kindOf,
  wordCount,
  type Kind,
} from './shapes';
import { placeHead, placeOrgs } from './accounting';
import { ParseState, type HeadResult } from './state';
import { classifyTail, findTailStart, type VLine } from './tail';
import { parseTail } from './tail-zone';
import { TABLE_ROW } from './task-table';
import { findMentions, fold } from './vocab';
// A title that stops on a word needing more goes on ("VỀ" / "VIỆC BAN HÀNH …").
const UNFINISHED = /(?:^|\s)(?:ve|ve viec|v\/v|ban hanh|cua|va|giua|trong)$/;

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

/** A kind a narrow cell broke over two lines ("KẾ" / "HOẠCH"), nothing else on either. */
/** A slot a draft leaves to fill: dots, underscores or dashes only ("……", "___"). */
const BLANK_SLOT = /^[.…_\s-]*$/u;

function brokenKind(st: ParseState, i: number, to: number): Kind | null {
  const j = st.nextNonBlank(i + 1, to);
  if (wordCount(st.lines[i].text) !== 1 || j >= to || wordCount(st.lines[j].text) !== 1) return null;
  const joined = `${st.lines[i].text} ${st.lines[j].text}`;
  return /^(?:quy che|ke hoach)$/.test(foldOf(joined)) ? kindOf(joined) : null;
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

// ------------------------------------------------------------ heading

/**
 * A short line in the heading's left column however it is typed ("BGH & BCH Công đoàn Trường
 * THCS …"): the Quốc hiệu, Số or the kind follows within a few lines, with nothing else between.
 */
function unitAboveHeading(st: ParseState, i: number, to: number): boolean {
  const t = st.lines[i].text;
  if (wordCount(t) > 15 || /[.;:]$/.test(t) || classifyItem(t) || BASIS_START.test(foldOf(t))) return false;
  for (let j = i + 1, seen = 0; j < to && seen < 4; j++) {
    const next = st.lines[j].text;
    if (!next) continue;
    seen++;
    const f = foldOf(next);
    if (isDecoration(next) || NUMBER_LINE.test(f) || PLACE_DATE.test(f) || kindOf(next)) return true;
    if (!(isUpperLine(next) || isUnitNameLine(next)) || wordCount(next) > 15) return false;
  }
  return false;
}

/**
 * A title in capitals goes on past a blank line in capitals ("… VỚI CÔNG AN XÃ", "", "VỀ CÔNG TÁC
 * AN NINH …"; a word alone, "SINH"), as it does without the blank: a page that puts a blank line
 * after every line loses no part of its title. A Căn cứ, an item or a kind line ends it.
 */
function capitalsGoOn(last: string, next: string): boolean {
  if (!isUpperLine(last) || !isUpperLine(next) || wordCount(next) > 25 || classifyItem(next)) return false;
  const f = foldOf(next);
  return !BASIS_START.test(f) && !kindOf(next) && !isDecoration(next) && !NUMBER_LINE.test(f);
}

/** The rule, dashes and bullets a converter leaves before a heading line's words. */
const LEADING_MARKS = /^[-–—*•_.\s]+(?=\p{L})/u;

export function parseHead(st: ParseState, from: number, to: number): HeadResult {
  const head: HeadResult = { end: from, orgs: [], title: [] };
  let titleOpen = false;
  let i = from;
  for (; i < to; i++) {
    const v = st.lines[i];
    const t = v.text;
    if (!t) {
      if (titleOpen && head.title.length > 0) {
        const j = st.nextNonBlank(i, to);
        // A page that puts a blank line after every line ("KẾ HOẠCH PHỐI HỢP", "", "GIỮA …") keeps its title.
        const next = j < to ? st.lines[j].text : '';
        const goesOn =
          /^(?:nam hoc|giai doan|nhiem ky|nam \d{4}|giua|ve viec|v\/v)(?![a-z])/.test(foldOf(next)) ||
          (head.title.length === 1 && head.title[0] === head.kind?.v && isUpperLine(next) && !classifyItem(next)) ||
          UNFINISHED.test(foldOf(head.title[head.title.length - 1].text)) ||
          capitalsGoOn(head.title[head.title.length - 1].text, next);
        if (!goesOn) titleOpen = false;
      }
      continue;
    }
    const f = foldOf(t);
    if (isDecoration(t)) {
      st.role(i, 'decoration');
      continue;
    }
    if (!head.number && NUMBER_LINE.test(f)) {
      const m = NUMBER_LINE.exec(f)!;
      const raw = t.slice(t.length - m[1].length);
      const num = findNumber(raw);
      const value = num
        ? tidyNumber(raw.slice(0, num.end))
        : // An unfilled number keeps its printed placeholder ("……/QC-MNBA"); spaces left blank go.
          tidyNumber(raw.replace(/^\s+/, '').split(/\s{2,}/)[0]);
      head.number = { ...v, value };
      st.role(i, 'heading');
      continue;
    }
    if (!head.placeDate && (PLACE_DATE.test(f) || DATE_ONLY.test(f)) && wordCount(t) <= 16) {
      const m = PLACE_DATE.exec(f);
      // A place left to fill ("……, ngày …", as an export of a draft prints it) is no place.
      // "- Vĩnh Linh, ngày …": a dash a converter left before the place is not part of it.
      const written = m ? t.slice(0, m[1].length).trim().replace(LEADING_MARKS, '') : '';
      const place = BLANK_SLOT.test(written) ? '' : written;
      const d = findDate(t);
      head.placeDate = { v, place, date: d?.iso ?? null, dateText: d?.text ?? '' };
      st.role(i, 'heading');
      continue;
    }
    if (ISSUED_WITH.test(f)) {
      const joined = st.joinUntilParen(i, to);
      const text = joined.text.replace(/^\(\s*/, '').replace(/\s*\)\s*$/, '');
      const num = findNumber(text);
      const d = findDate(text, num ? num.end : 0);
      head.issuedWith = { v, text, number: num?.number ?? '', date: d?.iso ?? null };
      for (let k = i; k <= joined.last; k++) st.role(k, 'heading');
      st.put(i, joined.last, 'document', 'decision');
      i = joined.last;
      titleOpen = false;
      continue;
    }
    if ((BASIS_START.test(f) || IMPLEMENTING_START.test(f)) && !NOT_BASIS.test(f)) break;
    const item = classifyItem(t);
    // An item or a table's row ends the heading.
    if ((item && item.kind !== 'bullet') || TABLE_ROW.test(t)) break;
    if (!head.kind) {
      const k = kindOf(t) ?? brokenKind(st, i, to);
      if (k) {
        head.kind = { v, kind: k };
        st.role(i, 'heading');
        if (!kindOf(t)) {
          // "KẾ" / "HOẠCH": the second half is the kind line too.
          i = st.nextNonBlank(i + 1, to);
          st.role(i, 'heading');
          st.put(i, i, 'document', 'kind');
          titleOpen = true;
          continue;
        }
        // "QUY CHẾ PHỐI HỢP GIỮA …" carries its title; "KẾ HOẠCH LIÊN TỊCH" alone does not, nor
        // does "-******** -QUY CHÊ" (a page's rule and dashes before it, a letter's mark lost).
        const kindWords = f.replace(LEADING_MARKS, '');
        if (!/^(?:quy che|quy dinh|ke hoach|quyet dinh)(?: phoi hop| lien tich)?$/.test(kindWords)) head.title.push(v);
        // "QUY CHẾ PHỐI HỢP" / "GIỮA …": the kind words start the title.
        else if (
          /phoi hop|lien tich/.test(f) &&
          /^giua(?![a-z])/.test(foldOf(st.lines[st.nextNonBlank(i + 1, to)]?.text ?? ''))
        )
          head.title.push(v);
        titleOpen = true;
        continue;
      }
      if ((isUpperLine(t) && wordCount(t) <= 15) || isUnitNameLine(t) || unitAboveHeading(st, i, to)) {
        head.orgs.push(v);
        st.role(i, 'heading');
        continue;
      }
      break;
    }
    // "HIỆU TRƯỞNG TRƯỜNG MẦM NON …" under a decision's title is its authority, not more title.
    // …unless the title so far stops on a word that needs more ("VỀ" / "VIỆC BAN HÀNH …").
    const lastTitle = foldOf(head.title[head.title.length - 1]?.text ?? '');
    const unfinished = UNFINISHED.test(lastTitle);
    // …and a word alone ("HỌC" / "SINH") is the title's last, broken off by a narrow cell.
    if (head.kind.kind === 'quyet_dinh' && head.title.length > 0 && isUpperLine(t) && !unfinished && wordCount(t) > 1)
      titleOpen = false;
    if (titleOpen && wordCount(t) <= 40 && !/[;]$/.test(t) && !ENACTING_SENTENCE.test(f) && !item) {
      head.title.push(v);
      st.role(i, 'heading');
      continue;
    }
    // "HIỆU TRƯỞNG TRƯỜNG MẦM NON …" above a decision's bases.
    if (head.kind.kind === 'quyet_dinh' && isUpperLine(t) && wordCount(t) <= 12) {
      st.role(i, 'heading');
      st.put(i, i, 'layout', 'decisionHeading');
      continue;
    }
    break;
  }
  head.end = i;
  return head;
}

const YEAR_PAIR = /(?<![a-z])nam\s*:?\s*(\d{4})\s*[-–—/]\s*(\d{4})(?!\d)/g;
const KIND_NAME = /^(?:quy|qui) che(?: phoi hop)?$|^ke hoach(?: phoi hop| lien tich)?$/;

/**
 * The issuing unit's own heading line: a school, or a body in it (BCH, chi bộ, công đoàn cơ sở,
 * "CĐCS TRƯỜNG …"). The sector's union above it ("Công đoàn Giáo dục huyện …", "LĐLĐ …") is not:
 * it is the managing authority, on the line above the school.
 */
function isUnitLine(text: string): boolean {
  const f = foldOf(text);
  return (
    /^truong(?![a-z])|^(?:bch|ban chap hanh|chi bo|cong doan|chi doan|cdcs)/.test(f) &&
    !/^cong doan (?:giao duc|gd|nganh|tinh|huyen|quan|thanh pho|thi xa)(?![a-z])/.test(f)
  );
}

/** A body of the heading: its name and the lines it is written on. */
interface Body {
  name: string;
  lines: VLine[];
}

// The Quốc hiệu a page ran into the left column's line ("CỘNG HÒA … VIỆT NAM CĐCS TRƯỜNG …"), and
// a cell's bar or a dash after the name ("PHÒNG GD&ĐT CẨM XUYÊN -"), are no part of the name.
const QUOC_HIEU = /^cong hoa xa hoi chu nghia viet nam\s+(?=\S)/;
const TRAILING_MARKS = /[\s|\-–—_.:]+$/u;
// A body named without its place ("ỦY BAN NHÂN DÂN", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO") over the line
// that names the place ("HUYỆN …"): one name wrapped by a narrow cell, not two bodies.
const BODY_WITHOUT_PLACE =
  /^(?:uy ban nhan dan|ubnd|phong giao duc(?: va dao tao)?|phong gd ?& ?dt|so giao duc(?: va dao tao)?|cong doan giao duc|cong doan gd|lien doan lao dong|ldld|dang uy|ban chap hanh dang bo|dang bo)$/;
const PLACE_FIRST = /^(?:tinh|thanh pho|huyen|quan|thi xa|thi tran|xa|phuong|tp\.?)\s+\S/;

function nameOf(text: string): string {
  const motto = QUOC_HIEU.exec(fold(text));
  const rest = motto ? text.slice(motto[0].length) : text;
  return rest.replace(TRAILING_MARKS, '').trim() || text.trim();
}

/** The heading's lines as bodies: each line a body, but a body's name wrapped before its place joined. */
function bodiesOf(lines: VLine[]): Body[] {
  const out: Body[] = [];
  for (const v of lines) {
    const name = nameOf(v.text);
    const last = out[out.length - 1];
    if (last && last.lines.length === 1 && BODY_WITHOUT_PLACE.test(fold(last.name)) && PLACE_FIRST.test(fold(name))) {
      last.name = `${last.name} ${name}`;
      last.lines.push(v);
    } else out.push({ name, lines: [v] });
  }
  return out;
}

export function applyHead(st: ParseState, head: HeadResult) {
  const dh = st.decisionHead;
  // Kind
  let kind: Kind | null = head.kind?.kind ?? null;
  const kindLine = head.kind?.v;
  if (kind === 'quyet_dinh') kind = null;
  const number = head.number?.value ?? '';
  if (!kind && number) kind = kindFromNumber(number);
  // A decision posted without the regulation it issues still names its kind ("… BAN HÀNH QUY CHẾ …").
  const issuing = dh?.title.length ? dh.title : head.kind?.kind === 'quyet_dinh' ? head.title : [];
  if (!kind && issuing.length) {
    const f = fold(issuing.map((v) => v.text).join(' '));
    if (/ban hanh (?:ban )?quy (?:che|dinh)/.test(f)) kind = 'quy_che';
    else if (/ban hanh (?:ban )?ke hoach/.test(f)) kind = /lien tich/.test(f) ? 'ke_hoach_lien_tich' : 'ke_hoach';
  }
  st.kind = kind;
  if (kind && kind !== 'quyet_dinh') st.set('kind', KIND_LABELS[kind], kindLine ?? head.number ?? st.lines[0]);
  // Title (trích yếu): the words under the kind line.
  const titleLines = head.title.length > 0 ? head.title : (dh?.title ?? []);
  // "QUY CHẾ PHỐI HỢP" over "giữa Nhà trường và …" (capitals set by a Word style) reads as one
  // sentence: "Quy chế phối hợp giữa Nhà trường và …".
  st.titleText = titleLines
    .map((v, k) =>
      KIND_NAME.test(fold(v.text)) && isUpperLine(v.text) && startsLower(titleLines[k + 1]?.text ?? '')
        ? capitalise(v.text.toLocaleLowerCase('vi'))
        : v.text,
    )
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (titleLines.length) st.set('title', st.titleText, titleLines[0]);
  for (const v of titleLines)
    for (const m of findMentions(v.text, { title: true }))
      st.partyMentions.push({ mention: m, source: 'title', line: v.no });
  // Number, place, date.
  // A decision posted alone: its Số is the decision's, not the regulation's.
  const decisionOnly = !dh && head.kind?.kind === 'quyet_dinh';
  if (head.number && decisionOnly && !st.decision)
    st.decision = {
      number,
      date: head.placeDate?.date ?? null,
      text: head.number.text,
      line: head.number.no,
      source: st.sourceOf(head.number.no),
    };
  else if (head.number) st.set('number', number, head.number);
  const pd = head.placeDate;
  if (pd?.place) st.set('place', pd.place, pd.v);
  if (!pd?.place && dh?.placeDate?.place) st.set('place', dh.placeDate.place, dh.placeDate.v);
  // Authority and unit.
  // The unit is the TRƯỜNG … (or body) line; the lines above it name the managing authority.
  const split = (all: VLine[]) => {
    // A draft's blanks ("……" for the unit, "Số: ……") name no body.
    const orgs = bodiesOf(all.filter((v) => !BLANK_SLOT.test(v.text) && !/^số\s*:/iu.test(v.text)));
    const unitIndex = orgs.findIndex((b) => isUnitLine(b.name));
    const unit = unitIndex >= 0 ? orgs[unitIndex] : orgs.length > 1 ? orgs[orgs.length - 1] : orgs[0];
    return { unit, authority: orgs.slice(0, unit ? orgs.indexOf(unit) : 0) };
  };
  const own = split(head.orgs);
  const fromDecision = split(dh?.orgs ?? []);
  const unit = own.unit ?? fromDecision.unit;
  const authority = own.authority.length ? own.authority : fromDecision.authority;
  if (unit) st.set('issuer', unit.name, unit.lines[0]);
  if (authority.length) st.set('managingAuthority', authority.map((b) => b.name).join(' – '), authority[0].lines[0]);
  placeOrgs(
    st,
    unit?.lines ?? [],
    authority.flatMap((b) => b.lines),
    head.orgs,
    dh?.orgs ?? [],
  );
  // Issued with a decision.
  if (head.issuedWith) {
    const iw = head.issuedWith;
    if (!st.decision || !st.decision.number)
      st.decision = {
        number: iw.number,
        date: iw.date,
        text: iw.text,
        line: iw.v.no,
        source: st.sourceOf(iw.v.no),
      };
    else if (!st.decision.date) st.decision.date = iw.date;
  }
  if (st.decision) {
    const text =
      head.issuedWith?.text ??
      (st.decision.number
        ? `Quyết định số ${st.decision.number}${st.decision.date ? ` ngày ${formatDateVi(st.decision.date)}` : ''}`
        : '');
    if (text)
      st.fields.decision = {
        value: capitalise(text.replace(/^ban hành\s+/iu, '').replace(/^kèm theo\s+/iu, '')),
        line: st.decision.line,
        source: st.decision.source,
      };
  }
  // Issue date: the document's own, else the issuing decision's.
  let issueDate: IsoDate | null = pd?.date ?? null;
  if (issueDate && pd) st.set('issueDate', formatDateVi(issueDate), pd.v);
  // A date line left blank for hand-filling ("ngày     tháng     năm 2024") stays blank.
  else if (!pd && st.decision?.date) {
    issueDate = st.decision.date;
    st.fields.issueDate = {
      value: formatDateVi(issueDate),
      line: st.decision.line,
      source: st.decision.source,
    };
  }
  st.issueDate = issueDate;
  placeHead(st, head, titleLines, decisionOnly);
  // School year, period or calendar year: from the title first.
  const titleFold = fold(st.titleText);
  // "năm 2017 - 2018" without "học": two years in a row are a school year.
  const sy =
    [...titleFold.matchAll(SCHOOL_YEAR)][0] ??
    [...titleFold.matchAll(YEAR_PAIR)].find((m) => Number(m[2]) === Number(m[1]) + 1);
  const period = PERIOD.exec(titleFold);
  const titleAt = titleLines[0] ?? kindLine ?? st.lines[0];
  if (sy) st.set('schoolYear', parseSchoolYear(`${sy[1]}-${sy[2]}`)?.text ?? `${sy[1]}-${sy[2]}`, titleAt);
  else if (period) st.set('schoolYear', `Giai đoạn ${period[1]}-${period[2]}`, titleAt);
  else {
    const cal = CALENDAR_YEAR.exec(titleFold);
    if (cal) st.calendarYear = Number(cal[1]);
  }
}
