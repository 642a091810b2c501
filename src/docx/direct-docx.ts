// word/document.xml read straight into the tree mammoth would give (paragraphs, runs, text, tabs,
// breaks, tables with their merged cells), for the documents made only of those: what Word, the
// `docx` package and our own export write for a regulation. mammoth parses the whole XML into a
// DOM first (xmldom), which was most of the time spent reading an exported 1,000-clause
// regulation. Anything else in the body (tracked changes, fields, hyperlinks, content controls,
// text boxes, alternate content, comments, declarations) gives null, and mammoth reads the file
// as before: the tree is the same either way (test/docx/direct-docx.test.ts compares them).

/** The part of mammoth's document model read-docx.ts walks. */
export interface WordElement {
  type: string;
  value?: string;
  font?: string | null;
  styleId?: string | null;
  colSpan?: number;
  rowSpan?: number;
  isAllCaps?: boolean;
  isSmallCaps?: boolean;
  children?: WordElement[];
}

interface Cell extends WordElement {
  vMerge?: boolean | null;
}

const W_MAIN = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
/** Elements mammoth ignores with everything inside them. */
const IGNORED = new Set([
  'w:bookmarkStart',
  'w:bookmarkEnd',
  'w:proofErr',
  'w:lastRenderedPageBreak',
  'w:sectPr',
  'w:commentRangeStart',
  'w:commentRangeEnd',
  'w:pPr',
  'w:rPr',
  'w:tblPr',
  'w:tblGrid',
  'w:trPr',
  'w:tcPr',
]);
/** The parent each element of the tree must have (else mammoth's own rules would apply). */
const PARENT: Record<string, string[]> = {
  'w:body': ['w:document'],
  'w:p': ['w:body', 'w:tc'],
  'w:tbl': ['w:body', 'w:tc'],
  'w:tr': ['w:tbl'],
  'w:tc': ['w:tr'],
  'w:r': ['w:p'],
  'w:t': ['w:r'],
  'w:tab': ['w:r'],
  'w:br': ['w:r'],
};
/** The properties element read for a paragraph, a run, a cell. */
const PROPERTIES: Record<string, string> = { 'w:pPr': 'paragraph', 'w:rPr': 'run', 'w:tcPr': 'tableCell' };
const ENTITY: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

