// Runs the rules over a model. Conditions are json-rules-engine data and are evaluated with the
// engine's own operator registry. Rules on the single document item go through `engine.run`;
// rules over a collection are compiled once into a predicate over one item (the same
// operators, the same all/any/not semantics) so that one pass names every failing row at a
// cost close to a hand-written loop — per-row `engine.run` costs 250–575× that.
import { Engine } from 'json-rules-engine';
import { interpolate } from '../i18n';
import { BLOCKS } from '../layout';
import type { RegulationModel } from '../model';
import { clean } from '../text';
import type { Condition, Finding, LeafCondition, RuleDefinition } from './types';
import { buildViews, type View, type ViewOrigin, type Views } from './views';

type Facts = Record<string, unknown>;

/** Dot paths only (`lead`, `$.lead`, `a.b`): no JSONPath, so a rule file can never evaluate code. */
export function resolvePath(value: unknown, path: string | undefined): unknown {
  if (!path) return value;
  const parts = path.replace(/^\$\.?/, '').split('.').filter(Boolean);
  let v: unknown = value;
  for (const p of parts) {
    if (v === null || v === undefined) return undefined;
    v = (v as Record<string, unknown>)[p];
  }
  return v;
}

const regexCache = new Map<string, RegExp>();
function regex(pattern: string, flags = 'iu'): RegExp {
  let re = regexCache.get(flags + pattern);
  if (!re) {
    re = new RegExp(pattern, flags);
    regexCache.set(flags + pattern, re);
  }
  return re;
}

function isBlankValue(v: unknown): boolean {
  if (v === null || v === undefined) return true;
  if (Array.isArray(v)) return v.length === 0;
  if (typeof v === 'string') return clean(v) === '';
  return false;
}

/** The operators rule files may use on top of json-rules-engine's own. */
export const CUSTOM_OPERATORS: Record<string, (fact: unknown, value: unknown) => boolean> = {
  isBlank: (fact, value) => isBlankValue(fact) === (value !== false),
  matches: (fact, value) => typeof fact === 'string' && typeof value === 'string' && regex(value).test(clean(fact)),
  notMatches: (fact, value) => typeof fact === 'string' && typeof value === 'string' && !isBlankValue(fact) && !regex(value).test(clean(fact)),
  matchesCase: (fact, value) => typeof fact === 'string' && typeof value === 'string' && regex(value, 'u').test(clean(fact)),
  notMatchesCase: (fact, value) =>
    typeof fact === 'string' && typeof value === 'string' && !isBlankValue(fact) && !regex(value, 'u').test(clean(fact)),
  lengthGreaterThan: (fact, value) => (typeof fact === 'string' || Array.isArray(fact)) && fact.length > Number(value),
};

export function createEngine(): Engine {
  const engine = new Engine([], {
    allowUndefinedFacts: false,
    pathResolver: (object: unknown, path: string) => resolvePath(object, path),
  } as ConstructorParameters<typeof Engine>[1]);
  for (const [name, fn] of Object.entries(CUSTOM_OPERATORS)) engine.addOperator(name, fn);
  return engine;
}

type Predicate = (item: View, facts: Facts) => boolean;

/** The engine's operator registry (decorators applied), which its typings do not expose. */
export interface OperatorLookup {
  get(name: string): { evaluate(fact: unknown, value: unknown): boolean } | null;
}

export function operatorsOf(engine: Engine): OperatorLookup {
  return (engine as unknown as { operators: OperatorLookup }).operators;
}

function compile(condition: Condition, operators: OperatorLookup): Predicate {
  if ('all' in condition) {
    const parts = condition.all.map((c) => compile(c, operators));
    return (item, facts) => parts.every((p) => p(item, facts));
  }
  if ('any' in condition) {
    const parts = condition.any.map((c) => compile(c, operators));
    return (item, facts) => parts.some((p) => p(item, facts));
  }
  if ('not' in condition) {
    const inner = compile(condition.not, operators);
    return (item, facts) => !inner(item, facts);
  }
  const leaf = condition as LeafCondition;
  const op = operators.get(leaf.operator);
  if (!op) throw new Error(`Unknown operator: ${leaf.operator}`);
  const left = (item: View, facts: Facts) => resolvePath(leaf.fact === 'item' ? item : facts[leaf.fact], leaf.path);
  const v = leaf.value as { fact?: string; path?: string } | null;
  const right: (item: View, facts: Facts) => unknown =
    v && typeof v === 'object' && !Array.isArray(v) && typeof v.fact === 'string'
      ? (item, facts) => resolvePath(v.fact === 'item' ? item : facts[v.fact!], v.path)
      : () => leaf.value;
  return (item, facts) => op.evaluate(left(item, facts), right(item, facts));
}

