// The facts a rule may look at, declared once per collection: each fact's name, its type (with
// the values it can take, when they are a closed list) and how it is derived from a prepared
// source item. The views the runner evaluates, the per-field accessors of its compiled
// conditions and the loader's vocabulary all come from this one declaration.
import type { RuleFunction } from '../functions/function';

/** What a fact holds. `oneOf` lists every value it can take besides null (a message id may name it). */
export type FactType = 'text' | 'number' | 'yes/no' | 'date' | 'list' | { readonly oneOf: readonly string[] };

export interface Fact<S> {
  type: FactType;
  /** How the fact is read from the collection's prepared source item. */
  of: (source: S) => unknown;
  /** Set when a rule function decides the fact: a rule names it in `then.function`. */
  function?: RuleFunction<S>;
}

export type Facts<S> = Record<string, Fact<S>>;

/** A rule function's result as a fact of its collection: null, or one of the function's message ids. */
export function decidedBy<S>(fn: RuleFunction<S>): Fact<S> {
  return { type: { oneOf: fn.messageIds }, of: fn.decide, function: fn };
}

/** A view: the facts of one item, as conditions and message templates read them. */
export type View = Record<string, unknown> & { row: number | null };

const SOURCE = Symbol('source');

interface LazyView<S> {
  [SOURCE]: S;
}

/**
 * How a collection's views are made from its declaration. `eager` views are plain objects with
 * every fact computed once; `lazy` views (the hot collection, thousands of rows) compute a fact
 * when it is read, so building one costs one small object.
 */
export interface ViewMaker<S> {
  facts: Facts<S>;
  fields: string[];
  view(source: S): View;
  /** One accessor per fact: a compiled condition reads through these, monomorphic as a hand loop. */
  accessors: Record<string, (view: View) => unknown>;
}

export function viewMaker<S>(facts: Facts<S>, mode: 'eager' | 'lazy'): ViewMaker<S> {
  const entries = Object.entries(facts);
  const fields = entries.map(([name]) => name);
  if (mode === 'eager') {
    return {
      facts,
      fields,
      view(source) {
        const view: Record<string, unknown> = {};
        for (const [name, fact] of entries) view[name] = fact.of(source);
        return view as View;
      },
      accessors: Object.fromEntries(fields.map((name) => [name, (v: View) => v[name]])),
    };
  }
  const proto: object = {};
  for (const [name, fact] of entries)
    Object.defineProperty(proto, name, {
      enumerable: true,
      get(this: LazyView<S>) {
        return fact.of(this[SOURCE]);
      },
    });
  return {
    facts,
    fields,
    view(source) {
      const view: LazyView<S> = Object.create(proto);
      view[SOURCE] = source;
      return view as LazyView<S> & View;
    },
    accessors: Object.fromEntries(
      entries.map(([name, fact]) => [name, (v: View) => fact.of((v as View & LazyView<S>)[SOURCE])]),
    ),
  };
}
