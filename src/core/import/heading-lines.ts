// The heading's lines read in order: Số, place and date, an issued-with note, the kind, its title, the authority and unit.
import { findDate, findNumber, tidyNumber } from './bases';
import {
  BASIS_START,
  IMPLEMENTING_START,
  DATE_ONLY,
  ENACTING_SENTENCE,
  ISSUED_WITH,
  NOT_BASIS,
  NUMBER_LINE,
  PLACE_DATE,
  classifyItem,
  foldOf,
  isDecoration,
  isUnitNameLine,
  isUpperLine,
  kindOf,
  wordCount,
  type Kind,
} from './shapes';
import { ParseState, type HeadResult } from './state';
import { TABLE_ROW } from './task-table';
// A title that stops on a word needing more goes on ("VỀ" / "VIỆC BAN HÀNH …").
const UNFINISHED = /(?:^|\s)(?:ve|ve viec|v\/v|ban hanh|cua|va|giua|trong)$/;

/** A slot a draft leaves to fill: dots, underscores or dashes only ("……", "___"). */
export const BLANK_SLOT = /^[.…_\s-]*$/u;
/** A kind a narrow cell broke over two lines ("KẾ" / "HOẠCH"), nothing else on either. */

function brokenKind(st: ParseState, i: number, to: number): Kind | null {
  const j = st.nextNonBlank(i + 1, to);
  if (wordCount(st.lines[i].text) !== 1 || j >= to || wordCount(st.lines[j].text) !== 1) return null;
  const joined = `${st.lines[i].text} ${st.lines[j].text}`;
  return /^(?:quy che|ke hoach)$/.test(foldOf(joined)) ? kindOf(joined) : null;
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
