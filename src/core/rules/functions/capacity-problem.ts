// signatory-capacity: a collective body (BCH Công đoàn, Chi bộ, a board) signs "TM."; one person does not.
import type { SignatorySource } from '../facts/sources';
import { ruleFunction } from './function';

export const capacityProblem = ruleFunction({
  name: 'capacityProblem',
  messageIds: ['collectiveWithoutTM', 'collectiveCapacityMissing', 'individualWithTM'],
  decide: ({ s, collective, capacity }: SignatorySource) => {
    if (!s.name) return null;
    if (collective && capacity !== 'TM.') return capacity === '' ? 'collectiveCapacityMissing' : 'collectiveWithoutTM';
    return !collective && capacity === 'TM.' ? 'individualWithTM' : null;
  },
});
