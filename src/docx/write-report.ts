// The report's Word file: the export's writer (write-document.ts) lays out every component, but
// a table of a thousand tasks costs it seconds, cell object by cell object. So each table is laid
// out with one row of placeholders; that row's XML, as the writer made it, becomes the template
// every real row is written from (its text escaped), spliced in where the placeholder row stood.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Block, WordDocument } from '../core/export';
import type { Table } from '../core/nd30/document';
import { isTable } from '../core/export';
import { writeWordDocument } from './write-document';

// Private-use characters: nothing a cell holds, and written by the writer as they are.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const token = (table: number, cell: number) => `${OPEN}${table}.${cell}${CLOSE}`;

// What XML 1.0 cannot hold, and white space a cell shows as one space.
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const escapeXml = (s: string) =>
  s
    .replace(INVALID, '')
    .replace(/\s+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

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
    const pieces = xml.slice(start, end).split(new RegExp(`${OPEN}${k}\\.(\\d+)${CLOSE}`, 'u'));
    const rows = table.rows
      .map((row) => pieces.map((piece, i) => (i % 2 === 0 ? piece : escapeXml(row[Number(piece)] ?? ''))).join(''))
      .join('');
    xml = xml.slice(0, start) + rows + xml.slice(end);
  });
  files['word/document.xml'] = strToU8(xml);
  return zipSync(files, { level: 6 });
}
