// A lean .xlsx reader for checking: it inflates only the parts a check needs (workbook, sheets,
// shared strings, styles for date formats, tables, the cell notes of a sheet that has any) and reads cell values straight from the XML
// into SheetGrids. exceljs builds a full object model of every cell, style and part; for a
// folder of hundreds of workbooks that allocation is most of the time and keeps a second core
// busy collecting garbage. Values come out as exceljs's reader gives them (a test holds the two
// to the same grids): shared and inline strings, numbers, booleans, errors, cached formula
// results, dates for date-formatted numbers. One difference: exceljs drops the cached result of
// some formulas (the tracking workbook's rates read back empty); this reader keeps it, as Excel shows it.
// Likewise a note on a cell the sheet does not list at all (no value, no style): exceljs drops it, this keeps it.
import { strFromU8 } from 'fflate';
import type { CellValue, SheetGrid, TableRef } from '../core/grid';
import { columnNumber } from '../core/grid';
import { between, elements, firstElement, rawAttr, startTags, UnclosedTagError } from '../core/xml-scan';
import { unescapeUnderscoreHex } from './sheet-xml';
import { inflateWithFflate, zipDirectory, zipEntryContent, type InflateRaw } from './zip-read';

/** A part the reader could not take: too many rows, or an element never closed (`part`, `tag`). */
export class LeanReadError extends Error {
  constructor(
    message: string,
    readonly part?: string,
    readonly tag?: string,
  ) {
    super(message);
  }
}

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
  return unescapeUnderscoreHex(s);
}

function attr(tag: string, name: string): string | undefined {
  const v = rawAttr(tag, name);
  return v === undefined ? undefined : unescapeXml(v);
}

