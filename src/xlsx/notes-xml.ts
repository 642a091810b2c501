// Cell notes (Excel's legacy comments) written straight into the package, as Excel lays them
// out: a comments part, a VML drawing with one hidden shape per note, their relationships, and a
// <legacyDrawing> in the sheet. An import gives one note a row (Đọc từ dòng …), a thousand on a
// long regulation; exceljs builds an object tree of some forty nodes per note and joins it, which
// cost more than the whole rest of the workbook. Runs after fixPackageParts (excel-package.ts):
// each drawing takes the next free shape-id block(s) and the element goes in its schema place.
import { strFromU8, strToU8 } from 'fflate';
import { ascii } from './byte-chunks';
import { col, escapeXml } from './sheet-xml';
import { joinBytes } from '../core/bytes';

/** A note on a cell: row and column 1-based. */
export interface CellNote {
  row: number;
  col: number;
  text: string;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Shapes a block holds: ids n·1024+1 … n·1024+1023, as Excel numbers them. */
const BLOCK = 1024;

/** What every note box has alike (Excel's yellow note, hidden until the cell is pointed at). */
const SHAPE_BODY =
  'fillcolor="infoBackground [80]" strokecolor="none [81]" o:insetmode="auto">' +
  '<v:fill color2="infoBackground [80]"/><v:shadow color="none [81]" obscured="t"/><v:path o:connecttype="none"/>' +
  '<v:textbox style="mso-direction-alt:auto" inset="1.3mm,1.3mm,2.5mm,2.5mm"><div style="text-align:left"/></v:textbox>' +
  '<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/>';

// The drawing is ASCII only (ids, anchors): written straight into bytes, a shape's constant text
// copied from pre-encoded pieces, so that a thousand notes neither build nor encode 700 KB of text.
const SHAPE_OPEN = ascii('<v:shape id="_x0000_s');
const SHAPE_STYLE = ascii(
  '" type="#_x0000_t202" style="position:absolute;margin-left:105.3pt;margin-top:10.5pt;width:97.8pt;height:59.1pt;z-index:',
);
const SHAPE_ANCHOR = ascii(`;visibility:hidden" ${SHAPE_BODY}<x:Anchor>`);
const SHAPE_ROW = ascii(
  '</x:Anchor><x:Locked>True</x:Locked><x:AutoFill>False</x:AutoFill><x:LockText>True</x:LockText><x:Row>',
);
const SHAPE_COLUMN = ascii('</x:Row><x:Column>');
const SHAPE_CLOSE = ascii('</x:Column></x:ClientData></v:shape>');
const ANCHOR_6 = ascii(', 6, ');
const ANCHOR_14 = ascii(', 14, ');
const ANCHOR_2 = ascii(', 2, ');
const ANCHOR_16 = ascii(', 16');
const SHAPE_FIXED = [SHAPE_OPEN, SHAPE_STYLE, SHAPE_ANCHOR, SHAPE_ROW, SHAPE_COLUMN, SHAPE_CLOSE].reduce(
  (n, p) => n + p.length,
  0,
);

class AsciiWriter {
  private at = 0;
  constructor(private readonly out: Uint8Array) {}
  bytes(b: Uint8Array) {
    this.out.set(b, this.at);
    this.at += b.length;
  }
  text(t: string) {
    for (let i = 0; i < t.length; i++) this.out[this.at++] = t.charCodeAt(i);
  }
  /** A whole number ≥ 0 in decimal digits, without making its string. */
  number(n: number) {
    if (!Number.isSafeInteger(n) || n < 0) return this.text(String(n));
    let digits = 1;
    for (let p = 10; p <= n; p *= 10) digits++;
    for (let i = this.at + digits - 1; i >= this.at; i--, n = Math.floor(n / 10)) this.out[i] = 48 + (n % 10);
    this.at += digits;
  }
  utf8(t: string) {
    this.at += UTF8.encodeInto(t, this.out.subarray(this.at)).written;
  }
  done(): Uint8Array {
    return this.out.subarray(0, this.at);
  }
}

// The comments part written straight into bytes: its markup is ASCII, and each note's text (a
// thousand short lines on a long regulation) is encoded into its place, rather than the whole
// part made as one string of 290 KB (which took as long as the rest of the notes together).
const COMMENTS_HEAD = strToU8(
  `${HEAD}<comments xmlns="${MAIN}"><authors><author>Phối hợp</author></authors><commentList>`,
);
const COMMENT_OPEN = ascii('<comment ref="');
const COMMENT_TEXT = ascii('" authorId="0"><text><r><t xml:space="preserve">');
const COMMENT_CLOSE = ascii('</t></r></text></comment>');
const COMMENTS_TAIL = ascii('</commentList></comments>');
const UTF8 = new TextEncoder();

function commentsXml(notes: CellNote[]): Uint8Array {
  const texts = notes.map((n) => escapeXml(n.text));
  let size = COMMENTS_HEAD.length + COMMENTS_TAIL.length;
  // A reference's letters and digits (a cell's row and column are small whole numbers), a text's
  // UTF-8 at most three bytes a UTF-16 unit.
  notes.forEach((n, k) => {
    size += COMMENT_OPEN.length + col(n.col).length + 24 + COMMENT_TEXT.length;
    size += 3 * texts[k].length + COMMENT_CLOSE.length;
  });
  const w = new AsciiWriter(new Uint8Array(size));
  w.bytes(COMMENTS_HEAD);
  notes.forEach((n, k) => {
    w.bytes(COMMENT_OPEN);
    w.text(col(n.col));
    w.number(n.row);
    w.bytes(COMMENT_TEXT);
    w.utf8(texts[k]);
    w.bytes(COMMENT_CLOSE);
  });
  w.bytes(COMMENTS_TAIL);
  return w.done();
}

function drawingXml(notes: CellNote[], blocks: number[]): Uint8Array {
  const head =
    `${HEAD}<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">` +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${blocks.join(',')}"/></o:shapelayout>` +
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';
  // Numbers take at most 80 characters a shape (ids, z-index, anchor, row, column).
  const w = new AsciiWriter(new Uint8Array(head.length + notes.length * (SHAPE_FIXED + 80) + 16));
  w.text(head);
  notes.forEach((n, k) => {
    // Anchored where Excel puts a new note: right of the cell, a row up.
    const c = n.col;
    const top = Math.max(n.row - 2, 0);
    const id = blocks[Math.floor(k / (BLOCK - 1))] * BLOCK + 1 + (k % (BLOCK - 1));
    w.bytes(SHAPE_OPEN);
    w.number(id);
    w.bytes(SHAPE_STYLE);
    w.number(k + 1);
    w.bytes(SHAPE_ANCHOR);
    // `${c}, 6, ${top}, 14, ${c + 2}, 2, ${top + 4}, 16`
    w.number(c);
    w.bytes(ANCHOR_6);
    w.number(top);
    w.bytes(ANCHOR_14);
    w.number(c + 2);
    w.bytes(ANCHOR_2);
    w.number(top + 4);
    w.bytes(ANCHOR_16);
    w.bytes(SHAPE_ROW);
    w.number(n.row - 1);
    w.bytes(SHAPE_COLUMN);
    w.number(c - 1);
    w.bytes(SHAPE_CLOSE);
  });
  w.text('</xml>');
  return w.done();
}

/** The relationships a sheet's notes need (its comments part, its drawing), numbered rId`first` and the next. */
export const noteRelationships = (sheet: number, first: number): string =>
  `<Relationship Id="rId${first}" Type="${REL}/comments" Target="../comments${sheet}.xml"/>` +
  `<Relationship Id="rId${first + 1}" Type="${REL}/vmlDrawing" Target="../drawings/vmlDrawing${sheet}.vml"/>`;

/** The sheet's element pointing at its notes' drawing. */
export const legacyDrawingXml = (id: string) => `<legacyDrawing r:id="${id}"/>`;

/** The content type of a sheet's comments part, for [Content_Types].xml. */
export const commentsOverride = (sheet: number) =>
  `<Override PartName="/xl/comments${sheet}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>`;

type Parts = Record<string, Uint8Array | Uint8Array[]>;

const text = (files: Parts, name: string): string | null => {
  const data = files[name];
  return data instanceof Uint8Array ? strFromU8(data) : null;
};

/** Add the notes' relationships to a sheet's .rels (made when it has none); returns their ids. */
function relate(files: Parts, relsName: string, sheet: number): string[] {
  let xml = text(files, relsName) ?? `${HEAD}<Relationships xmlns="${RELS}"></Relationships>`;
  const first = Math.max(0, ...[...xml.matchAll(/\bId="rId(\d+)"/g)].map((m) => Number(m[1]))) + 1;
  xml = xml.replace(/<Relationships([^>]*)\/>/, '<Relationships$1></Relationships>');
  xml = xml.replace('</Relationships>', `${noteRelationships(sheet, first)}</Relationships>`);
  files[relsName] = strToU8(xml);
  return [`rId${first}`, `rId${first + 1}`];
}

/** What may follow <legacyDrawing> in a worksheet (CT_Worksheet's order). */
const AFTER_LEGACY_DRAWING =
  /<(?:legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b/g;

/** How far from its end a worksheet's closing elements are looked for (a regulation's are ~2 KB). */
const TAIL = 32 * 1024;
const END_OF_SHEET_DATA = strToU8('</sheetData>');

/** Where the last `needle` starts in the last `within` bytes of `data`, or -1. */
function lastIndexOfBytes(data: Uint8Array, needle: Uint8Array, within: number): number {
  const stop = Math.max(0, data.length - within);
  for (let i = data.length - needle.length; i >= stop; i--) {
    let j = 0;
    while (j < needle.length && data[i + j] === needle[j]) j++;
    if (j === needle.length) return i;
  }
  return -1;
}

/**
 * The sheet with <legacyDrawing> in its schema place (the sheet's other parts are in order
 * already), as parts around the bytes it keeps: a sheet of a thousand rows is neither decoded
 * nor copied. Its tail after </sheetData> is read byte for byte (Latin-1), so that its offsets are byte offsets.
 */
function withLegacyDrawing(sheet: Uint8Array[], id: string): Uint8Array[] {
  const element = strToU8(legacyDrawingXml(id));
  const head = strFromU8(sheet[0].subarray(0, 4096), true);
  // The regulation writer's sheet comes in parts, its tail last.
  const data = sheet[sheet.length - 1];
  const from = lastIndexOfBytes(data, END_OF_SHEET_DATA, TAIL);
  if (/<worksheet\b[^>]*\bxmlns:r=/.test(head) && from >= 0) {
    const tail = strFromU8(data.subarray(from), true);
    AFTER_LEGACY_DRAWING.lastIndex = 0;
    const at = from + (AFTER_LEGACY_DRAWING.exec(tail)?.index ?? tail.lastIndexOf('</worksheet>'));
    return [...sheet.slice(0, -1), data.subarray(0, at), element, data.subarray(at)];
  }
  // Not the sheet exceljs writes: the whole of it, as text.
  let xml = strFromU8(joinBytes(sheet));
  if (!/<worksheet\b[^>]*\bxmlns:r=/.test(xml)) xml = xml.replace(/<worksheet\b/, `<worksheet xmlns:r="${REL}"`);
  AFTER_LEGACY_DRAWING.lastIndex = xml.lastIndexOf('</sheetData>');
  const at = AFTER_LEGACY_DRAWING.exec(xml)?.index ?? xml.lastIndexOf('</worksheet>');
  return [strToU8(xml.slice(0, at)), element, strToU8(xml.slice(at))];
}

/** Shape-id blocks the package's drawings claim already. */
function usedBlocks(files: Parts): number {
  let last = 0;
  for (const [name, data] of Object.entries(files)) {
    if (!/^xl\/drawings\/vmlDrawing\d+\.vml$/.test(name) || !(data instanceof Uint8Array)) continue;
    const ids = /<o:idmap\b[^>]*\bdata="([^"]*)"/.exec(strFromU8(data.subarray(0, 2048)))?.[1] ?? '';
    for (const n of ids.split(',')) last = Math.max(last, Number(n) || 0);
  }
  return last;
}

