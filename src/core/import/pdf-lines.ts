// A PDF page's text items (what pdf.js gives: a string, where it starts, how wide, how large) →
// the page's lines, top to bottom, each cut into segments where a wide gap parts two columns or
// two table cells. Page numbers and the running headers and footers a page repeats in its
// margins are set aside. Pure geometry: the PDF reader lives in an adapter (src/pdf).

export interface PdfItem {
  text: string;
  /** Where the text starts, in PDF points from the page's left edge. */
  x: number;
  /** Its baseline, in PDF points from the page's bottom edge (as the PDF says it). */
  y: number;
  width: number;
  /** The font's size on the page. */
  size: number;
  /** Set when the text runs along anything but the line (a rotated stamp, a watermark). */
  rotated?: boolean;
  /** Its place in the page's content stream. */
  order?: number;
}

export interface PdfPage {
  width: number;
  height: number;
  items: PdfItem[];
}

export interface Segment {
  text: string;
  left: number;
  right: number;
  size: number;
  /** Where its first and last pieces are in the page's content stream. */
  first?: number;
  last?: number;
}

export interface PageLine {
  /** 1-based page. */
  page: number;
  /** The baseline, from the page's top. */
  top: number;
  left: number;
  right: number;
  size: number;
  segments: Segment[];
}

/** A gap wider than this many ems between two pieces of text parts two columns (a word space is a quarter). */
export const COLUMN_GAP_EM = 1;
/**
 * Between two items that were not drawn one after the other (Word and LibreOffice draw a table
 * cell after cell, so the next cell on the same line comes after the lines of this one), a gap of
 * this many ems already parts two cells.
 */
const CELL_GAP_EM = 0.4;
/** A gap wider than this many ems is a space between words, when the PDF left none. */
const WORD_GAP_EM = 0.15;
/**
 * A blank item no wider than this many ems, drawn between two pieces of one line after "Số:",
 * "ngày", "tháng" or "năm" or before "/", is a run of spaces the writer typed ("Số:      /QC", "ngày     tháng": a slot left to fill), kept as spaces
 * (at most six, short of the seven that part columns in a text); a wider one is a tab to a column.
 */
const SPACE_RUN_EM = 2;
/** What a slot left to fill follows ("Số:", "ngày", "tháng", "năm"); a cell's gap looks the same otherwise. */
const SLOT_BEFORE = /(?:^|[\s\ue000])(?:số|ngày|tháng|năm)\s*:?\s*$/iu;
/** Stands for a typed space while a segment is built, so that folding spaces leaves it alone. */
const TYPED_SPACE = '\ue000';
/** Baselines closer than this many ems are one line. */
const SAME_LINE_EM = 0.4;

export const lineText = (l: PageLine) => l.segments.map((s) => s.text).join(' ');

function segmentsOf(items: PdfItem[]): Segment[] {
  const out: Segment[] = [];
  let cur: Segment | null = null;
  let last: PdfItem | undefined;
  let blank: PdfItem | undefined;
  for (const it of [...items].sort((a, b) => a.x - b.x)) {
    const right = it.x + Math.max(0, it.width);
    if (!it.text.trim()) {
      // Typed spaces, drawn right after the text before them: kept if the next piece is drawn right after them.
      const after = cur && last?.order !== undefined && it.order === last.order + 1;
      const typed = after && it.width <= SPACE_RUN_EM * it.size && Math.abs(it.x - cur!.right) <= WORD_GAP_EM * it.size;
      blank = typed ? it : undefined;
      continue;
    }
    if (
      cur &&
      blank &&
      it.order === blank.order! + 1 &&
      Math.abs(it.x - (blank.x + blank.width)) <= WORD_GAP_EM * it.size &&
      (SLOT_BEFORE.test(cur.text) || /^\s*\//.test(it.text))
    ) {
      const n = Math.min(6, Math.max(1, Math.round(blank.width / (0.25 * blank.size))));
      cur.text = cur.text.replace(/\s+$/, '') + TYPED_SPACE.repeat(n) + it.text.replace(/^\s+/, '');
      cur.right = Math.max(cur.right, right);
      cur.last = it.order;
      cur.size = Math.max(cur.size, it.size);
      last = it;
      blank = undefined;
      continue;
    }
    blank = undefined;
    // One after the other in the stream, maybe with a space item between.
    const drawnNext =
      it.order === undefined || last?.order === undefined || (it.order > last.order && it.order - last.order <= 2);
    const limit = (drawnNext ? COLUMN_GAP_EM : CELL_GAP_EM) * Math.max(cur?.size ?? 0, it.size);
    last = it;
    if (cur && it.x - cur.right <= limit) {
      const gap = it.x - cur.right;
      const spaced = /\s$/.test(cur.text) || /^\s/.test(it.text);
      cur.text += !spaced && gap > WORD_GAP_EM * it.size ? ` ${it.text}` : it.text;
      cur.right = Math.max(cur.right, right);
      cur.last = it.order;
      cur.size = Math.max(cur.size, it.size);
    } else {
      cur = { text: it.text, left: it.x, right, size: it.size, first: it.order, last: it.order };
      out.push(cur);
    }
  }
  for (const s of out)
    s.text = s.text
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/\ue000+$/, '')
      .replace(/ ?(\ue000+) ?/g, '$1')
      .replace(/\ue000/g, ' ');
  return out.filter((s) => s.text);
}

