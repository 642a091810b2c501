// The signature dictionaries of a PDF, found in its bytes: every object holding a /ByteRange and
// a /Contents, in the original file and in each incremental update (a signature dictionary is
// never in a compressed object stream, or its byte offsets would mean nothing). Also the chain of
// cross-reference sections through /Prev, so that a loop of updates is named, not followed.

/** Limits no real regulation comes near; past them the file is refused with one line. */
export const SCAN_LIMITS = {
  signatures: 100,
  /** Hex digits of one /Contents (a signature with its chain and timestamps is well under 64 KB). */
  contentsHex: 4 * 1024 * 1024,
  /** /Prev links followed. */
  updates: 1000,
};

export type FieldProblem =
  | { kind: 'byteRangeMalformed'; detail: string }
  | { kind: 'byteRangeOutside'; end: number; size: number }
  | { kind: 'contentsMalformed' };

export interface SignatureField {
  /** Offset of the /ByteRange key, for messages. */
  at: number;
  byteRange: number[];
  /** The signature's DER bytes (CMS), padding left on. */
  contents: Uint8Array;
  /** /M as written (PDF date), or null. */
  pdfDate: string | null;
  subFilter: string | null;
  problem: FieldProblem | null;
}

export type ScanResult =
  | { ok: true; fields: SignatureField[]; size: number }
  | { ok: false; problem: 'notPdf' }
  | { ok: false; problem: 'tooManySignatures'; count: number; limit: number }
  | { ok: false; problem: 'updateLoop'; offset: number };

const ascii = (s: string) => Array.from(s, (c) => c.charCodeAt(0));
const BYTE_RANGE = ascii('/ByteRange');
const OBJ = ascii('obj');
const ENDOBJ = ascii('endobj');
const TRAILER = ascii('trailer');

function indexOf(bytes: Uint8Array, needle: number[], from: number, to = bytes.length): number {
  for (let i = bytes.indexOf(needle[0], from); i >= 0 && i <= to - needle.length; i = bytes.indexOf(needle[0], i + 1)) {
    let k = 1;
    while (k < needle.length && bytes[i + k] === needle[k]) k++;
    if (k === needle.length) return i;
  }
  return -1;
}

function lastIndexOf(bytes: Uint8Array, needle: number[], before: number, notBefore: number): number {
  for (let i = bytes.lastIndexOf(needle[0], before); i >= notBefore; i = bytes.lastIndexOf(needle[0], i - 1)) {
    let k = 1;
    while (k < needle.length && bytes[i + k] === needle[k]) k++;
    if (k === needle.length) return i;
    if (i === 0) break;
  }
  return -1;
}

const latin1 = (bytes: Uint8Array, from: number, to: number) => {
  let s = '';
  for (let i = from; i < to; i += 8192) s += String.fromCharCode(...bytes.subarray(i, Math.min(to, i + 8192)));
  return s;
};

/** How far back or forward the object around a /ByteRange is looked for. */
const OBJECT_REACH = 64 * 1024;

const HEX: Int8Array = (() => {
  const t = new Int8Array(256).fill(-1);
  for (let i = 0; i < 10; i++) t[48 + i] = i;
  for (let i = 0; i < 6; i++) t[65 + i] = t[97 + i] = 10 + i;
  return t;
})();
const isSpace = (b: number) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09 || b === 0x0c || b === 0x00;

/** The bytes of a hex string between `from` and `to` (white space skipped), or null when it is not hex. */
function hexBytes(bytes: Uint8Array, from: number, to: number): Uint8Array | null {
  const out = new Uint8Array((to - from + 1) >> 1);
  let n = 0;
  let high = -1;
  for (let i = from; i < to; i++) {
    const b = bytes[i];
    const v = HEX[b];
    if (v < 0) {
      if (isSpace(b)) continue;
      return null;
    }
    if (high < 0) high = v;
    else {
      out[n++] = (high << 4) | v;
      high = -1;
    }
  }
  if (high >= 0) out[n++] = high << 4;
  return out.subarray(0, n);
}

const CONTENTS = ascii('/Contents');

/** The /Contents hex string of the object [objStart, objEnd): offsets of its '<' and past its '>'. */
function contentsHole(bytes: Uint8Array, objStart: number, objEnd: number): { open: number; close: number } | null {
  for (let at = indexOf(bytes, CONTENTS, objStart, objEnd); at >= 0; at = indexOf(bytes, CONTENTS, at + 1, objEnd)) {
    let p = at + CONTENTS.length;
    while (p < objEnd && isSpace(bytes[p])) p++;
    if (bytes[p] !== 0x3c || bytes[p + 1] === 0x3c) continue;
    const close = bytes.indexOf(0x3e, p);
    if (close < 0 || close >= objEnd) return null;
    return { open: p, close: close + 1 };
  }
  return null;
}

