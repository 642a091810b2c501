// A Word 97 text's marks → lines, as the .docx reader gives them: fields reduced to what they
// show, cell and row marks into tables (cells merged down spanning the rows they cover), line and
// page breaks into new lines.
import { tableLines, type GridCell } from '../core/import/table-grid';
import type { ParagraphProps } from './doc-properties';

/**
 * A row's cells with those merged into the cell above left out, that cell spanning down over
 * them (so a time or a person merged down a table of tasks belongs to each row, as from a .docx).
 * A row of another shape (one cell across the table) ends every merge.
 */
function mergedDown(row: GridCell[], merges: number[] | undefined, heads: GridCell[]): GridCell[] {
  if (heads.length && heads.length !== row.length) heads.length = 0;
  const out = row.filter((cell, k) => {
    const head = heads[k];
    if (merges?.[k] === 1 && head && !cell.lines.join('').trim()) {
      head.rowSpan++;
      return false;
    }
    heads[k] = cell;
    return true;
  });
  heads.length = row.length;
  return out;
}

/** Word's marks → lines: fields to what they show, cells and rows into tables. */
export function toLines(text: string, fcs: number[], para: (fc: number) => ParagraphProps | undefined): string {
  const lines: string[] = [];
  let rows: GridCell[][] = [];
  let row: GridCell[] = [];
  let cell: string[] = [];
  let current = '';
  // Fields: \x13 code \x14 shown \x15, nested; only what they show is text.
  const fields: Array<{ showing: boolean }> = [];
  // The cell each column's vertical merge opened with, by cell index.
  const heads: GridCell[] = [];
  const flushTable = () => {
    heads.length = 0;
    if (row.length) rows.push(row);
    if (rows.length) for (const out of tableLines(rows)) lines.push(out.text);
    rows = [];
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\x13') {
      fields.push({ showing: false });
      continue;
    }
    if (ch === '\x14') {
      if (fields.length) fields[fields.length - 1].showing = true;
      continue;
    }
    if (ch === '\x15') {
      fields.pop();
      continue;
    }
    if (fields.some((f) => !f.showing)) continue;
    if (ch === '\r' || ch === '\x07') {
      const props = para(fcs[i]);
      if (props?.inTable || ch === '\x07') {
        if (ch === '\r') {
          cell.push(current);
        } else if (props?.ttp) {
          if (row.length) rows.push(mergedDown(row, props.vertMerge, heads));
          row = [];
        } else {
          cell.push(current);
          row.push({ lines: cell, colSpan: 1, rowSpan: 1 });
          cell = [];
        }
      } else {
        flushTable();
        lines.push(current);
      }
      current = '';
      continue;
    }
    if (ch === '\x0b' || ch === '\x0c') {
      // A line break, or a page or section break: a new line of the same paragraph.
      if (para(fcs[i])?.inTable) cell.push(current);
      else lines.push(current);
      current = '';
      continue;
    }
    // Word's non-breaking hyphen; its optional hyphen, and the no-break space, kept as the .docx
    // holds them (U+00AD, U+00A0): the cleaning drops or folds them, after a page's mojibake is
    // repaired ("Ã\u00a0" is the two bytes of "à", "áº\u00ad" those of "ậ").
    if (ch === '\t') current += '\t';
    else if (ch === '\x1e') current += '-';
    else if (ch === '\x1f') current += '\u00ad';
    else if (ch < ' ') continue;
    else current += ch;
  }
  flushTable();
  if (current) lines.push(current);
  return lines.join('\n');
}