interface LineGroup {
  top: number;
  size: number;
  items: PdfItem[];
}

/**
 * Text drawn over text: a text box laid over the body ("QUY CHẾ PHỐI HỢP" under "TRƯỜNG MẦM NON
 * …"). Its pieces cross the body's on the same baseline, drawn at another point of the page's
 * content. Each run of pieces drawn one after the other goes on the first line it crosses
 * nothing on, so both lines are kept, each whole, the one drawn first first.
 */
function unstacked(g: LineGroup): LineGroup[] {
  const items = g.items.filter((it) => it.text.trim() && it.order !== undefined);
  const crosses = (a: PdfItem, b: PdfItem) =>
    Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 0.5 * Math.min(a.size, b.size);
  if (items.length < 2 || !items.some((a, i) => items.slice(i + 1).some((b) => crosses(a, b)))) return [g];
  const runs: PdfItem[][] = [];
  for (const it of [...g.items].sort((a, b) => (a.order ?? 0) - (b.order ?? 0))) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (last && it.order !== undefined && last.order !== undefined && it.order - last.order <= 2) run.push(it);
    else runs.push([it]);
  }
  const out: LineGroup[] = [];
  for (const run of runs) {
    // Of the lines it crosses nothing on, the one drawn nearest it (a box's next column with the box).
    const distance = (l: LineGroup) => Math.min(...l.items.map((b) => Math.abs((b.order ?? 0) - (run[0].order ?? 0))));
    const free = out
      .filter((l) => !run.some((a) => l.items.some((b) => crosses(a, b))))
      .sort((a, b) => distance(a) - distance(b))[0];
    if (free) free.items.push(...run);
    else out.push({ top: g.top, size: 0, items: [...run] });
  }
  for (const l of out) l.size = Math.max(...l.items.map((it) => it.size));
  return out;
}

/** One page's items → its lines, top to bottom. Blank and rotated items are left out. */
export function pageLines(page: PdfPage, pageNo: number): PageLine[] {
  const items = page.items
    .filter((it) => !it.rotated && it.size > 0 && (it.text.trim() || it.width > 0))
    .map((it) => ({ it, top: page.height - it.y }))
    .sort((a, b) => a.top - b.top || a.it.x - b.it.x);
  const groups: LineGroup[] = [];
  for (const { it, top } of items) {
    const g = groups[groups.length - 1];
    if (g && Math.abs(top - g.top) <= SAME_LINE_EM * Math.min(g.size, it.size)) {
      g.items.push(it);
      g.size = Math.max(g.size, it.size);
    } else groups.push({ top, size: it.size, items: [it] });
  }
  const lines = groups
    .flatMap(unstacked)
    .map((g) => {
      const segments = segmentsOf(g.items);
      return {
        page: pageNo,
        top: g.top,
        left: segments[0]?.left ?? 0,
        right: Math.max(0, ...segments.map((s) => s.right)),
        size: g.size,
        segments,
      };
    })
    .filter((l) => l.segments.length);
  return joinTabWraps(lines);
}

/**
 * A line of columns set with tabs whose last column ran past the margin: the word that did not
 * fit goes on alone where the line started ("CỘNG HÒA … VIỆT" over "NAM"), drawn right after it.
 * It is put back at the end of that column, as the .docx holds it in one paragraph. A paragraph
 * after a table's row looks the same, so the rest must be a few words that go on in the case the
 * column ended in ("VIỆT" → "NAM", "năm" → "2025"), and not a unit or a title of its own.
 */
