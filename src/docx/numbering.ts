// Word list numbering made visible. mammoth reports only a list level and whether it is
// ordered, but an importer needs the label the reader sees ("Điều 3.", "II.", "1.1", "a)"), so
// the labels are computed here from numbering.xml and styles.xml and written into
// document.xml as plain text before mammoth reads it.

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

const attr = (tag: string, name: string) => {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(tag);
  return m ? decodeXml(m[1]) : undefined;
};

export function readNumbering(numberingXml: string | undefined, stylesXml: string | undefined): Numbering {
  const abstracts = new Map<string, Map<number, Level>>();
  const nums = new Map<string, Num>();
  const styles: Numbering['styles'] = new Map();
  if (numberingXml) {
    for (const a of numberingXml.matchAll(/<w:abstractNum\b([^>]*)>([\s\S]*?)<\/w:abstractNum>/g)) {
      const id = attr(a[1], 'w:abstractNumId');
      if (id === undefined) continue;
      const levels = new Map<number, Level>();
      for (const l of a[2].matchAll(/<w:lvl\b([^>]*)>([\s\S]*?)<\/w:lvl>/g)) {
        const ilvl = Number(attr(l[1], 'w:ilvl') ?? 0);
        const body = l[2];
        levels.set(ilvl, {
          fmt: attr(/<w:numFmt\b[^>]*>/.exec(body)?.[0] ?? '', 'w:val') ?? 'decimal',
          text: attr(/<w:lvlText\b[^>]*>/.exec(body)?.[0] ?? '', 'w:val') ?? '',
          start: Number(attr(/<w:start\b[^>]*>/.exec(body)?.[0] ?? '', 'w:val') ?? 1),
        });
      }
      abstracts.set(id, levels);
    }
    for (const n of numberingXml.matchAll(/<w:num\b([^>]*)>([\s\S]*?)<\/w:num>/g)) {
      const id = attr(n[1], 'w:numId');
      const abstractId = attr(/<w:abstractNumId\b[^>]*>/.exec(n[2])?.[0] ?? '', 'w:val');
      if (id === undefined || abstractId === undefined) continue;
      const starts = new Map<number, number>();
      for (const o of n[2].matchAll(/<w:lvlOverride\b([^>]*)>([\s\S]*?)<\/w:lvlOverride>/g)) {
        const start = attr(/<w:startOverride\b[^>]*>/.exec(o[2])?.[0] ?? '', 'w:val');
        if (start !== undefined) starts.set(Number(attr(o[1], 'w:ilvl') ?? 0), Number(start));
      }
      nums.set(id, { abstractId, starts });
    }
  }
  if (stylesXml) {
    for (const s of stylesXml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
      if (attr(s[1], 'w:type') !== 'paragraph') continue;
      const id = attr(s[1], 'w:styleId');
      if (!id) continue;
      const numId = attr(/<w:numId\b[^>]*>/.exec(s[2])?.[0] ?? '', 'w:val');
      const ilvl = attr(/<w:ilvl\b[^>]*>/.exec(s[2])?.[0] ?? '', 'w:val');
      const basedOn = attr(/<w:basedOn\b[^>]*>/.exec(s[2])?.[0] ?? '', 'w:val');
      styles.set(id, { numId, ilvl: ilvl === undefined ? undefined : Number(ilvl), basedOn });
    }
  }
  return { abstracts, nums, styles };
}

function roman(n: number): string {
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
    while (id && !seen.has(id)) {
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

const TAG = /<(\/?)(w:p|w:pPr|w:pPrChange|w:numPr|w:ilvl|w:numId|w:pStyle)(?=[\s/>])([^>]*?)(\/?)>/g;

/** document.xml with each numbered paragraph's label written at its start as a plain run. */
export function writeLabels(documentXml: string, numbering: Numbering): string {
  const counter = new ListCounter(numbering);
  // Choice branches of mc:AlternateContent are skipped (mammoth reads the Fallback).
  const choices: Array<[number, number]> = [];
  for (const m of documentXml.matchAll(/<mc:Choice\b[\s\S]*?<\/mc:Choice>/g))
    choices.push([m.index!, m.index! + m[0].length]);
  const inChoice = (i: number) => choices.some(([a, b]) => i >= a && i < b);
  type Open = { insertAt: number; numId?: string; ilvl?: number; style?: string; inPPr: boolean };
  const stack: Open[] = [];
  let change = 0;
  const inserts: Array<[number, string]> = [];
  for (const m of documentXml.matchAll(TAG)) {
    const [whole, close, name, attrs, selfClose] = m;
    const at = m.index!;
    const top = stack[stack.length - 1];
    if (name === 'w:p') {
      if (close) {
        const p = stack.pop();
        if (!p || inChoice(at)) continue;
        const label = counter.label(p.numId, p.ilvl, p.style);
        if (label) inserts.push([p.insertAt, `<w:r><w:t xml:space="preserve">${escapeXml(label)} </w:t></w:r>`]);
      } else if (!selfClose) stack.push({ insertAt: at + whole.length, inPPr: false });
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
        top.insertAt = at + whole.length;
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
