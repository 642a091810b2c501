// Draft Phân công rows from the clauses that say who leads and who supports:
// "BGH phối hợp với BCHCĐ, Chi đoàn GV tổ chức …" → Chủ trì NT, Phối hợp CD, CDTN. A clause
// that names nobody takes the roles of its heading ("1.1. Giữa nhà trường với công đoàn cơ sở:",
// "1. Công đoàn:"). The rows are a draft for the clerk: they are never a guess beyond the text.
import { parseCadence } from '../values';
import type { ExtractedResponsibility } from './types';
import { CADENCE_PHRASE, findMentions, fold, type Mention } from './vocab';
import { allMatches, firstMatch } from '../matches';
import { namesOneParty } from './parts';

export interface ClauseForDraft {
  id: string;
  text: string;
  /** The text folded, when the caller has it. */
  folded?: string;
  line: number;
  leaf: boolean;
  /** The enclosing items, nearest first; `party`: a part headed by one party ("B. Ban chấp hành Công đoàn"). */
  ancestors: Array<{ text: string; line: number; party?: boolean }>;
  /** A row of a table of tasks: its time and people come from their own columns. */
  row?: { time: string; lead: string; support: string; group: string; groupLine: number };
}

interface Roles {
  lead?: Mention;
  support: Mention[];
}

const PREFIX =
  /^(?:(?:(?:hang|moi|tung) (?:nam|thang|quy|tuan|hoc ky)|dinh ky(?: (?:\d+|mot|hai|ba|sau) thang (?:mot|1|01) lan)?|thuong xuyen|dong thoi|ngoai ra|phoi hop (?:hoat dong |cong tac )?giua|giua|doi voi|(?:truoc|sau|trong|khi)[^,]{0,80},),?\s*)+/;
const SUBJECT_JOIN = /^\s*(?:,|va|,\s*va)?\s*$/;
const SUPPORT_JOIN =
  /^\s*(?:cung voi|cung|voi|(?:co trach nhiem |chu dong )?(?:phoi hop|ket hop)(?: chat che)? (?:voi|cung)|(?:thong nhat|trao doi|ban bac|thoa thuan)(?: thong nhat)? voi)\s*$/;
const TRIGGER =
  /(?<![a-z])(?:(?:phoi hop|ket hop)(?: chat che)? (?:voi|cung)|hop(?: lien tich)? voi|tao dieu kien(?: thuan loi)?(?: (?:de|cho))?|cung voi|(?:trao doi|ban bac|thoa thuan)(?: thong nhat)? voi|lay y kien(?: dong gop)? cua)\s+$/;
