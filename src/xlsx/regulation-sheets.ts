// The worksheets and tables of the regulation workbook as SpreadsheetML text, laid out as exceljs
// laid them out when it wrote this workbook (frozen header, column styles on every cell, a table
// per block, dropdowns, A4 print set-up): an imported 1,000-clause regulation used to spend most
// of its writing time in exceljs's object tree; here a row is one string.
import { TEMPLATE_LOOK, LIST_ALERT, type TemplateList, type TemplateSheet } from '../core/template/sheets';
import { columnNumber } from '../core/grid';
import type { ContentValue } from '../core/template/content';
import { ByteChunks } from './byte-chunks';
import { legacyDrawingXml } from './notes-xml';
import { footerCodes } from './print';
import type { CellStyle, StyleSheet } from './regulation-styles';
import { rowHeight, rowHeightFor, wrappedLines } from './row-height';
import { strToU8 } from 'fflate';
import { col, escapeUnderscoreHex, fitText, type SharedItem, type SharedStrings } from './sheet-xml';

export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const WORKSHEET_OPEN =
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">';
const FORMAT = '<sheetFormatPr defaultRowHeight="15" outlineLevelRow="0" outlineLevelCol="0" x14ac:dyDescent="55"/>';
const FROZEN_HEADER =
  '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews>';
const MARGINS = '<pageMargins left="0.6" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>';

