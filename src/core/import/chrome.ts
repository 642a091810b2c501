// What a school website wraps around a document it posts: the post's date and time, view
// counters, "PDF. In Email", breadcrumbs, the portal's own metadata block (whose number and
// date are the portal's, not the document's), the page title above the real heading, and the
// related links after the signatures. None of it is the document: it is set aside, each line
// with its reason, before the zones are read.
import type { SourceLine } from './clean';
import type { ChromeReason } from './types';
import { isUnitNameLine } from './shapes';
import { fold, SCHOOL_TYPE_RE } from './vocab';
import { capitalLetters, unitTable } from '../vietnamese/letters';

export type { ChromeReason };

const WEEKDAY =
  /^[|\s]*(?:thu\s*(?:hai|ba|tu|nam|sau|bay|2|3|4|5|6|7)|chu\s*nhat|cn|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/;
const HAS_YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/;
const CLOCK = /(?<!\d)\d{1,2}\s*[:h]\s*\d{2}(?:\s*:\s*\d{2})?(?:\s*(?:am|pm|sa|ch))?(?!\d)/;
// A blog's date with the month in words: "Tháng Chín 20, 2025 9:15 sáng".
const MONTH_NAME_DATE =
  /^[|\s]*thang\s+(?:mot|gieng|hai|ba|tu|nam|sau|bay|tam|chin|muoi(?:\s+(?:mot|hai))?|chap)\s+\d{1,2}\s*,\s*(?:19|20)\d\d\b/;
const DATE_TIME = /^[|\s]*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}\s*[-|,]?\s*\d{1,2}\s*[:h]\s*\d{2}/;
// A post's date and its view count with no word for either ("19/09/2020 785"), at the page's top.
const DATE_COUNT = /^\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\s+\d{1,7}$/;
const POSTED =
  /^(?:cap nhat|ngay dang|dang ngay|dang luc|ngay cap nhat|thoi gian dang|ngay dang tin|posted|dang boi)\b/;
const COUNTER =
  /luot xem|so lan xem|luot doc|luot truy cap|luot tai|(?<![a-z])\d+\s*binh luan|^binh luan|(?<![a-z])views?(?![a-z])|^xem\s*:\s*\d/;
const NAV =
  /^(?:pdf\.?\s*(?:in\s*)?(?:email)?|in\s*(?:email|bai(?: viet)?|trang)|chia se|tweet|facebook|zalo|gui email|gui bai|quay lai|ve dau trang|len dau trang|trang chu|ban dang o|vi tri\s*:|dang nhap|dang ky|tim kiem|chao mung ban den voi|viet boi|tac gia\s*:|nguon\s*:|tai ve|tai xuong|download|xem truc tuyen|tai ban day du|ban dang xem ban rut gon|file dinh kem|tep dinh kem|dinh kem\s*:|xem them|like|share|print|email)(?![a-z])/;
const BREADCRUMB = /[»›>]|\s\/\s.*\s\/\s/;
const META =
  /^(?:so ki hieu|so ky hieu|ki hieu|ky hieu|ngay ban hanh|ngay bat dau hieu luc|ngay het hieu luc|ngay hieu luc|ngay co hieu luc|the loai|loai van ban|linh vuc|co quan ban hanh|don vi ban hanh|nguoi ky|trich yeu|tinh trang(?: hieu luc)?|cap ban hanh|ngay dang)(?![a-z])/;
const FOOTER =
  /^(?:tin cung chuyen muc|cac tin khac|tin khac|tin lien quan|bai viet lien quan|van ban lien quan|tin moi hon|tin cu hon|cac bai khac|cac tin da dua|y kien ban doc|gui y kien|gui binh luan|ban quyen|copyright|©|thong ke truy cap|dang truy cap|tong luot truy cap|truy cap hom nay|lien ket website)(?![a-z])/;
