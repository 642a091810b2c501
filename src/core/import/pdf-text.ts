// A PDF's lines (pdf-lines.ts) → the text the importer reads, as the .docx reader gives it: a
// paragraph a line (a line the PDF wrapped is joined back when its first word would not have fit
// on the line above), the two columns of the heading and of the signatures read column after
// column (left, then right, as Word's table is read cell after cell), and a table of three columns
// or more read from the x positions of its text into cells and rows (table-grid.ts writes a table
// of tasks a row a line). Every line says which page it came from.
import { documentLines, lineText, type PageLine, type PdfPage, type Segment } from './pdf-lines';
import { convertLegacyLine } from '../vietnamese/legacy';
import { mergedDown, rowsAsDrawn } from './pdf-table';
import { tableLines, type GridCell } from './table-grid';
import { capacityOf, isTitle, looksLikeName } from './tail';
import { findMentions, fold } from './vocab';

export interface PdfText {
  text: string;
  /** The 1-based page each line of `text` came from. */
  pageOfLine: number[];
  /** Page numbers and running headers and footers left out. */
  setAside: number;
}

interface Piece extends Segment {
  page: number;
  top: number;
}

interface Out {
  text: string;
  page: number;
}

// A line that opens a paragraph of its own: an article, a chapter, a list item, a numbered point,
// a legal basis ("Căn cứ …" after the line above ended its sentence), a point or part with a slash ("2/.", "IV/.",
// "1/ "), an item with a dash ("2- "), a part in Roman numerals or capital letters ("II. NHIỆM VỤ", "A. Ban giám hiệu"), "PHẦN II" in capitals.
const OPENS =
  /^(?:(?:Điều|Chương|Mục|Phần|Phụ lục|ĐIỀU|CHƯƠNG|MỤC|PHẦN|PHỤ LỤC)\s+[\dIVXLC]|Căn cứ\s|[-–—+•*]\s|\d{1,2}(?:\.\d{1,2})*[.)]\s|\d{1,2}[-–]\s|(?:\d{1,2}|[IVXLC]{1,6})\/\.?\s|[IVX]{1,5}[.)]\s+\p{Lu}|[A-H][.)/]\s+\p{Lu}|[a-zđ]\)\s)/u;
/** A line that opens a paragraph, read as it is or, typed in a TCVN3 or VNI font, converted ("§iÒu 2." is "Điều 2."). */
const opens = (s: string) => OPENS.test(s) || (/[\u00a1-\u00ff]/.test(s) && OPENS.test(convertLegacyLine(s).text));
// A list label alone before a tab: "Điều 1.", "1.", "a)", "-" are one line with the text after them.
const LABEL =
  /^(?:[-–—•+*]|\d{1,2}(?:\.\d{1,2})*[.)]?|[a-zđ][.)]|[IVXLC]{1,6}[.)]?|(?:Điều|Chương|Mục)\s+[\dIVXLC]+[.:]?)$/u;

// A recipient in the list under "Nơi nhận:": "- Như Điều 2;", "+ Lưu VT".
const RECIPIENT = /^[-–—+•*]\s*\S/u;

const isCaps = (s: string) => {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length > 1 && letters === letters.toLocaleUpperCase('vi');
};

/** The width the first word of `s` takes, in proportion to the whole. */
const firstWordWidth = (s: Segment) => {
  const word = s.text.split(' ')[0];
  return ((s.right - s.left) * word.length) / Math.max(1, s.text.length);
};

/** Where the text of a column (or of the page's body) may run. */
interface Frame {
  left: number;
  right: number;
}

/**
 * Whether `cur` goes on from `prev` (the PDF wrapped a paragraph) rather than starting a new one:
 * same size, same case, not a line that opens a paragraph, not indented past it, and the first word
 * of `cur` would not have fit at the end of `prev` (else the writer broke the line on purpose).
 */
