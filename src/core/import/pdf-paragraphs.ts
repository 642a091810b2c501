// A PDF's lines read into paragraphs, as the .docx reader gives them: a paragraph a line, a line
// the PDF wrapped joined back when its first word would not have fit on the line above (the body,
// a column of the heading or the signatures, a table's cell each read in their own frame).
import type { PageLine, Segment } from './pdf-lines';
import { convertLegacyLine } from '../vietnamese/legacy';
import { capacityOf, isTitle } from './tail';

export interface Piece extends Segment {
  page: number;
  top: number;
}

export interface Out {
  text: string;
  page: number;
}

// A line that opens a paragraph of its own: an article, a chapter, a list item, a numbered point,
// a legal basis ("Căn cứ …" after the line above ended its sentence), a point or part with a slash ("2/.", "IV/.",
// "1/ "), an item with a dash ("2- "), a part in Roman numerals or capital letters ("II. NHIỆM VỤ", "A. Ban giám hiệu"), "PHẦN II" in capitals.
export const OPENS =
  /^(?:(?:Điều|Chương|Mục|Phần|Phụ lục|ĐIỀU|CHƯƠNG|MỤC|PHẦN|PHỤ LỤC)\s+[\dIVXLC]|Căn cứ\s|[-–—+•*]\s|\d{1,2}(?:\.\d{1,2})*[.)]\s|\d{1,2}[-–]\s|(?:\d{1,2}|[IVXLC]{1,6})\/\.?\s|[IVX]{1,5}[.)]\s+\p{Lu}|[A-H][.)/]\s+\p{Lu}|[a-zđ]\)\s)/u;
/** A line that opens a paragraph, read as it is or, typed in a TCVN3 or VNI font, converted ("§iÒu 2." is "Điều 2."). */
const opens = (s: string) => OPENS.test(s) || (/[\u00a1-\u00ff]/.test(s) && OPENS.test(convertLegacyLine(s).text));
// A list label alone before a tab: "Điều 1.", "1.", "a)", "-" are one line with the text after them.
const LABEL =
  /^(?:[-–—•+*]|\d{1,2}(?:\.\d{1,2})*[.)]?|[a-zđ][.)]|[IVXLC]{1,6}[.)]?|(?:Điều|Chương|Mục)\s+[\dIVXLC]+[.:]?)$/u;

export const isCaps = (s: string) => {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length > 1 && letters === letters.toLocaleUpperCase('vi');
};

/** The width the first word of `s` takes, in proportion to the whole. */
const firstWordWidth = (s: Segment) => {
  const word = s.text.split(' ')[0];
  return ((s.right - s.left) * word.length) / Math.max(1, s.text.length);
};

/** Where the text of a column (or of the page's body) may run. */
export interface Frame {
  left: number;
  right: number;
}

/**
 * Whether `cur` goes on from `prev` (the PDF wrapped a paragraph) rather than starting a new one:
 * same size, same case, not a line that opens a paragraph, not indented past it, and the first word
 * of `cur` would not have fit at the end of `prev` (else the writer broke the line on purpose).
 */
/** Where lines are read: the body, a column of the heading or the signatures, a table's cell. */
export type Place = 'body' | 'heading' | 'table';

