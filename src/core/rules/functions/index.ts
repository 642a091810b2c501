// Every rule function, by the name a rule file gives in `then.function`.
import { cadenceProblem } from './cadence-problem';
import { capacityProblem } from './capacity-problem';
import { clauseProblem } from './clause-problem';
import { clauseReplacementProblem } from './clause-replacement-problem';
import { issueDateProblem } from './issue-date-problem';
import { leadProblem } from './lead-problem';
import { numberProblem } from './number-problem';
import { partyProblem } from './party-problem';
import { reviewCadenceProblem } from './review-cadence-problem';
import { schoolYearProblem } from './school-year-problem';
import { signedOnProblem } from './signed-on-problem';
import { supersededVersionProblem } from './superseded-version-problem';
import { supersedesProblem } from './supersedes-problem';
import { titleProblem } from './title-problem';

export {
  cadenceProblem,
  capacityProblem,
  clauseProblem,
  clauseReplacementProblem,
  issueDateProblem,
  leadProblem,
  numberProblem,
  partyProblem,
  reviewCadenceProblem,
  schoolYearProblem,
  signedOnProblem,
  supersededVersionProblem,
  supersedesProblem,
  titleProblem,
};