/**
 * A sheet's notes as its comments part and its drawing, the drawing's shapes numbered from
 * shape-id block `firstBlock` on; `blocks`: how many blocks it took.
 */
export function sheetNotesParts(
  unsorted: CellNote[],
  firstBlock: number,
): { comments: Uint8Array; drawing: Uint8Array; blocks: number } {
  // Excel lists a sheet's notes by row, then column.
  const notes = [...unsorted].sort((a, b) => a.row - b.row || a.col - b.col);
  const count = Math.ceil(notes.length / (BLOCK - 1));
  const blocks = Array.from({ length: count }, (_, k) => firstBlock + k);
  return { comments: commentsXml(notes), drawing: drawingXml(notes, blocks), blocks: count };
}

/**
 * Write the notes of each worksheet (by its part number, xl/worksheets/sheetN.xml) into the
 * package, in place, after fixPackageParts. A sheet that has notes already is refused.
 */
export function addNotes(files: Parts, notesBySheet: Map<number, CellNote[]>): void {
  if (![...notesBySheet.values()].some((n) => n.length > 0)) return;
  let types = text(files, '[Content_Types].xml');
  if (types === null) throw new Error('[Content_Types].xml missing');
  let nextBlock = usedBlocks(files) + 1;
  for (const [sheet, notes] of notesBySheet) {
    if (notes.length === 0) continue;
    const sheetName = `xl/worksheets/sheet${sheet}.xml`;
    const sheetData = files[sheetName];
    if (!sheetData || (Array.isArray(sheetData) && sheetData.length === 0)) throw new Error(`${sheetName} missing`);
    if (files[`xl/comments${sheet}.xml`] || files[`xl/drawings/vmlDrawing${sheet}.vml`])
      throw new Error(`${sheetName} has notes already`);
    const { comments, drawing, blocks } = sheetNotesParts(notes, nextBlock);
    nextBlock += blocks;
    files[`xl/comments${sheet}.xml`] = comments;
    files[`xl/drawings/vmlDrawing${sheet}.vml`] = drawing;
    const [, drawingId] = relate(files, `xl/worksheets/_rels/sheet${sheet}.xml.rels`, sheet);
    files[sheetName] = withLegacyDrawing(Array.isArray(sheetData) ? sheetData : [sheetData], drawingId);
    types = types.replace('</Types>', `${commentsOverride(sheet)}</Types>`);
  }
  if (!/<Default Extension="vml"/.test(types))
    types = types.replace(
      /(<Types\b[^>]*>)/,
      '$1<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>',
    );
  files['[Content_Types].xml'] = strToU8(types);
}
