// Căn cứ lines: one row per cited instrument, even when a line cites several
// ("Căn cứ Hướng dẫn số 613/HD-GDĐT …; Công văn số 623/GDĐT-MN …").
import { parseDate, type IsoDate } from '../values';
import type { ExtractedBasis } from './types';
import { readIssuer } from './issuers';
import { DOC_TYPES, DOC_TYPE_ALT, fold } from './vocab';

/** A document number inside text: state form 474/QCPH-MNHS-CT, 30/2020/NĐ-CP, party form 29-NQ/TW. */
export const DOC_NUMBER =
  /(?<![\p{L}\d/])(\d{1,5})\s*([/\-–])\s*((?:\d{4}\s*\/\s*)?[\p{Lu}][\p{L}\d&]*(?:\s*[-–—/]\s*[\p{Lu}&][\p{L}\d&]*)*)/u;
const DOC_NUMBER_G = new RegExp(DOC_NUMBER.source, 'gu');

/** 474 /QCPH – MNHS-CT → 474/QCPH-MNHS-CT. */
export function tidyNumber(s: string): string {
  return s
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, '')
    .replace(/[.,;:]+$/, '');
}

export function findNumber(text: string): { number: string; index: number; end: number } | null {
  const m = DOC_NUMBER.exec(text);
  if (!m) return null;
  return { number: tidyNumber(m[0]), index: m.index, end: m.index + m[0].length };
}

const DATE_WORDS = /ngay\s*(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})/;
const DATE_NUMERIC = /(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)/;

/** The first date written in a text, with its span; `from` skips what came before. */
export function findDate(text: string, from = 0): { iso: IsoDate | null; text: string; index: number } | null {
  const folded = fold(text).slice(from);
  let best: { iso: IsoDate | null; text: string; index: number } | null = null;
  for (const re of [DATE_WORDS, DATE_NUMERIC]) {
    const m = re.exec(folded);
    if (!m) continue;
    if (best && best.index <= m.index + from) continue;
    best = {
      iso: parseDate(`${m[1]}/${m[2]}/${m[3]}`),
      text: text.slice(from + m.index, from + m.index + m[0].length),
      index: from + m.index,
    };
  }
  return best;
}

const TYPE_AT = new RegExp(`^(?:cac |vao |thuc hien |cua )*(${DOC_TYPE_ALT})(?![a-z])`);
const SPLIT_BEFORE_TYPE = new RegExp(
  // "… và QĐ số 04/2000/…": an abbreviated type after "và" starts another instrument too; "s" is a
  // "số" that lost its letter.
  // Not after "Điều 10": "… thi hành Điều 10, Luật Công đoàn" cites an article of the same law.
  `(?<!dieu \\d{1,3})[;,]\\s*(?:va\\s+)?(?=(?:cac\\s+)?(?:${DOC_TYPE_ALT})(?![a-z])\\s*(?:so\\b|\\d|[a-z]))|\\s+va\\s+(?=(?:${DOC_TYPE_ALT}|qd|nd|tt|ttlt|cv|nq|ct)\\s+(?:so\\b|s\\b|\\d)|dieu le\\s+[a-z])`,
  'g',
);
const LEAD = /^(?:\s*(?:can cu|can c|cu(?= vao)|thuc hien|theo)\s*(?:vao\s+|thuc hien\s+|theo\s+)?:?\s*)/;
const CONTEXT =
  /^(?:vao\s+)?(?:tinh hinh|dieu kien|thuc te|thuc trang|kha nang|nhu cau|dac diem|ket qua (?:thuc hien|hoi nghi|cuoc hop|hop|danh gia))/;

/** Is a basis line about circumstances rather than an instrument ("Căn cứ tình hình thực tế …")? */
export function isContextBasis(text: string): boolean {
  return CONTEXT.test(
    fold(text)
      .replace(/^[-+•*]\s*/, '')
      .replace(LEAD, ''),
  );
}

function typeOf(foldedSegment: string): string {
  const m = TYPE_AT.exec(foldedSegment);
  if (!m) return '';
  const key = m[1].replace(/\s+/g, ' ');
  return DOC_TYPES.find(([f]) => f === key)?.[1] ?? '';
}

const trimEnd = (s: string) =>
  s
    .replace(/[\s;,.:]+$/g, '')
    .replace(/\s+(?:và|va)$/iu, '')
    .replace(/^[\s;,:]+/, '')
    .trim();

const TYPE_ANY = new RegExp(`(?<![a-z])(?:${DOC_TYPE_ALT})(?![a-z])`, 'g');
// A school year in the name ("năm học 2026-2027") is part of it, not a document number.
const NAME_END =
  /\sso\s*[:.;]?\s*(?=\d)|\s(?:ban hanh kem theo|kem theo|ngay|cua|nam \d{4}\b)|\s*\d{1,5}\s*[/-](?!\s*\d{4}(?!\s*\/))/;