/** The text of every `<t>` in a fragment (rich-text runs joined), phonetic guides left out. */
function textOf(fragment: string): string {
  let body = fragment;
  if (body.includes('<rPh')) {
    let kept = '';
    let pos = 0;
    for (const e of elements(body, 'rPh')) {
      kept += body.slice(pos, e.start);
      pos = e.end;
    }
    body = kept + body.slice(pos);
  }
  let out = '';
  for (const t of elements(body, 't')) out += t.body;
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
  for (const tag of startTags(xml, 'Relationship')) {
    const id = attr(tag, 'Id');
    const target = attr(tag, 'Target');
    if (id && target && attr(tag, 'TargetMode') !== 'External')
      rels.set(id, { type: attr(tag, 'Type') ?? '', target: resolveTarget(base, target) });
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
  for (const tag of startTags(xml, 'numFmt')) custom.set(Number(attr(tag, 'numFmtId')), attr(tag, 'formatCode') ?? '');
  const xfs = firstElement(xml, 'cellXfs')?.body ?? '';
  return [...startTags(xfs, 'xf')].map((tag) => {
    const id = Number(attr(tag, 'numFmtId') ?? 0);
    const code = custom.get(id);
    return code !== undefined ? isDateFormat(code) : BUILTIN_DATE_FORMATS.has(id);
  });
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

const MAX_EXCEL_SERIAL = 2_958_465;

function dateFromSerial(serial: number, date1904: boolean): Date {
  return new Date((date1904 ? EPOCH_1904 : EXCEL_EPOCH) + Math.round(serial * 86_400_000));
}

function readSheet(
  xml: string,
  strings: string[],
  dates: boolean[],
  date1904: boolean,
  maxRows: number,
): CellValue[][] {
  const rows: CellValue[][] = [];
  // The declared extent is checked before a row is read: a sheet claiming a million rows is refused at once.
  const declared = /:[A-Z]{1,3}(\d+)$/i.exec(attr(startTags(xml, 'dimension').next().value ?? '', 'ref') ?? '')?.[1];
  if (declared && Number(declared) > maxRows) throw new LeanReadError(`Max row count (${maxRows}) exceeded`);
  const data = firstElement(xml, 'sheetData')?.body ?? '';
  let rowIndex = 0;
  let count = 0;
  for (const row of elements(data, 'row')) {
    const r = attr(row.attrs, 'r');
    rowIndex = r ? Number(r) : rowIndex + 1;
    if (++count > maxRows || !(rowIndex <= maxRows)) throw new LeanReadError(`Max row count (${maxRows}) exceeded`);
    const values: CellValue[] = [];
    let colIndex = 0;
    for (const cell of elements(row.body, 'c')) {
      const head = cell.attrs;
      const ref = attr(head, 'r');
      const letters = ref ? /^[A-Z]{1,3}/i.exec(ref)?.[0] : undefined;
      colIndex = letters ? columnNumber(letters) : colIndex + 1;
      const body = cell.body;
      if (!body) continue;
      const type = attr(head, 't') ?? 'n';
      const v = between(body, '<v>', '</v>');
      let value: CellValue = null;
      if (type === 'inlineStr') value = textOf(firstElement(body, 'is')?.body ?? '');
      else if (v === undefined) value = null;
      else if (type === 's') value = strings[Number(v)] ?? null;
      else if (type === 'str') value = unescapeXml(v);
      else if (type === 'b') value = v === '1';
      else if (type === 'e') value = { error: unescapeXml(v) };
      else {
        const n = Number(v);
        const style = Number(attr(head, 's') ?? 0);
        // Past Excel's last date (31/12/9999) a "date" is kept as the number it is, so a check can show it.
        value = dates[style] && n >= 0 && n <= MAX_EXCEL_SERIAL ? dateFromSerial(n, date1904) : n;
      }
      if (value !== null && value !== '') values[colIndex - 1] = value;
    }
    if (values.length > 0) rows[rowIndex - 1] = values;
  }
  for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
  return rows;
}

const COMMENTS_REL = '/relationships/comments';

/** A legacy comments part (Excel's notes) as A1 address → text, runs joined. */
function readComments(xml: string): Record<string, string> {
  const notes: Record<string, string> = {};
  const list = firstElement(xml, 'commentList')?.body ?? '';
  for (const comment of elements(list, 'comment')) {
    const ref = attr(comment.attrs, 'ref')?.toUpperCase();
    const text = textOf(firstElement(comment.body, 'text')?.body ?? '');
    if (ref && text) notes[ref] = text;
  }
  return notes;
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

/** Name the part an element was left open in. */
function inPart<T>(part: string, read: () => T, sheet?: string): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof UnclosedTagError) throw new LeanReadError(e.message, part, e.tag);
    if (e instanceof LeanReadError && !e.part) throw new LeanReadError(e.message, sheet ?? part);
    throw e;
  }
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
  const date1904 = /^(1|true)$/.test(attr(startTags(workbook, 'workbookPr').next().value ?? '', 'date1904') ?? '');
  const rels = relsOf(text('xl/_rels/workbook.xml.rels'), 'xl/workbook.xml');
  const sst = text('xl/sharedStrings.xml');
  const strings: string[] = [];
  if (sst)
    inPart('xl/sharedStrings.xml', () => {
      for (const si of elements(sst, 'si')) strings.push(textOf(si.body));
    });
  const dates = inPart('xl/styles.xml', () => dateStyles(text('xl/styles.xml')));
  const grids: SheetGrid[] = [];
  for (const tag of startTags(workbook, 'sheet')) {
    const name = attr(tag, 'name') ?? '';
    const rid = attr(tag, 'r:id') ?? /\s\w+:id="([^"]*)"/.exec(tag)?.[1];
    const part = rid ? rels.get(rid)?.target : undefined;
    const xml = part ? text(part) : undefined;
    if (!xml) continue; // a chart sheet or a missing part: nothing to check
    const sheetRels = relsOf(text(part!.replace(/([^/]+)$/, '_rels/$1.rels')), part!);
    const tables: TableRef[] = [];
    for (const tp of startTags(xml, 'tablePart')) {
      const target = sheetRels.get(attr(tp, 'r:id') ?? '')?.target;
      const tableXml = target ? text(target) : undefined;
      const head = tableXml ? startTags(tableXml, 'table').next().value : undefined;
      if (head === undefined) continue;
      const tableName = attr(head, 'displayName') ?? attr(head, 'name');
      const ref = attr(head, 'ref');
      if (tableName && ref) tables.push({ name: tableName, range: ref });
    }
    const grid: SheetGrid = {
      name,
      rows: inPart(part!, () => readSheet(xml, strings, dates, date1904, maxRows), name),
      tables,
    };
    // Only a sheet whose rels name a comments part has notes; no other sheet pays for them.
    for (const rel of sheetRels.values()) {
      if (!rel.type.endsWith(COMMENTS_REL)) continue;
      const commentsXml = text(rel.target);
      const notes = commentsXml ? inPart(rel.target, () => readComments(commentsXml)) : {};
      if (Object.keys(notes).length > 0) grid.notes = { ...grid.notes, ...notes };
    }
    grids.push(grid);
  }
  const core = text('docProps/core.xml') ?? '';
  const prop = (tag: string) => {
    const e = firstElement(core, tag);
    return e ? unescapeXml(e.body) : undefined;
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
