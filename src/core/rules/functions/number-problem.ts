// document-number-set, document-number-draft: Số ký hiệu is there and has its figure ("Số:   /QCPH-MNHM"
// is how a draft leaves it).
import type { DocumentSource } from '../facts/sources';
import { ruleFunction } from './function';

export const numberProblem = ruleFunction({
  name: 'numberProblem',
  messageIds: ['missing', 'noFigure'],
  decide: ({ numberBare }: DocumentSource) => (!numberBare ? 'missing' : /\d/.test(numberBare) ? null : 'noFigure'),
});
