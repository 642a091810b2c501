// Text as it really arrives, made into numbered lines: NFC (NFD and "Unicode tổ hợp" are
// composed), UTF-8 read as Windows-1252 repaired, legacy TCVN3/VNI words converted, Word/Markdown leftovers removed (**bold**,
// *italic*, # headings, backslash escapes), smart quotes straightened, NBSP and tabs made
// spaces, one tone-placement style. Columns that a two-column Word layout put on one line
// (separated by tabs or wide gaps) are kept apart as segments.
import { splitMergedColumns } from './columns';
import { stripHtml } from './html';
import { asRow, readHeader, TABLE_ROW } from './task-table';
import { clean } from '../text';
import type { LineConversion } from './types';
import { convertLegacyLine, likelierEncoding, type LegacyEncoding } from '../vietnamese/legacy';
import {
  GLUED_WORD,
  LEGACY_WORD,
  lineFacts,
  LOST_HORN,
  MARKUP,
  MAYBE_MOJIBAKE,
  NOT_COMPOSED,
  ODD_CHARACTER,
  ODD_SPACING,
  OLD_TONE,
  STRONG_CHARACTER,
  TWO_CAPITALS,
} from '../vietnamese/line-facts';
import { unglue } from '../vietnamese/glued';
import { hasGlyphSwap, repairGlyphSwap } from '../vietnamese/glyph-swap';
import { restoreHorn } from '../vietnamese/horn';
import { blurredControl, repairMojibake } from '../vietnamese/mojibake';

export interface SourceLine {
  /** 1-based line number in the text as read. */
  no: number;
  /** The cleaned line. */
  text: string;
  /** The cleaned pieces of a line laid out in columns (one piece when it is not). */
  segments: string[];
}

export type { LineConversion };

export interface CleanedDocument {
  lines: SourceLine[];
  conversions: LineConversion[];
}

const LINE_BREAK = /\r\n|[\r\n\u2028\u2029\u000b\u000c]/;
const MD_HEADING = /^\s{0,3}#{1,6}\s+/;
const MD_BULLET = /^(\s*)[*]\s+/;
const BOLD = /\*\*|__/g;
const ITALIC_OPEN = /(^|[\s(“"'‘])\*(?=\S)/g;
const ITALIC_CLOSE = /(\S)\*(?=$|[\s),.;:!?”"'’])/g;
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!>|])/g;
const QUOTES: Array<[RegExp, string]> = [
  [/[“”„‟«»]/g, '"'],
  [/[‘’‚‛]/g, "'"],
];
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
// A web page's &nbsp; and the typographic spaces are spaces: every keyword is matched on plain ones.
const WIDE_SPACE = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;
// Columns: a tab, three spaces or more, or a portal's cell bar ("Số: 02/QC-UBND | Đắk Lắk, ngày … |").
const COLUMN_GAP = /\t+|\s{3,}|\s+\|(?:\s+|$)/;
// A list label alone in the first column is not a column: "1.<tab>Text" is one line.
const LABEL_ONLY = /^(?:[-–—•+*]|\d{1,2}[.)]?|[a-zđ][.)]|[IVXLC]{1,6}[.)]?|Điều\s+\d+[.:]?)$/u;

// "Số:…../ KHPH": a space typed after the slash of a number's symbol.
const NUMBER_SLASH_SPACE = /(Số\s*:?\s*[\d.…_ ]*)\/\s+(?=\p{Lu}{2})/gu;

// A PDF's page number glued to the first line of its page: "(2)2.Công đoàn …", "(1)CÔNG ĐOÀN …".
const PAGE_MARK = /^\s*\(\d{1,3}\)(?=[\p{L}\d])/u;

// Each pattern is tried only on a line holding the character it needs (none of them puts one back).
function stripMarkup(s: string): string {
  let out = s;
  if (out.includes('(')) out = out.replace(PAGE_MARK, '');
  if (out.includes('#')) out = out.replace(MD_HEADING, '');
  if (out.includes('*')) out = out.replace(MD_BULLET, '$1- ');
  if (out.includes('**') || out.includes('__')) out = out.replace(BOLD, '');
  if (out.includes('*')) out = out.replace(ITALIC_OPEN, '$1').replace(ITALIC_CLOSE, '$1');
  if (out.includes('\\')) out = out.replace(ESCAPE, '$1');
  return out;
}

