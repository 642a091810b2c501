// Line shapes: what one line is (decoration, Số, place and date, a kind, an item label), compiled once.
import { isVietnameseSyllable } from '../vietnamese/syllable';
import type { ClauseKind, UnplacedReason } from './types';
import { CADENCE_PHRASE, DOC_TYPE_ALT, fold } from './vocab';
import { capitalLetters } from '../vietnamese/letters';
export type Role =
  'decoration' | 'heading' | 'basis' | 'clause' | 'signature' | 'recipients' | 'noise' | UnplacedReason;

export type Kind = 'quy_che' | 'ke_hoach' | 'ke_hoach_lien_tich' | 'quyet_dinh';

export const KIND_LABELS: Record<Exclude<Kind, 'quyet_dinh'>, string> = {
  quy_che: 'Quy chế phối hợp',
  ke_hoach: 'Kế hoạch phối hợp',
  ke_hoach_lien_tich: 'Kế hoạch liên tịch',
};

// ---------------------------------------------------------------- line shapes (compiled once)

// Each starts with one of DECORATION_FIRST (below): add a pattern's first letters there too.
export const DECORATION = [
  /^cong hoa xa hoi chu nghia viet nam$/,
  /^doc lap\s*[-–—.]?\s*tu do\s*[-–—.]?\s*hanh phuc$/,
  /^dang cong san viet nam$/,
  /^[-_=*~.·•o0 ]{3,}$/,
  /^-*\s*o0o\s*-*$/,
  /^quyet dinh\s*:$/,
  /^trang \d+$/,
  // A draft's stamp above the heading: not the issuing body.
  /^du thao(?: lan \d+)?$/,
  // …and its note under the title, "(Dự thảo lấy ý kiến …)": not part of the title.
  /^\(\s*du thao\b[^()]*\)?$/,
];
// "Số: 12/QC-TH", "Số:   /QC-TH" unfilled, and "Số:   QC-TH" whose slash was never typed.
export const NUMBER_LINE = /^so\s*[:.]?\s*([\d.…_ ]*[/\-–].*|\d.*|[a-z]{2,6}\s*[-–]\s*[a-z&]{2,}.*)$/;
export const PLACE_DATE = /^([^,\d]{2,60}),\s*ngay\b/;
export const DATE_ONLY = /^ngay\s*[\d.…_]/;
export const ISSUED_WITH = /^\(?\s*(?:ban hanh\s+)?kem theo\s+(?:quyet dinh|qd)\b/;
// "Căn cứ" also as damaged text leaves it ("Căn c", "Cn c"); the others cite what is implemented, not a basis.
// "Căn cứ", damaged "Căn c", "Cn cu", and "cứ vào …" whose "Căn" a copy cut off.
export const BASIS_START = /^(?:can cu|can c|cn cu?|cu vao)(?![a-z])/;
export const IMPLEMENTING_START = /^(?:thuc hien|thuc hien theo|tren co so|xet|theo)(?![a-z])/;
export const BASIS_HEADING = /^(?:can cu|can c|cn cu?)(?:\s+vao)?\s*:?$/;
/** A list marker before a Căn cứ line ("- Căn cứ", "+ Căn cứ", "• Căn cứ"). */
export const stripMarker = (s: string) => s.replace(/^\s*(?:[-–—+•●○▪*·]|\d{1,2}\s*[.)/-])\s*/u, '');
export const NOT_BASIS = /^theo de nghi|^thuc hien (?:tot|nghiem|nhiem vu|chu truong|chi dao cua)/;
/** A document type opening a line of a Căn cứ list ("Luật …", "Thông tư số …", "QĐ số …"). */
export const TYPE_START = new RegExp(`^(?:${DOC_TYPE_ALT}|qd|nd|tt|ttlt|cv|nq|ct)(?![a-z])`);
export const HAS_INSTRUMENT = new RegExp(`(?<![a-z])(?:${DOC_TYPE_ALT})(?![a-z])|\\d{1,5}\\s*[/-]\\s*\\p{Lu}`, 'u');
export const ENACTING = /thong nhat|xay dung|ban hanh|nhu sau|cu the nhu sau|quy dinh (?:nhu sau|ve)/;
export const ENACTING_SENTENCE = /thong nhat|nhu sau/;
export const CLOSING = /^tren day la/;
// "năm học 2025-2026", and "năm học 2025 2026" whose dash a page dropped.
export const SCHOOL_YEAR = /(?:nam hoc|nien khoa)\s*:?\s*(\d{4})\s*(?:[-–—/]|\s)\s*(\d{4})/g;
export const PERIOD = /(?:giai doan|nhiem ky)\s*:?\s*(\d{4})\s*[-–—]\s*(\d{4})/;
export const CALENDAR_YEAR = /(?<![a-z])nam\s+(\d{4})(?!\s*[-–—/]\s*\d)/;
export const ADOPTED = /thong qua\s+(?:tai\s+)?(hoi nghi[^.;]*)/;
export const EFFECTIVE_SIGNING = /(?:co hieu luc|duoc thuc hien|thuc hien|ap dung)\s+(?:ke\s+)?tu ngay ky/;
export const EFFECTIVE_DATE = /co hieu luc\s+(?:thi hanh\s+)?(?:ke\s+)?tu ngay\s+(\d)/;
export const REVIEW = /ra soat|sua doi,? bo sung|danh gia (?:viec )?thuc hien (?:quy che|ke hoach)/;
// "… được rà soát hằng năm" and "có hiệu lực … đến hết ngày D", as a well-formed closing sentence states them.
export const REVIEW_STATED = new RegExp(`duoc ra soat\\s+(${CADENCE_PHRASE.source})`);
export const EFFECTIVE_TO = /hieu luc\b.*?\bden (?:het )?ngay\s+(?=\d)/;
export const UNSPECIFIC = /(?<![a-z])cac (?:to chuc|doan the|ben|co quan|don vi|luc luong|ban nganh)|doan the/;
export const HEADING_TEXT = /^(?:giua|doi voi|voi|phoi hop (?:giua|voi))(?![a-z])/;