// As exceljs encodes text (utils.xmlEncode): five entities; DEL and the control characters other
// than tab and line breaks dropped. Lone surrogates, which no XML may hold, are dropped too.
const DROPPED =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** A quick test first: the full pattern's look-arounds cost more than the text they look at. */
const MAY_DROP = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uD800-\uDFFF]/;
const dropped = (text: string) => (MAY_DROP.test(text) ? text.replace(DROPPED, '') : text);
const ENTITIES = /["&'<>]/g;
const HAS_ENTITY = /["&'<>]/;
const ENTITY: Record<string, string> = { '"': '&quot;', '&': '&amp;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };

/** Text for an attribute or an element of a part (not a cell's: see cellText). */
export function encodeXml(text: string): string {
  const s = dropped(text);
  return HAS_ENTITY.test(s) ? s.replace(ENTITIES, (c) => ENTITY[c]) : s;
}

/** A cell's or note's text: what Excel would read as an `_xHHHH_` escape is escaped itself. */
export function cellText(text: string): string {
  const s = escapeUnderscoreHex(dropped(text));
  return HAS_ENTITY.test(s) ? s.replace(ENTITIES, (c) => ENTITY[c]) : s;
}

const SPACE = /\s/;

/** A shared string's <si>: space kept at the ends or with a line break, as exceljs's TextXform. */
export const SHARED_ITEM: SharedItem = {
  // /^\s|\n|\s$/ tried its alternatives at every character of the text; its ends are two characters.
  preserve: (text) =>
    text.length > 0 && (SPACE.test(text[0]) || SPACE.test(text[text.length - 1]) || text.includes('\n')),
  escape: cellText,
};

const FONT = { name: TEMPLATE_LOOK.font, size: TEMPLATE_LOOK.size };
const COLUMN_ALIGNMENT = { vertical: 'top', wrapText: true } as const;
const HEADER: CellStyle = {
  font: { ...FONT, bold: true, colour: `FF${TEMPLATE_LOOK.headerFontColour}` },
  fill: `FF${TEMPLATE_LOOK.headerFill}`,
  alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
};

/** Excel's serial day number of a date (as exceljs converts it, 1900 date system). */
const excelDate = (d: Date) => 25569 + d.getTime() / 86_400_000;

export interface SheetWriter {
  sst: SharedStrings;
  styles: StyleSheet;
}

/** One cell (`letter`: its column's); the empty ones keep their style, as exceljs writes a table's blanks. */
function cellXml(
  w: SheetWriter,
  letter: string,
  r: number,
  v: ContentValue | undefined,
  style: CellStyle | undefined,
): string {
  if (v === null || v === undefined || v === '') {
    const s = w.styles.id(style);
    return s ? `<c r="${letter}${r}" s="${s}"/>` : '';
  }
  const date = v instanceof Date;
  const s = w.styles.id(style, date);
  const sAttr = s ? ` s="${s}"` : '';
  if (typeof v === 'string') return `<c r="${letter}${r}"${sAttr} t="s"><v>${w.sst.id(fitText(v))}</v></c>`;
  return `<c r="${letter}${r}"${sAttr}><v>${date ? excelDate(v) : v}</v></c>`;
}

/** A row of cells made by `cell` for columns 0 … count−1 (its spans from the first and last that are written). */
function rowXml(r: number, count: number, cell: (c: number) => string, height?: number): string {
  let cells = '';
  let first = -1;
  let last = 0;
  for (let c = 0; c < count; c++) {
    const xml = cell(c);
    if (!xml) continue;
    if (first < 0) first = c;
    last = c + 1;
    cells += xml;
  }
  const spans = first >= 0 ? ` spans="${first + 1}:${last}"` : '';
  const ht = height ? ` ht="${height}" customHeight="1"` : '';
  return `<row r="${r}"${ht}${spans} x14ac:dyDescent="0.25">${cells}</row>`;
}

/** <cols>, neighbours alike merged into one element as exceljs merges them. */
function colsXml(widths: number[], styleIds: number[]): string {
  let out = '';
  for (let i = 0; i < widths.length;) {
    let j = i;
    while (j + 1 < widths.length && widths[j + 1] === widths[i] && styleIds[j + 1] === styleIds[i]) j++;
    const style = styleIds[i] ? ` style="${styleIds[i]}"` : '';
    out += `<col min="${i + 1}" max="${j + 1}" width="${widths[i]}"${style} customWidth="1"/>`;
    i = j + 1;
  }
  return `<cols>${out}</cols>`;
}

/** A data row as tall as its longest wrapped text (rowHeight's, without a pair made for each cell). */
export function dataRowHeight(r: ContentValue[], widths: number[]): number {
  let lines = 1;
  for (let j = 0; j < r.length; j++) {
    const v = r[j];
    lines = Math.max(lines, wrappedLines(typeof v === 'string' ? v : '', widths[j] ?? 10, TEMPLATE_LOOK.size));
  }
  return rowHeightFor(lines, TEMPLATE_LOOK.size);
}

export interface SheetParts {
  /**
   * The sheet's bytes: its head, its rows a chunk at a time, its tail. A long sheet's rows are
   * ASCII (text is in the shared strings): encoded apart from the sheet's name in its footer,
   * they are neither joined into one string of 270 KB nor copied as two-byte text to encode it.
   */
  xml: Uint8Array[];
  /** The table part, when the sheet has a table. */
  table?: string;
}

/**
 * A block's (or an extra) sheet; `tableId`: its table's number in the package; `drawingId`: the
 * relationship of its notes' drawing, when it has notes.
 */
export function templateSheetXml(
  w: SheetWriter,
  sheet: TemplateSheet,
  lists: Map<string, TemplateList>,
  tableId: number,
  drawingId?: string,
): SheetParts {
  const columns = sheet.headers.length;
  const dates = new Set(sheet.dateColumns);
  const columnStyles = sheet.widths.map((_, i): CellStyle => ({
    ...(dates.has(i) ? { numFmt: 'dd/mm/yyyy' } : {}),
    font: FONT,
    alignment: COLUMN_ALIGNMENT,
  }));
  const columnIds = columnStyles.map((s) => w.styles.id(s));
  // exceljs gives a column its date format after the table's rows are in, to the cells of the rows
  // that hold a value: the cells of an empty row keep the plain style.
  const plain: CellStyle = { font: FONT, alignment: COLUMN_ALIGNMENT };
  const headerStyles = columnStyles.map((s): CellStyle => ({ ...s, ...HEADER }));
  const label: CellStyle = { ...columnStyles[0], font: { ...FONT, bold: true } };
  const headerHeight = Math.max(
    30,
    rowHeight(
      sheet.headers.map((h, i) => [h, sheet.widths[i]]),
      TEMPLATE_LOOK.size,
    ),
  );
  const header = rowXml(1, columns, (i) => cellXml(w, col(i + 1), 1, sheet.headers[i], headerStyles[i]), headerHeight);
  // Excel requires a table to have at least one data row.
  const data: ContentValue[][] = sheet.table && sheet.rows.length === 0 ? [sheet.headers.map(() => null)] : sheet.rows;
  const heights = sheet.rows.length > 0;
  // The data rows straight into bytes: their markup, references and numbers are ASCII (text is in
  // the shared strings), so no string of a cell or a row is made to be encoded.
  const rows = new ByteChunks();
  // Each cell's style id, or -1 where the row writes no cell (an empty one of no style).
  const ids: number[] = [];
  for (let k = 0; k < data.length; k++) {
    const values = data[k];
    const empty = values.every((v) => v === null || v === undefined || v === '');
    let first = -1;
    let end = 0;
    for (let c = 0; c < columns; c++) {
      const v = values[c];
      const style = sheet.boldLabels && c === 0 ? label : empty && sheet.table ? plain : columnStyles[c];
      const blank = v === null || v === undefined || v === '';
      const id = blank ? w.styles.id(style) : w.styles.id(style, v instanceof Date);
      ids[c] = blank && !id ? -1 : id;
      if (ids[c] < 0) continue;
      if (first < 0) first = c;
      end = c + 1;
    }
    const r = String(k + 2);
    rows.ascii('<row r="', r, '"');
    if (heights) rows.ascii(' ht="', String(dataRowHeight(values, sheet.widths)), '" customHeight="1"');
    if (first >= 0) rows.ascii(' spans="', String(first + 1), ':', String(end), '"');
    rows.ascii(' x14ac:dyDescent="0.25">');
    for (let c = first; c >= 0 && c < end; c++) {
      if (ids[c] < 0) continue;
      const v = values[c];
      rows.ascii('<c r="', col(c + 1), r, '"');
      if (ids[c]) rows.ascii(' s="', String(ids[c]), '"');
      if (v === null || v === undefined || v === '') rows.ascii('/>');
      else if (typeof v === 'string') rows.ascii(' t="s"><v>', String(w.sst.id(fitText(v))), '</v></c>');
      else rows.ascii('><v>', String(v instanceof Date ? excelDate(v) : v), '</v></c>');
    }
    rows.ascii('</row>');
  }
  const last = `${col(columns)}${data.length + 1}`;
  const validations = validationsXml(sheet, lists);
  const landscape = sheet.landscape ? 'landscape' : 'portrait';
  const head =
    XML_HEAD +
    WORKSHEET_OPEN +
    `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:${last}"/>${FROZEN_HEADER}${FORMAT}` +
    colsXml(sheet.widths, columnIds) +
    '<sheetData>';
  const tail =
    `</sheetData>${validations}${MARGINS}` +
    `<pageSetup paperSize="9" orientation="${landscape}" fitToWidth="1" fitToHeight="0"/>` +
    `<headerFooter><oddFooter>${encodeXml(footerCodes(`Phối hợp — ${sheet.name}`))}</oddFooter></headerFooter>` +
    (drawingId ? legacyDrawingXml(drawingId) : '') +
    (sheet.table ? '<tableParts count="1"><tablePart r:id="rId1"/></tableParts>' : '') +
    '</worksheet>';
  const xml = [strToU8(head + header), ...rows.done(), strToU8(tail)];
  return { xml, table: sheet.table ? tableXml(sheet, tableId, `A1:${last}`) : undefined };
}

function validationsXml(sheet: TemplateSheet, lists: Map<string, TemplateList>): string {
  if (sheet.dropdowns.length === 0) return '';
  // exceljs lists them by address, compared as text.
  const sorted = [...sheet.dropdowns].sort((a, b) => (a.range < b.range ? -1 : a.range > b.range ? 1 : 0));
  const items = sorted.map((d) => {
    const list = lists.get(d.list)!;
    const strict = list.strict ? ' showErrorMessage="1"' : '';
    return (
      `<dataValidation type="list" allowBlank="1"${strict} errorStyle="warning" errorTitle="${encodeXml(LIST_ALERT.title)}" error="${encodeXml(LIST_ALERT.message)}" sqref="${d.range}">` +
      `<formula1>${encodeXml(list.name)}</formula1></dataValidation>`
    );
  });
  return `<dataValidations count="${items.length}">${items.join('')}</dataValidations>`;
}

function tableXml(sheet: TemplateSheet, id: number, ref: string): string {
  const name = encodeXml(sheet.table!);
  const filters = sheet.headers.map((_, i) => `<filterColumn colId="${i}" hiddenButton="0"/>`).join('');
  const columns = sheet.headers
    .map(
      (h, i) =>
        `<tableColumn id="${i + 1}" name="${encodeXml(h)}" ${i === 0 ? 'totalsRowLabel="Total"' : 'totalsRowFunction="none"'}/>`,
    )
    .join('');
  return (
    XML_HEAD +
    '<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="xr xr3" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3" ' +
    `id="${id}" name="${name}" displayName="${name}" ref="${ref}" totalsRowShown="1" headerRowCount="1">` +
    `<autoFilter ref="${ref}">${filters}</autoFilter><tableColumns count="${sheet.headers.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${TEMPLATE_LOOK.tableStyle}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}

/** The hidden Danh mục sheet: each list in its column, titles in bold. */
export function listsSheetXml(w: SheetWriter, lists: TemplateList[]): string {
  // Each list in its own column, A onwards (templateLists numbers them so).
  const shown = lists.filter((l) => l.column).sort((a, b) => columnNumber(a.column!) - columnNumber(b.column!));
  if (shown.some((l, i) => columnNumber(l.column!) !== i + 1))
    throw new Error('Danh mục: lists not in columns A, B, …');
  const bold: CellStyle = { font: { bold: true } };
  const height = Math.max(0, ...shown.map((l) => l.values.length)) + 1;
  let rows = '';
  for (let r = 1; r <= height; r++) {
    const cell = (i: number) => {
      const l = shown[i];
      const v = r === 1 ? l.title : l.values[r - 2];
      return v === undefined ? '' : cellXml(w, col(i + 1), r, v, r === 1 ? bold : undefined);
    };
    rows += rowXml(r, shown.length, cell);
  }
  const widths = shown.map(() => TEMPLATE_LOOK.listWidth);
  return (
    XML_HEAD +
    WORKSHEET_OPEN +
    `<dimension ref="A1:${col(shown.length)}${height}"/>${FORMAT}${colsXml(widths, [])}<sheetData>${rows}</sheetData>` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '<pageSetup orientation="portrait" horizontalDpi="4294967295" verticalDpi="4294967295" scale="100" fitToWidth="1" fitToHeight="1"/>' +
    '</worksheet>'
  );
}
