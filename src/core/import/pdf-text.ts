// A PDF's lines (pdf-lines.ts) → the text the importer reads, as the .docx reader gives it: a
// paragraph a line (a line the PDF wrapped is joined back when its first word would not have fit
// on the line above), the two columns of the heading and of the signatures read column after
// column (left, then right, as Word's table is read cell after cell), and a table of three columns
// or more read from the x positions of its text into cells and rows (table-grid.ts writes a table
// of tasks a row a line). Every line says which page it came from.
import { documentLines, type PageLine, type PdfPage, type Segment } from './pdf-lines';
import { mergedDown, rowsAsDrawn } from './pdf-table';
import { tableLines, type GridCell } from './table-grid';
import { capacityOf, isTitle, looksLikeName } from './tail';
import { findMentions, fold } from './vocab';
import { OPENS, labelled, paragraphs, pieceOf, wholeLine, type Frame, type Out, type Piece } from './pdf-paragraphs';
import {
  afterSigner,
  boxedBetween,
  columnLines,
  gapBelow,
  separators,
  signatureColumns,
  signatureRow,
} from './pdf-columns';

export interface PdfText {
  text: string;
  /** The 1-based page each line of `text` came from. */
  pageOfLine: number[];
  /** Page numbers and running headers and footers left out. */
  setAside: number;
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

// ---- a page into blocks ----

type Block =
  | { kind: 'line'; line: PageLine }
  | { kind: 'columns'; lines: PageLine[]; boundary: number }
  | { kind: 'table'; lines: PageLine[] };

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
