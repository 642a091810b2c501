// responsibility-lead-known: each task has a Chủ trì, and it is a party declared on Các bên.
import type { ResponsibilitySource } from '../facts/sources';
import { ruleFunction } from './function';

export const leadProblem = ruleFunction({
  name: 'leadProblem',
  messageIds: ['missing', 'unknown'],
  decide: ({ r, known }: ResponsibilitySource) => (!r.lead ? 'missing' : known.parties.has(r.lead) ? null : 'unknown'),
});