// Old tone placement (hoà, thuỷ, hoá) → new (hòa, thủy, hóa); never after q, where u is part of
// the onset ("quý", "quá" stay as they are).
const TONED: Record<string, string> = { a: 'àáảãạ', e: 'èéẻẽẹ', y: 'ỳýỷỹỵ', o: 'òóỏõọ', u: 'ùúủũụ' };
const MOVES = new Map<string, string>();
for (const [lead, second] of [
  ['o', 'a'],
  ['o', 'e'],
  ['u', 'y'],
]) {
  [...TONED[second]].forEach((marked, i) => {
    const moved = TONED[lead][i];
    MOVES.set(lead + marked, moved + second);
    MOVES.set(lead.toUpperCase() + marked.toUpperCase(), moved.toUpperCase() + second.toUpperCase());
    MOVES.set(lead.toUpperCase() + marked, moved.toUpperCase() + second);
  });
}
const OLD_TONES = new RegExp(`(${[...MOVES.keys()].join('|')})(?!\\p{L})`, 'gu');

// A move is o before a toned a or e, or u before a toned y, that ends a word: a line with no such
// pair has none ("đoàn" has the pair, not at a word's end; "quả" is no move).
const OLD_TONE_PAIR = /(?:[oO][àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ])(?!\p{L})/u;

function newTones(s: string): string {
  if (!OLD_TONE_PAIR.test(s)) return s;
  return s.replace(OLD_TONES, (m, _g, offset: number) =>
    offset > 0 && /[qQ]/.test(s[offset - 1]) ? m : (MOVES.get(m) ?? m),
  );
}

// Any character the quotes, invisible and wide-space patterns replace.
const TYPOGRAPHIC = /[“”„‟«»‘’‚‛\u00ad\u200b-\u200d\u2060\ufeff\u00a0\u2000-\u200a\u202f\u205f\u3000]/;

/**
 * A line with no ODD_CHARACTER, no space at either end and no two in a row: finished by newTones
 * alone, and one piece.
 */
export function isRegular(s: string): boolean {
  if (s === '' || s.charCodeAt(0) === 32 || s.charCodeAt(s.length - 1) === 32 || s.includes('  ')) return false;
  return !ODD_CHARACTER.test(s);
}

function finish(s: string): string {
  let out = s;
  if (TYPOGRAPHIC.test(out)) {
    for (const [re, to] of QUOTES) out = out.replace(re, to);
    out = out.replace(INVISIBLE, '').replace(WIDE_SPACE, ' ');
  }
  return newTones(clean(out));
}

// Gaps left for hand-filling are not columns: "Số:      /QĐ-MN", "ngày     tháng     năm 2025".
const BLANK_LEFT = /(?:^Số\s*:?|\bngày|\btháng)$/iu;
const BLANK_RIGHT = /^(?:tháng|năm|\/)/iu;
// Word's plain-text export writes list bullets as a glyph and a tab: "•<tab>text", "o<tab>text".
const BULLET_GLYPH = /^[o§Øü·•▪◦➢❖\uf0a7\uf0b7\uf0d8\uf076]$/u;

function joinBlanks(pieces: string[]): string[] {
  if (pieces.length > 1 && BULLET_GLYPH.test(pieces[0])) pieces = [`- ${pieces[1]}`, ...pieces.slice(2)];
  const out: string[] = [];
  for (const piece of pieces) {
    const prev = out[out.length - 1];
    if (prev !== undefined && (BLANK_LEFT.test(prev) || BLANK_RIGHT.test(piece)))
      out[out.length - 1] = `${prev} ${piece}`;
    else out.push(piece);
  }
  return out;
}