function continues(prev: Piece, cur: Piece, frame: Frame, samePage: boolean, place: Place): boolean {
  const cell = place !== 'body';
  const em = Math.max(prev.size, cur.size);
  if (opens(cur.text) || Math.abs(prev.size - cur.size) > 0.6) return false;
  // A note in brackets on lines of its own: "(Ban hành kèm theo …)".
  if (place !== 'table' && /^\((?:[^)]*|.*\))$/.test(cur.text)) return false;
  // A sentence ended, and the next begins indented from the margin: a new paragraph, however full the line.
  if (place === 'body' && /[.;:]$/.test(prev.text) && /^\p{Lu}/u.test(cur.text) && cur.left > frame.left + 0.8 * em)
    return false;
  // A title in capitals over a line in small letters ("QUY CHẾ PHỐI HỢP" over "giữa …"); in a
  // cell, small letters over capitals too. An abbreviation alone ("BCH", "CB, GV") is no title.
  const title = (s: string) => isCaps(s) && s.includes(' ') && !/,/.test(s);
  if (title(prev.text) && !isCaps(cur.text) && !wrappedInCapitals(cur)) return false;
  if (cell && !isCaps(prev.text) && title(cur.text)) return false;
  // A signature's capacity ("TM. BAN CHẤP HÀNH CHI ĐOÀN") and the title under it are two lines,
  // however closely the first filled its cell.
  if (place === 'heading' && (isTitle(cur.text) || capacityOf(cur.text))) return false;
  if (samePage && cur.top - prev.top > 1.8 * em) return false;
  const middle = (frame.left + frame.right) / 2;
  // In a cell (a column of the heading or the signatures, a table's) lines are centred or not
  // indented; in the body a line indented past the one above starts a paragraph.
  // A centred title that wraps: the line below is centred clear of both margins, the one above near the middle.
  const nearMiddle = (s: Segment) => Math.abs((s.left + s.right) / 2 - middle) < em;
  const centred = (s: Segment) => nearMiddle(s) && s.left > frame.left + em / 2 && s.right < frame.right - em / 2;
  const whole = cell || (centred(cur) && nearMiddle(prev));
  if (!whole && cur.left > prev.left + 0.8 * em) return false;
  // In a table's cell only a sentence's end may close a paragraph (a party a line is told apart by name).
  if (place === 'table' && !/[.;:!?)]$/.test(prev.text)) return true;
  const room = whole ? frame.right - frame.left : frame.right - prev.left;
  // A word's width is estimated from its letters: it fits only with half an em to spare.
  return prev.right - prev.left + 0.3 * em + firstWordWidth(cur) > room - 0.5 * em;
}

/**
 * A line that goes on in capitals before its small letters ("CHỦ NGHĨA VIỆT NAM Độc lập …" under
 * "… CỘNG HÒA XÃ HỘI"): the line above may be all capitals only because the PDF wrapped a long
 * paragraph there, so whether it goes on is left to the line's width.
 */
const wrappedInCapitals = (cur: Piece) => {
  const words = cur.text.split(' ');
  return words.length > 2 && isCaps(words[0]) && isCaps(words.slice(0, 2).join(' '));
};

/** Pieces in reading order → paragraphs. */
export function paragraphs(
  pieces: Piece[],
  frame: Frame,
  place: Place = 'body',
  joins: (sofar: string, ahead: string) => boolean = () => true,
): Array<{ text: string; page: number }> {
  const out: Array<{ text: string; page: number; end: Piece }> = [];
  let prev: Piece | undefined;
  pieces.forEach((p, i) => {
    const open = out[out.length - 1];
    const ahead = () =>
      pieces
        .slice(i, i + 6)
        .map((q) => q.text)
        .join('\n');
    if (open && prev && joins(open.text, ahead()) && continues(prev, p, frame, prev.page === p.page, place)) {
      // "2023-" at a line's end goes on as "2023-2024".
      open.text += /[\p{L}\d][-–/]$/u.test(open.text) ? p.text : ` ${p.text}`;
      open.end = p;
    } else out.push({ text: p.text, page: p.page, end: p });
    prev = p;
  });
  return out;
}

export const pieceOf = (l: PageLine, s: Segment): Piece => ({ ...s, page: l.page, top: l.top });
export const wholeLine = (l: PageLine): Piece => ({
  text: l.segments.map((s) => s.text).join(' '),
  left: l.left,
  right: l.right,
  size: l.size,
  page: l.page,
  top: l.top,
});

/** Two pieces on a line that are one: a list label and its text, parted by a tab. */
export const labelled = (l: PageLine) => l.segments.length === 2 && LABEL.test(l.segments[0].text);