function readField(bytes: Uint8Array, at: number): SignatureField {
  const size = bytes.length;
  const objStart = Math.max(lastIndexOf(bytes, OBJ, at, Math.max(0, at - OBJECT_REACH)), 0);
  let objEnd = indexOf(bytes, ENDOBJ, at, Math.min(size, at + SCAN_LIMITS.contentsHex + OBJECT_REACH));
  if (objEnd < 0) objEnd = Math.min(size, at + SCAN_LIMITS.contentsHex + OBJECT_REACH);
  const hole = contentsHole(bytes, objStart, objEnd);
  // The dictionary's text without its long hex string.
  const text = hole
    ? latin1(bytes, objStart, hole.open + 1) + latin1(bytes, hole.close - 1, objEnd)
    : latin1(bytes, objStart, Math.min(objEnd, objStart + OBJECT_REACH));
  const local = at - objStart;
  const field: SignatureField = {
    at,
    byteRange: [],
    contents: new Uint8Array(0),
    pdfDate: null,
    subFilter: null,
    problem: null,
  };
  const range = /^\/ByteRange\s*\[([^\]]{0,200})\]/.exec(text.slice(local, local + 220));
  const numbers = range ? range[1].trim().split(/\s+/) : [];
  const values = numbers.map((n) => (/^\d{1,15}$/.test(n) ? Number(n) : NaN));
  field.byteRange = values.filter((v) => Number.isFinite(v));
  field.pdfDate = /\/M\s*\(((?:[^()\\]|\\.){0,64})\)/.exec(text)?.[1] ?? null;
  field.subFilter = /\/SubFilter\s*\/([A-Za-z0-9.#_-]{1,64})/.exec(text)?.[1] ?? null;
  if (!range || values.length !== 4 || values.some((v) => !Number.isFinite(v))) {
    field.problem = { kind: 'byteRangeMalformed', detail: range ? `[${range[1].trim().slice(0, 60)}]` : '—' };
    return field;
  }
  const [a, b, c, d] = values;
  if (c + d > size || a + b > size) {
    field.problem = { kind: 'byteRangeOutside', end: Math.max(c + d, a + b), size };
    return field;
  }
  if (!hole || hole.close - hole.open > SCAN_LIMITS.contentsHex) {
    field.problem = { kind: 'contentsMalformed' };
    return field;
  }
  // The hole the byte range leaves must be exactly this dictionary's /Contents string.
  if (a !== 0 || b <= 0 || a + b !== hole.open || c !== hole.close) {
    field.problem = { kind: 'byteRangeMalformed', detail: `[${a} ${b} ${c} ${d}]` };
    return field;
  }
  const der = hexBytes(bytes, hole.open + 1, hole.close - 1);
  if (!der || der.length === 0) field.problem = { kind: 'contentsMalformed' };
  else field.contents = der;
  return field;
}

/** startxref → /Prev → …: a section visited twice is a loop of updates. */
function prevLoop(bytes: Uint8Array): number | null {
  const tail = latin1(bytes, Math.max(0, bytes.length - 2048), bytes.length);
  const start = /startxref\s+(\d{1,15})\s+%%EOF\s*$/.exec(tail) ?? /startxref\s+(\d{1,15})/.exec(tail);
  let offset = start ? Number(start[1]) : -1;
  const seen = new Set<number>();
  for (let n = 0; offset >= 0 && offset < bytes.length && n < SCAN_LIMITS.updates; n++) {
    if (seen.has(offset)) return offset;
    seen.add(offset);
    // A table's trailer follows it; a cross-reference stream's dictionary is its own.
    const head = latin1(bytes, offset, Math.min(bytes.length, offset + 4));
    const trailer = head === 'xref' ? indexOf(bytes, TRAILER, offset) : offset;
    if (trailer < 0) return null;
    const dict = latin1(bytes, trailer, Math.min(bytes.length, trailer + 4096));
    const prev = /\/Prev\s+(\d{1,15})/.exec(dict.slice(0, dict.search(/>>|stream/) + 2 || 4096));
    offset = prev ? Number(prev[1]) : -1;
  }
  return null;
}

/** Every offset of `needle` (Boyer–Moore–Horspool: on compressed streams it looks at one byte in ten). */
function findAll(bytes: Uint8Array, needle: number[], limit: number): number[] {
  const m = needle.length;
  const shift = new Int32Array(256).fill(m);
  for (let i = 0; i < m - 1; i++) shift[needle[i]] = m - 1 - i;
  const last = needle[m - 1];
  const out: number[] = [];
  for (let i = m - 1; i < bytes.length;) {
    const b = bytes[i];
    if (b === last) {
      let k = 1;
      while (k < m && bytes[i - k] === needle[m - 1 - k]) k++;
      if (k === m) {
        out.push(i - m + 1);
        if (out.length > limit) return out;
      }
    }
    i += shift[b];
  }
  return out;
}

export function scanSignatures(bytes: Uint8Array): ScanResult {
  if (indexOf(bytes, ascii('%PDF-'), 0, Math.min(bytes.length, 1024)) < 0) return { ok: false, problem: 'notPdf' };
  const loop = prevLoop(bytes);
  if (loop !== null) return { ok: false, problem: 'updateLoop', offset: loop };
  const positions = findAll(bytes, BYTE_RANGE, 100_000);
  if (positions.length > SCAN_LIMITS.signatures)
    return { ok: false, problem: 'tooManySignatures', count: positions.length, limit: SCAN_LIMITS.signatures };
  const fields = positions.map((at) => readField(bytes, at));
  // Signing order: a later signature's range reaches further into the file.
  const end = (f: SignatureField) => (f.byteRange.length === 4 ? f.byteRange[2] + f.byteRange[3] : f.at);
  fields.sort((x, y) => end(x) - end(y));
  return { ok: true, fields, size: bytes.length };
}
