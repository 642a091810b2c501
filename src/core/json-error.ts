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

/**
 * How deep a parsed JSON value nests, counted without recursion (a file 200,000 brackets deep
 * parses, but a recursive walker over it overflows the stack); the count stops past `stopAt`.
 */
export function jsonDepth(value: unknown, stopAt: number): number {
  let max = 0;
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (!v || typeof v !== 'object') continue;
    if (depth > max) max = depth;
    if (max > stopAt) return max;
    for (const child of Object.values(v as object)) stack.push([child, depth + 1]);
  }
  return max;
}
