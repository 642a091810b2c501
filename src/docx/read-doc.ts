// A Word 97–2003 .doc → lines of text, bytes in (Node and the browser alike): the main text
// through the piece table, fields reduced to what they show, tables rebuilt from the paragraph
// properties (in a cell, end of a row; kept in the Data stream when they outgrow their page) and
// read as the .docx reader reads them, capitals set on a run or by a paragraph style (All Caps,
// Small Caps) read in capitals. Nothing in the file is ever run: macros are a storage we never
// open. Text boxes go where they are anchored. What this reader leaves out
// (bold, legacy fonts, merged cells) the summary says. Here: the FIB, the piece table, the FKPs'
// property runs and the text boxes; the sprms in doc-properties.ts, marks → lines in doc-lines.ts.
import { UserError } from '../core/i18n';
import { readCompoundFile, CompoundFileDamaged } from './compound-file';
import { toLines } from './doc-lines';
import {
  capitalStyles,
  sprms,
  verticalMerges,
  SPRM_CAPS,
  SPRM_HUGE_PAPX,
  SPRM_IN_TABLE,
  SPRM_SMALL_CAPS,
  SPRM_TDEF_TABLE,
  SPRM_TTP,
  SPRM_TVERT_MERGE,
  type ParagraphProps,
} from './doc-properties';

export type DocTrouble = 'damaged' | 'encrypted' | 'tooOld' | 'notWord' | 'tooLarge';

export class DocUnreadable extends Error {
  constructor(readonly trouble: DocTrouble) {
    super(trouble);
  }
}

export interface DocText {
  text: string;
  /** The file holds macros (never run; the text is read as text). */
  macros: boolean;
}

/** More characters than this is no regulation (the longest seed has some 40,000). */
export const DOC_CHAR_LIMIT = 4_000_000;

// Windows-1252's 0x80–0x9f, the code page of a "compressed" piece.
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

interface Piece {
  cpStart: number;
  cpEnd: number;
  /** Byte offset of the piece's first character in WordDocument. */
  fc: number;
  compressed: boolean;
}

/** Runs of properties from the FKPs of a PlcBte (paragraphs or characters), sorted by offset. */
function fkpRuns<T>(
  word: Uint8Array,
  table: Uint8Array,
  fc: number,
  lcb: number,
  paragraphs: boolean,
  read: (grpprl: [number, number]) => T,
): Array<{ from: number; to: number; props: T }> {
  const out: Array<{ from: number; to: number; props: T }> = [];
  if (lcb < 12 || fc + lcb > table.length) return out;
  const t = new DataView(table.buffer, table.byteOffset, table.byteLength);
  const n = (lcb - 4) / 8;
  for (let i = 0; i < n; i++) {
    const pn = t.getUint32(fc + 4 * (n + 1) + 4 * i, true) & 0x3fffff;
    const page = pn * 512;
    if (page + 512 > word.length) throw new DocUnreadable('damaged');
    const w = new DataView(word.buffer, word.byteOffset + page, 512);
    const crun = word[page + 511];
    for (let r = 0; r < crun; r++) {
      const from = w.getUint32(4 * r, true);
      const to = w.getUint32(4 * (r + 1), true);
      let start = 0;
      let end = 0;
      if (paragraphs) {
        const off = word[page + 4 * (crun + 1) + 13 * r] * 2;
        if (off) {
          const cb = word[page + off];
          start = page + off + (cb ? 1 : 2) + 2; // + istd
          end = page + off + (cb ? 2 * cb : 2 + 2 * word[page + off + 1]);
        }
      } else {
        const off = word[page + 4 * (crun + 1) + r] * 2;
        if (off) {
          start = page + off + 1;
          end = start + word[page + off];
        }
      }
      out.push({ from, to, props: read([start, Math.min(end, page + 511)]) });
    }
  }
  return out.sort((a, b) => a.from - b.from);
}

function runAt<T>(runs: Array<{ from: number; to: number; props: T }>, fc: number): T | undefined {
  let lo = 0;
  let hi = runs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid].to <= fc) lo = mid + 1;
    else if (runs[mid].from > fc) hi = mid - 1;
    else return runs[mid].props;
  }
  return undefined;
}

export function readDoc(bytes: Uint8Array): DocText {
  let cfb;
  try {
    cfb = readCompoundFile(bytes);
  } catch (e) {
    if (e instanceof CompoundFileDamaged) throw new DocUnreadable('damaged');
    throw e;
  }
  try {
    return readWord(cfb.stream.bind(cfb), cfb.names);
  } catch (e) {
    if (e instanceof CompoundFileDamaged || e instanceof RangeError) throw new DocUnreadable('damaged');
    throw e;
  }
}

