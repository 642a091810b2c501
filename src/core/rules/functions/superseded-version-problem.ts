// superseded-version-marked: the version Thay thế văn bản names is in Phiên bản, marked Đã bị
// thay thế, and its Thay thế bởi names this document.
import { foldKey } from '../../text';
import type { DocumentSource } from '../facts/sources';
import { ruleFunction } from './function';

export const supersededVersionProblem = ruleFunction({
  name: 'supersededVersionProblem',
  messageIds: ['missing', 'notMarked', 'noBackReference'],
  decide: ({ chain }: DocumentSource) => {
    if (!chain.supersedes || chain.supersedesIsNone) return null;
    const v = chain.named[0];
    if (!v) return 'missing';
    if (foldKey(v.status) !== foldKey('Đã bị thay thế')) return 'notMarked';
    return v.supersededBy && chain.namesThis(v.supersededBy) ? null : 'noBackReference';
  },
});
