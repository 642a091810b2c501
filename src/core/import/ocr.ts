// A scanned PDF read through OCR (issue 28): tesseract's TSV output of each page → lines of text
// for the importer, with the page each line came from and how many characters tesseract was
// unsure of. Pure: the host renders the pages and runs tesseract (src/node/scanned-pdf.ts).
// Every value read this way is a reading of a picture, never the document's own text, so every
// one of them is marked "Kiểm tra lại" with its page (markOcr, ocrNotes, ocrJson).
import type { TableGrid } from './ocr-tables';

/** A word as tesseract gives it (TSV level 5), in pixels of the rendered page. */
export interface OcrWord {
  text: string;
  /** 0–100, tesseract's confidence in the word. */
  conf: number;
  left: number;
  top: number;
  width: number;
  height: number;
  /** tesseract's own line (block, paragraph, line) the word is in. */
  lineKey: string;
}

/** Below this confidence, tesseract's reading of a word is counted as unsure. */
export const UNSURE_BELOW = 80;

/** The words of one page's TSV (`tesseract … tsv`); the header and non-word rows are skipped. */
export function parseTesseractTsv(tsv: string): OcrWord[] {
  const words: OcrWord[] = [];
  for (const row of tsv.split(/\r?\n/)) {
    const c = row.split('\t');
    if (c.length < 12 || c[0] !== '5') continue;
    const text = c.slice(11).join('\t').trim();
    if (!text) continue;
    const [left, top, width, height, conf] = c.slice(6, 11).map(Number);
    if (![left, top, width, height, conf].every(Number.isFinite)) continue;
    words.push({ text, conf, left, top, width, height, lineKey: `${c[2]}.${c[3]}.${c[4]}` });
  }
  return words;
}

export interface OcrPage {
  /** The page's lines, top to bottom; two columns side by side are joined by a tab. */
  lines: string[];
  /** Letters and digits read on the page. */
  characters: number;
  /** Those in words tesseract was unsure of (confidence below UNSURE_BELOW). */
  unsure: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : 0;
};
const countChars = (s: string) => (s.match(/[\p{L}\p{N}]/gu) ?? []).length;

interface Row {
  top: number;
  bottom: number;
  words: OcrWord[];
}

/** Words → rows of words at the same height, top to bottom (tesseract's lines, joined across columns). */
function rowsOf(words: OcrWord[]): Row[] {
  const byLine = new Map<string, OcrWord[]>();
  for (const w of words) byLine.set(w.lineKey, [...(byLine.get(w.lineKey) ?? []), w]);
  const lines = [...byLine.values()].map((ws) => ({
    top: Math.min(...ws.map((w) => w.top)),
    bottom: Math.max(...ws.map((w) => w.top + w.height)),
    words: ws,
  }));
  lines.sort((a, b) => a.top + a.bottom - (b.top + b.bottom));
  const rows: Row[] = [];
  for (const l of lines) {
    const mid = (l.top + l.bottom) / 2;
    const row = rows.find((r) => {
      const rowMid = (r.top + r.bottom) / 2;
      return mid > r.top && mid < r.bottom && rowMid > l.top && rowMid < l.bottom;
    });
    if (row) {
      row.words.push(...l.words);
      row.top = Math.min(row.top, l.top);
      row.bottom = Math.max(row.bottom, l.bottom);
    } else rows.push({ ...l, words: [...l.words] });
  }
  for (const r of rows) r.words.sort((a, b) => a.left - b.left);
  return rows.sort((a, b) => a.top - b.top);
}

const rightOf = (r: Row) => Math.max(...r.words.map((w) => w.left + w.width));

/**
 * A cell's text: its lines rejoined where the text only wrapped, and parted by "<br>" where a line
 * stopped short of the cell's edge although its next word would have fitted (a new paragraph:
 * a second body in the Phối hợp column).
 */
function cellText(words: OcrWord[], right: number, space: number): string {
  const rows = rowsOf(words);
  let text = '';
  rows.forEach((r, i) => {
    const line = r.words.map((w) => w.text).join(' ');
    if (i === 0) text = line;
    else {
      const room = right - rightOf(rows[i - 1]);
      text += (room > r.words[0].width + space ? '<br>' : ' ') + line;
    }
  });
  return text;
}

const inside = (w: OcrWord, t: { top: number; bottom: number; left: number; right: number }) => {
  const [x, y] = [w.left + w.width / 2, w.top + w.height / 2];
  return x > t.left && x < t.right && y > t.top && y < t.bottom;
};