function readWord(stream: (name: string) => Uint8Array | null, names: string[]): DocText {
  const word = stream('WordDocument');
  if (!word) throw new DocUnreadable('notWord');
  if (word.length < 0x1aa) throw new DocUnreadable('damaged');
  const w = new DataView(word.buffer, word.byteOffset, word.byteLength);
  if (w.getUint16(0, true) !== 0xa5ec) throw new DocUnreadable('notWord');
  if (w.getUint16(2, true) < 101) throw new DocUnreadable('tooOld');
  const flags = w.getUint16(0x0a, true);
  if (flags & 0x0100) throw new DocUnreadable('encrypted');
  const table = stream(flags & 0x0200 ? '1Table' : '0Table');
  if (!table) throw new DocUnreadable('damaged');
  // The FIB's variable parts: counts of characters (FibRgLw97), then offset/length pairs.
  const csw = w.getUint16(32, true);
  const rgLw = 34 + 2 * csw + 2;
  const cslw = w.getUint16(rgLw - 2, true);
  const rgFcLcb = rgLw + 4 * cslw + 2;
  const ccpText = w.getInt32(rgLw + 12, true);
  if (ccpText < 0) throw new DocUnreadable('damaged');
  if (ccpText > DOC_CHAR_LIMIT) throw new DocUnreadable('tooLarge');
  const fcLcb = (i: number) => [w.getUint32(rgFcLcb + 8 * i, true), w.getUint32(rgFcLcb + 8 * i + 4, true)];

  // The piece table (Clx): skip the Prc entries, then the PlcPcd.
  const [fcClx, lcbClx] = fcLcb(33);
  if (fcClx + lcbClx > table.length) throw new DocUnreadable('damaged');
  const t = new DataView(table.buffer, table.byteOffset, table.byteLength);
  let at = fcClx;
  while (at < fcClx + lcbClx && table[at] === 0x01) at += 3 + t.getUint16(at + 1, true);
  if (table[at] !== 0x02) throw new DocUnreadable('damaged');
  const lcb = t.getUint32(at + 1, true);
  if (lcb < 4 || at + 5 + lcb > table.length) throw new DocUnreadable('damaged');
  const n = (lcb - 4) / 12;
  const pieces: Piece[] = [];
  for (let i = 0; i < n; i++) {
    const cpStart = t.getUint32(at + 5 + 4 * i, true);
    const cpEnd = t.getUint32(at + 5 + 4 * (i + 1), true);
    const fc = t.getUint32(at + 5 + 4 * (n + 1) + 8 * i + 2, true);
    const compressed = (fc & 0x40000000) !== 0;
    pieces.push({ cpStart, cpEnd, fc: compressed ? (fc & 0x3fffffff) / 2 : fc, compressed });
  }

  const data = stream('Data');
  const paragraphs = fkpRuns(word, table, ...(fcLcb(13) as [number, number]), true, ([s, e]) => {
    const props: ParagraphProps = { inTable: false, ttp: false, istd: s ? word[s - 2] | (word[s - 1] << 8) : -1 };
    const read = (b: Uint8Array, from: number, to: number) => {
      for (const [sprm, o] of sprms(b, from, to)) {
        if (sprm === SPRM_IN_TABLE) props.inTable = b[o] !== 0;
        if (sprm === SPRM_TTP) props.ttp = b[o] !== 0;
        if (sprm === SPRM_TDEF_TABLE || sprm === SPRM_TVERT_MERGE) verticalMerges(props, b, sprm, o, to);
        // A paragraph whose properties outgrew its page (a table row's, often) keeps them in Data.
        if (sprm === SPRM_HUGE_PAPX && b === word && data && o + 4 <= to) {
          const at = (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16)) + b[o + 3] * 0x1000000;
          if (at + 2 <= data.length)
            read(data, at + 2, Math.min(data.length, at + 2 + (data[at] | (data[at + 1] << 8))));
        }
      }
    };
    read(word, s, e);
    return props;
  });
  // Capitals on a run: on, off, as its paragraph's style says (undefined), or the opposite of it.
  const characters = fkpRuns(word, table, ...(fcLcb(12) as [number, number]), false, ([s, e]) => {
    let caps: number | undefined;
    for (const [sprm, o] of sprms(word, s, e)) if (sprm === SPRM_CAPS || sprm === SPRM_SMALL_CAPS) caps = word[o];
    return caps;
  });
  const styleCaps = capitalStyles(table, ...(fcLcb(1) as [number, number]));
  const inCapitals = (fc: number, styleFc: number) => {
    const run = runAt(characters, fc);
    const style = styleCaps.has(runAt(paragraphs, styleFc)?.istd ?? -1);
    return run === 1 || (run === 0x81 ? !style : run === undefined || run === 0x80 ? style : false);
  };

  // Characters [from, to) with, for each, the byte that holds it (to find its properties).
  const range = (from: number, to: number) => {
    const chars: string[] = [];
    const at: number[] = [];
    for (const p of pieces) {
      if (p.cpEnd <= from || p.cpStart >= to) continue;
      const size = p.compressed ? 1 : 2;
      const [first, last] = [Math.max(p.cpStart, from), Math.min(p.cpEnd, to)];
      if (p.fc + (last - p.cpStart) * size > word.length) throw new DocUnreadable('damaged');
      for (let cp = first; cp < last; cp++) {
        const fc = p.fc + (cp - p.cpStart) * size;
        const code = p.compressed ? word[fc] : word[fc] | (word[fc + 1] << 8);
        let ch = String.fromCharCode(code);
        if (p.compressed && code >= 0x80 && code < 0xa0) ch = CP1252[code - 0x80];
        chars.push(inCapitals(fc, fc) ? ch.toLocaleUpperCase('vi') : ch);
        at.push(fc);
      }
    }
    return { chars, at };
  };
  const boxes = textBoxes(w, rgLw, table, fcLcb, ccpText, range);
  const main = range(0, ccpText);
  const chars: string[] = [];
  const fcs: number[] = [];
  for (let cp = 0; cp < main.chars.length; cp++) {
    chars.push(main.chars[cp]);
    fcs.push(main.at[cp]);
    // A text box's lines go where it is anchored, as the .docx reader puts them.
    const box = boxes.get(cp);
    if (box) {
      chars.push('\x0b', ...box.chars, '\x0b');
      fcs.push(-1, ...box.at, -1);
    }
  }
  return { text: toLines(chars.join(''), fcs, (fc) => runAt(paragraphs, fc)), macros: names.some(isMacroStorage) };
}

