// responsibility-cadence-set: each task has a Chu kỳ, and it reads as one of the known cadences.
import type { ResponsibilitySource } from '../facts/sources';
import { ruleFunction } from './function';

export const cadenceProblem = ruleFunction({
  name: 'cadenceProblem',
  messageIds: ['missing', 'unknown'],
  decide: ({ r }: ResponsibilitySource) => (!r.cadenceRaw ? 'missing' : !r.cadence.value ? 'unknown' : null),
});
