// A small DER/BER reader for what a PDF signature holds (CMS SignedData, X.509 certificates):
// tag, length, children, OIDs, strings and times, read in place over the bytes. pkijs + asn1js
// build a full object tree and copy buffers at every node (some 15 ms a signature); verify needs
// a dozen fields, so it walks to them directly. Every read is bounds-checked: a hostile length
// throws DerError, never reads past the buffer.
export class DerError extends Error {}

export interface DerNode {
  tag: number;
  /** Offset of the tag byte. */
  start: number;
  /** Offset of the content. */
  body: number;
  /** Offset just past the node (past its end-of-contents marker when of indefinite length). */
  end: number;
  /** Offset just past the content. */
  bodyEnd: number;
}

const MAX_DEPTH = 64;

export function readNode(buf: Uint8Array, at: number, limit = buf.length, depth = 0): DerNode {
  if (depth > MAX_DEPTH) throw new DerError('too deep');
  if (at + 2 > limit) throw new DerError('truncated');
  const tag = buf[at];
  if ((tag & 0x1f) === 0x1f) throw new DerError('high tag');
  let p = at + 1;
  const first = buf[p++];
  if (first === 0x80) {
    // BER indefinite length: children up to the end-of-contents marker.
    if (!(tag & 0x20)) throw new DerError('indefinite primitive');
    let q = p;
    while (q + 2 <= limit && !(buf[q] === 0 && buf[q + 1] === 0)) q = readNode(buf, q, limit, depth + 1).end;
    if (q + 2 > limit) throw new DerError('no end-of-contents');
    return { tag, start: at, body: p, bodyEnd: q, end: q + 2 };
  }
  let len = first;
  if (first & 0x80) {
    const n = first & 0x7f;
    if (n > 4 || p + n > limit) throw new DerError('bad length');
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + buf[p++];
  }
  if (p + len > limit) throw new DerError('truncated');
  return { tag, start: at, body: p, bodyEnd: p + len, end: p + len };
}

export function children(buf: Uint8Array, node: DerNode, depth = 0): DerNode[] {
  const out: DerNode[] = [];
  for (let p = node.body; p < node.bodyEnd;) {
    const child = readNode(buf, p, node.bodyEnd, depth + 1);
    out.push(child);
    p = child.end;
  }
  return out;
}

export const bytesOf = (buf: Uint8Array, n: DerNode) => buf.subarray(n.body, n.bodyEnd);
export const rawOf = (buf: Uint8Array, n: DerNode) => buf.subarray(n.start, n.end);

export function oid(buf: Uint8Array, n: DerNode): string {
  if (n.tag !== 0x06) throw new DerError('not an OID');
  const parts: number[] = [];
  let value = 0;
  for (let i = n.body; i < n.bodyEnd; i++) {
    value = value * 128 + (buf[i] & 0x7f);
    if (!(buf[i] & 0x80)) {
      if (parts.length === 0) parts.push(value < 80 ? Math.floor(value / 40) : 2, value < 80 ? value % 40 : value - 80);
      else parts.push(value);
      value = 0;
    }
  }
  return parts.join('.');
}

function utf8(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length;) {
    const c = b[i++];
    let cp = c;
    if (c >= 0xf0) {
      cp = ((c & 0x07) << 18) | ((b[i] & 0x3f) << 12) | ((b[i + 1] & 0x3f) << 6) | (b[i + 2] & 0x3f);
      i += 3;
    } else if (c >= 0xe0) {
      cp = ((c & 0x0f) << 12) | ((b[i] & 0x3f) << 6) | (b[i + 1] & 0x3f);
      i += 2;
    } else if (c >= 0xc0) {
      cp = ((c & 0x1f) << 6) | (b[i] & 0x3f);
      i += 1;
    }
    s += String.fromCodePoint(cp > 0x10ffff ? 0xfffd : cp);
  }
  return s;
}

/** A directory string: UTF8String, BMPString, UniversalString, or a one-byte string type. */
export function text(buf: Uint8Array, n: DerNode, max = Infinity): string {
  const b = buf.subarray(n.body, Math.min(n.bodyEnd, n.body + max));
  if (n.tag === 0x0c) return utf8(b);
  let s = '';
  if (n.tag === 0x1e) for (let i = 0; i + 1 < b.length; i += 2) s += String.fromCharCode((b[i] << 8) | b[i + 1]);
  else if (n.tag === 0x1c)
    for (let i = 0; i + 3 < b.length; i += 4)
      s += String.fromCodePoint(Math.min(0x10ffff, ((b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]) >>> 0));
  else for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]);
  return s;
}

/** UTCTime or GeneralizedTime as a Date, or null. */
export function time(buf: Uint8Array, n: DerNode): Date | null {
  const s = text(buf, { ...n, tag: 0x13 });
  const m =
    n.tag === 0x17
      ? /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?Z$/.exec(s)
      : n.tag === 0x18
        ? /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?(?:\.\d+)?Z$/.exec(s)
        : null;
  if (!m) return null;
  let year = Number(m[1]);
  if (n.tag === 0x17) year += year < 50 ? 2000 : 1900;
  return new Date(Date.UTC(year, Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0)));
}

export const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);
