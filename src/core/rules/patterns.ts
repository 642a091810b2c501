// Regular expressions in rule files are data from district offices, and a pattern such as
// ^(a+)+$ takes minutes on 34 letters in a backtracking engine (V8's among them, in the CLI and
// in the pane's main thread alike). So an office's patterns run on RE2JS, a linear-time matcher
// in plain JavaScript: no input can make one slow. A pattern RE2 cannot run in linear time
// (back-references, look-around) is refused when the rule file loads, naming the field. The
// built-in rules' own patterns, reviewed with the code, keep V8's faster engine.
import { RE2JS } from 're2js';

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

function compileLinear(pattern: string, caseInsensitive: boolean): Matcher {
  const re = RE2JS.compile(pattern, caseInsensitive ? RE2JS.CASE_INSENSITIVE : 0);
  return { test: (text) => re.matcher(text).find() };
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
      m = trusted.has(pattern) ? new RegExp(pattern, flags) : compileLinear(pattern, flags === 'iu');
    } catch {
      m = NEVER;
    }
    if (cache.size > 10_000) cache.clear();
    cache.set(key, m);
  }
  return m;
}

/** Why a rule file's pattern cannot be used, or null when it can: it must compile in both engines. */
export function patternProblem(pattern: string): 'invalid' | 'unsupported' | null {
  try {
    new RegExp(pattern, 'u');
  } catch {
    return 'invalid';
  }
  try {
    RE2JS.compile(pattern);
  } catch {
    return 'unsupported';
  }
  return null;
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
