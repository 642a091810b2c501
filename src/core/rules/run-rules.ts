// Runs the rules over a model. Conditions are json-rules-engine data and are evaluated with the
// engine's own operator registry. Rules on the single document item go through `engine.run`;
// rules over a collection are compiled once into a predicate over one item (the same
// operators, the same all/any/not semantics) so that one pass names every failing row at a
// cost close to a hand-written loop — per-row `engine.run` costs 250–575× that.
import { Engine } from 'json-rules-engine';
import type { DueContext } from '../deadline';
import { BLOCKS } from '../layout';
import type { RegulationModel } from '../model';
import { compileTemplate } from '../i18n';
import { clean } from '../text';
import { checkMessageIds, resolveRule } from './decision';
import { matcher } from './patterns';
import type { CollectionName, Condition, Finding, LeafCondition, RuleDefinition } from './types';
import { buildViews, FIELD_ACCESSORS, type OriginSource, type Place, type View, type Views } from './facts';

type Facts = Record<string, unknown>;

function pathParts(path: string | undefined): string[] {
  return path
    ? path
        .replace(/^\$\.?/, '')
        .split('.')
        .filter(Boolean)
    : [];
}

// A path may name fields only: never the object machinery (rule files are data from outside).
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype', '__defineGetter__', '__lookupGetter__']);

function walk(value: unknown, parts: string[]): unknown {
  let v: unknown = value;
  for (const p of parts) {
    if (v === null || v === undefined || FORBIDDEN.has(p)) return undefined;
    v = (v as Record<string, unknown>)[p];
  }
  return v;
}

/** Dot paths only (`lead`, `$.lead`, `a.b`): no JSONPath, so a rule file can never evaluate code. */
export function resolvePath(value: unknown, path: string | undefined): unknown {
  return walk(value, pathParts(path));
}

