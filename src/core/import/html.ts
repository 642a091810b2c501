// A page's markup left in a text: a copy of the page's source, a web page saved as text, lines
// ending in "<br />", "&nbsp;" and "&amp;". Only when markup is evident is it read as a browser
// shows it: a line break for <br> and the end of a block, a column gap between table cells,
// scripts and styles dropped, the entities decoded (by `he`, which knows all of HTML's). A row
// of a table written between bars keeps its <br>: there it parts a cell's lines (task-table.ts);
// a page's own table of tasks is written so too (table-grid.ts).
import he from 'he';
import { tableLines, type GridCell } from './table-grid';
import { CELL_BREAK, TABLE_ROW } from './task-table';

const KEPT_BREAK = '\u{F8FF}';

const MARKUP =
  /<\/?(?:br|p|div|span|td|th|tr|table|tbody|strong|em|b|i|u|h[1-6]|li|ul|ol|font|center|html|body)\b[^>]*>/gi;
const ENTITY = /&(?:nbsp|amp|lt|gt|quot|#\d{2,5}|#x[0-9a-f]{2,4});/i;

const spanOf = (attrs: string, name: string) => {
  const n = Number(new RegExp(`${name}\\s*=\\s*["']?(\\d{1,3})`, 'i').exec(attrs)?.[1] ?? 1);
  return n >= 1 ? n : 1;
};

/** A <table>'s rows and cells (split at their opening tags: linear, whatever is left unclosed). */
function gridOf(table: string): GridCell[][] {
  return table
    .split(/<tr\b[^>]*>/i)
    .slice(1)
    .map((row) =>
      row
        .split(/(?=<t[dh]\b)/i)
        .filter((c) => /^<t[dh]\b/i.test(c))
        .map((cell) => {
          const open = /^<t[dh]\b([^>]*)>/i.exec(cell);
          const inner = cell
            .slice(open ? open[0].length : 0)
            .replace(/<br\s*\/?>|<\/(?:p|div|li)\s*>/gi, '\n')
            .replace(/<[a-z!/][^>]*>/gi, '');
          return {
            lines: inner.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()),
            colSpan: spanOf(open?.[1] ?? '', 'colspan'),
            rowSpan: spanOf(open?.[1] ?? '', 'rowspan'),
          };
        }),
    );
}

/**
 * The page without its comments, scripts, styles and head, in one pass forward. One left open is
 * kept as text, as before (its tags go later); a regular expression looking for each one's end
 * would search to the end of the page once per opening, quadratic on a crafted page.
 */
export function withoutHidden(html: string): string {
  let out = '';
  let pos = 0;
  const open = /<!--|<(script|style|head)\b/gi;
  for (let m = open.exec(html); m; m = open.exec(html)) {
    const close = m[1] ? new RegExp(`</${m[1]}\\s*>`, 'gi') : /-->/g;
    close.lastIndex = m.index + m[0].length;
    const end = close.exec(html);
    if (!end) break;
    out += html.slice(pos, m.index);
    pos = end.index + end[0].length;
    open.lastIndex = pos;
  }
  return out + html.slice(pos);
}

/**
 * Each table of tasks written a row a line between bars, as the .docx reader writes it; other
 * tables as they were. The innermost tables are read: an old page nests its content in a layout table.
 */
function tablesOfTasks(html: string): string {
  const lower = html.toLowerCase();
  let out = '';
  // Every opening tag found once, forward: the one before each end tag is walked to, never searched back.
  const opens = [...lower.matchAll(/<table\b/g)].map((m) => m.index);
  let k = -1;
  // pos: how far the page is written out; from: where the next end tag is looked for.
  let pos = 0;
  for (let from = 0; ;) {
    const end = lower.indexOf('</table', from);
    if (end < 0) break;
    while (k + 1 < opens.length && opens[k + 1] < end) k++;
    const at = k >= 0 ? opens[k] : -1;
    const lines = at >= pos ? tableLines(gridOf(html.slice(at, end))) : [];
    if (lines.some((l) => TABLE_ROW.test(l.text))) {
      const rows = lines.map((l) => l.text.replace(CELL_BREAK, KEPT_BREAK)).join('\n');
      out += `${html.slice(pos, at)}\n${rows}\n`;
    } else out += html.slice(pos, end);
    pos = end;
    from = end + 1;
  }
  return out + html.slice(pos);
}

/** The <br> of each row between bars kept apart from markup; the text itself when there is none. */
function keepRowBreaks(text: string): string {
  // Line by line as split('\n') cuts them, and only the changed rows are written: no join of every line.
  let out = '';
  let pos = 0;
  for (let start = 0; start <= text.length;) {
    const next = text.indexOf('\n', start);
    const end = next < 0 ? text.length : next;
    const line = text.slice(start, end);
    if (TABLE_ROW.test(line)) {
      const kept = line.replace(CELL_BREAK, KEPT_BREAK);
      if (kept !== line) {
        out += text.slice(pos, start) + kept;
        pos = end;
      }
    }
    start = end + 1;
  }
  return pos ? out + text.slice(pos) : text;
}

/** Whether every `<` of the text opens a line break inside a table row. */
function rowBreaksOnly(text: string): boolean {
  let brackets = 0;
  for (let i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i + 1)) brackets++;
  let breaks = 0;
  for (let start = 0; start <= text.length && breaks < brackets;) {
    const next = text.indexOf('\n', start);
    const end = next < 0 ? text.length : next;
    const line = text.slice(start, end);
    // Each match of CELL_BREAK holds exactly one `<`.
    if (line.includes('<') && TABLE_ROW.test(line)) breaks += line.match(CELL_BREAK)?.length ?? 0;
    start = end + 1;
  }
  return breaks === brackets;
}

export function stripHtml(text: string): string {
  const rows = text.includes('|') && text.includes('<');
  // Every `<` a row's line break (a .docx's table of tasks): once they are kept apart no markup is
  // left, and the text comes back as it is, without the copy of it that counting the markup took
  // (on a long regulation a new string of some 300 KB, a millisecond). Keeping breaks apart leaves
  // the entities as they are.
  if (rows && !ENTITY.test(text) && rowBreaksOnly(text)) return text;
  let out = rows ? keepRowBreaks(text) : text;
  const tags = out.match(MARKUP)?.length ?? 0;
  if (tags < 3 && !ENTITY.test(out)) return text;
  if (tags >= 3)
    out = tablesOfTasks(withoutHidden(out))
      .replace(/<br\s*\/?>[ \t]*(?:\r?\n)?/gi, '\n')
      .replace(/<\/(?:p|div|tr|h[1-6]|li|table)\s*>[ \t]*(?:\r?\n)?/gi, '\n')
      .replace(/<\/t[dh]\s*>/gi, '   ')
      .replace(/<[a-z!/][^>]*>/gi, '');
  return he.decode(out).replaceAll(KEPT_BREAK, '<br>');
}
