// The heading read into fields: kind, title, Số, place, authority and unit, the issuing decision, dates, school year.
import { formatDateVi, parseSchoolYear, type IsoDate } from '../values';
import {
  CALENDAR_YEAR,
  KIND_LABELS,
  PERIOD,
  SCHOOL_YEAR,
  capitalise,
  foldOf,
  isUpperLine,
  startsLower,
  kindFromNumber,
  type Kind,
} from './shapes';
import { placeHead, placeOrgs } from './accounting';
import { BLANK_SLOT } from './heading-lines';
import { ParseState, type HeadResult } from './state';
import { type VLine } from './tail';
import { findMentions, fold } from './vocab';

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