export const ITEM = {
  chapter: /^chương\s+([IVXLC]+|\d+)\b\s*[.:\-–]?\s*(.*)$/iu,
  part: /^phần\s+([IVXLC]+|\d+)\b\s*[.:\-–]?\s*(.*)$/iu,
  // "PHẦN THỨ NHẤT", its name on the next line.
  ordinalPart: /^phần\s+thứ\s+(nhất|hai|ba|tư|năm|sáu|bảy)(?!\p{L})\s*[.:\-–]?\s*(.*)$/iu,
  article: /^điều\s+(\d{1,3})\s*[.:\-–]?\s*(.*)$/iu,
  // "II." and, as some schools type it, "II/." (the slash then the dot).
  roman: /^([IVXL]{1,7})\s*(?:\/\.?|[.:\-–)])\s*(.*)$/u,
  // A bare numeral before a heading in capitals: "II NỘI DUNG PHỐI HỢP".
  bareRoman: /^([IVX]{1,5})\s+(\p{Lu}[\p{Lu}\d\s,;&–-]*\p{Lu}\s+\p{Lu}[\p{Lu}\d\s,;&–-]*)[.:]?$/u,
  // "II" alone, its heading on the next line.
  loneRoman: /^([IVX]{1,5})\s*[.:]?$/u,
  // "B. Ban chấp hành …", and "B/ …" as the small letters are written "a/".
  upperLetter: /^([A-H])\s*[.)/]\s+(\p{Lu}.*)$/u,
  // "1.2." or, spaced, "1. 2." (the spaced form only with its closing dot: "1. 5 tổ" is item 1).
  dotted: /^(\d{1,2}(?:\.\d{1,2})+|\d{1,2}(?:\.\s\d{1,2})+(?=\.))\.?\s*[):\-–]?\s+(.*)$/u,
  number: /^(\d{1,2})\s*(?:[.)]|[-–](?!\d)|\/(?!\d)\.?)\s*(.*)$/u,
  // "1 Hiệu trưởng có trách nhiệm …": a PDF's text that lost the item's dot.
  bareNumber: /^([1-9]\d?)\s(?!(?:Tháng|Năm|Ngày|Giờ|Tuần)\b)(\p{Lu}\p{Ll}+\s+\p{L}.{10,})$/u,
  letter: /^([a-zđ])\s*(?:[).]|\/)\s+(.*)$/u,
  bullet: /^([-–—−•●○◦▪▫■□♦◆❖➢➤►▶✓✔·])\s*(.+)$/u,
  plus: /^\+\s*(.+)$/u,
};
export const VALID_ROMAN = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/;

