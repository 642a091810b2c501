// How a rule decides, in one place: its JSON conditions over named facts, and the one function it
// may name (`then.function`, a file of its own in functions/). A rule with a function reports
// the items the function finds, with the message id the function returns. Every message id a
// rule can report is known here, from its function or from a fact's closed list of values, and
// must be one of the rule's messages: a rule that could report an id it has no message for is
// refused when it is loaded, never run with some other message instead.
import { UserError } from '../i18n';
import { factOf, VIEW_FIELDS } from './facts';
import type { Condition, RuleDefinition } from './types';

const WHOLE_PLACEHOLDER = /^\{\{\s*([\w]+)\s*\}\}$/;

/** The rule with its function folded in: the function's fact is not null, its value the message id. */
export function resolveRule(rule: RuleDefinition, file = rule.source ?? rule.id): RuleDefinition {
  const name = rule.then?.function;
  if (!name) return rule;
  const fact = factOf(rule.given, name);
  if (!fact?.function) {
    const known = VIEW_FIELDS[rule.given].filter((f) => factOf(rule.given, f)?.function);
    throw new UserError('rules.unknownFunction', {
      file,
      field: 'then.function',
      name,
      given: rule.given,
      known: known.join(', ') || '—',
    });
  }
  const messageId = `{{${name}}}`;
  if (rule.report?.messageId === messageId) return rule; // already folded in (an office's override re-checked)
  const decided: Condition = { fact: 'item', path: name, operator: 'notEqual', value: null };
  const own = rule.conditions ? [rule.conditions] : [];
  return {
    ...rule,
    conditions: { all: [...own, decided] },
    report: { ...rule.report, messageId },
  };
}

/** The values a top-level `in` or `equal` condition allows a fact, if the rule has one. */
function allowedBy(conditions: Condition, name: string): string[] | null {
  const leaves = 'all' in conditions ? conditions.all : [conditions];
  for (const c of leaves) {
    if (!('fact' in c) || c.fact !== 'item' || c.path?.replace(/^\$\.?/, '') !== name) continue;
    if (c.operator === 'in' && Array.isArray(c.value)) return c.value.map(String);
    if (c.operator === 'equal' && typeof c.value === 'string') return [c.value];
  }
  return null;
}

/** Every message id the rule can report; throws, naming the file and field, when one has no message. */
export function checkMessageIds(rule: RuleDefinition, file = rule.source ?? rule.id): string[] {
  const template = rule.report?.messageId ?? 'default';
  const field = rule.then?.function ? 'then.function' : 'report.messageId';
  let ids: string[];
  const m = WHOLE_PLACEHOLDER.exec(template);
  if (!template.includes('{{')) ids = [template];
  else if (m) {
    const type = factOf(rule.given, m[1])?.type;
    if (!type || typeof type !== 'object') throw new UserError('rules.openMessageId', { file, field, name: m[1] });
    const allowed = rule.conditions ? allowedBy(rule.conditions, m[1]) : null;
    ids = allowed ? type.oneOf.filter((v) => allowed.includes(v)) : [...type.oneOf];
  } else throw new UserError('rules.openMessageId', { file, field, name: template });
  for (const id of ids)
    if (!Object.hasOwn(rule.messages, id))
      throw new UserError('rules.unknownMessageId', {
        file,
        field,
        id,
        known: Object.keys(rule.messages).join(', '),
      });
  return ids;
}
