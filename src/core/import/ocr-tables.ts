// The ruled tables of a scanned page (the Phân công appendix), found from the page's own rules:
// long dark horizontal lines joined by vertical ones. tesseract reads a table's words but not its
// cells, so its rows would come out as a jumble; with the grid, each word goes to its cell and each
// row is written as the importer reads a table row ("| a | b |"). Pure: the host hands over the
// grey pixels of the rendered page.

export interface GreyImage {
  width: number;
  height: number;
  /** One byte a pixel, 0 black to 255 white, row after row. */
  pixels: Uint8Array;
}

/** One band of a table between two horizontal rules, and the x of the rules that cross it. */
export interface TableRow {
  top: number;
  bottom: number;
  /** Left to right, the outer rules included: cell k lies between cols[k] and cols[k + 1]. */
  cols: number[];
}

export interface TableGrid {
  top: number;
  bottom: number;
  left: number;
  right: number;
  rows: TableRow[];
}

interface Segment {
  /** Across the rule: y of a horizontal one, x of a vertical one (first and last pixel). */
  a0: number;
  a1: number;
  /** Along the rule. */
  b0: number;
  b1: number;
}

const DARK = 160;

/** Runs of dark pixels along each line of the image, merged with their neighbours into rules. */
function rules(img: GreyImage, horizontal: boolean, minLength: number): Segment[] {
  const { width, height, pixels } = img;
  const [across, along] = horizontal ? [height, width] : [width, height];
  const at = horizontal
    ? (a: number, b: number) => pixels[a * width + b]
    : (a: number, b: number) => pixels[b * width + a];
  const out: Segment[] = [];
  let open: Segment[] = [];
  for (let a = 0; a < across; a++) {
    const next: Segment[] = [];
    let start = -1;
    for (let b = 0; b <= along; b++) {
      const dark = b < along && at(a, b) < DARK;
      if (dark && start < 0) start = b;
      else if (!dark && start >= 0) {
        if (b - start >= minLength) {
          const prev = open.find((s) => s.b0 < b && s.b1 > start);
          if (prev) {
            prev.a1 = a;
            prev.b0 = Math.min(prev.b0, start);
            prev.b1 = Math.max(prev.b1, b - 1);
            next.push(prev);
          } else {
            const s = { a0: a, a1: a, b0: start, b1: b - 1 };
            out.push(s);
            next.push(s);
          }
        }
        start = -1;
      }
    }
    open = next;
  }
  return out;
}

/** The tables of a page: bands between horizontal rules that at least two vertical rules cross. */
export function findTables(img: GreyImage): TableGrid[] {
  // A table rule runs over a good part of the page; a letter's stroke is far shorter than a row.
  const hs = rules(img, true, Math.round(img.width * 0.12)).sort((p, q) => p.a0 - q.a0);
  const vs = rules(img, false, Math.round(img.height * 0.015));
  const tol = Math.max(6, Math.round(img.height * 0.003));
  const mid = (s: Segment) => (s.a0 + s.a1) / 2;
  const tables: TableGrid[] = [];
  let current: TableGrid | null = null;
  for (let i = 0; i + 1 < hs.length; i++) {
    const [upper, lower] = [hs[i], hs[i + 1]];
    const left = Math.max(upper.b0, lower.b0);
    const right = Math.min(upper.b1, lower.b1);
    const cols = vs
      .filter((v) => mid(v) >= left - tol && mid(v) <= right + tol && v.b0 <= upper.a1 + tol && v.b1 >= lower.a0 - tol)
      .map(mid)
      .sort((p, q) => p - q)
      .filter((x, k, xs) => k === 0 || x - xs[k - 1] > tol);
    if (right - left <= 0 || cols.length < 2 || lower.a0 - upper.a1 < tol) {
      current = null;
      continue;
    }
    const row: TableRow = { top: mid(upper), bottom: mid(lower), cols };
    if (current && current.bottom === row.top) {
      current.rows.push(row);
      current.bottom = row.bottom;
      current.left = Math.min(current.left, cols[0]);
      current.right = Math.max(current.right, cols[cols.length - 1]);
    } else {
      current = { top: row.top, bottom: row.bottom, left: cols[0], right: cols[cols.length - 1], rows: [row] };
      tables.push(current);
    }
  }
  return tables;
}

/** Reads a grey PGM (P5, 8 bits), as `pdftoppm -gray` writes it. */
export function readPgm(bytes: Uint8Array): GreyImage | null {
  let pos = 0;
  const fields: number[] = [];
  const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
  if (bytes[0] !== 0x50 || bytes[1] !== 0x35) return null;
  pos = 2;
  while (fields.length < 3 && pos < bytes.length) {
    while (pos < bytes.length && isSpace(bytes[pos])) pos++;
    if (bytes[pos] === 0x23) {
      while (pos < bytes.length && bytes[pos] !== 0x0a) pos++;
      continue;
    }
    let n = 0;
    let digits = 0;
    while (pos < bytes.length && bytes[pos] >= 0x30 && bytes[pos] <= 0x39) {
      n = n * 10 + bytes[pos++] - 0x30;
      digits++;
    }
    if (!digits) return null;
    fields.push(n);
  }
  const [width, height, max] = fields;
  pos++;
  if (!width || !height || max !== 255 || bytes.length - pos < width * height) return null;
  return { width, height, pixels: bytes.subarray(pos, pos + width * height) };
}