function readSegment(segment: string, line: number, text: string): ExtractedBasis {
  const f = fold(segment);
  const num = findNumber(segment);
  // The type is the one that owns the number: "Điều lệ … ban hành kèm theo Thông tư số 52/2020/TT-BGDĐT".
  let type = typeOf(f);
  if (num) {
    let near = '';
    for (const m of f.slice(0, num.index).matchAll(TYPE_ANY)) near = m[0];
    if (near) type = DOC_TYPES.find(([k]) => k === near.replace(/\s+/g, ' '))?.[1] ?? type;
  }
  // Several numbers in a segment ("Nghị định 04/2015/NĐ-CP, 59/2023/NĐ-CP") are split by the caller.
  const date = findDate(segment, num ? num.end : 0) ?? findDate(segment);
  let issuer = '';
  let issuerEnd = 0;
  const about0 = /\s(?:ve viec|ve|v\/v)\s+/.exec(f);
  // "của UBND Thành phố"; a joint text "… ngày 21/09/2021 (thoả thuận) giữa Phòng … và Liên đoàn …" right after its date.
  let of = /\s(?:cua)\s+/.exec(f);
  const joint = /\s(?:giua)\s+/.exec(f);
  const anchor = Math.max(num?.end ?? 0, date ? date.index + date.text.length : 0);
  if (
    !of &&
    joint &&
    anchor > 0 &&
    /^(?:(?:thoa thuan|ky ket|lien tich)(?: lien tich)?)?$/.test(f.slice(anchor, joint.index).trim())
  )
    of = joint;
  if (of && (type || num) && (!about0 || of.index < about0.index)) {
    const start = of.index + of[0].length;
    const rest = f.slice(start);
    const stop = /\s(?:ve|v\/v|nam hoc|ngay|ban hanh)\s|[;(]|$/.exec(rest);
    issuerEnd = start + (stop ? stop.index : rest.length);
    issuer = trimEnd(segment.slice(start, issuerEnd));
  }
  // "… của Hiệu trường quy định tại Điều lệ …": words that name no body are not the issuer.
  const read = readIssuer(issuer, type, num?.number ?? '');
  let summary = '';
  const about = /\s(?:ve viec|ve|v\/v)\s+/.exec(f);
  if (about && (!num || about.index > num.index)) summary = trimEnd(segment.slice(about.index + about[0].length));
  else if (!num) summary = trimEnd(segment);
  else {
    // "Luật Công đoàn số 50/2024/QH15": the name before the number; else what follows the issuer.
    const nameEnd = NAME_END.exec(f);
    const name = trimEnd(segment.slice(0, nameEnd ? nameEnd.index : segment.length));
    if (name && fold(name) !== fold(type)) summary = name;
    else if (issuerEnd > 0) summary = trimEnd(segment.slice(issuerEnd));
  }
  return {
    type,
    number: num?.number ?? '',
    date: date?.iso ?? null,
    dateText: date?.text ?? '',
    issuer: read.issuer,
    ...(read.misread ? { issuerRead: read.misread } : {}),
    summary,
    line,
    text,
  };
}

/** The instruments cited by one Căn cứ / Thực hiện line (already joined with its continuation). */
export function parseBasisLine(text: string, line: number): ExtractedBasis[] {
  const folded = fold(text);
  const lead = LEAD.exec(folded);
  const bodyStart = lead ? lead[0].length : 0;
  const body = text.slice(bodyStart);
  const fb = folded.slice(bodyStart);
  const cuts = [0];
  for (const m of fb.matchAll(SPLIT_BEFORE_TYPE)) cuts.push(m.index! + m[0].length);
  // "04/2015/NĐ-CP, 59/2023/NĐ-CP": a bare number after a comma is another instrument of the same type.
  for (const m of body.matchAll(
    new RegExp(`[,;]\\s*(?:và\\s+)?(?=${DOC_NUMBER.source.replace('(?<![\\p{L}\\d/])', '')})`, 'gu'),
  )) {
    const before = body.slice(cuts.filter((c) => c <= m.index!).pop() ?? 0, m.index!);
    if (DOC_NUMBER_G.test(before)) cuts.push(m.index! + m[0].length);
    DOC_NUMBER_G.lastIndex = 0;
  }
  cuts.sort((a, b) => a - b);
  const out: ExtractedBasis[] = [];
  let lastType = '';
  for (let i = 0; i < cuts.length; i++) {
    const segment = trimEnd(body.slice(cuts[i], cuts[i + 1] ?? body.length).replace(/\.\/\.$/, ''));
    if (!segment) continue;
    const basis = readSegment(segment, line, text);
    if (!basis.type && basis.number && lastType && /^\d/.test(segment)) basis.type = lastType;
    lastType = basis.type || lastType;
    out.push(basis);
  }
  return out;
}