const LIST_JOIN = /^\s*(?:,|va|,\s*va)\s*$/;
const SELF_SUPPORT = /^\s*(?:cung )?(?:phoi hop|tham gia)(?![a-z])/;
// "Ban đại diện CMHS trường (chủ trì) và Hiệu trưởng (phối hợp tổ chức)": a body's role in brackets after its name.
const BRACKET_LEAD = /^(?:\s+[a-z]+){0,2}\s*\(\s*chu tri(?![a-z])/;
const BRACKET_SUPPORT = /^(?:\s+[a-z]+){0,2}\s*\(\s*(?:phoi hop|tham gia)(?![a-z])/;

// Words between two names that only qualify the first: "Hội LHPN xã, Hội CCB xã", "UBND xã Tân Lập và …".
const QUALIFIER =
  /^\s*(?:(?:xa|phuong|thi tran|huyen|quan)(?:\s+(?!va\b|cung\b|voi\b|phoi\b|ket\b|co\b|chu\b|tao\b|thong\b|trao\b|ban\b|thoa\b)[a-z]+){0,3}|gv|giao vien|nha truong|co so)(?=[\s,;:.]|$)/;
const unqualified = (s: string) => s.replace(QUALIFIER, '');

/** "Trách nhiệm của Hiệu trưởng", "Nhiệm vụ của Ban chấp hành Công đoàn": an article setting out one party's duties. */
const DUTIES_OF = /^(?:trach nhiem|nhiem vu)(?:,? quyen han| va quyen han)? cua\s+/;
function dutiesOf(text: string): Mention | undefined {
  const m = DUTIES_OF.exec(fold(text));
  const rest = m ? text.slice(m[0].length) : '';
  return rest && namesOneParty(rest) ? findMentions(rest)[0] : undefined;
}

// Module patterns, not literals in readRoles: a literal is a new object each time it is read.
const PARTNER_FIRST = /^doi voi\s/;
const TRIGGER_FIRST = /^(?:phoi hop|ket hop)(?: chat che)? (?:voi|cung)\s+/;

function readRoles(text: string, f = fold(text)): Roles {
  const mentions = findMentions(text);
  const roles: Roles = { support: [] };
  if (mentions.length === 0) return roles;
  if (f.includes('(chu tri') || f.includes('( chu tri')) {
    const says = (m: Mention, role: RegExp) => role.test(f.slice(m.end, m.end + 40));
    const lead = mentions.find((m) => says(m, BRACKET_LEAD));
    if (lead) return { lead, support: mentions.filter((m) => m.code !== lead.code && says(m, BRACKET_SUPPORT)) };
  }
  const prefix = PREFIX.exec(f);
  let pos = prefix ? prefix[0].length : 0;
  let i = 0;
  // The subjects at the start: "Nhà trường và BCH Công đoàn …", "BGH phối hợp với BCHCĐ, Chi đoàn GV …"
  // "Đối với Hội cha mẹ trẻ": the body named is the partner, not the one leading.
  let mode: 'lead' | 'support' = PARTNER_FIRST.test(f) ? 'support' : 'lead';
  const startsWithTrigger = TRIGGER_FIRST.exec(f.slice(pos));
  if (startsWithTrigger) {
    mode = 'support';
    pos += startsWithTrigger[0].length;
  }
  while (i < mentions.length && mentions[i].start >= pos) {
    const between = unqualified(f.slice(pos, mentions[i].start));
    const first = !roles.lead && roles.support.length === 0;
    if (first ? between.trim() !== '' : !(SUBJECT_JOIN.test(between) || SUPPORT_JOIN.test(between))) break;
    if (!first && SUPPORT_JOIN.test(between)) mode = 'support';
    if (mode === 'lead' && !roles.lead) roles.lead = mentions[i];
    else if (mentions[i].code !== roles.lead?.code) roles.support.push(mentions[i]);
    pos = mentions[i].end;
    i++;
  }
  // Supporters named later: "… tạo điều kiện để BCHCĐ …", "… phối hợp với Hội Phụ nữ, Hội CCB …", "Chi đoàn phối hợp …".
  for (; i < mentions.length; i++) {
    const m = mentions[i];
    const before = f.slice(Math.max(0, m.start - 40), m.start);
    const after = unqualified(f.slice(m.end, m.end + 40));
    if (TRIGGER.test(before) || SELF_SUPPORT.test(after)) {
      roles.support.push(m);
      // and the list that follows it
      let j = i + 1;
      while (j < mentions.length && LIST_JOIN.test(unqualified(f.slice(mentions[j - 1].end, mentions[j].start)))) {
        roles.support.push(mentions[j]);
        j++;
      }
      i = j - 1;
    }
  }
  return roles;
}

function cadenceIn(text: string, f = fold(text)): { value: string; text: string } | null {
  // The first phrase that reads as a cadence: the rest of the clause is not searched.
  return firstMatch(f, CADENCE_PHRASE, (m) => {
    const phrase = text.slice(m.index, m.index + m[0].length);
    const reading = parseCadence(phrase);
    return reading.value ? { value: reading.compound ? phrase : reading.value, text: phrase } : null;
  });
}

/** `read` (which never gives undefined) answered once a text; `folded` is the text folded, when the caller has it. */
function memoByText<T>(read: (text: string, folded?: string) => T): (text: string, folded?: string) => T {
  const seen = new Map<string, T>();
  return (text, folded) => {
    const hit = seen.get(text);
    if (hit !== undefined) return hit;
    const value = read(text, folded);
    seen.set(text, value);
    return value;
  };
}

// "tháng 9/2025" is September; "tháng 9/10" is not one month.
const MONTH_WORD = /(?<![a-z])thang\s+(\d{1,2})(?!\s*(?:nam\s+\d{4}|\/(?!\s*(?:19|20)\d\d(?!\d))|\d))/g;
const DAY_MONTH = /(?<![\d/])(\d{1,2})\/(\d{1,2})(?![\d/])/g;
// Words before a date that make it a time of the task ("trước ngày 20/11", "vào dịp 26/3").
const TIME_LEAD = /(?:truoc|sau|trong|vao|den|tu|dip|ngay|thang|han|cham nhat)\s*(?:ngay\s*)?$/;

/** Months the clause pins ("vào tháng 11", "trước ngày 20/11"), with the words that say so. */
function monthsOf(text: string, f = fold(text)): { months: string; text: string } {
  const months: number[] = [];
  const said: string[] = [];
  // Each pattern searched only in a clause holding its word or its slash.
  for (const m of f.includes('thang') ? allMatches(f, MONTH_WORD) : []) {
    const n = Number(m[1]);
    if (
      n >= 1 &&
      n <= 12 &&
      !/\d\s*thang\s*(?:mot|1|01)\s*lan/.test(f.slice(Math.max(0, m.index! - 3), m.index! + m[0].length + 8))
    ) {
      months.push(n);
      said.push(text.slice(m.index!, m.index! + m[0].length));
    }
  }
  for (const m of f.includes('/') ? allMatches(f, DAY_MONTH) : []) {
    const d = Number(m[1]);
    const n = Number(m[2]);
    if (d >= 1 && d <= 31 && n >= 1 && n <= 12) {
      months.push(n);
      const lead = TIME_LEAD.exec(f.slice(Math.max(0, m.index! - 20), m.index!));
      const start = lead ? m.index! - lead[0].length : m.index!;
      said.push(text.slice(start, m.index! + m[0].length).trim());
    }
  }
  // Most clauses pin none: nothing to list.
  if (months.length === 0) return { months: '', text: '' };
  return { months: [...new Set(months)].map((n) => `T${n}`).join(', '), text: [...new Set(said)].join('; ') };
}

/** A row's people: the first body its Thực hiện column names leads, the rest and Phối hợp support. */
function rowRoles(row: NonNullable<ClauseForDraft['row']>, parties: Set<string>): Roles {
  const named = findMentions(row.lead);
  const lead = named.find((m) => parties.has(m.code)) ?? named[0];
  return { lead, support: [...named.filter((m) => m !== lead), ...findMentions(row.support)] };
}

// A time column says only when: "Tháng 9/2024", "Tháng 9, 10", "Tháng 11 - 12/2024", "Từ tháng 9
// đến tháng 12", "20/11/2024", "T9". A range lists its months.
const MONTH_RANGE =
  /(?:tu\s+)?(?:thang|t)\s*(\d{1,2})(?:\s*\/\s*\d{4})?\s*(?:-|–|den|toi)\s*(?:het\s+)?(?:thang|t)?\s*(\d{1,2})(?![\d])/g;
const MONTH_LIST = /(?<![a-z])(?:thang|t)\s*(\d{1,2}(?:\s*(?:,|;|va)\s*\d{1,2})*)(?![\d])/g;
const DATE = /(?<![\d/])(\d{1,2})\s*\/\s*(\d{1,2})(?:\s*\/\s*\d{2,4})?(?![\d])/g;
const MONTH_OF_YEAR = /(?<![\d/])(\d{1,2})\s*\/\s*(?:19|20)\d{2}(?!\d)/g;

function timeCellMonths(text: string): string {
  let f = fold(text);
  const months: number[] = [];
  const add = (n: number) => n >= 1 && n <= 12 && !months.includes(n) && months.push(n);
  f = f.replace(MONTH_RANGE, (_, a: string, b: string) => {
    const from = Number(a);
    const to = Number(b);
    if (from >= 1 && from <= 12 && to >= 1 && to <= 12)
      for (let n = from, k = 0; k < 12; n = (n % 12) + 1, k++) {
        add(n);
        if (n === to) break;
      }
    return ' ; ';
  });
  f = f.replace(MONTH_LIST, (_, list: string) => {
    for (const n of list.split(/\s*(?:,|;|va)\s*/)) add(Number(n));
    return ' ; ';
  });
  for (const m of allMatches(f, DATE)) if (Number(m[1]) <= 31) add(Number(m[2]));
  // "9/2024": a month and its year.
  for (const m of allMatches(f, MONTH_OF_YEAR)) add(Number(m[1]));
  return months.map((n) => `T${n}`).join(', ');
}

export function draftResponsibilities(clauses: ClauseForDraft[], parties: Set<string>): ExtractedResponsibility[] {
  const out: ExtractedResponsibility[] = [];
  // A heading is read once for all the clauses under it, not once a clause (neither result is changed).
  const rolesOf = memoByText(readRoles);
  const cadenceOf = memoByText(cadenceIn);
  // An article's duties are read once, not once for each clause under it (most say none: undefined is kept too).
  const dutiesSeen = new Map<string, Mention | undefined>();
  const dutiesOfText = (text: string) => {
    if (dutiesSeen.has(text)) return dutiesSeen.get(text);
    const m = dutiesOf(text);
    dutiesSeen.set(text, m);
    return m;
  };
  // A clause's cadence and the line that says it (see below): one object for all the clauses.
  const found: { cadence: ReturnType<typeof cadenceOf>; line: number } = { cadence: null, line: 0 };
  const says = (text: string, line: number, folded?: string) => {
    if (!text || !(found.cadence = cadenceOf(text, folded))) return false;
    found.line = line;
    return true;
  };
  const cadenceFor = (c: ClauseForDraft, f: string) => {
    found.cadence = null;
    found.line = 0;
    if (!(c.row && (says(c.row.time, c.line) || says(c.row.group, c.row.groupLine))) && !says(c.text, c.line, f))
      for (const a of c.ancestors) if (says(a.text, a.line)) break;
    return found;
  };
  for (const c of clauses) {
    if (!c.leaf) continue;
    const fromRow = c.row ? rowRoles(c.row, parties) : null;
    // The clause's words folded once for the readings below.
    const f = c.folded ?? fold(c.text);
    const own = fromRow?.lead ? fromRow : rolesOf(c.text, f);
    let lead = own.lead;
    const support = [...own.support];
    let fromHeading = false;
    // Under a part headed by a party, that party does what its clauses say; the bodies they name support.
    const part = fromRow?.lead ? undefined : c.ancestors.find((a) => a.party || dutiesOfText(a.text));
    const partLead = part && (part.party ? rolesOf(part.text).lead : dutiesOfText(part.text));
    if (partLead) {
      if (lead) support.unshift(lead);
      lead = partLead;
      fromHeading = true;
    }
    if (!lead) {
      for (const heading of c.ancestors) {
        const r = rolesOf(heading.text);
        support.push(...r.support);
        if (r.lead) {
          lead = r.lead;
          fromHeading = true;
          break;
        }
      }
    }
    if (!lead || !parties.has(lead.code)) continue;
    const codes: string[] = [];
    const others: string[] = [];
    for (const s of support) {
      if (s.code === lead.code) continue;
      if (parties.has(s.code)) {
        if (!codes.includes(s.code)) codes.push(s.code);
      } else if (!others.includes(s.surface)) others.push(s.surface);
    }
    // A row's time column, else the label of the rows it sits under ("Tháng 9/2024"); then the
    // clause's own time words, else those of the article or section it sits under ("Điều 5. Chế
    // độ họp: định kỳ 3 tháng một lần" governs its items).
    // Read in that order, the first that says one (no list of them is made for each clause).
    const { cadence, line: cadenceLine } = cadenceFor(c, f);
    const fromCells = c.row
      ? [c.row.time, c.row.group].map((text) => ({ text, months: timeCellMonths(text) })).find((t) => t.months)
      : undefined;
    const pinned = fromCells ?? monthsOf(c.text, f);
    out.push({
      clauseId: c.id,
      task: c.text,
      lead: lead.code,
      support: codes,
      cadence: cadence?.value ?? '',
      cadenceText: cadence?.text ?? '',
      cadenceLine,
      months: pinned.months,
      monthsText: pinned.text,
      fromHeading,
      otherBodies: others,
      line: c.line,
    });
  }
  return out;
}