// A whole document posted as one line: cut it where a regulation's parts begin. Only a long line
// with several of these marks is cut, so an ordinary sentence is never split.
const RUN_ON_MARKS = [
  /(?=CỘNG HÒA XÃ HỘI|CỘNG HOÀ XÃ HỘI|Độc [lL]ập\s*[-–]\s*Tự [dD]o)/u,
  /(?<=Hạnh [pP]húc)\s+/u,
  /(?<=\p{Lu}{2})(?<!NHÀ)\s+(?=TRƯỜNG\s)/u,
  // Look-behinds that scan back over a word are tried at a space only: a 100,000-letter word stays linear.
  /(?=\s)(?<=Số\s*:?\s*\S+)\s+(?=\p{Lu}[^,]{0,30},\s*ngày)/u,
  /(?=\bSố\s*:?\s*(?:\d|[.…_ ]*\/))/u,
  /(?=QUY CHẾ|QUI CHẾ|KẾ HOẠCH|QUYẾT ĐỊNH)/u,
  // "KẾ HOẠCH PHỐI HỢP Công tác y tế …": the kind line, then its title in ordinary case.
  /(?<=(?:QUY CHẾ|QUI CHẾ|KẾ HOẠCH)(?: PHỐI HỢP| LIÊN TỊCH)?)\s+(?=\p{Lu}\p{Ll})/u,
  /(?=Căn cứ\s)/u,
  /(?<=như sau:)\s+/u,
  /(?=Điều\s+\d{1,2}\s*[.:])/u,
  /(?<=[.;:]\s)(?=(?:[IVX]{1,4}|\d{1,2})\.\s+\p{Lu})/u,
  // A bullet run on after a heading's colon or a sentence's end: "MỤC TIÊU:- Củng cố …", "….- Từng bước …".
  /(?<=[\p{L}.;:)])\s*(?=[-–]\s*\p{Lu}\p{Ll})(?<=[:.;)]\s*)/u,
  /(?=Nơi nhận\s*:)/u,
  /(?=\b(?:TM|KT|TL|TUQ|Q)\.\s)/u,
  /(?=(?<!TRƯỞNG\s)(?<![.]\s)\b(?:HIỆU TRƯỞNG|BÍ THƯ|CHỦ TỊCH|TRƯỞNG BAN)(?!\p{L}))/u,
  // A name after its title in capitals: "BÍ THƯ Lương Thị Ngọc".
  /(?=\s)(?<=\b\p{Lu}{2,})(?<!\b(?:TH|THCS|THPT|MN|MG|PTDTBT|PTDTNT|PT|GDTX|TT)(?:&\p{Lu}+)?)\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+(?:\s|$))/u,
];
const RUN_ON_MIN = 400;
const DECORATION = /^[*\-_=~•–—]{2,}$|^\*$/u;

// A page that ran its blocks together dropped the space at each join too: "BẾN ĐÁĐộc lập",
// "Hạnh phúcSố:", "năm 2019KẾ HOẠCH", "HỢPCông tác", "như sau:I. MỤC TIÊU". On a run-on line only,
// a space goes back where the case or a figure changes like that.
const JOINS = [
  /(?<=\p{Ll})(?=\p{Lu})/gu,
  /(?<=\p{Lu}{2})(?=\p{Lu}\p{Ll}{2})/gu,
  /(?<=\d)(?=\p{Lu}\p{L})/gu,
  /(?<=\p{Ll}[.:;])(?=\p{Lu}|[-–]\s)/gu,
];
const spacedJoins = (line: string) => JOINS.reduce((s, re) => s.replace(re, ' '), line);

/** The pieces of a run-on line, or null when it is not one (or falls in one piece). */
function splitRunOn(raw: string): string[] | null {
  if (raw.length < RUN_ON_MIN) return null;
  const line = spacedJoins(raw);
  if (RUN_ON_MARKS.filter((re) => re.test(line)).length < 5) return null;
  let pieces = [line];
  for (const re of RUN_ON_MARKS) {
    const g = new RegExp(re.source, 'gu');
    pieces = pieces.flatMap((p) => p.split(g));
  }
  const out = pieces.map((p) => p.trim()).filter(Boolean);
  return out.length > 1 ? out : null;
}

// A legal portal's table as text: each cell ends with a "|" line (or " |"), and its first word is
// broken off on a line of its own ("ỦY" / "BAN NHÂN DÂN", "Bắc" / "Giang, ngày …", "Số:" / "78/…").
// In the heading's cells the word is put back on its line and the bars become blank lines.
const CELL_END = /^\s*\|\s*$|\s\|\s*$/;
const LONE_WORD = /^\s*[\p{L}][\p{L}.]*:?\s*$/u;

