// signatory-party-known: each signature names a party (Mã bên) declared on Các bên.
import type { SignatorySource } from '../facts/sources';
import { ruleFunction } from './function';

export const partyProblem = ruleFunction({
  name: 'partyProblem',
  messageIds: ['default', 'partyCodeMissing'],
  // A blank code is a missing entry, not an undeclared party.
  decide: ({ s, party }: SignatorySource) => (party ? null : s.partyCode ? 'default' : 'partyCodeMissing'),
});