/** Where lines are read: the body, a column of the heading or the signatures, a table's cell. */
type Place = 'body' | 'heading' | 'table';

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
function paragraphs(
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

const pieceOf = (l: PageLine, s: Segment): Piece => ({ ...s, page: l.page, top: l.top });
const wholeLine = (l: PageLine): Piece => ({
  text: l.segments.map((s) => s.text).join(' '),
  left: l.left,
  right: l.right,
  size: l.size,
  page: l.page,
  top: l.top,
});

/** Two pieces on a line that are one: a list label and its text, parted by a tab. */
const labelled = (l: PageLine) => l.segments.length === 2 && LABEL.test(l.segments[0].text);

// ---- two columns: the heading, the signatures, Nơi nhận beside a signature ----

/**
 * The heading's and the signatures' lines are each a line of their own (the managing body, then
 * the school; the Quốc hiệu, then the Tiêu ngữ) unless the line goes on in small letters or a
 * signing capacity ran over its cell ("TM. BAN CHẤP HÀNH CÔNG ĐOÀN" over "CƠ SỞ").
 */
const UNIT_START =
  /^(?:TRƯỜNG|PHÒNG|UBND|ỦY BAN|UỶ BAN|SỞ|BỘ|BAN|CHI|ĐẢNG|CÔNG ĐOÀN|HỘI|ĐOÀN|LIÊN|CỘNG HÒA|CỘNG HOÀ)\b/u;
const headingJoins = (sofar: string, ahead: string) =>
  /^\p{Ll}/u.test(ahead) ||
  ((!!capacityOf(sofar) || ahead.split('\n')[0].split(' ').length <= 2) && !UNIT_START.test(ahead));

function columnLines(lines: PageLine[], boundary: number): Out[] {
  const sides: Piece[][] = [[], []];
  for (const l of lines) {
    if (l.segments.length >= 2) {
      sides[0].push(pieceOf(l, l.segments[0]));
      sides[1].push(
        pieceOf(l, {
          ...l.segments[1],
          text: l.segments
            .slice(1)
            .map((s) => s.text)
            .join(' '),
        }),
      );
    } else sides[l.left > boundary ? 1 : 0].push(pieceOf(l, l.segments[0]));
  }
  return sides.flatMap((side) => {
    if (!side.length) return [];
    const frame = { left: Math.min(...side.map((p) => p.left)), right: Math.max(...side.map((p) => p.right)) };
    return paragraphs(side, frame, 'heading', headingJoins);
  });
}

// ---- tables of three columns or more ----

/** A cell that lists parties a line each ("Ban Chấp hành Công đoàn" over "Ban đại diện cha mẹ trẻ"). */
const cellJoins = (sofar: string, ahead: string) => {
  const end = fold(sofar).replace(/[\s).;,]+$/, '').length;
  const endsWithParty = !/,$/.test(sofar) && findMentions(sofar).some((m) => m.end >= end);
  return !(endsWithParty && findMentions(ahead.replace(/\n/g, ' ')).some((m) => m.start === 0));
};

interface PdfCell extends GridCell {
  page: number;
}

/** The x positions parting a table's columns: the gaps no piece of text covers. */
function separators(lines: PageLine[]): number[] {
  const spans = lines
    .filter((l) => l.segments.length >= 2)
    .flatMap((l) => l.segments)
    .map((s) => [s.left, s.right])
    .sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  let end = spans[0]?.[1] ?? 0;
  for (const [left, right] of spans.slice(1)) {
    if (left > end + 2) out.push((end + left) / 2);
    end = Math.max(end, right);
  }
  return out;
}

export interface TableOf {
  rows: PdfCell[][];
  columns: number;
}

