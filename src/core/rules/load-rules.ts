// Rule files are data from district offices: checked against a schema and against the fact
// vocabulary when loaded, so a broken file is named with its field instead of failing a run.
import Ajv, { type ErrorObject } from 'ajv';
import { inBoth, msg, UserError, type Message, type MessageKey } from '../i18n';
import { jsonDepth, jsonSyntaxDetail } from '../json-error';
import { patternProblem } from './linear-patterns';
import { isPatternOperator } from './patterns';
import { createEngine, operatorsOf } from './run-rules';
import { isSettingsItem } from './settings';
import {
  SEVERITIES,
  type Condition,
  type LeafCondition,
  type RuleDefinition,
  type RuleFile,
  type RuleOverride,
  COLLECTIONS,
  type CollectionName,
} from './types';
import { checkMessageIds, resolveRule } from './decision';
import { GLOBAL_FACTS, VIEW_FIELDS } from './facts';

const bilingual = {
  type: 'object',
  required: ['vi', 'en'],
  additionalProperties: false,
  properties: { vi: { type: 'string', minLength: 1 }, en: { type: 'string', minLength: 1 } },
};

const condition = {
  $id: 'condition',
  type: 'object',
  oneOf: [
    { required: ['all'], properties: { all: { type: 'array', minItems: 1, items: { $ref: 'condition' } } } },
    { required: ['any'], properties: { any: { type: 'array', minItems: 1, items: { $ref: 'condition' } } } },
    { required: ['not'], properties: { not: { $ref: 'condition' } } },
    {
      required: ['fact', 'operator', 'value'],
      properties: {
        fact: { type: 'string', minLength: 1 },
        path: { type: 'string' },
        operator: { type: 'string', minLength: 1 },
        value: {},
        params: { type: 'object' },
      },
      additionalProperties: false,
    },
  ],
};

const severity = { enum: [...SEVERITIES, 'off'] };
const idSchema = { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' };

export const RULE_SCHEMA = {
  type: 'object',
  required: ['id', 'severity', 'given', 'messages', 'rationale'],
  // A rule decides by its conditions, by a function, or by both (the function on the items the conditions keep).
  anyOf: [{ required: ['conditions'] }, { required: ['then'] }],
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    id: idSchema,
    severity,
    given: { enum: [...COLLECTIONS] },
    conditions: { $ref: 'condition' },
    then: {
      type: 'object',
      required: ['function'],
      additionalProperties: false,
      properties: { function: { type: 'string', minLength: 1 } },
    },
    checks: bilingual,
    report: {
      type: 'object',
      additionalProperties: false,
      properties: {
        field: { type: 'string' },
        messageId: { type: 'string' },
        entity: { type: 'string' },
        fix: {
          type: 'object',
          required: ['from', 'to'],
          additionalProperties: false,
          properties: { from: { type: 'string' }, to: { type: 'string' } },
        },
        extendTable: {
          type: 'object',
          required: ['table', 'from', 'to'],
          additionalProperties: false,
          properties: { table: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' } },
        },
      },
    },
    messages: { type: 'object', minProperties: 1, additionalProperties: bilingual },
    rationale: bilingual,
  },
};

export const OVERRIDE_SCHEMA = {
  type: 'object',
  required: ['id'],
  additionalProperties: false,
  minProperties: 2,
  properties: {
    $schema: { type: 'string' },
    id: idSchema,
    severity,
    messages: { type: 'object', minProperties: 1, additionalProperties: bilingual },
    rationale: bilingual,
  },
};

let compiled: { rule: ReturnType<Ajv['compile']>; override: ReturnType<Ajv['compile']> } | null = null;
function validators() {
  if (!compiled) {
    const ajv = new Ajv({ allErrors: false, strict: false });
    ajv.addSchema(condition);
    compiled = { rule: ajv.compile(RULE_SCHEMA), override: ajv.compile(OVERRIDE_SCHEMA) };
  }
  return compiled;
}

function fieldName(instancePath: string, extra?: string): string | Message {
  const parts = instancePath
    .split('/')
    .filter(Boolean)
    .map((p) => (/^\d+$/.test(p) ? `[${p}]` : `.${p}`));
  const joined = parts.join('').replace(/^\./, '');
  if (extra) return joined ? `${joined}.${extra}` : extra;
  return joined || msg('field.root');
}

const JSON_TYPES: Record<string, MessageKey> = {
  string: 'json.type.string',
  number: 'json.type.number',
  integer: 'json.type.integer',
  boolean: 'json.type.boolean',
  object: 'json.type.object',
  array: 'json.type.array',
  null: 'json.type.null',
};

function describe(error: ErrorObject): { field: string | Message; detail: Message } {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return {
        field: fieldName(error.instancePath, String(p.missingProperty)),
        detail: msg('rules.detail.required'),
      };
    case 'additionalProperties':
      return {
        field: fieldName(error.instancePath, String(p.additionalProperty)),
        detail: msg('rules.detail.notAllowed'),
      };
    case 'enum': {
      const list = (p.allowedValues as unknown[]).join(', ');
      return {
        field: fieldName(error.instancePath),
        detail: msg('rules.detail.oneOf', { list }),
      };
    }
    case 'type':
      return {
        field: fieldName(error.instancePath),
        detail: msg('rules.detail.type', {
          type: JSON_TYPES[String(p.type)] ? msg(JSON_TYPES[String(p.type)]) : `"${String(p.type)}"`,
        }),
      };
    case 'pattern':
      return {
        field: fieldName(error.instancePath),
        detail: msg('rules.detail.pattern'),
      };
    case 'oneOf':
      return {
        field: fieldName(error.instancePath),
        detail: msg('rules.detail.condition'),
      };
    default:
      return {
        field: fieldName(error.instancePath),
        detail: msg('rules.detail.invalid', {}, error.message ?? error.keyword),
      };
  }
}