const MOTTO = /cong ho[aà]? xa hoi chu nghia|doc lap\s*[-–—.]?\s*tu do/;
const NUMBER = /^so\s*[:.]?\s*(?:\d|[.…_ ]*\/)/;
const ORG =
  /^(?:ubnd|uy ban|tinh|huyen|thi xa|thanh pho|quan|phong|so|bo|truong|trong|cong doan|cd|chi bo|dang bo|dang uy|ban|lien doan|ldld|doan|hoi|pgd|ngd|tm|bch|cdcs|cdgd|chi doan|chi hoi|lien doi|mttq|mat tran|huyen uy|thanh uy|tinh uy|quan uy|thanh doan|huyen doan|tinh doan|quan doan)(?![a-z])/;
const KIND_OR_DECISION = /^(?:quy|qui) ?(?:che|dinh)|^ke hoach|^quyet dinh/;

const wordsOf = (s: string) => s.split(/\s+/).filter(Boolean).length;
const isSpaceUnit = unitTable(/\s/);
/** wordsOf, counted without splitting and only up to `most` (a line's tests ask for a few words at most). */
function wordsUpTo(s: string, most: number): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length && n < most; i++) {
    const space = isSpaceUnit(s.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
const isUpper = (s: string) => capitalLetters(s) >= 2;
const tokens = (f: string) => f.split(/[^a-z0-9]+/).filter((w) => w.length > 1);

/** The reason a line is web chrome, judged on its own; `f` is the line folded and trimmed. */
function lineChrome(text: string, f: string): ChromeReason | null {
  // Every test below is for a line of 24 words or fewer.
  const n = wordsUpTo(f, 25);
  if (!f) return null;
  if (n <= 14 && WEEKDAY.test(f) && HAS_YEAR.test(f) && (CLOCK.test(f) || n <= 8)) return 'webDate';
  if (n <= 12 && DATE_TIME.test(f)) return 'webDate';
  if (n <= 12 && MONTH_NAME_DATE.test(f)) return 'webDate';
  if (n <= 12 && POSTED.test(f) && HAS_YEAR.test(f)) return 'webDate';
  if (n <= 8 && COUNTER.test(f)) return 'webCounter';
  // A share bar behind a bullet ("• PDF.InEmail"); a breadcrumb glued together ("Trang chủTổ chức…").
  if (n <= 10 && NAV.test(f.replace(/^[•·*\-–\s]+/, ''))) return 'webNav';
  if (n <= 24 && /^(?:Trang chủ|TRANG CHỦ|Home)(?=\p{Lu})/u.test(text.trim())) return 'webNav';
  if (n <= 12 && BREADCRUMB.test(f) && /^(?:trang chu|tin tuc|van ban|gioi thieu|cong doan|home)/.test(f))
    return 'webNav';
  if (n <= 8 && FOOTER.test(f)) return 'webFooter';
  return null;
}

/** Line numbers (1-based) of the web chrome in a document, each with its reason; `folded`: each line's text folded. */
export function findChrome(lines: SourceLine[], folded = lines.map((l) => fold(l.text))): Map<number, ChromeReason> {
  const out = new Map<number, ChromeReason>();
  const n = lines.length;
  const f = folded.map((x) => x.trim());
  for (let i = 0; i < n; i++) {
    const r = lineChrome(lines[i].text, f[i]);
    if (r) out.set(lines[i].no, r);
  }
  // The portal's metadata block: two or more of its labels close together; a "Nội dung" label after it.
  for (let i = 0; i < Math.min(n, 120); i++) {
    if (!META.test(f[i]) || wordsOf(f[i]) > 14) continue;
    let near = 0;
    for (let j = Math.max(0, i - 6); j < Math.min(n, i + 7); j++)
      if (j !== i && META.test(f[j]) && wordsOf(f[j]) <= 14) near++;
    if (near === 0) continue;
    out.set(lines[i].no, 'webMeta');
    for (let j = i + 1; j < Math.min(n, i + 4); j++) {
      if (!f[j] || META.test(f[j])) continue;
      if (/^(?:noi dung|chi tiet|toan van|van ban)\s*:?$/.test(f[j])) out.set(lines[j].no, 'webMeta');
      break;
    }
  }
  // After the document: a related-links or copyright marker past the middle ends it.
  for (let i = Math.floor(n / 3); i < n; i++) {
    if (out.get(lines[i].no) !== 'webFooter') continue;
    for (let j = i; j < n; j++) if (f[j]) out.set(lines[j].no, out.get(lines[j].no) ?? 'webFooter');
    break;
  }
  for (let i = 0, seen = 0; i < n && seen < 8; i++) {
    if (!f[i] || out.has(lines[i].no)) continue;
    seen++;
    if (DATE_COUNT.test(f[i])) out.set(lines[i].no, 'webDate');
  }
  markPageTitle(lines, f, out);
  return out;
}

/** A line (or a column of one) of the heading block above Số and the Quốc hiệu. */
function headingPiece(text: string): boolean {
  const f = fold(text).trim();
  // A unit's line names its body first ("UBND …", "CĐCS …") or the school anywhere in it.
  SCHOOL_TYPE_RE.lastIndex = 0;
  const org = (isUpper(text) && (ORG.test(f) || SCHOOL_TYPE_RE.test(f)) && wordsOf(f) <= 16) || isUnitNameLine(text);
  const motto = MOTTO.test(f) || /^-+\s*o0o\s*-+$|^[-_*=.]{3,}$/.test(f);
  return org || motto || (NUMBER.test(f) && wordsOf(f) <= 12);
}

/** Lines above the real heading (the page's title, its category) when the document has one. */
function markPageTitle(lines: SourceLine[], f: string[], out: Map<number, ChromeReason>) {
  const limit = Math.min(lines.length, 80);
  let anchor = -1;
  for (let i = 0; i < limit; i++) {
    if (out.has(lines[i].no)) continue;
    const pieces = lines[i].segments.map((x) => fold(x).trim());
    if (MOTTO.test(f[i]) || pieces.some((x) => NUMBER.test(x) && wordsOf(x) <= 12)) {
      anchor = i;
      break;
    }
  }
  let start = -1;
  if (anchor >= 0) {
    // Back over the heading block: organisation lines in capitals, blanks, chrome.
    start = anchor;
    for (let i = anchor - 1; i >= 0; i--) {
      if (!f[i] || out.has(lines[i].no)) continue;
      // Every column of the line is the heading's: the unit, the Quốc hiệu, its Số.
      if (!lines[i].segments.every(headingPiece)) break;
      start = i;
    }
  } else {
    // No heading: a page title is the same title again just below ("Quy chế …" then "QUY CHẾ …"),
    // or the regulation's name above the decision that issues it.
    const first = f.findIndex((x, i) => x && !out.has(lines[i].no));
    if (first < 0) return;
    const next = f.findIndex((x, i) => i > first && x && !out.has(lines[i].no));
    const a = tokens(f[first]);
    if (a.length === 0 || wordsOf(f[first]) > 30 || !KIND_OR_DECISION.test(f[first])) return;
    let repeated = false;
    for (let j = first + 1; j < Math.min(lines.length, first + 16); j++) {
      if (!f[j] || out.has(lines[j].no)) continue;
      const b = new Set(tokens(f.slice(j, j + 3).join(' ')));
      const shared = a.filter((w) => b.has(w)).length;
      // A post's title in sentence case over the document's own kind line in capitals may reword more.
      const recased =
        !isUpper(lines[first].text) &&
        isUpper(lines[j].text) &&
        KIND_OR_DECISION.exec(f[j])?.[0] === KIND_OR_DECISION.exec(f[first])?.[0];
      const need = recased ? Math.ceil(a.length * 0.6) : Math.ceil(a.length * 0.8);
      if (KIND_OR_DECISION.test(f[j]) && shared >= Math.max(3, need)) {
        repeated = true;
        break;
      }
    }
    const decisionBelow = next >= 0 && /^quyet dinh\b/.test(f[next]) && !/^quyet dinh/.test(f[first]);
    if (repeated || decisionBelow) start = next;
  }
  // A page that puts the regulation's bases above the decision's heading: the title above them is
  // the page's, the bases and what follows them are the document's own.
  const bases = f.findIndex((x, i) => i < start && /^[-+•]?\s*can cu\b/.test(x));
  const end = bases >= 0 ? bases : start;
  for (let i = 0; i < end; i++) if (f[i] && !out.has(lines[i].no)) out.set(lines[i].no, 'webTitle');
}