function readTable(lines: PageLine[]): TableOf {
  const seps = separators(lines);
  const columns = seps.length + 1;
  const columnOf = (s: Segment) => seps.filter((x) => x < (s.left + s.right) / 2).length;
  const spans = (s: Segment) => seps.some((x) => s.left < x - 2 && s.right > x + 2);
  // Each line's pieces by column; a piece across a separator is a row of one cell across the table.
  type Row = { across?: Piece; cells: Piece[][] };
  const rows: Row[] = [];
  const numbered = lines.filter((l) => l.segments.some((s) => columnOf(s) === 0 && s.text.length <= 4)).length >= 3;
  const drawn = rowsAsDrawn(lines);
  let prevLine: PageLine | undefined;
  for (const l of lines) {
    const across = l.segments.find(spans);
    if (across && l.segments.length === 1) {
      rows.push({ across: pieceOf(l, across), cells: [] });
      prevLine = undefined;
      continue;
    }
    const used = new Set(l.segments.map(columnOf));
    const starts =
      !prevLine ||
      !rows.length ||
      rows[rows.length - 1].across !== undefined ||
      (drawn
        ? drawn.has(l)
        : numbered
          ? used.has(0)
          : used.size >= Math.ceil(columns / 2) || l.top - prevLine.top > 1.6 * l.size);
    if (starts) rows.push({ cells: Array.from({ length: columns }, () => []) });
    const row = rows[rows.length - 1];
    for (const s of l.segments) row.cells[columnOf(s)].push(pieceOf(l, s));
    prevLine = l;
  }
  const frames = Array.from({ length: columns }, (_, c) => {
    const ps = rows.flatMap((r) => r.cells[c] ?? []);
    return { left: Math.min(...ps.map((p) => p.left)), right: Math.max(...ps.map((p) => p.right)) };
  });
  return {
    columns,
    rows: rows.map((r) => {
      if (r.across) return [{ lines: [r.across.text], colSpan: columns, rowSpan: 1, page: r.across.page }];
      const page = r.cells.flat()[0]?.page ?? 1;
      return r.cells.map((ps, c) => ({
        lines: paragraphs(ps, frames[c], 'table', cellJoins).map((p) => p.text),
        colSpan: 1,
        rowSpan: 1,
        page,
      }));
    }),
  };
}

// ---- signatures side by side, three or more ----

/**
 * A row of signing capacities and titles in capitals ("TM. UBND XÃ", …, "HIỆU TRƯỞNG"; one may be
 * a capacity of its own wording, "DUYỆT CỦA HIỆU" over "TRƯỞNG").
 */
const signatureRow = (l: PageLine) =>
  l.segments.every((s) => isCaps(s.text)) &&
  l.segments.filter((s) => !!capacityOf(s.text) || isTitle(s.text)).length >= l.segments.length - 1;

/** Three signatures or more side by side: each column read top to bottom, as Word reads a table's cells. */
function signatureColumns(lines: PageLine[]): Out[] {
  const seps = separators(lines);
  const columns: Piece[][] = Array.from({ length: seps.length + 1 }, () => []);
  for (const l of lines)
    for (const s of l.segments) columns[seps.filter((x) => x < (s.left + s.right) / 2).length].push(pieceOf(l, s));
  return columns.flatMap((side) => {
    if (!side.length) return [];
    const frame = { left: Math.min(...side.map((p) => p.left)), right: Math.max(...side.map((p) => p.right)) };
    return paragraphs(side, frame, 'heading', headingJoins);
  });
}

// ---- a page into blocks ----

type Block =
  | { kind: 'line'; line: PageLine }
  | { kind: 'columns'; lines: PageLine[]; boundary: number }
  | { kind: 'table'; lines: PageLine[] };

const gapBelow = (a: PageLine, b: PageLine) => b.top - a.top;

/**
 * How many of a table's last lines are the body's again: a part's heading right under a table
 * ("III. TỔ CHỨC THỰC HIỆN", "I. NỘI DUNG" under "| 1 | Họp liên tịch | Tháng 9 |") starts where
 * the first column does, as close as a row. It is the body's when it was drawn after all of the
 * table (a cell's next line is drawn before the cells right of it), or, when the PDF does not say
 * the order, when it sits in a column of row numbers, which never wrap.
 */
function headingsAfter(lines: PageLine[]): number {
  const seps = separators(lines);
  if (!seps.length) return 0;
  const numbered = lines.some(
    (l) => l.segments.length >= 2 && l.segments[0].right < seps[0] && /^\d{1,3}\.?$/.test(l.segments[0].text),
  );
  const order = (l: PageLine) => l.segments.flatMap((s) => [s.first ?? NaN, s.last ?? NaN]);
  let n = 0;
  for (let k = lines.length - 1; k > 0; k--) {
    const l = lines[k];
    if (l.segments.length !== 1 || l.left > seps[0] || !OPENS.test(l.segments[0].text)) break;
    const drawnLast = Math.min(...order(l)) > Math.max(...lines.slice(0, k).flatMap(order));
    if (!drawnLast && !(numbered && l.right < seps[0])) break;
    n++;
  }
  return n;
}

