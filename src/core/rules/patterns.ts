// Regular expressions in rule files are data from district offices, and a pattern such as
// ^(a+)+$ takes minutes on 34 letters in a backtracking engine (V8's among them, in the CLI and
// in the pane's main thread alike). So an office's patterns run on RE2JS, a linear-time matcher
// in plain JavaScript: no input can make one slow. A pattern RE2 cannot run in linear time
// (back-references, look-around) is refused when the rule file loads, naming the field. The
// built-in rules' own patterns, reviewed with the code, keep V8's faster engine. The linear
// engine comes with the rule-file loader (linear-patterns.ts), the only way an office's pattern
// gets in, so the pane's first load does not carry it.

export interface Matcher {
  test(text: string): boolean;
}

const trusted = new Set<string>();

/** The built-in rules' patterns: run natively. */
export function trustPatterns(patterns: Iterable<string>): void {
  for (const p of patterns) trusted.add(p);
}

const cache = new Map<string, Matcher>();
const NEVER: Matcher = { test: () => false };

type LinearCompiler = (pattern: string, caseInsensitive: boolean) => Matcher;
let compileLinear: LinearCompiler | null = null;

/** Called by the rule-file loader when it loads. */
export function registerLinearEngine(compile: LinearCompiler): void {
  compileLinear = compile;
}

function linear(pattern: string, caseInsensitive: boolean): Matcher {
  // Unreachable in practice: an untrusted pattern only arrives through the loader, which registers the engine.
  if (!compileLinear) throw new Error('no linear-time matcher for an office pattern');
  return compileLinear(pattern, caseInsensitive);
}

/**
 * A matcher for a pattern; `flags` is 'iu' (matches) or 'u' (matchesCase). A pattern that does
 * not compile (one taken from a workbook cell through a fact reference) never matches.
 */
export function matcher(pattern: string, flags: 'iu' | 'u'): Matcher {
  const key = flags + pattern;
  let m = cache.get(key);
  if (!m) {
    try {
      m = trusted.has(pattern) ? new RegExp(pattern, flags) : linear(pattern, flags === 'iu');
    } catch (e) {
      if (!compileLinear) throw e;
      m = NEVER;
    }
    if (cache.size > 10_000) cache.clear();
    cache.set(key, m);
  }
  return m;
}

/** The operators whose value is a pattern (decorated ones such as `not:someFact:matches` too). */
export const isPatternOperator = (operator: string) => /(^|:)(not)?matches(case)?$/i.test(operator);

/** Every literal pattern in a condition tree (walked without recursion). */
export function conditionPatterns(condition: unknown): string[] {
  const out: string[] = [];
  const stack: unknown[] = [condition];
  while (stack.length > 0) {
    const c = stack.pop() as Record<string, unknown> | null;
    if (!c || typeof c !== 'object') continue;
    for (const key of ['all', 'any'] as const) if (Array.isArray(c[key])) stack.push(...(c[key] as unknown[]));
    if (c.not) stack.push(c.not);
    if (typeof c.operator === 'string' && isPatternOperator(c.operator) && typeof c.value === 'string')
      out.push(c.value);
  }
  return out;
}