function joinCellFragments(raw: string[]): string[] {
  const top = Math.min(raw.length, 60);
  let last = -1;
  let ends = 0;
  for (let i = 0; i < top; i++)
    if (CELL_END.test(raw[i]) && !TABLE_ROW.test(raw[i])) {
      last = i;
      ends++;
    }
  if (ends < 2) return raw;
  const out = [...raw];
  for (let i = 0; i <= last; i++) {
    if (TABLE_ROW.test(out[i])) continue;
    if (/^\s*\|\s*$/.test(out[i])) {
      out[i] = '';
      continue;
    }
    out[i] = out[i].replace(/\s\|\s*$/, '');
    // A page that puts a blank line after every line has one between the word and the rest.
    let j = i + 1;
    while (j < last && !out[j].trim()) j++;
    const next = out[j] ?? '';
    if (j <= last && LONE_WORD.test(out[i]) && next.trim() && !/^\s*\|\s*$/.test(next)) {
      out[j] = `${out[i].trim()} ${next.trim()}`;
      out[i] = '';
    }
  }
  return out;
}

// Word's "Save as plain text" writes a table a row a line, its cells parted by tabs. A table of
// tasks (its header names the columns) is written between bars as the .docx reader writes it.
// Its rows run while lines keep their tabs and a letter in small case (a signature line in
// capitals after it is not a row); a line without tabs between two rows is a row across the
// table ("HỌC KỲ I"). Any other tabbed line stays columns.
function rowsFromTabs(raw: string[]): string[] {
  const tabbed = (l: string) => l.includes('\t') && l.trim().split(/\t+/).length > 1;
  const tabRow = (l: string) => asRow(l.trimEnd().split('\t'));
  const out = [...raw];
  let width = 0;
  for (let i = 0; i < out.length; i++) {
    const line = out[i];
    if (!line.trim()) continue;
    if (!width) {
      const cells = tabbed(line) ? line.trim().split(/\t+/) : null;
      if (cells && readHeader(cells)) {
        width = cells.length;
        out[i] = tabRow(line);
      }
      continue;
    }
    if (tabbed(line) && /\p{Ll}/u.test(line)) out[i] = tabRow(line);
    else if (!tabbed(line) && line.trim().length <= 60 && tabbed(out.slice(i + 1).find((l) => l.trim()) ?? ''))
      out[i] = asRow([line.trim()]);
    else width = 0;
  }
  return out;
}

interface Reading {
  /** The legacy encoding most of the text's words decode in. */
  prefer: LegacyEncoding;
  /** The text shows a PDF's swapped glyphs. */
  glyphs: boolean;
  /** The one character the text shows for any control character of its mojibake. */
  blurred: string | undefined;
}

/**
 * A line's repairs in order, each adding its conversions: the repaired line, and the facts of the
 * line as it was walked (NFC, before the repairs) with what was walked. A repair runs only on a
 * line the walk says may need it, or one an earlier repair changed.
 */
function repairLine(rawLine: string, rawFacts: number, no: number, doc: Reading, conversions: LineConversion[]) {
  // Mojibake first: its bytes would otherwise look like TCVN3 letters.
  let s = rawLine;
  if (rawFacts & MAYBE_MOJIBAKE) {
    const repaired = repairMojibake(rawLine, doc.blurred);
    for (const r of repaired.repairs) conversions.push({ ...r, encoding: 'mojibake', line: no });
    s = repaired.text;
  }
  // Composed (NFC) and walked again only when that may change it.
  let facts = rawFacts;
  if (s !== rawLine || facts & NOT_COMPOSED) {
    s = s.normalize('NFC');
    if (s !== rawLine) facts = lineFacts(s);
  }
  const walked = s;
  if (facts & LEGACY_WORD) {
    const converted = convertLegacyLine(s, undefined, false, doc.prefer);
    for (const c of converted.conversions) conversions.push({ ...c, line: no });
    s = converted.text;
  }
  // A PDF's swapped glyphs (ô read as ơ) first: the horn's repair would read "cơng" as "cương".
  if (doc.glyphs) {
    const unswapped = repairGlyphSwap(s);
    for (const r of unswapped.repairs) conversions.push({ ...r, encoding: 'glyphs', line: no });
    s = unswapped.text;
  }
  if (facts & LOST_HORN || s !== walked) {
    const horned = restoreHorn(s);
    for (const r of horned.repairs) conversions.push({ ...r, encoding: 'horn', line: no });
    s = horned.text;
  }
  if (facts & MARKUP || s !== walked) s = stripMarkup(s);
  if (facts & GLUED_WORD || s !== walked) s = unglue(s);
  if (s.includes('Số')) s = s.replace(NUMBER_SLASH_SPACE, '$1/');
  return { text: s, walked, facts };
}

