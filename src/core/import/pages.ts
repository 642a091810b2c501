// Where a value was read in a PDF: beside each line number of an extraction (a value's `line`,
// a party's `lines`, a `source: { line }`), the page that line came from.

/** A copy of `value` with `page` beside every `line` and `pages` beside every `lines`. */
export function withPages<T>(value: T, pageOfLine: number[]): T {
  const pageOf = (line: number) => pageOfLine[line - 1];
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (!v || typeof v !== 'object') return v;
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      out[k] = walk(x);
      if (k === 'line' && typeof x === 'number' && pageOf(x)) out.page = pageOf(x);
      if (k === 'lines' && Array.isArray(x) && x.every((n) => typeof n === 'number'))
        out.pages = [...new Set(x.map(pageOf).filter(Boolean))];
    }
    return out;
  };
  return walk(value) as T;
}
