// A lean .xlsx reader for checking: it inflates only the parts a check needs (workbook, sheets,
// shared strings, styles for date formats, tables) and reads cell values straight from the XML
// into SheetGrids. exceljs builds a full object model of every cell, style and part; for a
// folder of hundreds of workbooks that allocation is most of the time and keeps a second core
// busy collecting garbage. Values come out as exceljs's reader gives them (a test holds the two
// to the same grids): shared and inline strings, numbers, booleans, errors, cached formula
// results, dates for date-formatted numbers. One difference: exceljs drops the cached result of
// some formulas (the tracking workbook's rates read back empty); this reader keeps it, as Excel shows it.
import { strFromU8 } from 'fflate';
import type { CellValue, SheetGrid, TableRef } from '../core/grid';
import { columnNumber } from '../core/grid';
import { inflateWithFflate, zipDirectory, zipEntryContent, type InflateRaw } from './zip-read';

export class LeanReadError extends Error {}

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(s: string): string {
  if (s.includes('&')) {
    s = s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
      e[0] === '#'
        ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
        : ENTITY[e],
    );
  }
  // SpreadsheetML escapes characters XML cannot hold as _xHHHH_ (and a literal one as _x005F_).
  if (s.includes('_x')) s = s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  return s;
}

const ATTRIBUTE = new Map<string, RegExp>();

function attr(tag: string, name: string): string | undefined {
  let re = ATTRIBUTE.get(name);
  if (!re) ATTRIBUTE.set(name, (re = new RegExp(`\\s${name}="([^"]*)"`)));
  const m = re.exec(tag);
  return m ? unescapeXml(m[1]) : undefined;
}

/** The text of every `<t>` in a fragment (rich-text runs joined), phonetic guides left out. */
function textOf(fragment: string): string {
  let out = '';
  const body = fragment.includes('<rPh') ? fragment.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '') : fragment;
  for (const m of body.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g)) out += m[1] ?? '';
  return unescapeXml(out);
}

function resolveTarget(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}

function relsOf(xml: string | undefined, base: string): Map<string, { type: string; target: string }> {
  const rels = new Map<string, { type: string; target: string }>();
  if (!xml) return rels;
  for (const m of xml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], 'Id');
    const target = attr(m[0], 'Target');
    if (id && target && attr(m[0], 'TargetMode') !== 'External')
      rels.set(id, { type: attr(m[0], 'Type') ?? '', target: resolveTarget(base, target) });
  }
  return rels;
}

const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

