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

/** Runs of dark pixels at least `minLength` long, along the rows (horizontal) or the columns of the image. */
function runs(img: GreyImage, horizontal: boolean, minLength: number): Segment[] {
  const { width, height, pixels } = img;
  const out: Segment[] = [];
  if (horizontal) {
    for (let y = 0; y < height; y++) {
      const row = y * width;
      let start = -1;
      for (let x = 0; x <= width; x++) {
        const dark = x < width && pixels[row + x] < DARK;
        if (dark && start < 0) start = x;
        else if (!dark && start >= 0) {
          if (x - start >= minLength) out.push({ a0: y, a1: y, b0: start, b1: x - 1 });
          start = -1;
        }
      }
    }
    return out;
  }
  // Column runs counted row after row (the pixels are stored by rows).
  const count = new Int32Array(width);
  for (let y = 0; y <= height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      if (y < height && pixels[row + x] < DARK) count[x]++;
      else {
        if (count[x] >= minLength) out.push({ a0: x, a1: x, b0: y - count[x], b1: y - 1 });
        count[x] = 0;
      }
    }
  }
  return out.sort((p, q) => p.a0 - q.a0 || p.b0 - q.b0);
}

/** Runs merged with their neighbours across (a rule is a few pixels thick) into rules. */
function rules(img: GreyImage, horizontal: boolean, minLength: number): Segment[] {
  const out: Segment[] = [];
  let open: Segment[] = [];
  let at = -1;
  let next: Segment[] = [];
  for (const r of runs(img, horizontal, minLength)) {
    if (r.a0 !== at) {
      open = r.a0 === at + 1 ? next : [];
      next = [];
      at = r.a0;
    }
    const prev = open.find((s) => s.b0 <= r.b1 && s.b1 >= r.b0);
    if (prev) {
      prev.a1 = r.a0;
      prev.b0 = Math.min(prev.b0, r.b0);
      prev.b1 = Math.max(prev.b1, r.b1);
      next.push(prev);
    } else {
      const s = { ...r };
      out.push(s);
      next.push(s);
    }
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