/** A getter for one path, split once when a rule is compiled rather than on every item. */
function getter(path: string | undefined): (value: unknown) => unknown {
  const parts = pathParts(path);
  if (parts.length === 0) return (v) => v;
  if (parts.length === 1 && !FORBIDDEN.has(parts[0])) {
    const [key] = parts;
    return (v) => (v !== null && v !== undefined ? (v as Record<string, unknown>)[key] : undefined);
  }
  return (v) => walk(v, parts);
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
  matches: (fact, value) =>
    typeof fact === 'string' && typeof value === 'string' && matcher(value, 'iu').test(clean(fact)),
  notMatches: (fact, value) =>
    typeof fact === 'string' &&
    typeof value === 'string' &&
    !isBlankValue(fact) &&
    !matcher(value, 'iu').test(clean(fact)),
  matchesCase: (fact, value) =>
    typeof fact === 'string' && typeof value === 'string' && matcher(value, 'u').test(clean(fact)),
  notMatchesCase: (fact, value) =>
    typeof fact === 'string' &&
    typeof value === 'string' &&
    !isBlankValue(fact) &&
    !matcher(value, 'u').test(clean(fact)),
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

function compile(condition: Condition, operators: OperatorLookup, given?: CollectionName): Predicate {
  if ('all' in condition) {
    const parts = condition.all.map((c) => compile(c, operators, given));
    if (parts.length === 1) return parts[0];
    return (item, facts) => parts.every((p) => p(item, facts));
  }
  if ('any' in condition) {
    const parts = condition.any.map((c) => compile(c, operators, given));
    return (item, facts) => parts.some((p) => p(item, facts));
  }
  if ('not' in condition) {
    const inner = compile(condition.not, operators, given);
    return (item, facts) => !inner(item, facts);
  }
  const leaf = condition as LeafCondition;
  const op = operators.get(leaf.operator);
  if (!op) throw new Error(`Unknown operator: ${leaf.operator}`);
  const side = (fact: string, path: string | undefined) => {
    const name = path?.replace(/^\$\.?/, '');
    const accessors = given ? FIELD_ACCESSORS[given] : undefined;
    const accessor =
      fact === 'item' && accessors && name && Object.hasOwn(accessors, name) ? accessors[name] : undefined;
    if (accessor) return (item: View) => accessor(item);
    const get = getter(path);
    return fact === 'item' ? (item: View) => get(item) : (_item: View, facts: Facts) => get(facts[fact]);
  };
  const left = side(leaf.fact, leaf.path);
  const v = leaf.value as { fact?: string; path?: string } | null;
  if (v && typeof v === 'object' && !Array.isArray(v) && typeof v.fact === 'string') {
    const right = side(v.fact, v.path);
    return (item, facts) => op.evaluate(left(item, facts), right(item, facts));
  }
  const constant = leaf.value;
  return (item, facts) => op.evaluate(left(item, facts), constant);
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

type Template = (data: Record<string, unknown>) => string;

/** Language-neutral parts (messageId, field, entity, fix) take values as they are. */
const template: (text: string) => Template = compileTemplate;

/** How a rule turns a failing item into a finding, prepared once per rule. */
function reporter(rule: RuleDefinition): (item: View, source: OriginSource) => Finding {
  const messageIdOf = template(rule.report?.messageId ?? 'default');
  const messages = new Map(
    Object.entries(rule.messages).map(([id, m]) => [
      id,
      { vi: compileTemplate(m.vi, 'vi'), en: compileTemplate(m.en, 'en') },
    ]),
  );
  const fieldOf = rule.report?.field ? template(rule.report.field) : null;
  const entityOf = rule.report?.entity !== undefined ? template(rule.report.entity) : null;
  const fixOf = rule.report?.fix ? { from: template(rule.report.fix.from), to: template(rule.report.fix.to) } : null;
  const extend = rule.report?.extendTable;
  const extendOf = extend
    ? { table: template(extend.table), from: template(extend.from), to: template(extend.to) }
    : null;
  return (item, source) => {
    const data = item as Record<string, unknown>;
    const messageId = messageIdOf(data);
    const message = messages.get(messageId);
    // Unreachable for a rule the runner accepted (checkMessageIds): never another message instead.
    if (!message) throw new Error(`${rule.id}: no message "${messageId}"`);
    const field = fieldOf?.(data);
    let place: Place;
    // Own fields only: a field named __proto__ or constructor must find nothing, not Object's machinery.
    if ('place' in source)
      place = (field && Object.hasOwn(source.fields, field) && source.fields[field]) || source.place;
    else {
      const cell =
        (field && Object.hasOwn(source.cells, field) && source.cells[field]) || Object.values(source.cells)[0];
      place = { sheet: source.sheet, cell, row: source.row };
    }
    return {
      ruleId: rule.id,
      severity: rule.severity as Finding['severity'],
      messageId,
      message: { vi: message.vi(data), en: message.en(data) },
      sheet: place.sheet,
      cell: place.cell ?? null,
      row: place.row ?? item.row ?? null,
      entity: entityOf ? entityOf(data) : item.row !== null ? String(item.row) : '',
      ...(fixOf ? { fix: { from: fixOf.from(data), to: fixOf.to(data) } } : {}),
      ...(extendOf
        ? { extendTable: { table: extendOf.table(data), from: extendOf.from(data), to: extendOf.to(data) } }
        : {}),
    };
  };
}

export interface RuleRunner {
  readonly rules: RuleDefinition[];
  run(model: RegulationModel): Promise<Finding[]>;
}

/**
 * Prepare a runner for a fixed rule set. Runs are serialised: json-rules-engine keeps run
 * state on the Engine, and overlapping runs on one Engine silently drop rules. `due` dates
 * what falls due (a function for a pane that stays open past midnight); without it, rules on
 * due dates never fire.
 */
export function createRuleRunner(rules: RuleDefinition[], due?: DueContext | (() => DueContext)): RuleRunner {
  const active = rules.filter((r) => r.severity !== 'off').map((r) => resolveRule(r));
  // A rule that could report a message it does not have is refused here, before any run.
  for (const rule of active) checkMessageIds(rule);
  const engine = createEngine();
  const documentRules = active.filter((r) => r.given === 'document');
  for (const rule of documentRules) {
    engine.addRule({ name: rule.id, conditions: rule.conditions as never, event: { type: rule.id } });
  }
  const report = new Map(active.map((r) => [r.id, reporter(r)]));
  // Grouped by collection so that one pass over the items runs all their rules (as a hand loop would).
  const byCollection = new Map<CollectionName, Array<{ test: Predicate; report: ReturnType<typeof reporter> }>>();
  for (const rule of active) {
    if (rule.given === 'document') continue;
    const list = byCollection.get(rule.given) ?? [];
    list.push({ test: compile(rule.conditions, operatorsOf(engine), rule.given), report: report.get(rule.id)! });
    byCollection.set(rule.given, list);
  }

  let queue: Promise<unknown> = Promise.resolve();

  async function runOnce(model: RegulationModel): Promise<Finding[]> {
    const views: Views = buildViews(model, typeof due === 'function' ? due() : due);
    const facts: Facts = { ...views.globals };
    const findings: Finding[] = [];
    if (documentRules.length > 0) {
      const doc = views.collections.document;
      const { events } = await engine.run({ ...facts, item: doc.views[0] });
      for (const e of events) findings.push(report.get(e.type)!(doc.views[0], doc.origins[0]));
    }
    for (const [given, compiled] of byCollection) {
      const { views: items, origins } = views.collections[given];
      for (let i = 0; i < items.length; i++) {
        const item = items[i];
        for (let j = 0; j < compiled.length; j++)
          if (compiled[j].test(item, facts)) findings.push(compiled[j].report(item, origins[i]));
      }
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
  return compile(rule.conditions, operatorsOf(createEngine()), rule.given);
}