/** exceljs's rule: a format is a date when, outside quotes and brackets, it has y m d h s or b. */
function isDateFormat(code: string): boolean {
  return /[ymdhMsb]+/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

function dateStyles(xml: string | undefined): boolean[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(/<numFmt\b[^>]*>/g))
    custom.set(Number(attr(m[0], 'numFmtId')), attr(m[0], 'formatCode') ?? '');
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? '';
  return [...xfs.matchAll(/<xf\b[^>]*>/g)].map((m) => {
    const id = Number(attr(m[0], 'numFmtId') ?? 0);
    const code = custom.get(id);
    return code !== undefined ? isDateFormat(code) : BUILTIN_DATE_FORMATS.has(id);
  });
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

function dateFromSerial(serial: number, date1904: boolean): Date {
  return new Date((date1904 ? EPOCH_1904 : EXCEL_EPOCH) + Math.round(serial * 86_400_000));
}

const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
const ROW = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;

function readSheet(
  xml: string,
  strings: string[],
  dates: boolean[],
  date1904: boolean,
  maxRows: number,
): CellValue[][] {
  const rows: CellValue[][] = [];
  const data = /<sheetData\b[^>]*>([\s\S]*?)<\/sheetData>/.exec(xml)?.[1] ?? '';
  let rowIndex = 0;
  let count = 0;
  for (const rm of data.matchAll(ROW)) {
    const r = attr(rm[1], 'r');
    rowIndex = r ? Number(r) : rowIndex + 1;
    if (++count > maxRows) throw new LeanReadError(`Max row count (${maxRows}) exceeded`);
    const values: CellValue[] = [];
    let colIndex = 0;
    for (const cm of (rm[2] ?? '').matchAll(CELL)) {
      const head = cm[1];
      const ref = attr(head, 'r');
      colIndex = ref ? columnNumber(/^[A-Z]+/i.exec(ref)![0]) : colIndex + 1;
      const body = cm[2];
      if (!body) continue;
      const type = attr(head, 't') ?? 'n';
      const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      let value: CellValue = null;
      if (type === 'inlineStr') value = textOf(/<is>([\s\S]*?)<\/is>/.exec(body)?.[1] ?? '');
      else if (v === undefined) value = null;
      else if (type === 's') value = strings[Number(v)] ?? null;
      else if (type === 'str') value = unescapeXml(v);
      else if (type === 'b') value = v === '1';
      else if (type === 'e') value = { error: unescapeXml(v) };
      else {
        const n = Number(v);
        const style = Number(attr(head, 's') ?? 0);
        value = dates[style] ? dateFromSerial(n, date1904) : n;
      }
      if (value !== null && value !== '') values[colIndex - 1] = value;
    }
    if (values.length > 0) rows[rowIndex - 1] = values;
  }
  for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
  return rows;
}

export interface CoreProperties {
  title?: string;
  subject?: string;
  keywords?: string;
  description?: string;
}

export interface LeanWorkbook {
  grids: SheetGrid[];
  properties: CoreProperties;
}

/**
 * The grids and the core document properties (title, subject, keywords, description). Throws
 * LeanReadError (or a ZipReadError, or the inflater's error) on a broken file.
 */
export function leanReadWorkbook(
  bytes: Uint8Array,
  maxRows = Number.MAX_SAFE_INTEGER,
  inflate: InflateRaw = inflateWithFflate,
): LeanWorkbook {
  const entries = new Map(zipDirectory(bytes).map((e) => [e.name, e]));
  // Parts are inflated when first asked for, so the theme, the printer settings and the like never are.
  const text = (name: string) => {
    const entry = entries.get(name);
    return entry ? strFromU8(zipEntryContent(bytes, entry, inflate)) : undefined;
  };
  const workbook = text('xl/workbook.xml');
  if (!workbook) throw new LeanReadError('no xl/workbook.xml');
  const date1904 = /<workbookPr\b[^>]*\sdate1904="(1|true)"/.test(workbook);
  const rels = relsOf(text('xl/_rels/workbook.xml.rels'), 'xl/workbook.xml');
  const sst = text('xl/sharedStrings.xml');
  const strings = sst ? [...sst.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => textOf(m[1] ?? '')) : [];
  const dates = dateStyles(text('xl/styles.xml'));
  const grids: SheetGrid[] = [];
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = attr(m[0], 'name') ?? '';
    const rid = attr(m[0], 'r:id') ?? /\s[\w]+:id="([^"]*)"/.exec(m[0])?.[1];
    const part = rid ? rels.get(rid)?.target : undefined;
    const xml = part ? text(part) : undefined;
    if (!xml) continue; // a chart sheet or a missing part: nothing to check
    const sheetRels = relsOf(text(part!.replace(/([^/]+)$/, '_rels/$1.rels')), part!);
    const tables: TableRef[] = [];
    for (const tp of xml.matchAll(/<tablePart\b[^>]*>/g)) {
      const target = sheetRels.get(attr(tp[0], 'r:id') ?? '')?.target;
      const tableXml = target ? text(target) : undefined;
      const head = tableXml ? /<table\b[^>]*>/.exec(tableXml)?.[0] : undefined;
      if (!head) continue;
      const tableName = attr(head, 'displayName') ?? attr(head, 'name');
      const ref = attr(head, 'ref');
      if (tableName && ref) tables.push({ name: tableName, range: ref });
    }
    grids.push({ name, rows: readSheet(xml, strings, dates, date1904, maxRows), tables });
  }
  const core = text('docProps/core.xml') ?? '';
  const prop = (tag: string) => {
    const m = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`).exec(core);
    return m ? unescapeXml(m[1]) : undefined;
  };
  return {
    grids,
    properties: {
      title: prop('dc:title'),
      subject: prop('dc:subject'),
      keywords: prop('cp:keywords'),
      description: prop('dc:description'),
    },
  };
}