// A text broken by anything but \n alone (LINE_BREAK): most are not, and split at \n without a pattern.
const otherBreak = (s: string) => ['\r', '\u2028', '\u2029', '\v', '\f'].some((b) => s.includes(b));

/** Split a text into cleaned lines. `preConverted` lists conversions a font already made (.docx). */
export function cleanDocument(text: string, preConverted: LineConversion[] = []): CleanedDocument {
  const page = stripHtml(text.replace(/^\ufeff/, ''));
  const raw = rowsFromTabs(joinCellFragments(otherBreak(page) ? page.split(LINE_BREAK) : page.split('\n')));
  // Each line walked once as it came: the lines that may hold legacy words say which encoding is
  // likelier, those that may hold mojibake which control character is blurred.
  const rawFacts = raw.map((l) => lineFacts(l));
  const doc: Reading = {
    prefer: likelierEncoding(raw.filter((_, i) => rawFacts[i] & STRONG_CHARACTER)),
    glyphs: hasGlyphSwap(raw),
    blurred: blurredControl(raw.filter((_, i) => rawFacts[i] & MAYBE_MOJIBAKE)),
  };
  const lines: SourceLine[] = [];
  const conversions: LineConversion[] = [...preConverted];
  raw.forEach((rawLine, i) => {
    const no = i + 1;
    const { text: unmarked, walked, facts } = repairLine(rawLine, rawFacts[i], no, doc, conversions);
    // What the walk says of the line holds while it is the line walked.
    const same = unmarked === walked;
    const regular = same ? unmarked !== '' && !(facts & ODD_SPACING) : isRegular(unmarked);
    // A row of a table keeps its cells on its one line, whatever spaces pad them.
    if (!regular && TABLE_ROW.test(unmarked) && !/^\s*\|\s*$/.test(unmarked)) {
      const row = finish(unmarked.replace(/\s+/g, ' '));
      lines.push({ no, text: row, segments: [row] });
      return;
    }
    const text = !regular ? finish(unmarked) : same && !(facts & OLD_TONE) ? unmarked : newTones(unmarked);
    const trimmed = regular ? unmarked : unmarked.trim();
    const runOn = splitRunOn(trimmed);
    let pieces: string[];
    if (runOn) pieces = runOn.map(finish).filter(Boolean);
    else if (regular) pieces = [text];
    else {
      // A line of one piece is the line itself: finished once.
      const finishPiece = (piece: string) => (piece === unmarked ? text : finish(piece));
      pieces = joinBlanks(trimmed.split(COLUMN_GAP).map(finishPiece).filter(Boolean));
    }
    // The walk's two capitals hold for the piece when it is the line walked.
    if (pieces.length === 1)
      pieces = splitMergedColumns(pieces[0], pieces[0] === walked ? (facts & TWO_CAPITALS) !== 0 : undefined);
    // A rule drawn with characters ("***", "-----", "___") only separates: it reads as a blank line.
    if (DECORATION.test(text)) {
      lines.push({ no, text: '', segments: [''] });
      return;
    }
    let segments = [text];
    if (pieces.length > 1 && !LABEL_ONLY.test(pieces[0])) segments = pieces;
    else if (pieces.length === 1 && pieces[0] !== text) segments = pieces; // a bullet glyph made "- "
    lines.push({ no, text: segments.length === 1 ? segments[0] : text, segments });
  });
  return { lines, conversions };
}