export const foldOf = (s: string) => fold(s).trim();
export const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;
export const isUpperLine = (s: string) => capitalLetters(s) >= 2;
/** A heading in capitals: two to fourteen words ("QUY ĐỊNH CHUNG", "NỘI DUNG PHỐI HỢP"). */
export const isCapitalHeading = (s: string) => isUpperLine(s) && wordCount(s) >= 2 && wordCount(s) <= 14;
export const startsLower = (s: string) => /^[\p{Ll}]/u.test(s) || /^[(…]/.test(s);
export { capitalise, stripEnd } from '../text';
export const isAcronym = (s: string) => wordCount(s) === 1 && isUpperLine(s);
/** "CHI BỘ" → "chi bộ"; a form holding an acronym ("BCH CÔNG ĐOÀN") stays as written. */
export const sentenceCaseIfWords = (s: string) =>
  isUpperLine(s) && s.split(/\s+/).every((w) => isVietnameseSyllable(w)) ? s.toLocaleLowerCase('vi') : s;
export function romanValue(s: string): number {
  const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const a = v[s[i]];
    const b = v[s[i + 1]] ?? 0;
    total += a < b ? -a : a;
  }
  return total;
}

export type ItemKind = 'chapter' | 'section' | ClauseKind;
export interface ItemShape {
  kind: ItemKind;
  label: string;
  key: string;
  text: string;
  level: number;
}

const ORDINAL_ROMAN: Record<string, string> = {
  nhất: 'I',
  hai: 'II',
  ba: 'III',
  tư: 'IV',
  năm: 'V',
  sáu: 'VI',
  bảy: 'VII',
};

/** The first units ITEM's labels can start with (each pattern is anchored): a line is tried only with those that can match it. */
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isRomanFirst = (c: number) => c === 0x49 || c === 0x56 || c === 0x58 || c === 0x4c; // I V X L
const isUpperLetterFirst = (c: number) => c >= 0x41 && c <= 0x48; // A–H
const isLetterFirst = (c: number) => (c >= 0x61 && c <= 0x7a) || c === 0x111; // a–z, đ

export function classifyItem(text: string): ItemShape | null {
  let m: RegExpExecArray | null;
  const c = text.charCodeAt(0);
  // chương, phần, điều in any case (the patterns ignore case).
  const cFirst = c === 0x43 || c === 0x63;
  const pFirst = c === 0x50 || c === 0x70;
  if (cFirst && (m = ITEM.chapter.exec(text)))
    return { kind: 'chapter', label: `Chương ${m[1]}`, key: m[1], text: m[2], level: 0 };
  if (pFirst && (m = ITEM.part.exec(text)))
    return { kind: 'section', label: `Phần ${m[1]}`, key: m[1], text: m[2], level: 1 };
  if (pFirst && (m = ITEM.ordinalPart.exec(text))) {
    const key = ORDINAL_ROMAN[m[1].toLocaleLowerCase('vi')];
    return { kind: 'section', label: `Phần ${key}`, key, text: m[2], level: 1 };
  }
  if ((c === 0x110 || c === 0x111) && (m = ITEM.article.exec(text)))
    return { kind: 'article', label: `Điều ${m[1]}`, key: m[1], text: m[2], level: 2 };
  if (isRomanFirst(c)) {
    if ((m = ITEM.roman.exec(text)) && VALID_ROMAN.test(m[1]) && romanValue(m[1]) <= 30 && m[2])
      return { kind: 'section', label: m[1], key: m[1], text: m[2], level: 1 };
    if ((m = ITEM.bareRoman.exec(text)) && VALID_ROMAN.test(m[1]))
      return { kind: 'section', label: m[1], key: m[1], text: m[2], level: 1 };
    if ((m = ITEM.loneRoman.exec(text)) && VALID_ROMAN.test(m[1]))
      return { kind: 'section', label: m[1], key: m[1], text: '', level: 1 };
  }
  if (isUpperLetterFirst(c) && (m = ITEM.upperLetter.exec(text)))
    return { kind: 'section', label: m[1], key: m[1], text: m[2], level: 1 };
  if (isDigit(c)) {
    if ((m = ITEM.dotted.exec(text))) {
      const label = m[1].replace(/\s/g, '');
      return { kind: 'dotted', label, key: label, text: m[2], level: 3 + label.split('.').length - 1 };
    }
    if ((m = ITEM.number.exec(text) ?? ITEM.bareNumber.exec(text)))
      return { kind: 'number', label: m[1], key: m[1], text: m[2], level: 3 };
  }
  if (isLetterFirst(c) && (m = ITEM.letter.exec(text)))
    return { kind: 'letter', label: m[1], key: m[1], text: m[2], level: 6 };
  if ((m = ITEM.bullet.exec(text)) && !/^[-–—]\s*\d{4}\b/.test(text))
    return { kind: 'bullet', label: '-', key: '-', text: m[2], level: 7 };
  if ((m = ITEM.plus.exec(text))) return { kind: 'bullet', label: '+', key: '+', text: m[1], level: 8 };
  return null;
}

