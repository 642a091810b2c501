// .docx → lines of text, for Node and the browser alike (bytes in, text out). mammoth reads
// the document (runs, tables, text boxes, tracked changes); list labels are written into the
// text first (numbering.ts); runs in a legacy font (.VnTime → TCVN3, .VnTimeH → TCVN3 in
// capitals, VNI-Times → VNI) are converted by their font, the strongest signal there is; text
// shown in capitals by All Caps or Small Caps (the run's or its style's) is read in capitals.
import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped } from 'fflate';
import mammoth from 'mammoth';
import { UserError } from '../core/i18n';
import type { LineConversion } from '../core/import/clean';
import { convertLegacyLine, type LegacyEncoding } from '../core/vietnamese/legacy';
import { directDocument, plainXml, type WordElement } from './direct-docx';
import { readNumbering, usesLists, writeLabels } from './numbering';
import { capitalStyles } from './styles';
import { hostZlib } from '../xlsx/zip';
import { zipDirectory, zipEntryContent } from '../xlsx/zip-read';
import { tableLines, type GridCell } from '../core/import/table-grid';

interface CapturedCell extends GridCell {
  /** Each with the index of its line in the cell. */
  conversions: Array<Omit<LineConversion, 'line'> & { at: number }>;
}

export interface DocxText {
  text: string;
  /** Words converted because of their run's font. */
  conversions: LineConversion[];
}

type MammothElement = WordElement;

function fontEncoding(font: string | null | undefined): { encoding: LegacyEncoding; upper: boolean } | null {
  if (!font) return null;
  if (/^vni[-_ ]/i.test(font)) return { encoding: 'vni', upper: false };
  if (/^\.?vn(?!i)/i.test(font)) return { encoding: 'tcvn3', upper: /h$/i.test(font) };
  return null;
}

/** More styles than this is no real document (Word's built-in and latent styles number about 400). */
export const STYLE_LIMIT = 5_000;

export class DocxTooLarge extends Error {
  constructor(readonly megabytes: number) {
    super(`unpacks to ${megabytes} MB`);
  }
}

/** The parts text comes from: XML and relationships; pictures, fonts and embedded files are never inflated. */
const isTextPart = (name: string) => /\.(xml|rels)$/i.test(name);

/**
 * The zip's XML parts, refusing archives whose XML parts would unpack to more than
 * `unpackedLimit` bytes (as declared, checked before anything is inflated).
 */
export function unzipDocx(bytes: Uint8Array, unpackedLimit: number): Unzipped {
  const inflate = hostZlib().inflateRawSync;
  if (inflate) {
    try {
      return unzipNative(bytes, unpackedLimit, inflate);
    } catch {
      // A damaged or lying archive: fflate's reading below says what it always said of it.
    }
  }
  let total = 0;
  unzipSync(bytes, {
    filter: (entry) => {
      if (isTextPart(entry.name)) total += entry.originalSize;
      return false;
    },
  });
  if (total > unpackedLimit) throw new DocxTooLarge(Math.round((total / 1048576) * 10) / 10);
  return unzipSync(bytes, { filter: (entry) => isTextPart(entry.name) });
}

/**
 * Where the host has a native inflate (Node): the directory read once and each part inflated by
 * zlib, not twice through fflate's JavaScript (a tenth of reading an exported 1,000-clause
 * regulation). Never past a part's declared size: an archive that lies throws, and is read by fflate.
 */
function unzipNative(
  bytes: Uint8Array,
  unpackedLimit: number,
  inflate: NonNullable<ReturnType<typeof hostZlib>['inflateRawSync']>,
): Unzipped {
  const parts = zipDirectory(bytes).filter((entry) => isTextPart(entry.name));
  const total = parts.reduce((n, entry) => n + entry.size, 0);
  if (total > unpackedLimit) throw new DocxTooLarge(Math.round((total / 1048576) * 10) / 10);
  const out: Unzipped = {};
  for (const entry of parts) {
    // One output buffer of the declared size (and a byte, to learn there is no more), not 16 KB pieces joined.
    const data = zipEntryContent(bytes, entry, (raw, size) =>
      inflate(raw, { maxOutputLength: Math.max(1, size), chunkSize: Math.max(64, size + 1) }),
    );
    // A plain array, as fflate gives (a stored part would be a view of the archive, Node's a Buffer).
    out[entry.name] =
      entry.method === 0 ? data.slice() : new Uint8Array(data.buffer as ArrayBuffer, data.byteOffset, data.byteLength);
  }
  return out;
}

/** `direct: false` always reads through mammoth (the reference the direct reader is tested against). */
/** The document's tree as mammoth reads it, word/document.xml replaced by its labelled text. */
async function mammothDocument(entries: Unzipped, labelled: string): Promise<MammothElement | null> {
  const zipped = zipSync({ ...entries, 'word/document.xml': strToU8(labelled) }, { level: 0 });
  let root: MammothElement | null = null;
  const input = {
    buffer: zipped,
    arrayBuffer: zipped.buffer.slice(zipped.byteOffset, zipped.byteOffset + zipped.byteLength),
  };
  await mammoth.convertToHtml(input as unknown as { arrayBuffer: ArrayBuffer }, {
    transformDocument: (doc: MammothElement) => {
      root = doc;
      // Nothing to convert: the text is all we need.
      return { ...doc, children: [] };
    },
  });
  return root;
}

/** A large part decoded in pieces of about this many bytes (see decodePieces). */
export const PIECE_BYTES = 32 * 1024;