function sheetRank(sheet: string): number {
  const i = BLOCKS.findIndex((b) => b.sheet === sheet);
  return i < 0 ? BLOCKS.length : i;
}

function columnOf(cell: string | null): number {
  const m = cell ? /^([A-Z]+)/.exec(cell) : null;
  if (!m) return 0;
  let n = 0;
  for (const ch of m[1]) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      sheetRank(a.sheet) - sheetRank(b.sheet) ||
      a.sheet.localeCompare(b.sheet) ||
      (a.row ?? 0) - (b.row ?? 0) ||
      columnOf(a.cell) - columnOf(b.cell) ||
      a.ruleId.localeCompare(b.ruleId),
  );
}

function toFinding(rule: RuleDefinition, item: View, origin: ViewOrigin): Finding {
  const data: Record<string, unknown> = item;
  const wanted = interpolate(rule.report?.messageId ?? 'default', data);
  const messageId = rule.messages[wanted] ? wanted : rule.messages.default ? 'default' : Object.keys(rule.messages)[0];
  const message = rule.messages[messageId];
  const field = rule.report?.field ? interpolate(rule.report.field, data) : undefined;
  const place = (field && origin.fields[field]) || origin.place;
  const entity = rule.report?.entity !== undefined ? interpolate(rule.report.entity, data) : item.row !== null ? String(item.row) : '';
  return {
    ruleId: rule.id,
    severity: rule.severity as Finding['severity'],
    messageId,
    message: { vi: interpolate(message.vi, data), en: interpolate(message.en, data) },
    sheet: place.sheet,
    cell: place.cell ?? null,
    row: place.row ?? item.row ?? null,
    entity,
  };
}

export interface RuleRunner {
  readonly rules: RuleDefinition[];
  run(model: RegulationModel): Promise<Finding[]>;
}

/**
 * Prepare a runner for a fixed rule set. Runs are serialised: json-rules-engine keeps run
 * state on the Engine, and overlapping runs on one Engine silently drop rules.
 */
export function createRuleRunner(rules: RuleDefinition[]): RuleRunner {
  const active = rules.filter((r) => r.severity !== 'off');
  const engine = createEngine();
  const documentRules = active.filter((r) => r.given === 'document');
  for (const rule of documentRules) {
    engine.addRule({ name: rule.id, conditions: rule.conditions as never, event: { type: rule.id } });
  }
  const byId = new Map(active.map((r) => [r.id, r]));
  const collectionRules = active
    .filter((r) => r.given !== 'document')
    .map((rule) => ({ rule, test: compile(rule.conditions, operatorsOf(engine)) }));

  let queue: Promise<unknown> = Promise.resolve();

  async function runOnce(model: RegulationModel): Promise<Finding[]> {
    const views: Views = buildViews(model);
    const facts: Facts = { ...views.globals };
    const findings: Finding[] = [];
    if (documentRules.length > 0) {
      const doc = views.collections.document;
      const { events } = await engine.run({ ...facts, item: doc.views[0] });
      for (const e of events) findings.push(toFinding(byId.get(e.type)!, doc.views[0], doc.origins[0]));
    }
    for (const { rule, test } of collectionRules) {
      const { views: items, origins } = views.collections[rule.given];
      for (let i = 0; i < items.length; i++) if (test(items[i], facts)) findings.push(toFinding(rule, items[i], origins[i]));
    }
    return sortFindings(findings);
  }

  return {
    rules: active,
    run(model) {
      const next = queue.then(() => runOnce(model));
      queue = next.catch(() => undefined);
      return next;
    },
  };
}

/** Evaluate one rule's conditions on one item through `engine.run` (used to check the compiled path). */
export async function evaluateWithEngine(rule: RuleDefinition, item: View, globals: Facts): Promise<boolean> {
  const engine = createEngine();
  engine.addRule({ name: rule.id, conditions: rule.conditions as never, event: { type: rule.id } });
  const { events } = await engine.run({ ...globals, item });
  return events.length > 0;
}

export function compileCondition(rule: RuleDefinition): Predicate {
  return compile(rule.conditions, operatorsOf(createEngine()));
}