/**
 * The main text's text boxes by the character they are anchored on: each shape (PlcSpaMom) names
 * its id, and so does each story of the text-box document (PlcftxbxTxt), which follows the main
 * text, the footnotes, headers, comments and endnotes.
 */
function textBoxes(
  w: DataView,
  rgLw: number,
  table: Uint8Array,
  fcLcb: (i: number) => number[],
  ccpText: number,
  range: (from: number, to: number) => { chars: string[]; at: number[] },
): Map<number, { chars: string[]; at: number[] }> {
  const out = new Map<number, { chars: string[]; at: number[] }>();
  const ccp = (i: number) => Math.max(0, w.getInt32(rgLw + 4 * i, true));
  const start = ccpText + ccp(4) + ccp(5) + ccp(7) + ccp(8);
  const t = new DataView(table.buffer, table.byteOffset, table.byteLength);
  const plc = (i: number, size: number) => {
    const [fc, lcb] = fcLcb(i);
    const n = lcb >= 4 + size ? Math.floor((lcb - 4) / (4 + size)) : 0;
    if (fc + lcb > table.length) return { n: 0, cp: () => 0, data: () => 0 };
    return { n, cp: (k: number) => t.getUint32(fc + 4 * k, true), data: (k: number) => fc + 4 * (n + 1) + size * k };
  };
  const shapes = plc(40, 26);
  const stories = plc(56, 22);
  const story = new Map<number, [number, number]>();
  for (let k = 0; k < stories.n; k++)
    story.set(t.getInt32(stories.data(k) + 14, true), [stories.cp(k), stories.cp(k + 1)]);
  for (let k = 0; k < shapes.n; k++) {
    const s = story.get(t.getInt32(shapes.data(k), true));
    if (!s || s[1] - s[0] < 2 || s[1] > ccp(9)) continue;
    out.set(shapes.cp(k), range(start + s[0], start + s[1]));
  }
  return out;
}

/** A .doc's text, or one clear line (a UserError) saying why it cannot be read. */
export function docText(bytes: Uint8Array, file: string): DocText {
  try {
    return readDoc(bytes);
  } catch (e) {
    if (!(e instanceof DocUnreadable)) throw e;
    if (e.trouble === 'encrypted') throw new UserError('input.encryptedDocument', { file });
    if (e.trouble === 'tooLarge') throw new UserError('doc.tooLarge', { file, limit: DOC_CHAR_LIMIT });
    throw new UserError(`doc.${e.trouble}`, { file });
  }
}

const isMacroStorage = (name: string) => /^(Macros|_VBA_PROJECT(_CUR)?|VBA)$/i.test(name);
