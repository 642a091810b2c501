// The linear-time matcher for an office's patterns (RE2JS, plain JavaScript), registered when
// the rule-file loader loads; and the load-time check that a pattern runs in both engines.
import { RE2JS } from 're2js';
import { registerLinearEngine } from './patterns';

registerLinearEngine((pattern, caseInsensitive) => {
  const re = RE2JS.compile(pattern, caseInsensitive ? RE2JS.CASE_INSENSITIVE : 0);
  return { test: (text) => re.matcher(text).find() };
});

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
