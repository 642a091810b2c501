// supersedes-referenced: when Phiên bản lists an earlier version, Thay thế văn bản names it (by
// number, or by title and school year); "Không" only for a true first version.
import type { DocumentSource } from '../facts/sources';
import { namesVersion } from '../facts/version-chain';
import { ruleFunction } from './function';

export const supersedesProblem = ruleFunction({
  name: 'supersedesProblem',
  messageIds: ['missing', 'saysNone', 'notNamed'],
  decide: ({ chain }: DocumentSource) => {
    if (!chain.supersedes) return 'missing';
    if (chain.earlier.length === 0) return null;
    if (chain.supersedesIsNone) return 'saysNone';
    return chain.earlier.some((v) => namesVersion(chain.supersedes, v.number, v.schoolYearRaw)) ? null : 'notNamed';
  },
});
