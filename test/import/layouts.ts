// The same document as the ways a school's website or Word hands it over: a corpus text writes a
// heading or signature block as columns padded with spaces; a web page may fold those spaces, put
// a whole block on one line, or each column's lines on one line; Word keeps them in a table, a row
// per line or one table per block. Every layout is read and scored alike.
import { RULE_ROW, TABLE_ROW, rowCells } from '../../src/core/import/task-table';
import { buildDocx, p, type BlockSpec, type CellSpec, type DocxSpec, type ParaSpec } from './docx-builder';

// Columns are seven spaces or more apart; fewer is an unfilled slot ("ngày     tháng").
export const GAP = /\s{7,}/;
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

// Word's "Save as plain text": a heading's or signature's columns parted by tabs, a table a row a
// line with its cells parted by tabs, a row across the table as a line of its own.
const savedAsText = (text: string) =>
  text
    .split('\n')
    .filter((line) => !RULE_ROW.test(line))
    .map((line) => {
      if (TABLE_ROW.test(line)) {
        const cells = rowCells(line).map((c) => c.split(/<br>/).join(' '));
        return cells.length === 1 ? cells[0] : cells.join('\t');
      }
      const cells = line.trim().split(GAP);
      if (cells.length > 1) return cells.join('\t');
      return INDENTED.test(line) ? `\t\t${line.trim()}` : line;
    })
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
  'saved as plain text by Word, cells parted by tabs': savedAsText,
};

const tablePerBlock = (text: string): BlockSpec[] =>
  blocks(text).map((b): BlockSpec =>
    'line' in b ? p(b.line) : { table: [b.columns.map((c): ParaSpec[] => c.map((x) => p(x)))] },
  );

// Columns set with tab stops, as a clerk lines up "UBND HUYỆN …⇥⇥CỘNG HÒA …" without a table.
const tabbed = (text: string): BlockSpec[] =>
  text.split('\n').map((line) => {
    const cells = line.trim().split(GAP);
    if (cells.length > 1) return p(cells.join('\t\t'));
    return INDENTED.test(line) ? p(`\t\t\t${line.trim()}`) : p(line);
  });

// A capital line typed in small letters and shown in capitals by its formatting: the reader
// sees "QUY CHẾ PHỐI HỢP", the file holds "quy chế phối hợp".
export const isCapitalLine = (s: string) => /\p{Lu}.*\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
const lowered = (s: string) => s.toLocaleLowerCase('vi');
function capsBy(how: 'run' | 'style', body: BlockSpec[]): DocxSpec {
  const para = (ps: ParaSpec): ParaSpec => {
    const texts = ps.runs.map((r) => (typeof r === 'string' ? r : r.text)).join('');
    if (!isCapitalLine(texts)) return ps;
    if (how === 'style') return { ...ps, style: 'TieuDe', runs: [lowered(texts)] };
    return { ...ps, runs: [{ text: lowered(texts), caps: true }] };
  };
  const each = (b: BlockSpec): BlockSpec =>
    'table' in b
      ? {
          table: b.table.map((row) =>
            row.map((cell) => (Array.isArray(cell) ? cell.map(para) : { ...cell, paras: cell.paras.map(para) })),
          ),
        }
      : 'boxes' in b
        ? { boxes: b.boxes.map((box) => box.map(para)) }
        : para(b);
  return {
    body: body.map(each),
    styles: how === 'style' ? [{ id: 'TieuDe', name: 'Tiêu đề in hoa', caps: true }] : [],
  };
}

// A table of tasks written between bars ("| 1 | Tháng 9 | Họp … | BGH |", a cell's lines parted
// by <br>) is a Word table in every Word layout: a row spanning the table is one merged cell, and
// with `merge` a time or a person repeated down a column is one cell merged over those rows, as
// a clerk draws it.
const MERGED_COLUMN = /thời gian|tháng|thực hiện|phối hợp|phụ trách|chủ trì/i;
const cellParas = (cell: string) => cell.split(/<br>/).map((x) => p(x.trim()));

function gridTable(rows: string[][], merge: boolean): BlockSpec {
  const width = rows[0].length;
  const mergeable = rows[0].map((h) => merge && MERGED_COLUMN.test(h));
  return {
    table: rows.map((cells, r): Array<ParaSpec[] | CellSpec> => {
      if (cells.length === 1) return [{ paras: cellParas(cells[0]), span: width }];
      return cells.map((c, k) => {
        if (!mergeable[k] || r < 2 || !c) return cellParas(c);
        const above = rows[r - 1][k];
        const below = rows[r + 1]?.[k];
        if (above === c && rows[r - 1].length > 1) return { paras: [], merge: 'continue' };
        return below === c ? { paras: cellParas(c), merge: 'restart' } : cellParas(c);
      });
    }),
  };
}

/** A layout's blocks, with every run of bar rows made one Word table. */
function withTables(layout: (text: string) => BlockSpec[], merge: boolean) {
  return (text: string): BlockSpec[] => {
    const out: BlockSpec[] = [];
    let prose: string[] = [];
    let rows: string[][] = [];
    const close = () => {
      if (prose.length) out.push(...layout(prose.join('\n')));
      if (rows.length) out.push(gridTable(rows, merge));
      prose = [];
      rows = [];
    };
    for (const line of text.split('\n')) {
      if (RULE_ROW.test(line)) continue;
      if (TABLE_ROW.test(line)) {
        if (prose.length) close();
        rows.push(rowCells(line));
      } else {
        if (rows.length) close();
        prose.push(line);
      }
    }
    close();
    return out;
  };
}

const rowPerLine = (text: string): BlockSpec[] =>
  text.split('\n').map((line) => {
    const cells = line.trim().split(GAP);
    return cells.length > 1 ? { table: [cells.map((c) => [p(c)])] } : p(line);
  });

export const DOCX_LAYOUTS: Record<string, (text: string) => Uint8Array> = {
  'a table row per line': (text) => buildDocx({ body: withTables(rowPerLine, false)(text) }),
  'a table per block': (text) => buildDocx({ body: withTables(tablePerBlock, true)(text) }),
  'columns set with tabs': (text) => buildDocx({ body: withTables(tabbed, true)(text) }),
  // Each column one paragraph whose lines are Shift+Enter breaks.
  "a column's lines as line breaks in one cell": (text) =>
    buildDocx({
      body: withTables(
        (text) =>
          blocks(text).map((b): BlockSpec =>
            'line' in b
              ? p(b.line)
              : { table: [b.columns.map((c) => [p(...c.map((text, i) => ({ text, breakBefore: i > 0 })))])] },
          ),
        false,
      )(text),
    }),
  'heading and signature in text boxes': (text) =>
    buildDocx({
      body: withTables(
        (text) =>
          blocks(text).map((b): BlockSpec =>
            'line' in b ? p(b.line) : { boxes: b.columns.map((c) => c.map((x) => p(x))) },
          ),
        true,
      )(text),
    }),
  'capital lines typed small, All Caps on the run': (text) =>
    buildDocx(capsBy('run', withTables(tablePerBlock, true)(text))),
  'capital lines typed small, capitals from the paragraph style': (text) =>
    buildDocx(capsBy('style', withTables(tabbed, false)(text))),
};