function pageBlocks(lines: PageLine[]): Block[] {
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length;) {
    const l = lines[i];
    const em = l.size;
    if (l.segments.length >= 3) {
      // The table's width as its first line shows it, a little wider for a last cell's longer text.
      let left = l.left - em;
      let right = l.right + 3 * em;
      let j = i + 1;
      for (; j < lines.length; j++) {
        const m = lines[j];
        if (gapBelow(lines[j - 1], m) > 2.4 * Math.max(m.size, em) || m.left < left || m.right > right) break;
        if (m.segments.length === 1 && m.right - m.left > 0.6 * (right - left)) break;
        // Signers' capacities or titles across the table's columns: the signatures right below it.
        if (m.segments.length >= 2) {
          const seps = separators(lines.slice(i, j));
          const straddles = m.segments.some((sg) => seps.some((x) => sg.left < x - 2 && sg.right > x + 2));
          const signs = m.segments.some((sg) => !!capacityOf(sg.text) || isTitle(sg.text));
          if (straddles && signs && m.segments.length <= seps.length && seps.length >= 2) break;
        }
        left = Math.min(left, m.left - em);
        right = Math.max(right, m.right + em);
      }
      j -= headingsAfter(lines.slice(i, j));
      blocks.push({ kind: 'table', lines: lines.slice(i, j) });
      i = j;
    } else if (l.segments.length === 2 && !labelled(l)) {
      const boundary = (l.segments[0].right + l.segments[1].left) / 2;
      const region = [l];
      // A right column's first lines above the first line that has both.
      for (let b = blocks[blocks.length - 1]; b?.kind === 'line'; b = blocks[blocks.length - 1]) {
        const above = b.line;
        if (above.left <= boundary || gapBelow(above, region[0]) > 1.6 * em) break;
        region.unshift(above);
        blocks.pop();
      }
      let j = i + 1;
      for (; j < lines.length; j++) {
        const m = lines[j];
        const both = m.segments.length === 2 && !labelled(m);
        const oneSide = m.segments.length === 1 && (m.right < boundary || m.left > boundary);
        if (!both && !oneSide) break;
        if (gapBelow(lines[j - 1], m) > 1.6 * Math.max(m.size, em) && !(oneSide && boxedBetween(lines, j, boundary)))
          break;
        // The signers' names close the signatures: a line on one side below them is the page's
        // next line ("Tin khác"), read after the names as Word reads it after the table.
        const above = region[region.length - 1];
        if (oneSide && above.segments.length === 2 && above.segments.every((s) => looksLikeName(s.text))) break;
        if (oneSide && afterSigner(region, m, boundary)) break;
        region.push(m);
      }
      blocks.push({ kind: 'columns', lines: region, boundary });
      i = j;
    } else {
      blocks.push({ kind: 'line', line: l });
      i++;
    }
  }
  return blocks;
}

/**
 * A line on one side, farther from the lines around it than a line's spacing, that still belongs
 * to its column: two text boxes side by side (a signature's capacity, its title, its signer) set
 * apart by the box's spacing. It starts where its side's text starts on the two-sided lines right
 * above and right below it, whatever its words (a mojibake page's titles are no words yet).
 */
function boxedBetween(lines: PageLine[], j: number, boundary: number): boolean {
  const [above, m, below] = [lines[j - 1], lines[j], lines[j + 1]];
  if (!below || below.segments.length !== 2 || above.segments.length !== 2 || labelled(below) || labelled(above))
    return false;
  const em = Math.max(above.size, m.size, below.size);
  if (gapBelow(above, m) > 2.4 * em || gapBelow(m, below) > 2.4 * em) return false;
  const side = m.left > boundary ? 1 : 0;
  const aligned = (l: PageLine) => {
    const s = l.segments[side];
    return Math.abs(s.left - m.left) < 1 || Math.abs((s.left + s.right) / 2 - (m.left + m.right) / 2) < 1;
  };
  return aligned(above) && aligned(below);
}