const STRAY_AMPERSAND = /&(?!(?:#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);)/;

/** Text with its five entities and character references read; null for anything else after `&`. */
function decode(text: string): string | null {
  if (!text.includes('&')) return text;
  if (STRAY_AMPERSAND.test(text)) return null;
  let bad = false;
  const out = text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (_, name: string) => {
    if (name[0] !== '#') return ENTITY[name];
    const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    if (!(code > 0 && code <= 0x10ffff)) bad = true;
    return bad ? '' : String.fromCodePoint(code);
  });
  return bad ? null : out;
}

/** JavaScript's \s, one UTF-16 unit. */
const isSpace = (c: number) =>
  c === 0x20 ||
  (c >= 0x09 && c <= 0x0d) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;
const isNameStart = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f;
const isNameChar = (c: number) => isNameStart(c) || (c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x3a || c === 0x2d;

const nameHash = (name: string) => {
  let hash = name.charCodeAt(0);
  for (let i = 1; i < name.length; i++) hash = (hash * 31 + name.charCodeAt(i)) | 0;
  return hash;
};
/**
 * The names the reader looks up, each one string: a tag of one of them is given it rather than a
 * slice of its own, which every lookup (IGNORED, PARENT) would hash afresh.
 */
const KNOWN_NAMES = new Map(
  [
    ...IGNORED,
    ...Object.keys(PARENT),
    'w:document',
    'w:pStyle',
    'w:rStyle',
    'w:rFonts',
    'w:caps',
    'w:smallCaps',
    'w:gridSpan',
    'w:vMerge',
    'w:del',
    'w:moveFrom',
  ].map((name) => [nameHash(name), name]),
);

/** The tag scanTag read last: where it ends, its name, its attributes' text (from, to). */
export const tag = { end: 0, closing: false, name: '', attrsFrom: 0, attrsTo: 0, empty: false };

/**
 * The tag at `lt`: `<`, an optional slash, a name, attributes each whole and quoted, an optional
 * slash, `>` (as /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y
 * reads it, whose quantifiers never give back), without a match array and three strings for each
 * of the ten thousand tags of a long document. False where that pattern would not match.
 */
export function scanTag(xml: string, lt: number): boolean {
  let p = lt + 1;
  tag.closing = xml.charCodeAt(p) === 0x2f;
  if (tag.closing) p++;
  const nameFrom = p;
  let c = xml.charCodeAt(p);
  if (!isNameStart(c)) return false;
  let hash = c;
  for (c = xml.charCodeAt(++p); isNameChar(c); c = xml.charCodeAt(++p)) hash = (hash * 31 + c) | 0;
  const known = KNOWN_NAMES.get(hash);
  tag.name = known && known.length === p - nameFrom && xml.startsWith(known, nameFrom) ? known : xml.slice(nameFrom, p);
  tag.attrsFrom = tag.attrsTo = p;
  for (;;) {
    let q = p;
    while (isSpace(xml.charCodeAt(q))) q++;
    if (q === p) break;
    const nameAt = q;
    while (q < xml.length) {
      const c = xml.charCodeAt(q);
      if (isSpace(c) || c === 0x3d || c === 0x2f || c === 0x3e) break;
      q++;
    }
    if (q === nameAt) break;
    while (isSpace(xml.charCodeAt(q))) q++;
    if (xml.charCodeAt(q) !== 0x3d) break;
    q++;
    while (isSpace(xml.charCodeAt(q))) q++;
    const quote = xml.charCodeAt(q);
    if (quote !== 0x22 && quote !== 0x27) break;
    const close = xml.indexOf(quote === 0x22 ? '"' : "'", q + 1);
    if (close < 0) break;
    p = tag.attrsTo = close + 1;
  }
  while (isSpace(xml.charCodeAt(p))) p++;
  tag.empty = xml.charCodeAt(p) === 0x2f;
  if (tag.empty) p++;
  if (xml.charCodeAt(p) !== 0x3e) return false;
  tag.end = p + 1;
  return true;
}

/** The attributes' text of the tag scanTag read last. */
const attrsOf = (xml: string) => xml.slice(tag.attrsFrom, tag.attrsTo);

const ATTRIBUTES = new Map<string, RegExp>();
const attribute = (attrs: string, name: string): string | undefined => {
  let re = ATTRIBUTES.get(name);
  if (!re) ATTRIBUTES.set(name, (re = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const m = re.exec(attrs);
  return m ? (m[1] ?? m[2]) : undefined;
};
const on = (attrs: string) => {
  const v = attribute(attrs, 'w:val');
  return v !== 'false' && v !== '0';
};

/** mammoth's calculateRowSpans: a cell continuing a vertical merge lengthens the cell above it. */
function rowSpans(rows: WordElement[]): void {
  const columns: Record<number, Cell> = {};
  for (const row of rows) {
    let index = 0;
    for (const cell of row.children as Cell[]) {
      if (cell.vMerge && columns[index]) columns[index].rowSpan!++;
      else {
        columns[index] = cell;
        cell.vMerge = false;
      }
      index += cell.colSpan!;
    }
  }
  for (const row of rows) {
    row.children = (row.children as Cell[]).filter((c) => !c.vMerge);
    for (const c of row.children as Cell[]) delete c.vMerge;
  }
}

/**
 * An XML part made of elements, attributes and text only, every element closed in order (no
 * comment, declaration, CDATA, processing instruction but the XML declaration, stray `<` or `&`).
 * mammoth refuses a package with a part it cannot parse; a part that passes here it parses.
 */
export function plainXml(xml: string): boolean {
  const open: string[] = [];
  let at = xml.startsWith('<?xml') ? xml.indexOf('?>') + 2 : 0;
  if (at === 1) return false;
  while (at < xml.length) {
    const lt = xml.indexOf('<', at);
    const end = lt < 0 ? xml.length : lt;
    if (end > at && decode(xml.slice(at, end)) === null) return false;
    if (lt < 0) break;
    if (!scanTag(xml, lt)) return false;
    at = tag.end;
    if (tag.closing) {
      if (open.pop() !== tag.name) return false;
    } else if (!tag.empty) open.push(tag.name);
  }
  return open.length === 0;
}

/**
 * The document's tree as mammoth gives it, or null when the body holds anything else. The XML
 * whole, or in pieces each cut just before a tag that follows a tag ("><", see read-docx.ts):
 * every tag and every text between tags is then whole in one piece. Only XML that is not well
 * formed (a `<` inside an attribute's value) could be cut inside a tag; whatever the pieces do
 * not give a tree for is read whole, as it always was.
 */
export function directDocument(xml: string | readonly string[]): WordElement | null {
  if (typeof xml === 'string') return readPieces([xml]);
  if (xml.length <= 1) return readPieces(xml);
  const declarationWhole = !xml[0].startsWith('<?xml') || xml[0].includes('?>');
  return (declarationWhole ? readPieces(xml) : null) ?? readPieces([xml.join('')]);
}

function readPieces(pieces: readonly string[]): WordElement | null {
  const root: WordElement = { type: 'document', children: [] };
  const open: Array<{ name: string; node: WordElement }> = [];
  const first = pieces[0] ?? '';
  let at = first.startsWith('<?xml') ? first.indexOf('?>') + 2 : 0;
  // Inside an ignored element: its depth, and the element whose properties it holds.
  let skip = 0;
  let owner: { name: string; node: WordElement } | null = null;
  let text: string | null = null;
  const withProperties = new WeakSet<WordElement>();
  let body = false;
  pieces: for (let k = 0; k < pieces.length; k++, at = 0) {
    const xml = pieces[k];
    const last = k === pieces.length - 1;
    while (at < xml.length) {
      let lt = xml.indexOf('<', at);
      // The next piece starts with the tag that ends this text.
      if (lt < 0) {
        if (last) break;
        lt = xml.length;
      }
      if (lt > at) {
        // A w:t's text is one such run (an element inside it gives null), read when it closes;
        // any other is checked only for a stray `&`, without a copy of its own.
        if (text !== null) text += xml.slice(at, lt);
        else {
          const amp = xml.indexOf('&', at);
          if (amp >= 0 && amp < lt && decode(xml.slice(at, lt)) === null) return null;
        }
      }
      if (lt === xml.length) break;
      if (!scanTag(xml, lt)) return null; // a comment, a declaration, CDATA, a processing instruction
      at = tag.end;
      const { closing, name, empty } = tag;
      if (skip > 0) {
        if (closing) skip--;
        else {
          if (name === 'w:del' || name === 'w:moveFrom') return null;
          // The properties mammoth reads: each from the first such child of the first such element.
          const props = owner?.node;
          if (skip === 1 && props) {
            if (name === 'w:pStyle' || name === 'w:rStyle') props.styleId ??= attribute(attrsOf(xml), 'w:val') ?? null;
            else if (name === 'w:rFonts') props.font ??= attribute(attrsOf(xml), 'w:ascii') ?? null;
            else if (name === 'w:caps') props.isAllCaps ??= on(attrsOf(xml));
            else if (name === 'w:smallCaps') props.isSmallCaps ??= on(attrsOf(xml));
            else if (name === 'w:gridSpan') props.colSpan ??= parseInt(attribute(attrsOf(xml), 'w:val') ?? '', 10) || 1;
            else if (name === 'w:vMerge') {
              const v = attribute(attrsOf(xml), 'w:val');
              (props as Cell).vMerge ??= v === 'continue' || !v;
            }
          }
          if (!empty) skip++;
        }
        continue;
      }
      const parent = open[open.length - 1];
      if (closing) {
        if (!parent || parent.name !== name) return null;
        open.pop();
        if (name === 'w:t') {
          const value = decode(text!);
          if (value === null || value.includes('\r')) return null;
          parent.node.value = value;
          text = null;
        } else if (name === 'w:tbl') rowSpans(parent.node.children!);
        else if (name === 'w:tc') parent.node.colSpan ??= 1;
        continue;
      }
      if (text !== null) return null; // an element inside w:t
      if (IGNORED.has(name)) {
        if (!parent) return null;
        // The first properties element of its element is the one mammoth reads.
        const reads = PROPERTIES[name] === parent.node.type && !withProperties.has(parent.node);
        if (reads) withProperties.add(parent.node);
        owner = reads ? parent : null;
        if (!empty) skip = 1;
        continue;
      }
      if (!open.length) {
        if (name !== 'w:document' || attribute(attrsOf(xml), 'xmlns:w') !== W_MAIN) return null;
        open.push({ name, node: root });
        if (empty) break pieces;
        continue;
      }
      if (!PARENT[name]?.includes(parent.name)) return null;
      let node: WordElement | null;
      switch (name) {
        case 'w:body':
          if (body) return null;
          body = true;
          node = root;
          break;
        case 'w:p':
          node = { type: 'paragraph', children: [] };
          break;
        case 'w:r':
          node = { type: 'run', children: [] };
          break;
        case 'w:t':
          node = { type: 'text', value: '' };
          text = '';
          break;
        case 'w:tab':
          node = { type: 'tab' };
          break;
        case 'w:br': {
          const type = attribute(attrsOf(xml), 'w:type');
          node = type === undefined || ['textWrapping', 'page', 'column'].includes(type) ? { type: 'break' } : null;
          break;
        }
        case 'w:tbl':
          node = { type: 'table', children: [] };
          break;
        case 'w:tr':
          node = { type: 'tableRow', children: [] };
          break;
        default:
          node = { type: 'tableCell', children: [], rowSpan: 1 };
      }
      if (node && node !== root) parent.node.children!.push(node);
      if (empty) {
        if (name === 'w:t') text = null;
        if (name === 'w:tc') node!.colSpan = 1;
      } else open.push({ name, node: node ?? { type: 'ignored', children: [] } });
    }
  }
  return open.length === 0 && skip === 0 && text === null && body ? clean(root) : null;
}

/** A paragraph or run without a style or caps gets null and false, as in mammoth. */
function clean(el: WordElement): WordElement {
  if (el.type === 'paragraph' || el.type === 'run') el.styleId ??= null;
  if (el.type === 'run') {
    el.isAllCaps ??= false;
    el.isSmallCaps ??= false;
  }
  el.children?.forEach(clean);
  return el;
}
