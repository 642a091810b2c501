// review-cadence-set: Chu kỳ rà soát is set, to a cadence we know.
import type { DocumentSource } from '../facts/sources';
import { ruleFunction } from './function';

export const reviewCadenceProblem = ruleFunction({
  name: 'reviewCadenceProblem',
  messageIds: ['missing', 'unknown'],
  decide: ({ model, f }: DocumentSource) =>
    !f('reviewCadence') ? 'missing' : !model.document.reviewCadence.value ? 'unknown' : null,
});
