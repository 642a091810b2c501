// responsibility-clause-known: each task names its Mã điều khoản, and that clause is on Điều khoản.
import type { ResponsibilitySource } from '../facts/sources';
import { ruleFunction } from './function';

export const clauseProblem = ruleFunction({
  name: 'clauseProblem',
  messageIds: ['missing', 'unknown'],
  decide: ({ r, known }: ResponsibilitySource) =>
    !r.clauseId ? 'missing' : known.clauses.has(r.clauseId) ? null : 'unknown',
});
