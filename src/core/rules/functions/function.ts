// A rule function (Spectral's `then.function`): the decision of one rule, written in TypeScript
// when it cannot be a plain condition. It looks at one prepared item of its collection and
// returns null (nothing to report) or the id of the message to report — one of `messageIds`,
// which the loader checks against the rule's messages.
export interface RuleFunction<S> {
  /** The name a rule file gives in `then.function`; also the fact that holds its result. */
  name: string;
  /** Every message id the function can return. */
  messageIds: readonly string[];
  decide(source: S): string | null;
}

export function ruleFunction<S, const Ids extends readonly string[]>(spec: {
  name: string;
  messageIds: Ids;
  decide(source: S): Ids[number] | null;
}): RuleFunction<S> {
  return spec;
}
