// JSON.parse says what went wrong in English and counts characters; a clerk editing a rules or
// calendar file needs the line and column, in their language (the engine's words go to English).
import { msg, type Message } from './i18n';

export function jsonSyntaxDetail(text: string, e: unknown): Message {
  const reason = (e as Error)?.message ?? String(e);
  const lineCol = /line (\d+) column (\d+)/.exec(reason);
  if (lineCol) return msg('detail.json.at', { line: Number(lineCol[1]), column: Number(lineCol[2]) }, reason);
  const position = /at position (\d+)/.exec(reason);
  if (position) {
    const before = text.slice(0, Number(position[1])).split('\n');
    return msg('detail.json.at', { line: before.length, column: before[before.length - 1].length + 1 }, reason);
  }
  if (/end of (JSON )?input/i.test(reason)) return msg('detail.json.end', {}, reason);
  return msg('detail.json.syntax', {}, reason);
}