const operators = operatorsOf(createEngine());

function checkPath(file: string, field: string, collection: CollectionName, path: string | undefined) {
  if (!path) return;
  const first = path.replace(/^\$\.?/, '').split('.')[0];
  const known = VIEW_FIELDS[collection];
  if (!known.includes(first))
    throw new UserError('rules.unknownPath', { file, field, path, given: collection, known: known.join(', ') });
}

function checkFactRef(file: string, field: string, given: CollectionName, fact: string, path: string | undefined) {
  const known = ['item', ...GLOBAL_FACTS];
  if (!known.includes(fact)) throw new UserError('rules.unknownFact', { file, field, fact, known: known.join(', ') });
  if (fact === 'item') checkPath(file, field, given, path);
  if (fact === 'document') checkPath(file, field, 'document', path);
}

function checkPattern(file: string, field: string, pattern: string) {
  const problem = patternProblem(pattern);
  if (problem)
    throw new UserError('rules.badPattern', {
      file,
      field,
      pattern,
      detail: inBoth(problem === 'invalid' ? 'rules.pattern.invalid' : 'rules.pattern.unsupported'),
    });
}

// Names of the object machinery: never a field, message id or path part (a rule file is data).
const RESERVED = new Set([
  '__proto__',
  'constructor',
  'prototype',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
  'hasOwnProperty',
  'toString',
  'valueOf',
]);

function checkName(file: string, field: string, name: string | undefined) {
  if (name !== undefined && RESERVED.has(name)) throw new UserError('rules.reservedName', { file, field, name });
}

/** Conditions nest at most this deep; a real rule uses three or four levels. */
export const MAX_RULE_DEPTH = 32;

/** The nesting depth of parsed JSON, measured without recursion (a file may nest 10,000 deep). */
function checkConditions(file: string, rule: RuleDefinition, c: Condition, at: string) {
  if ('all' in c) return c.all.forEach((x, i) => checkConditions(file, rule, x, `${at}.all[${i}]`));
  if ('any' in c) return c.any.forEach((x, i) => checkConditions(file, rule, x, `${at}.any[${i}]`));
  if ('not' in c) return checkConditions(file, rule, c.not, `${at}.not`);
  const leaf = c as LeafCondition;
  if (!operators.get(leaf.operator))
    throw new UserError('rules.unknownOperator', { file, field: `${at}.operator`, operator: leaf.operator });
  checkFactRef(file, `${at}.fact`, rule.given, leaf.fact, leaf.path);
  for (const part of (leaf.path ?? '').split('.')) checkName(file, `${at}.path`, part);
  if (isPatternOperator(leaf.operator) && typeof leaf.value === 'string') checkPattern(file, `${at}.value`, leaf.value);
  const v = leaf.value as { fact?: unknown; path?: string } | null;
  if (v && typeof v === 'object' && !Array.isArray(v) && typeof v.fact === 'string')
    checkFactRef(file, `${at}.value`, rule.given, v.fact, v.path);
}

function checkPlaceholders(file: string, given: CollectionName, field: string, text: string) {
  for (const m of text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)) {
    if (!VIEW_FIELDS[given].includes(m[1]))
      throw new UserError('rules.placeholder', { file, field, name: m[1], given });
  }
}

