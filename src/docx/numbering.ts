// Word list numbering made visible. mammoth reports only a list level and whether it is
// ordered, but an importer needs the label the reader sees ("Điều 3.", "II.", "1.1", "a)"), so
// the labels are computed here from numbering.xml and styles.xml and written into
// document.xml as plain text before mammoth reads it.

import { elements, rawAttr, scanTags, startTags } from '../core/xml-scan';

interface Level {
  fmt: string;
  text: string;
  start: number;
}

interface Num {
  abstractId: string;
  starts: Map<number, number>;
}

export interface Numbering {
  abstracts: Map<string, Map<number, Level>>;
  nums: Map<string, Num>;
  /** Paragraph style → its numbering (numId, ilvl), following basedOn. */
  styles: Map<string, { numId?: string; ilvl?: number; basedOn?: string }>;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
export const decodeXml = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
      : (ENTITIES[e] ?? m),
  );
export const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const attr = (tag: string, name: string) => {
  const v = rawAttr(tag, name);
  return v === undefined ? undefined : decodeXml(v);
};
/** `w:val` of the first `<name …>` in a fragment. */
export const valOf = (xml: string, name: string) => {
  const tag = startTags(xml, name).next().value;
  return tag === undefined ? undefined : attr(tag, 'w:val');
};

// Parsed with the linear scanner (core/xml-scan): 100,000 unclosed <w:abstractNum> used to take a minute.
export function readNumbering(numberingXml: string | undefined, stylesXml: string | undefined): Numbering {
  const abstracts = new Map<string, Map<number, Level>>();
  const nums = new Map<string, Num>();
  const styles: Numbering['styles'] = new Map();
  if (numberingXml) {
    for (const a of elements(numberingXml, 'w:abstractNum')) {
      const id = attr(a.attrs, 'w:abstractNumId');
      if (id === undefined) continue;
      const levels = new Map<number, Level>();
      for (const l of elements(a.body, 'w:lvl')) {
        const ilvl = Number(attr(l.attrs, 'w:ilvl') ?? 0);
        // Word's lists have nine levels, 0 to 8.
        if (!(ilvl >= 0 && ilvl <= 8)) continue;
        levels.set(ilvl, {
          fmt: valOf(l.body, 'w:numFmt') ?? 'decimal',
          text: valOf(l.body, 'w:lvlText') ?? '',
          start: startValue(valOf(l.body, 'w:start')),
        });
      }
      abstracts.set(id, levels);
    }
    for (const n of elements(numberingXml, 'w:num')) {
      const id = attr(n.attrs, 'w:numId');
      const abstractId = valOf(n.body, 'w:abstractNumId');
      if (id === undefined || abstractId === undefined) continue;
      const starts = new Map<number, number>();
      for (const o of elements(n.body, 'w:lvlOverride')) {
        const start = valOf(o.body, 'w:startOverride');
        if (start !== undefined) starts.set(Number(attr(o.attrs, 'w:ilvl') ?? 0), startValue(start));
      }
      nums.set(id, { abstractId, starts });
    }
  }
  if (stylesXml) {
    for (const s of elements(stylesXml, 'w:style')) {
      if (attr(s.attrs, 'w:type') !== 'paragraph') continue;
      const id = attr(s.attrs, 'w:styleId');
      if (!id) continue;
      const numId = valOf(s.body, 'w:numId');
      const ilvl = valOf(s.body, 'w:ilvl');
      const basedOn = valOf(s.body, 'w:basedOn');
      styles.set(id, { numId, ilvl: ilvl === undefined ? undefined : Number(ilvl), basedOn });
    }
  }
  return { abstracts, nums, styles };
}

/** Styles based on styles: deeper than any real document, short of a crafted chain of 200,000. */
export const STYLE_DEPTH = 64;

/** Word's own list formats stop here; past it (a crafted start of 10^20) a label is the figure. */
const ROMAN_MAX = 3999;
const LETTERS_MAX = 780;
/** A list that starts past a million is not a real list: it starts at 1. */
const START_MAX = 1_000_000;
const startValue = (raw: string | undefined) => {
  const n = Number(raw ?? 1);
  return Number.isInteger(n) && n >= 0 && n <= START_MAX ? n : 1;
};

function roman(n: number): string {
  if (!(n >= 1 && n <= ROMAN_MAX)) return String(n);
  const table: Array<[number, string]> = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table)
    while (n >= v) {
      out += s;
      n -= v;
    }
  return out;
}

function letters(n: number): string {
  if (!(n >= 1 && n <= LETTERS_MAX)) return String(n);
  // a … z, aa … zz as Word writes them
  const base = String.fromCharCode(97 + ((n - 1) % 26));
  return base.repeat(Math.floor((n - 1) / 26) + 1);
}

function format(n: number, fmt: string): string {
  switch (fmt) {
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerLetter':
      return letters(n);
    default:
      return String(n);
  }
}

/** Counts list items in reading order and gives each numbered paragraph its label. */
export class ListCounter {
  private readonly counters = new Map<string, number[]>();
  private readonly started = new Set<string>();

  constructor(private readonly numbering: Numbering) {}

