// issue-date-valid: Ngày ban hành is a real date inside or just before the school year.
import type { DocumentSource } from '../facts/sources';
import { ruleFunction } from './function';

export const issueDateProblem = ruleFunction({
  name: 'issueDateProblem',
  messageIds: ['missing', 'unreadable', 'outsideSchoolYear'],
  decide: ({ model, f }: DocumentSource) => {
    const { issueDate, schoolYear: sy } = model.document;
    if (!f('issueDate')) return 'missing';
    if (!issueDate) return 'unreadable';
    if (!sy?.valid) return null;
    // "inside or just before": from 1 January of the first year to the end of the last school year.
    return issueDate < `${sy.start}-01-01` || issueDate > `${sy.end}-08-31` ? 'outsideSchoolYear' : null;
  },
});