// A list's bullet is a mark tesseract is often unsure of, and a line's meaning ("- Lưu: VT.").
const BULLET = /^[-–—+•*]$/;
const LETTER = /[\p{Lu}\p{Ll}\p{Lo}\p{N}]/gu;
/**
 * A speck read as a word: far smaller than a letter, or tesseract unsure of a "word" that is
 * mostly marks ("Ô„„", "…").
 */
const isSpeck = (w: OcrWord, h: number) =>
  !BULLET.test(w.text) &&
  ((w.height < 0.4 * h && w.width < 0.6 * h) ||
    (w.conf < UNSURE_BELOW && (w.text.match(LETTER)?.length ?? 0) * 2 < [...w.text].length));
// Marks no word starts with: a speck tesseract joined to the word beside it (".Phụ").
const LEADING_SPECK = /^[.,:;`'^ˆ~„‚¸˛]+(?=\p{L})/u;
const PAGE_NUMBER = /^[-–(]?\s*\d{1,3}\s*[-–)]?$/;

interface Placed {
  top: number;
  text: string;
  /** A line of one column: where it ends and how wide its first word is. */
  prose?: { end: number; first: number };
}

// A line that opens a paragraph of its own, whatever the line above it: a bullet, a number, an article.
const OPENS =
  /^(?:[-–+•*]\s|\d+(?:\.\d+)*[.)]\s|[a-zđ][.)]\s|(?:Điều|Chương|Mục|Phần)\s+[\dIVXLC]|Căn cứ\s|Nơi nhận)/iu;

/**
 * The page's lines with the lines that only wrapped joined again, as the document's paragraphs:
 * a line runs on when the line above it reaches the text's right edge (its first word would not
 * have fitted there), unless it opens a paragraph of its own or the line above ends a sentence
 * before a capital (a colon does not: "… trên quan điểm:" runs on into its sentence).
 */
function unwrap(placed: Placed[], right: number, h: number): string[] {
  const out: string[] = [];
  let prev: Placed | undefined;
  for (const p of placed) {
    const runsOn =
      prev?.prose &&
      p.prose &&
      right - prev.prose.end < p.prose.first + h &&
      !OPENS.test(p.text) &&
      !(/[.;!?]$/.test(out[out.length - 1]) && /^\p{Lu}/u.test(p.text));
    if (runsOn) out[out.length - 1] += ` ${p.text}`;
    else out.push(p.text);
    prev = p;
  }
  return out;
}

/**
 * One page's words → its lines. tesseract may read the two columns of the heading or of the
 * signatures as separate blocks; the lines are rebuilt from positions instead: tesseract's lines
 * that sit at the same height form one row, and a gap much wider than a space between two words
 * of a row (a column) becomes a tab, as the importer reads a padded line. The words inside a ruled
 * table (ocr-tables.ts) go to their cells, each row one line "| a | b |". The page number printed
 * alone above or below the text is set aside, as are specks read as marks.
 */
export function pageFromWords(all: OcrWord[], tables: TableGrid[] = []): OcrPage {
  const usual = median(all.map((w) => w.height));
  const words = all
    .filter((w) => !isSpeck(w, usual))
    .map((w) =>
      w.conf < UNSURE_BELOW && LEADING_SPECK.test(w.text) ? { ...w, text: w.text.replace(LEADING_SPECK, '') } : w,
    );
  const h = median(words.map((w) => w.height));
  // A column gap: several times the height of the page's usual word (a space is a third of it).
  const gap = 2.5 * h;
  const placed: Placed[] = [];
  const free: OcrWord[] = [];
  const cells = new Map<string, OcrWord[]>();
  for (const w of words) {
    const t = tables.findIndex((g) => inside(w, g));
    if (t < 0) {
      free.push(w);
      continue;
    }
    const y = w.top + w.height / 2;
    const x = w.left + w.width / 2;
    const r = tables[t].rows.findIndex((row) => y >= row.top && y < row.bottom);
    const cols = tables[t].rows[Math.max(r, 0)].cols;
    const c = Math.max(
      0,
      cols.findIndex((cx, k) => k + 1 < cols.length && x >= cx && x < cols[k + 1]),
    );
    const key = `${t}.${Math.max(r, 0)}.${c}`;
    cells.set(key, [...(cells.get(key) ?? []), w]);
  }
  tables.forEach((g, t) => {
    // The cells' inner margin: the least room any cell leaves right of its words.
    let pad = Infinity;
    g.rows.forEach((row, r) =>
      row.cols.slice(0, -1).forEach((_, c) => {
        const ws = cells.get(`${t}.${r}.${c}`);
        if (ws) pad = Math.min(pad, row.cols[c + 1] - Math.max(...ws.map((w) => w.left + w.width)));
      }),
    );
    pad = Number.isFinite(pad) ? Math.max(0, pad) : 0;
    g.rows.forEach((row, r) => {
      const texts = row.cols
        .slice(0, -1)
        .map((_, c) => {
          const ws = cells.get(`${t}.${r}.${c}`);
          return ws ? cellText(ws, row.cols[c + 1] - pad, h / 3) : '';
        })
        .map((s) => s.replace(/\|/g, ' ').trim());
      if (texts.some(Boolean)) placed.push({ top: row.top, text: `| ${texts.join(' | ')} |` });
    });
  });
  // Each row in its columns (runs of words parted by a gap).
  const right = Math.max(0, ...free.map((w) => w.left + w.width));
  let last: OcrWord[][] | null = null;
  let lastEnd = 0;
  for (const r of rowsOf(free)) {
    const parts: OcrWord[][] = [[r.words[0]]];
    for (let i = 1; i < r.words.length; i++) {
      const prev = r.words[i - 1];
      if (r.words[i].left - (prev.left + prev.width) > gap) parts.push([]);
      parts[parts.length - 1].push(r.words[i]);
    }
    // A line of the right column that only wrapped ("TM. BAN CHẤP HÀNH CÔNG ĐOÀN" / "CƠ SỞ"):
    // its first word would not have fitted on the line above, which reaches the column's edge.
    const above = last?.[last.length - 1];
    if (last && above && last.length > 1 && parts.length === 1 && parts[0][0].left >= last[1][0].left - gap) {
      if (right - lastEnd < parts[0][0].width + h) {
        above.push(...parts[0]);
        lastEnd = Math.max(...parts[0].map((w) => w.left + w.width));
        placed[placed.length - 1].text = last.map((p) => p.map((w) => w.text).join(' ')).join('\t');
        continue;
      }
    }
    const one = parts.length === 1 ? parts[0] : null;
    placed.push({
      top: r.top,
      text: parts.map((p) => p.map((w) => w.text).join(' ')).join('\t'),
      prose: one ? { end: Math.max(...one.map((w) => w.left + w.width)), first: one[0].width } : undefined,
    });
    last = parts;
    lastEnd = Math.max(...parts[parts.length - 1].map((w) => w.left + w.width));
  }
  placed.sort((a, b) => a.top - b.top);
  const lines = unwrap(placed, right, h);
  if (lines.length && PAGE_NUMBER.test(lines[0])) lines.shift();
  if (lines.length && PAGE_NUMBER.test(lines[lines.length - 1])) lines.pop();
  return {
    lines,
    characters: words.reduce((n, w) => n + countChars(w.text), 0),
    unsure: words.filter((w) => w.conf < UNSURE_BELOW).reduce((n, w) => n + countChars(w.text), 0),
  };
}

/** Where a line of the joined text came from: its page and its line on that page (1-based). */
export interface PageLine {
  page: number;
  line: number;
}

export interface OcrText {
  text: string;
  /** `origins[n - 1]` is where line n of `text` came from. */
  origins: PageLine[];
  pages: number;
  characters: number;
  unsure: number;
}

/** The pages' lines one after the other (a paragraph may run on over a page break). */
export function joinPages(pages: OcrPage[]): OcrText {
  const lines: string[] = [];
  const origins: PageLine[] = [];
  // A table running over a page break repeats its header row on the next page: read once.
  const key = (l: string) => l.toLocaleLowerCase('vi').replace(/[^\p{L}\p{N}]/gu, '');
  const headers = new Set<string>();
  pages.forEach((p, i) => {
    const first = p.lines.findIndex((l) => l.startsWith('| '));
    p.lines.forEach((l, k) => {
      if (k === first && headers.has(key(l))) return;
      lines.push(l);
      origins.push({ page: i + 1, line: k + 1 });
    });
    if (first >= 0) headers.add(key(p.lines[first]));
  });
  return {
    text: lines.join('\n'),
    origins,
    pages: pages.length,
    characters: pages.reduce((n, p) => n + p.characters, 0),
    unsure: pages.reduce((n, p) => n + p.unsure, 0),
  };
}

/** Where line `n` of the joined text came from (its last page when past the end). */
export function originOf(ocr: Pick<OcrText, 'origins'>, n: number): PageLine {
  return ocr.origins[Math.min(Math.max(n, 1), ocr.origins.length) - 1] ?? { page: 1, line: n };
}
