// Linear-time scanning of the XML parts the readers need (worksheets, shared strings, Word
// numbering). Regular expressions such as /<row\b([^>]*?)>([\s\S]*?)<\/row>/g retry from every
// opening tag when the closing one is missing, so 200,000 unclosed tags in 30 KB take minutes.
// Here each search starts where the previous one ended: every byte is looked at a bounded
// number of times, and an element left open stops the scan with UnclosedTagError.

export class UnclosedTagError extends Error {
  constructor(readonly tag: string) {
    super(`<${tag}> is not closed`);
  }
}

export interface Tag {
  /** Where `<` is. */
  index: number;
  /** Just after `>`. */
  end: number;
  name: string;
  closing: boolean;
  selfClosing: boolean;
  /** The text between the name and `>` (attributes), without a final `/`. */
  attrs: string;
}

const isNameChar = (c: number) =>
  (c >= 0x61 && c <= 0x7a) ||
  (c >= 0x41 && c <= 0x5a) ||
  (c >= 0x30 && c <= 0x39) ||
  c === 0x3a ||
  c === 0x5f ||
  c === 0x2d ||
  c === 0x2e;

/** Every start, end or empty tag whose name is in `names`, in order; stops at a tag without `>`. */
export function* scanTags(xml: string, names: ReadonlySet<string>, from = 0, to = xml.length): Generator<Tag> {
  let pos = from;
  while (pos < to) {
    const lt = xml.indexOf('<', pos);
    if (lt < 0 || lt >= to) return;
    let p = lt + 1;
    const closing = xml.charCodeAt(p) === 0x2f;
    if (closing) p++;
    const start = p;
    while (p < to && isNameChar(xml.charCodeAt(p))) p++;
    const name = xml.slice(start, p);
    if (!names.has(name)) {
      pos = lt + 1;
      continue;
    }
    const gt = xml.indexOf('>', p);
    if (gt < 0 || gt >= to) return;
    const selfClosing = xml.charCodeAt(gt - 1) === 0x2f && gt - 1 >= p;
    yield { index: lt, end: gt + 1, name, closing, selfClosing, attrs: xml.slice(p, selfClosing ? gt - 1 : gt) };
    pos = gt + 1;
  }
}

export interface Element {
  /** Offsets of the whole element, from `<` to just after its closing `>`. */
  start: number;
  end: number;
  attrs: string;
  /** The content between the tags; '' for an empty element. */
  body: string;
  /** Offsets of the body in the text scanned. */
  bodyStart: number;
  bodyEnd: number;
}

/**
 * Every `<name …>…</name>` (or `<name/>`) in `xml`, not nested in itself. Throws
 * UnclosedTagError when one is never closed.
 */
export function* elements(xml: string, name: string, from = 0, to = xml.length): Generator<Element> {
  const names = new Set([name]);
  const close = `</${name}>`;
  let pos = from;
  for (;;) {
    let open: Tag | undefined;
    for (const tag of scanTags(xml, names, pos, to)) {
      if (!tag.closing) {
        open = tag;
        break;
      }
    }
    if (!open) return;
    if (open.selfClosing) {
      yield { start: open.index, end: open.end, attrs: open.attrs, body: '', bodyStart: open.end, bodyEnd: open.end };
      pos = open.end;
      continue;
    }
    const end = xml.indexOf(close, open.end);
    if (end < 0 || end + close.length > to) throw new UnclosedTagError(name);
    yield {
      start: open.index,
      end: end + close.length,
      attrs: open.attrs,
      body: xml.slice(open.end, end),
      bodyStart: open.end,
      bodyEnd: end,
    };
    pos = end + close.length;
  }
}

/** The first element of that name, or undefined. */
export function firstElement(xml: string, name: string): Element | undefined {
  for (const e of elements(xml, name)) return e;
  return undefined;
}

/** Start and empty tags of that name (attributes only). */
export function* startTags(xml: string, name: string): Generator<string> {
  for (const tag of scanTags(xml, new Set([name]))) if (!tag.closing) yield tag.attrs;
}

/** The text between the first `<open>` and the next `</close>` after it, or undefined. */
export function between(xml: string, open: string, close: string): string | undefined {
  const a = xml.indexOf(open);
  if (a < 0) return undefined;
  const b = xml.indexOf(close, a + open.length);
  return b < 0 ? undefined : xml.slice(a + open.length, b);
}

const ATTRIBUTE = new Map<string, RegExp>();

/** An attribute's raw value in a tag's attribute text (no entity decoding). */
export function rawAttr(attrs: string, name: string): string | undefined {
  let re = ATTRIBUTE.get(name);
  // `"[^"]*"` cannot backtrack past the next quote: linear in the tag.
  if (!re) ATTRIBUTE.set(name, (re = new RegExp(`(?:^|\\s)${name.replace(/[.:]/g, '\\$&')}="([^"]*)"`)));
  return re.exec(attrs)?.[1];
}