  private styleNumbering(styleId: string | undefined): { numId?: string; ilvl?: number } {
    const seen = new Set<string>();
    let id = styleId;
    while (id && !seen.has(id) && seen.size < STYLE_DEPTH) {
      seen.add(id);
      const s = this.numbering.styles.get(id);
      if (!s) break;
      if (s.numId !== undefined) return { numId: s.numId, ilvl: s.ilvl };
      id = s.basedOn;
    }
    return {};
  }

  label(numId: string | undefined, ilvl: number | undefined, styleId: string | undefined): string {
    const fromStyle = numId === undefined ? this.styleNumbering(styleId) : {};
    const id = numId ?? fromStyle.numId;
    if (id === undefined || id === '0') return '';
    const num = this.numbering.nums.get(id);
    if (!num) return '';
    const levels = this.numbering.abstracts.get(num.abstractId);
    const level = ilvl ?? fromStyle.ilvl ?? 0;
    const spec = levels?.get(level);
    if (!levels || !spec) return '';
    const counts = this.counters.get(num.abstractId) ?? [];
    this.counters.set(num.abstractId, counts);
    // A w:num with startOverride restarts the list the first time it is used.
    if (!this.started.has(id)) {
      this.started.add(id);
      for (const [l, start] of num.starts) counts[l] = start - 1;
    }
    counts[level] = (counts[level] ?? (spec.start ?? 1) - 1) + 1;
    counts.length = level + 1;
    if (spec.fmt === 'bullet') return '-';
    if (spec.fmt === 'none') return spec.text.replace(/%\d/g, '').trim();
    return spec.text.replace(/%(\d)/g, (_, d: string) => {
      const l = Number(d) - 1;
      const lv = levels.get(l);
      const n = counts[l] ?? lv?.start ?? 1;
      return format(n, lv?.fmt ?? 'decimal');
    });
  }
}

const TAG_NAMES = new Set(['w:p', 'w:pPr', 'w:pPrChange', 'w:numPr', 'w:ilvl', 'w:numId', 'w:pStyle']);

/** Whether the document uses a list, by its paragraphs (`mentions` looks in its XML) or their styles. */
export function usesLists(numbering: Numbering, mentions: (text: string) => boolean): boolean {
  if (numbering.nums.size === 0) return false;
  return mentions('w:numId') || [...numbering.styles.values()].some((s) => s.numId !== undefined);
}

/** document.xml with each numbered paragraph's label written at its start as a plain run. */
export function writeLabels(documentXml: string, numbering: Numbering): string {
  // No list the document uses: nothing to label, and no scan of the whole document (a
  // millisecond on an exported 1,000-clause regulation).
  if (!usesLists(numbering, (text) => documentXml.includes(text))) return documentXml;
  const counter = new ListCounter(numbering);
  // Choice branches of mc:AlternateContent are skipped (mammoth reads the Fallback). They come
  // in document order, as the tags do, so one pointer walks both.
  const choices: Array<[number, number]> = [];
  for (const e of elements(documentXml, 'mc:Choice')) choices.push([e.start, e.end]);
  let c = 0;
  const inChoice = (i: number) => {
    while (c < choices.length && choices[c][1] <= i) c++;
    return c < choices.length && i >= choices[c][0];
  };
  type Open = { insertAt: number; numId?: string; ilvl?: number; style?: string; inPPr: boolean };
  const stack: Open[] = [];
  let change = 0;
  const inserts: Array<[number, string]> = [];
  for (const tag of scanTags(documentXml, TAG_NAMES)) {
    const { name, closing: close, selfClosing: selfClose, attrs } = tag;
    const at = tag.index;
    const top = stack[stack.length - 1];
    if (name === 'w:p') {
      if (close) {
        const p = stack.pop();
        if (!p || inChoice(at)) continue;
        const label = counter.label(p.numId, p.ilvl, p.style);
        if (label) inserts.push([p.insertAt, `<w:r><w:t xml:space="preserve">${escapeXml(label)} </w:t></w:r>`]);
      } else if (!selfClose) stack.push({ insertAt: tag.end, inPPr: false });
      continue;
    }
    if (name === 'w:pPrChange') {
      if (!selfClose) change += close ? -1 : 1;
      continue;
    }
    if (!top || change > 0) continue;
    if (name === 'w:pPr') {
      if (close) {
        top.inPPr = false;
        top.insertAt = tag.end;
      } else if (!selfClose) top.inPPr = true;
      continue;
    }
    if (!top.inPPr) continue;
    const val = attr(attrs, 'w:val');
    if (name === 'w:numId' && val !== undefined) top.numId = val;
    else if (name === 'w:ilvl' && val !== undefined) top.ilvl = Number(val);
    else if (name === 'w:pStyle' && val !== undefined) top.style = val;
  }
  if (inserts.length === 0) return documentXml;
  inserts.sort((a, b) => a[0] - b[0]);
  let out = '';
  let pos = 0;
  for (const [at, text] of inserts) {
    out += documentXml.slice(pos, at) + text;
    pos = at;
  }
  return out + documentXml.slice(pos);
}
