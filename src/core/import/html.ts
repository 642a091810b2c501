// A page's markup left in a text: a copy of the page's source, a web page saved as text, lines
// ending in "<br />", "&nbsp;" and "&amp;". Only when markup is evident is it read as a browser
// shows it: a line break for <br> and the end of a block, a column gap between table cells,
// scripts and styles dropped, the entities decoded (by `he`, which knows all of HTML's). A row
// of a table written between bars keeps its <br>: there it parts a cell's lines (task-table.ts).
import he from 'he';
import { CELL_BREAK, TABLE_ROW } from './task-table';

const KEPT_BREAK = '\u{F8FF}';

const MARKUP =
  /<\/?(?:br|p|div|span|td|th|tr|table|tbody|strong|em|b|i|u|h[1-6]|li|ul|ol|font|center|html|body)\b[^>]*>/gi;
const ENTITY = /&(?:nbsp|amp|lt|gt|quot|#\d{2,5}|#x[0-9a-f]{2,4});/i;

export function stripHtml(text: string): string {
  const rows = text.includes('|') && text.includes('<');
  let out = rows
    ? text
        .split('\n')
        .map((l) => (TABLE_ROW.test(l) ? l.replace(CELL_BREAK, KEPT_BREAK) : l))
        .join('\n')
    : text;
  const tags = out.match(MARKUP)?.length ?? 0;
  if (tags < 3 && !ENTITY.test(out)) return text;
  if (tags >= 3)
    out = out
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<(script|style|head)\b[\s\S]*?<\/\1\s*>/gi, '')
      .replace(/<br\s*\/?>[ \t]*(?:\r?\n)?/gi, '\n')
      .replace(/<\/(?:p|div|tr|h[1-6]|li|table)\s*>[ \t]*(?:\r?\n)?/gi, '\n')
      .replace(/<\/t[dh]\s*>/gi, '   ')
      .replace(/<[a-z!/][^>]*>/gi, '');
  return he.decode(out).replaceAll(KEPT_BREAK, '<br>');
}