/** Check a full rule definition; throws UserError naming the file and the field. */
export function validateRule(json: unknown, file: string): RuleDefinition {
  const v = validators();
  if (!v.rule(json)) {
    const { field, detail } = describe(v.rule.errors![0]);
    throw new UserError('rules.invalidField', { file, field, detail });
  }
  if ((json as RuleDefinition).then) checkName(file, 'then.function', (json as RuleDefinition).then!.function);
  const rule = resolveRule({ ...(json as RuleDefinition), source: file }, file);
  checkConditions(file, rule, rule.conditions as Condition, 'conditions');
  for (const key of ['field', 'messageId', 'entity'] as const) checkName(file, `report.${key}`, rule.report?.[key]);
  for (const [id, msg] of Object.entries(rule.messages)) {
    checkName(file, `messages.${id}`, id);
    checkPlaceholders(file, rule.given, `messages.${id}.vi`, msg.vi);
    checkPlaceholders(file, rule.given, `messages.${id}.en`, msg.en);
  }
  for (const key of ['field', 'messageId', 'entity'] as const) {
    const text = rule.report?.[key];
    if (text) checkPlaceholders(file, rule.given, `report.${key}`, text);
  }
  for (const key of ['from', 'to'] as const) {
    const text = rule.report?.fix?.[key];
    if (text) checkPlaceholders(file, rule.given, `report.fix.${key}`, text);
  }
  for (const key of ['table', 'from', 'to'] as const) {
    const text = rule.report?.extendTable?.[key];
    if (text) checkPlaceholders(file, rule.given, `report.extendTable.${key}`, text);
  }
  if (!rule.report?.messageId?.includes('{{') && !rule.messages[rule.report?.messageId ?? 'default']) {
    throw new UserError('rules.invalidField', {
      file,
      field: 'messages.default',
      detail: msg('rules.detail.noDefaultMessage'),
    });
  }
  checkMessageIds(rule, file);
  return rule;
}

export function validateOverride(json: unknown, file: string): RuleOverride {
  const v = validators();
  if (!v.override(json)) {
    const { field, detail } = describe(v.override.errors![0]);
    throw new UserError('rules.invalidField', { file, field, detail });
  }
  return { ...(json as RuleOverride), source: file };
}

export type { RuleFile };

/** An object with `conditions` or `then` is a whole rule (new, or replacing the one with its id); otherwise an override. */
function parseRuleObject(json: unknown, file: string): RuleDefinition | RuleOverride {
  if (json && typeof json === 'object' && !Array.isArray(json) && ('conditions' in json || 'then' in json))
    return validateRule(json, file);
  return validateOverride(json, file);
}

/**
 * A file holds one rule or override, or a list of them: an office can send its schools a single
 * overrides file. Items of a list are named "file (n)", counting from 1.
 */
export function parseRuleFile(f: RuleFile): Array<RuleDefinition | RuleOverride> {
  let json: unknown;
  const text = f.text.replace(/^\uFEFF/, '');
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new UserError('rules.invalidJson', { file: f.file, detail: jsonSyntaxDetail(text, e) });
  }
  // Checked before the schema validator, whose recursion a 10,000-deep file would overflow.
  const depth = jsonDepth(json, MAX_RULE_DEPTH * 4);
  if (depth > MAX_RULE_DEPTH + 8) throw new UserError('rules.tooDeep', { file: f.file, limit: MAX_RULE_DEPTH });
  // An office's settings ride in the same file (src/core/rules/settings.ts reads them).
  if (!Array.isArray(json)) return isSettingsItem(json) ? [] : [parseRuleObject(json, f.file)];
  if (json.length === 0) throw new UserError('rules.emptyList', { file: f.file });
  return json.flatMap((item, i) => (isSettingsItem(item) ? [] : [parseRuleObject(item, `${f.file} (${i + 1})`)]));
}

/** Apply an office's rule files on top of a base set: add, replace, switch off, change severity or wording. */
export function mergeRules(base: RuleDefinition[], files: RuleFile[]): RuleDefinition[] {
  const byId = new Map(base.map((r) => [r.id, r]));
  const seen = new Map<string, string>();
  for (const parsed of [...files].sort((a, b) => a.file.localeCompare(b.file)).flatMap(parseRuleFile)) {
    const file = parsed.source!; // set by the validators
    const other = seen.get(parsed.id);
    if (other) throw new UserError('rules.duplicateId', { file, id: parsed.id, other });
    seen.set(parsed.id, file);
    if ('conditions' in parsed) {
      byId.set(parsed.id, parsed as RuleDefinition);
      continue;
    }
    const current = byId.get(parsed.id);
    if (!current) throw new UserError('rules.unknownRule', { file, id: parsed.id });
    const o = parsed as RuleOverride;
    const merged: RuleDefinition = {
      ...current,
      severity: o.severity ?? current.severity,
      messages: o.messages ? { ...current.messages, ...o.messages } : current.messages,
      rationale: o.rationale ?? current.rationale,
      source: file, // the office's file now decides how this rule behaves
    };
    if (o.messages) {
      const { source: _ignored, ...plain } = merged;
      validateRule(plain, file);
    }
    byId.set(parsed.id, merged);
  }
  return [...byId.values()];
}
