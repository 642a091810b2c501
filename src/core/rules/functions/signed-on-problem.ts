// signatory-date-consistent: a signature's date can be read, is not after the issue date, and is
// not weeks before it (a block copied over from last year).
import type { SignatorySource } from '../facts/sources';
import { ruleFunction } from './function';

/**
 * Signatures of a joint document are gathered over days, and its issue date is the day of the
 * last one (Decree 30/2020); a signature weeks earlier is usually last year's block copied over.
 */
export const SIGNING_WINDOW_DAYS = 30;
const DAY_MS = 86_400_000;

export const signedOnProblem = ruleFunction({
  name: 'signedOnProblem',
  messageIds: ['unreadable', 'afterIssue', 'longBeforeIssue'],
  decide: ({ s, issueDate }: SignatorySource) => {
    if (!s.signedOnRaw) return null;
    if (!s.signedOn) return 'unreadable';
    if (!issueDate) return null;
    if (s.signedOn > issueDate) return 'afterIssue';
    return Date.parse(issueDate) - Date.parse(s.signedOn) > SIGNING_WINDOW_DAYS * DAY_MS ? 'longBeforeIssue' : null;
  },
});
