// The data rows of a regulation workbook's long tables, written as SpreadsheetML text (the
// technique of sheet-xml.ts). exceljs keeps every cell as objects and styles each one: for an
// imported 1,000-clause regulation that was most of the time spent writing the workbook. exceljs
// still lays out each sheet, with the table's first data row as the probe; the probe is replaced
// by every row here, written as exceljs writes them (each column's style on every cell, text from
// the shared-string table, numbers as numbers, the row's height), and the table's range and the
// sheet's dimension are moved to the last row.
import { strFromU8, strToU8 } from 'fflate';
import type { TemplateSheet } from '../core/template/sheets';
import { SharedStrings, col, fitText, probeStyles } from './sheet-xml';

// As exceljs escapes text (utils.xmlEncode): five entities; DEL and the control characters
// other than tab and line breaks dropped; `_xHHHH_` left as it is. Lone surrogates, which no
// XML may hold, are dropped too.
const EXCELJS_DROPPED =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const EXCELJS_ENTITIES = /["&'<>]/g;
const ENTITY: Record<string, string> = { '"': '&quot;', '&': '&amp;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };

/** A shared string's <si> as exceljs writes it (its TextXform: space kept at the ends or with a line break). */
function exceljsItem(text: string): string {
  const space = /^\s|\n|\s$/.test(text) ? ' xml:space="preserve"' : '';
  return `<si><t${space}>${text.replace(EXCELJS_DROPPED, '').replace(EXCELJS_ENTITIES, (c) => ENTITY[c])}</t></si>`;
}

/** The first data row, the probe exceljs writes in place of the rows. */
export const PROBE_ROW = 2;

/**
 * A sheet whose rows are written here: a block's table (not the Văn bản fields, whose labels are
 * bold) of more than one row holding only text, numbers and blanks (a date stays with exceljs).
 */
export function isBulkSheet(sheet: TemplateSheet): boolean {
  return (
    !!sheet.table &&
    !sheet.boldLabels &&
    sheet.rows.length > 1 &&
    sheet.rows.every((r) =>
      r.every((v) => v === null || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v))),
    )
  );
}

export interface BulkRows {
  /** The sheet's part, xl/worksheets/sheetN.xml. */
  part: string;
  table: string;
  columns: number;
  rows: TemplateSheet['rows'];
  heights: number[];
}

function rowXml(
  sst: SharedStrings,
  styles: Map<number, number>,
  r: number,
  values: BulkRows['rows'][number],
  height: number,
  columns: number,
): string {
  let cells = '';
  for (let c = 1; c <= columns; c++) {
    const v = values[c - 1];
    const ref = `${col(c)}${r}`;
    const s = styles.get(c) ?? 0;
    // exceljs writes '' as a blank (write-regulation's cellValue), and text as a shared string.
    if (v === null || v === undefined || v === '') cells += `<c r="${ref}" s="${s}"/>`;
    else if (typeof v === 'number') cells += `<c r="${ref}" s="${s}"><v>${v}</v></c>`;
    else cells += `<c r="${ref}" s="${s}" t="s"><v>${sst.id(fitText(String(v)))}</v></c>`;
  }
  return `<row r="${r}" ht="${height}" customHeight="1" spans="1:${columns}" x14ac:dyDescent="0.25">${cells}</row>`;
}

/** The sheet with its probe row replaced by every row. */
function spliceSheet(xml: string, bulk: BulkRows, sst: SharedStrings): Uint8Array {
  const styles = probeStyles(xml, PROBE_ROW);
  const open = xml.indexOf(`<row r="${PROBE_ROW}"`);
  const close = xml.indexOf('</row>', open) + '</row>'.length;
  if (open < 0 || close < open) throw new Error(`${bulk.part}: probe row not found`);
  const head = xml.slice(0, open).replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="A1:${lastCell(bulk)}"/>`);
  const rows = bulk.rows.map((values, i) => rowXml(sst, styles, i + PROBE_ROW, values, bulk.heights[i], bulk.columns));
  return strToU8(head + rows.join('') + xml.slice(close));
}

const lastCell = (bulk: BulkRows) => `${col(bulk.columns)}${bulk.rows.length + PROBE_ROW - 1}`;

/**
 * Write the bulk rows into exceljs's package (in place, after fixPackageParts, before the notes):
 * each sheet's rows, its table's range, and the shared strings they add.
 */
export function writeBulkRows(files: Record<string, Uint8Array | Uint8Array[]>, bulks: BulkRows[]): void {
  if (bulks.length === 0) return;
  const sst = new SharedStrings(strFromU8(files['xl/sharedStrings.xml'] as Uint8Array), exceljsItem);
  const tables = Object.keys(files).filter((name) => /^xl\/tables\/table\d+\.xml$/.test(name));
  for (const bulk of bulks) {
    files[bulk.part] = spliceSheet(strFromU8(files[bulk.part] as Uint8Array), bulk, sst);
    const name = tables.find((t) => strFromU8(files[t] as Uint8Array).includes(`displayName="${bulk.table}"`));
    if (!name) throw new Error(`table ${bulk.table} not found`);
    const probe = `A1:${col(bulk.columns)}${PROBE_ROW}`;
    files[name] = strToU8(
      strFromU8(files[name] as Uint8Array).replaceAll(`ref="${probe}"`, `ref="A1:${lastCell(bulk)}"`),
    );
  }
  files['xl/sharedStrings.xml'] = sst.toXml();
}
