// Rows of a worksheet written straight as SpreadsheetML, for the bulk of a generated workbook.
// exceljs's document writer keeps every cell as objects and joins millions of XML fragments;
// for ten thousand rows that costs 3× its streaming writer, which the browser does not have.
// So exceljs lays out the workbook (styles, merges, validation, print set-up, protection) with
// a one-row "probe" where the bulk goes, and the rows are spliced in as text here. User text is
// always a string cell (`t="s"`): it never becomes a formula whatever its first character.
import { strFromU8, strToU8 } from 'fflate';
import { columnLetter } from '../core/grid';
import { t } from '../core/i18n';
import { ascii, ByteChunks } from './byte-chunks';
import { fitRowHeight } from './row-height';

// XML 1.0 forbids most control characters; Excel reads `_xHHHH_` as an escape, so a literal one is escaped.
const INVALID_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** A quick test first: the full pattern's look-arounds cost more than the text they look at. */
const HAS_INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;
const SPECIAL = /[&<>"]/g;
const HAS_SPECIAL = /[&<>"]/;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Text as SpreadsheetML stores it in a cell or note: Excel (and exceljs, LibreOffice, our reader)
 * read `_xHHHH_` as the character HHHH, so text that really holds one has its underscore escaped
 * (`_x005F_x0041_` reads back as "_x0041_"). The one place every writer of ours escapes it.
 */
export function escapeUnderscoreHex(text: string): string {
  // Every underscore that starts one, the closing underscore of another included ("_x005F_x0041_").
  return text.includes('_x') ? text.replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_') : text;
}

/** The reverse, as Excel reads text: each `_xHHHH_` is the character HHHH (`_x005F_` the underscore). */
export function unescapeUnderscoreHex(text: string): string {
  return text.includes('_x')
    ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    : text;
}

export function escapeXml(text: string): string {
  let s = text;
  if (HAS_INVALID_XML.test(s)) s = s.replace(INVALID_XML, '');
  s = escapeUnderscoreHex(s);
  return HAS_SPECIAL.test(s) ? s.replace(SPECIAL, (c) => ENTITY[c]) : s;
}

const LETTERS: string[] = [];
export const col = (n: number) => (LETTERS[n] ??= columnLetter(n));

/** How a writer writes a shared string's <si>: with xml:space="preserve" or not, and its text escaped. */
export interface SharedItem {
  preserve(text: string): boolean;
  escape(text: string): string;
}

const SHARED_ITEM: SharedItem = { preserve: (text) => /^\s|\s$/.test(text), escape: escapeXml };

const SI_OPEN = ascii('<si><t>');
const SI_OPEN_PRESERVE = ascii('<si><t xml:space="preserve">');
const SI_CLOSE = ascii('</t></si>');

/**
 * The workbook's shared-string table, continued from the one exceljs wrote: repeated values
 * (marks, codes, cadences) are stored once, which keeps the package small and quick to deflate.
 */
export class SharedStrings {
  private readonly index = new Map<string, number>();
  /** The added items, encoded into bytes as they come (a hundred of a long regulation's a chunk). */
  private readonly encoded = new ByteChunks();
  private added = 0;
  private readonly head: string;
  private readonly body: string;
  private readonly existing: number;
  private refs = 0;

  /** `item`: how a string's <si> element is written, when it must be written as another writer writes it. */
  constructor(
    xml: string,
    private readonly item: SharedItem = SHARED_ITEM,
  ) {
    const open = /<sst\b[^>]*>/.exec(xml);
    const close = xml.lastIndexOf('</sst>');
    if (!open || close < 0) throw new Error('sharedStrings.xml without <sst>');
    this.head = xml.slice(0, open.index);
    this.body = xml.slice(open.index + open[0].length, close);
    this.existing = Number(/uniqueCount="(\d+)"/.exec(open[0])?.[1] ?? (this.body.match(/<si>/g) ?? []).length);
    this.refs = Number(/\bcount="(\d+)"/.exec(open[0])?.[1] ?? this.existing);
  }

  /** The index of a string, adding it on first use. */
  id(text: string): number {
    this.refs++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.existing + this.added++;
      this.index.set(text, i);
      this.encoded.wrapped(this.item.preserve(text) ? SI_OPEN_PRESERVE : SI_OPEN, this.item.escape(text), SI_CLOSE);
    }
    return i;
  }

  toXml(): Uint8Array[] {
    const unique = this.existing + this.added;
    return [
      strToU8(
        `${this.head}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.refs}" uniqueCount="${unique}">${this.body}`,
      ),
      ...this.encoded.done(),
      strToU8('</sst>'),
    ];
  }
}

/** Excel's limits: characters in a cell, and in a header or footer with its codes. */
export const EXCEL_LIMITS = { cellChars: 32_767, headerFooterChars: 255 };

/** Text cut to `max` characters with a visible mark at the end (never silently, never past Excel's limit). */
export function fitText(text: string, max = EXCEL_LIMITS.cellChars): string {
  if (text.length <= max) return text;
  const mark = t('vi', 'output.truncated');
  return text.slice(0, max - mark.length) + mark;
}

/** A string cell from the shared table, or a styled empty cell when the text is empty. */
export function textCell(sst: SharedStrings, column: number, row: number, style: number, text: string): string {
  if (!text) return `<c r="${col(column)}${row}" s="${style}"/>`;
  return `<c r="${col(column)}${row}" s="${style}" t="s"><v>${sst.id(fitText(text))}</v></c>`;
}

export function numberCell(column: number, row: number, style: number, value: number): string {
  return `<c r="${col(column)}${row}" s="${style}"><v>${value}</v></c>`;
}

export function emptyCell(column: number, row: number, style: number): string {
  return `<c r="${col(column)}${row}" s="${style}"/>`;
}

/** A formula with its cached result; `shared` makes it part of a shared formula (the master gives `ref`). */
export function formulaCell(
  column: number,
  row: number,
  style: number,
  formula: string,
  result: number | string,
  shared?: { si: number; ref?: string },
): string {
  const f = shared
    ? shared.ref
      ? `<f t="shared" ref="${shared.ref}" si="${shared.si}">${escapeXml(formula)}</f>`
      : `<f t="shared" si="${shared.si}"/>`
    : `<f>${escapeXml(formula)}</f>`;
  const v = typeof result === 'number' ? `<v>${result}</v>` : `<v>${escapeXml(result)}</v>`;
  return `<c r="${col(column)}${row}" s="${style}"${typeof result === 'string' ? ' t="str"' : ''}>${f}${v}</c>`;
}

export function rowXml(row: number, cells: string, height?: number): string {
  return height
    ? `<row r="${row}" ht="${fitRowHeight(height)}" customHeight="1">${cells}</row>`
    : `<row r="${row}">${cells}</row>`;
}

function rowSpan(xml: string, row: number): { start: number; end: number } {
  const open = xml.indexOf(`<row r="${row}"`);
  if (open < 0) throw new Error(`probe row ${row} not found`);
  const tagEnd = xml.indexOf('>', open);
  // `<row r="7" …/>` (no cells) or `<row …>…</row>`.
  if (xml[tagEnd - 1] === '/') return { start: open, end: tagEnd + 1 };
  return { start: open, end: xml.indexOf('</row>', open) + '</row>'.length };
}

/** The style ids exceljs gave the probe row's cells, by column number. */
export function probeStyles(xml: string, row: number): Map<number, number> {
  const { start, end } = rowSpan(xml, row);
  const styles = new Map<number, number>();
  const cell = /<c r="([A-Z]+)\d+"(?: s="(\d+)")?/g;
  const part = xml.slice(start, end);
  for (let m = cell.exec(part); m; m = cell.exec(part)) {
    let n = 0;
    for (const ch of m[1]) n = n * 26 + ch.charCodeAt(0) - 64;
    styles.set(n, Number(m[2] ?? 0));
  }
  return styles;
}

// Rows (or shared strings) encoded together: a hundred keep each string under V8's large-object
// size (a chunk of 500 long rows made strings of 100–270 KB, each a fresh allocation of its own).
const CHUNK = 100;

/** Encode rows to UTF-8 a chunk at a time, so that no string of every row is ever held. */
export function encodeRows(rows: Iterable<string>): Uint8Array[] {
  const out = new RowSink();
  for (const row of rows) out.push(row);
  return out.done();
}

/** Rows pushed one by one and encoded a chunk at a time (for builders that are not generators). */
export class RowSink {
  private readonly chunks: Uint8Array[] = [];
  private batch = '';
  private count = 0;
  push(row: string) {
    this.batch += row;
    if (++this.count === CHUNK) this.flush();
  }
  private flush() {
    if (this.batch) this.chunks.push(strToU8(this.batch));
    this.batch = '';
    this.count = 0;
  }
  done(): Uint8Array[] {
    this.flush();
    return this.chunks;
  }
}

/**
 * Replace the probe row by the encoded rows (and the sheet's dimension, when given). The sheet
 * comes back as its parts, which the zip writer takes as they are: no copy of the whole sheet.
 */
export function spliceRows(sheet: Uint8Array, row: number, rows: Uint8Array[], dimension?: string): Uint8Array[] {
  let xml = strFromU8(sheet);
  if (dimension) xml = xml.replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="${dimension}"/>`);
  const { start, end } = rowSpan(xml, row);
  return [strToU8(xml.slice(0, start)), ...rows, strToU8(xml.slice(end))];
}