const OWN_LINE = /^(?:TRƯỜNG|PHÒNG|UBND|ỦY BAN|UỶ BAN|SỞ|BỘ|QUYẾT ĐỊNH|QUY CHẾ|KẾ HOẠCH|CHƯƠNG|ĐIỀU|PHẦN)\b/u;
const capitals = (s: string) => {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length > 1 && letters === letters.toLocaleUpperCase('vi');
};
const goesOn = (end: string, rest: string) =>
  rest.split(' ').length <= 3 &&
  !OWN_LINE.test(rest) &&
  (/^[\p{Ll}\d]/u.test(rest) || (capitals(rest) && capitals(end.split(' ').pop() ?? '')));

function joinTabWraps(lines: PageLine[]): PageLine[] {
  const margin = Math.max(0, ...lines.map((l) => l.right));
  const out: PageLine[] = [];
  for (const l of lines) {
    const prev = out[out.length - 1];
    const end = prev?.segments[prev.segments.length - 1];
    const word = l.segments[0];
    const em = Math.max(l.size, prev?.size ?? 0);
    const wordWidth = ((word.right - word.left) * word.text.split(' ')[0].length) / Math.max(1, word.text.length);
    const wrapped =
      prev &&
      end &&
      prev.segments.length >= 2 &&
      l.segments.length === 1 &&
      end.last !== undefined &&
      word.first !== undefined &&
      word.first > end.last &&
      word.first - end.last <= 3 &&
      Math.abs(l.size - end.size) < 0.6 &&
      l.top - prev.top < 1.6 * em &&
      Math.abs(word.left - prev.left) <= em / 2 &&
      goesOn(end.text, word.text) &&
      end.right + 0.3 * em + wordWidth > margin - 0.5 * em;
    if (!wrapped) {
      out.push(l);
      continue;
    }
    end.text += ` ${word.text}`;
    end.last = word.last;
  }
  return out;
}

// "2", "- 2 -", "(2)", "Trang 2", "Trang 2/5", "2/5".
const PAGE_NUMBER = /^(?:trang\s*)?[-–(]?\s*\d{1,4}\s*[-–)]?(?:\s*(?:\/|trên)\s*\d{1,4})?$/iu;
/** The top and bottom margin, as a share of the page's height, where running headers and footers sit. */
const MARGIN_SHARE = 0.1;

/**
 * Lines in a page's top or bottom margin that are page numbers, or that repeat (digits aside)
 * in the margins of other pages: the running header and footer. Returned as their keys.
 */
function chromeLines(pages: PageLine[][], heights: number[]): Set<PageLine> {
  const inMargin = (l: PageLine) => {
    const h = heights[l.page - 1];
    return l.top < h * MARGIN_SHARE || l.top > h * (1 - MARGIN_SHARE);
  };
  const key = (l: PageLine) => lineText(l).replace(/\d+/g, '#').toLocaleLowerCase('vi');
  const seen = new Map<string, Set<number>>();
  for (const lines of pages)
    for (const l of lines.filter(inMargin)) {
      const k = key(l);
      seen.set(k, (seen.get(k) ?? new Set()).add(l.page));
    }
  const repeats = Math.max(2, Math.ceil(pages.length / 2));
  const candidate = (l: PageLine) =>
    inMargin(l) && (PAGE_NUMBER.test(lineText(l)) || (pages.length > 1 && seen.get(key(l))!.size >= repeats));
  const out = new Set<PageLine>();
  // From the page's edge inwards: the lines in its margin that may be chrome, as far as the last
  // that stands apart from the line after it (a table's header row repeated at the top of each
  // page runs straight on into the table, and is kept).
  const walk = (lines: PageLine[]) => {
    let k = 0;
    while (k < lines.length && candidate(lines[k])) k++;
    for (let j = k; j > 0; j--) {
      const next = lines[j];
      if (!next || Math.abs(next.top - lines[j - 1].top) > 1.5 * lines[j - 1].size) {
        for (const l of lines.slice(0, j)) out.add(l);
        return;
      }
    }
  };
  for (const lines of pages) {
    walk(lines);
    walk([...lines].reverse());
  }
  return out;
}

export interface DocumentLines {
  /** Every page's lines with the running header and footer taken out. */
  pages: PageLine[][];
  /** How many lines were set aside as page numbers, headers or footers. */
  setAside: number;
}

export function documentLines(pages: PdfPage[]): DocumentLines {
  const lines = pages.map((p, i) => pageLines(p, i + 1));
  const chrome = chromeLines(
    lines,
    pages.map((p) => p.height),
  );
  return { pages: lines.map((ls) => ls.filter((l) => !chrome.has(l))), setAside: chrome.size };
}
