// The report's Word file: the export's writer (write-document.ts) lays out every component, but
// a table of a thousand tasks costs it seconds, cell object by cell object. So each table is laid
// out with one row of placeholders; that row's XML, as the writer made it, becomes the template
// every real row is written from (its text escaped), spliced in where the placeholder row stood.
// The template is first stripped of what the table already says: each cell's borders (the table's
// own borders draw the same grid), top alignment and "not a header row" (Word's defaults), which
// were some 60 % of a row's XML, so a thousand rows are less to write, encode and compress.
import { strFromU8, strToU8, unzipSync } from 'fflate';
import type { Block, WordDocument } from '../core/export';
import type { Table } from '../core/nd30/document';
import { isTable } from '../core/export';
import { writeWordDocument } from './write-document';
import { zipEntries } from '../xlsx/zip';

// Private-use characters: nothing a cell holds, and written by the writer as they are.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const token = (table: number, cell: number) => `${OPEN}${table}.${cell}${CLOSE}`;

// What XML 1.0 cannot hold, and white space a cell shows as one space.
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
// Most cells need none of it: one test, then the text as it is.
const PLAIN = /[\u0000-\u001F&<>"\uFFFE\uFFFF]|\s\s|[^\S ]/;
const escapeXml = (s: string) =>
  !PLAIN.test(s)
    ? s
    : s
        .replace(INVALID, '')
        .replace(/\s+/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;');

const CELL_BORDERS = /<w:tcBorders>.*?<\/w:tcBorders>/g;
const TOP = /<w:vAlign w:val="top"\/>/g;
const NOT_HEADER = /<w:tblHeader w:val="(?:off|false|0)"\/>/g;

/** The row without the cell borders its table draws anyway, nor Word's defaults. */
function lighterRow(row: string, tableStart: string): string {
  const grid = /<w:tblBorders>(.*?)<\/w:tblBorders>/.exec(tableStart)?.[1] ?? '';
  const drawn = ['insideH', 'insideV', 'top', 'bottom', 'left', 'right'].every((side) =>
    new RegExp(`<w:${side} w:val="single"`).test(grid),
  );
  const light = row.replace(TOP, '').replace(NOT_HEADER, '');
  return drawn ? light.replace(CELL_BORDERS, '') : light;
}

// The file's date inside the zip is not the report's: a fixed one keeps the bytes the same run to run.
const ZIP_TIME = new Date(1980, 0, 1);

export async function writeReportDocument(doc: WordDocument, creator?: string): Promise<Uint8Array> {
  const tables: Table[] = [];
  const withTemplates = (blocks: Block[]): Block[] =>
    blocks.map((b) => {
      if (!isTable(b) || b.rows.length === 0) return b;
      const k = tables.push(b) - 1;
      return { ...b, rows: [b.header.map((_, i) => token(k, i))] };
    });
  const light: WordDocument = {
    ...doc,
    parts: doc.parts.map((p) => ({
      ...p,
      blocks: withTemplates(p.blocks),
      appendix: p.appendix && withTemplates(p.appendix),
    })),
  };
  const bytes = await writeWordDocument(light, creator);
  if (tables.length === 0) return bytes;
  const files = unzipSync(bytes);
  let xml = strFromU8(files['word/document.xml']);
  tables.forEach((table, k) => {
    const at = xml.indexOf(token(k, 0));
    const start = Math.max(xml.lastIndexOf('<w:tr>', at), xml.lastIndexOf('<w:tr ', at));
    const end = xml.indexOf('</w:tr>', at) + '</w:tr>'.length;
    if (at < 0 || start < 0 || end < at) throw new Error(`report table ${k}: the template row is missing`);
    // The template cut at its placeholders: text, cell 0, text, cell 1 … (in the order they stand).
    const template = lighterRow(xml.slice(start, end), xml.slice(xml.lastIndexOf('<w:tbl>', start), start));
    const pieces = template.split(new RegExp(`${OPEN}${k}\\.(\\d+)${CLOSE}`, 'u'));
    const cells = pieces.map((piece, i) => (i % 2 === 0 ? -1 : Number(piece)));
    const out: string[] = [];
    for (const row of table.rows)
      for (let i = 0; i < pieces.length; i++) out.push(i % 2 === 0 ? pieces[i] : escapeXml(row[cells[i]] ?? ''));
    xml = xml.slice(0, start) + out.join('') + xml.slice(end);
  });
  files['word/document.xml'] = strToU8(xml);
  return zipEntries(
    Object.entries(files).map(([name, data]) => ({ name, data })),
    { mtime: ZIP_TIME },
  );
}