// The letters and marks a DECORATION can start with, folded (keep it in step with the list): a
// line starting otherwise is not folded whole to be tried.
const DECORATION_FIRST = /^[cdqt(\-_=*~.·•o0]/;

/** A line of the Quốc hiệu, a rule, a page number…; `folded` is the text folded, when the caller has it. */
export function isDecoration(text: string, folded?: string): boolean {
  if (folded === undefined && !DECORATION_FIRST.test(fold(text.trimStart().charAt(0)))) return false;
  const f = folded === undefined ? foldOf(text) : folded.trim();
  return DECORATION_FIRST.test(f) && DECORATION.some((re) => re.test(f));
}

const UNIT_NAME =
  /^(?:ubnd|uy ban nhan dan|phong gd|phong giao duc|pgd|so gd|so giao duc|tr(?:u)?ong (?:mam non|mn|mau giao|tieu hoc|th|thcs|thpt|trung hoc)|cd ?cs|cd ?gd|cong doan(?: co so| giao duc)?|chi bo|dang bo|bch)(?![a-z])/;
const KIND_WORDS = /(?:quy|qui) ?(?:che|dinh)|ke hoach|quyet dinh|phoi hop|ban hanh|ve viec/;

/** A heading's unit line typed as a name, not in capitals: "Trường TH Hiệp Hòa", "CĐ CS trường …". */
export function isUnitNameLine(text: string): boolean {
  const f = foldOf(text);
  return wordCount(text) <= 10 && UNIT_NAME.test(f) && !KIND_WORDS.test(f) && !/[.;:]$/.test(f);
}

export function kindOf(text: string): Kind | null {
  // "-******** -QUY CHẾ": the rule and dashes a converter left before the kind line.
  const f = foldOf(text).replace(/^[-–—*•_.\s]+(?=[a-z])/, '');
  const short = wordCount(text) <= 4;
  if (!short && !isUpperLine(text)) return null;
  if (/^quy (?:che|dinh)(?![a-z])/.test(f)) return 'quy_che';
  if (/^ke hoach(?![a-z])/.test(f)) return /lien tich/.test(f) ? 'ke_hoach_lien_tich' : 'ke_hoach';
  if (/^quyet dinh(?![a-z])/.test(f) && !/:$/.test(f)) return 'quyet_dinh';
  return null;
}

export function kindFromNumber(number: string): Kind | null {
  const symbol = fold(number.split('/').slice(1).join('/'));
  if (/^qc|(?<![a-z])qc/.test(symbol)) return 'quy_che';
  if (/khlt/.test(symbol)) return 'ke_hoach_lien_tich';
  if (/^kh|-kh/.test(symbol)) return 'ke_hoach';
  return null;
}
