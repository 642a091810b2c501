// The same document as the ways a school's website or Word hands it over: a corpus text writes a
// heading or signature block as columns padded with spaces; a web page may fold those spaces, put
// a whole block on one line, or each column's lines on one line; Word keeps them in a table, a row
// per line or one table per block. Every layout is read and scored alike.
import { buildDocx, p, type BlockSpec, type ParaSpec } from './docx-builder';

// Columns are seven spaces or more apart; fewer is an unfilled slot ("ngày     tháng").
const GAP = /\s{7,}/;
const INDENTED = /^\s{7,}\S/;

type Piece = { line: string } | { columns: string[][] };

/** Lines and blocks: consecutive column lines (and lines indented under them) are one block. */
function blocks(text: string): Piece[] {
  const out: Piece[] = [];
  let cols: string[][] = [];
  const close = () => {
    if (cols.length) out.push({ columns: cols });
    cols = [];
  };
  for (const line of text.split('\n')) {
    const cells = line.trim().split(GAP);
    // A line indented far (the right column alone) belongs to the block above it.
    const indented = cols.length > 0 && INDENTED.test(line);
    if (cells.length < 2 && !indented) {
      close();
      out.push({ line });
      continue;
    }
    cells.forEach((c, k) => {
      const col = indented ? k + 1 : k;
      while (cols.length <= col) cols.push([]);
      cols[col].push(c);
    });
  }
  close();
  return out;
}

// HTML folds runs of spaces: "UBND HUYỆN … CỘNG HÒA …", "TM. BCH CÔNG ĐOÀN HIỆU TRƯỞNG".
const fold = (line: string) => line.replace(/[ \t]+/g, ' ').trim();
const eachColumn = (text: string) =>
  blocks(text)
    .flatMap((b) => ('line' in b ? [b.line] : b.columns.map((c) => c.join(' '))))
    .join('\n');

export const TEXT_LAYOUTS: Record<string, (text: string) => string> = {
  'columns merged with one space': (text) => text.split('\n').map(fold).join('\n'),
  'a block on one line': (text) =>
    blocks(text)
      .map((b) => ('line' in b ? b.line : b.columns.map((c) => c.join(' ')).join(' ')))
      .join('\n'),
  'each column on one line': eachColumn,
  // A page's text as a converter writes it: a blank line between paragraphs.
  'columns merged and a blank line after every line': (text) => text.split('\n').map(fold).join('\n\n'),
  'each column on one line and a blank line after every line': (text) =>
    eachColumn(text).split('\n').map(fold).join('\n\n'),
};

export const DOCX_LAYOUTS: Record<string, (text: string) => Uint8Array> = {
  'a table row per line': (text) =>
    buildDocx({
      body: text.split('\n').map((line) => {
        const cells = line.trim().split(GAP);
        return cells.length > 1 ? { table: [cells.map((c) => [p(c)])] } : p(line);
      }),
    }),
  'a table per block': (text) =>
    buildDocx({
      body: blocks(text).map((b): BlockSpec =>
        'line' in b ? p(b.line) : { table: [b.columns.map((c): ParaSpec[] => c.map((x) => p(x)))] },
      ),
    }),
};