/**
 * A line on the left, under a block whose right column ended with its signer's name ("Nơi nhận:"
 * beside "HIỆU TRƯỞNG" … "Mạc Thị Thanh"), that is no recipient ("- Lưu: VT."): the page's next
 * line ("QUY CHẾ"), read after the block as Word reads it after the table.
 */
function afterSigner(region: PageLine[], m: PageLine, boundary: number): boolean {
  if (m.left > boundary || RECIPIENT.test(lineText(m))) return false;
  const right = region.flatMap((l) => l.segments.filter((s) => s.left > boundary));
  // A signature on the left too waits for its own name, however far below.
  const left = region.flatMap((l) => l.segments.filter((s) => s.right < boundary));
  if (left.some((s) => !!capacityOf(s.text) || isTitle(s.text))) return false;
  return right.length >= 2 && looksLikeName(right[right.length - 1].text);
}

/** Where the body's text runs: from the leftmost to the rightmost line of one piece. */
function bodyFrame(pages: PageLine[][]): Frame {
  const single = pages.flat().filter((l) => l.segments.length === 1 || labelled(l));
  if (!single.length) return { left: 0, right: 0 };
  // Justified lines end at the margin, all at the same x: the commonest right end is the margin.
  const left = Math.min(...single.map((l) => l.left));
  const widest = Math.max(...single.map((l) => l.right)) - left;
  const ends = new Map<number, number>();
  for (const l of single.filter((l) => l.right - l.left > widest / 2))
    ends.set(Math.round(l.right), (ends.get(Math.round(l.right)) ?? 0) + 1);
  const [margin, count] = [...ends].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? [0, 0];
  const right = count >= 3 ? margin + 1 : Math.max(...single.map((l) => l.right));
  return { left, right };
}

export function pdfToText(pages: PdfPage[]): PdfText {
  const { pages: lines, setAside } = documentLines(pages);
  const frame = bodyFrame(lines);
  const out: Out[] = [];
  let body: Piece[] = [];
  let table: TableOf | null = null;
  const flushBody = () => {
    out.push(...paragraphs(body, frame));
    body = [];
  };
  const flushTable = () => {
    if (table)
      for (const t of tableLines(mergedDown(table.rows))) out.push({ text: t.text, page: t.cells[0]?.page ?? 1 });
    table = null;
  };
  for (const page of lines) {
    for (const b of pageBlocks(page)) {
      if (b.kind === 'table' && signatureRow(b.lines[0])) {
        flushBody();
        flushTable();
        // The lines after the signers' names (Nơi nhận, the page's next lines) go on as the body.
        const names = b.lines.findIndex((l) => l.segments.every((sg) => looksLikeName(sg.text)));
        const end = names < 0 ? b.lines.length : names + 1;
        out.push(...signatureColumns(b.lines.slice(0, end)));
        body.push(...b.lines.slice(end).map(wholeLine));
        continue;
      }
      if (b.kind === 'table') {
        flushBody();
        const t = readTable(b.lines);
        // A table that runs on over a page break goes on with its rows (a header repeated is dropped).
        if (table && table.columns === t.columns && b.lines[0] === page[0]) {
          const header = table.rows[0].map((c) => c.lines.join(' ')).join('|');
          const first = t.rows[0].map((c) => c.lines.join(' ')).join('|');
          table.rows.push(...(first === header ? t.rows.slice(1) : t.rows));
        } else {
          flushTable();
          table = t;
        }
        continue;
      }
      flushTable();
      if (b.kind === 'line') {
        body.push(wholeLine(b.line));
      } else {
        flushBody();
        out.push(...columnLines(b.lines, b.boundary));
      }
    }
  }
  flushBody();
  flushTable();
  return { text: out.map((o) => o.text).join('\n'), pageOfLine: out.map((o) => o.page), setAside };
}