/**
 * UTF-8 XML → its text in pieces of about `size` bytes, each cut just before a tag that follows
 * a tag ("><"), a byte no character's encoding holds: every tag and every text between tags is
 * whole in one piece (directDocument reads them as the whole). A string of more than 128 KB is a
 * large object to V8, mapped afresh each time; an exported 1,000-clause regulation's document is
 * 500 KB of text, and mapping it cost more than decoding it.
 */
export function decodePieces(data: Uint8Array, size = PIECE_BYTES): string[] {
  const pieces: string[] = [];
  let start = 0;
  while (data.length - start > 2 * size) {
    let cut = data.indexOf(0x3c, start + size);
    while (cut > 0 && data[cut - 1] !== 0x3e) cut = data.indexOf(0x3c, cut + 1);
    if (cut < 0) break;
    pieces.push(strFromU8(data.subarray(start, cut)));
    start = cut;
  }
  pieces.push(strFromU8(start === 0 ? data : data.subarray(start)));
  return pieces;
}

export async function docxToText(entries: Unzipped, options: { direct?: boolean } = {}): Promise<DocxText> {
  const documentXml = entries['word/document.xml'];
  if (!documentXml) throw new Error('word/document.xml missing');
  // Each part decoded once, when first needed.
  const texts = new Map<string, string>();
  const textOf = (name: string) => {
    let text = texts.get(name);
    if (text === undefined) texts.set(name, (text = strFromU8(entries[name])));
    return text;
  };
  const stylesXml = entries['word/styles.xml'] ? textOf('word/styles.xml') : undefined;
  // Word's own styles number a few hundred; mammoth would hold a crafted 200,000 in memory at once.
  const styleCount = stylesXml?.match(/<w:style[\s>]/g)?.length ?? 0;
  if (styleCount > STYLE_LIMIT)
    throw new UserError('input.tooManyStyles', { file: '', count: styleCount, limit: STYLE_LIMIT });
  const numbering = readNumbering(entries['word/numbering.xml'] ? textOf('word/numbering.xml') : undefined, stylesXml);
  const capitals = capitalStyles(stylesXml);
  const inCapitals = (el: MammothElement) =>
    !!el.isAllCaps || !!el.isSmallCaps || (!!el.styleId && capitals.has(el.styleId));
  const upper = (s: string) => s.toLocaleUpperCase('vi');
  const pieces = decodePieces(documentXml);
  // The labels need the document whole; without a list, its pieces are read as they are.
  const labelled = usesLists(numbering, (text) => pieces.some((p) => p.includes(text)))
    ? [writeLabels(pieces.join(''), numbering)]
    : pieces;
  // Straight from the XML when every part is plain XML and the body holds only what the direct reader knows.
  const direct =
    options.direct !== false &&
    Object.keys(entries).every((name) => name === 'word/document.xml' || plainXml(textOf(name)))
      ? directDocument(labelled)
      : null;
  const root = direct ?? (await mammothDocument(entries, labelled.join('')));

  const lines: string[] = [];
  const conversions: LineConversion[] = [];
  let current = '';
  const pending: Array<{ from: string; to: string; encoding: LegacyEncoding }> = [];
  const flush = () => {
    lines.push(current);
    for (const c of pending) conversions.push({ ...c, line: lines.length });
    pending.length = 0;
    current = '';
  };
  const walk = (el: MammothElement, font: string | null | undefined, caps: boolean) => {
    switch (el.type) {
      case 'text': {
        const legacy = fontEncoding(font);
        if (legacy && el.value) {
          const r = convertLegacyLine(el.value, legacy.encoding, legacy.upper);
          current += caps ? upper(r.text) : r.text;
          pending.push(...r.conversions.map((c) => (caps ? { ...c, to: upper(c.to) } : c)));
        } else current += caps ? upper(el.value ?? '') : (el.value ?? '');
        return;
      }
      case 'tab':
        current += '\t';
        return;
      case 'break':
        flush();
        return;
      case 'paragraph':
        if (current) flush();
        for (const c of el.children ?? []) walk(c, font, inCapitals(el));
        flush();
        return;
      case 'run':
        for (const c of el.children ?? []) walk(c, el.font, caps || inCapitals(el));
        return;
      case 'table':
        readTable(el);
        return;
      default:
        for (const c of el.children ?? []) walk(c, font, caps);
    }
  };
  /** A cell's lines and conversions, taken back out of the output. */
  const capture = (cell: MammothElement): CapturedCell => {
    if (current) flush();
    const start = lines.length;
    const convStart = conversions.length;
    for (const c of cell.children ?? []) walk(c, null, false);
    if (current) flush();
    return {
      conversions: conversions.splice(convStart).map(({ line, ...c }) => ({ ...c, at: line - start - 1 })),
      lines: lines.splice(start),
      colSpan: cell.colSpan ?? 1,
      rowSpan: cell.rowSpan ?? 1,
    };
  };
  const readTable = (table: MammothElement) => {
    const rows = (table.children ?? [])
      .filter((r) => r.type === 'tableRow')
      .map((r) => (r.children ?? []).filter((c) => c.type === 'tableCell').map(capture));
    for (const out of tableLines(rows)) {
      lines.push(out.text);
      for (const cell of out.cells)
        for (const { at, ...c } of cell.conversions)
          if (out.at === undefined || at === out.at) conversions.push({ ...c, line: lines.length });
    }
  };
  if (root) walk(root, null, false);
  if (current) flush();
  return { text: lines.join('\n'), conversions };
}
