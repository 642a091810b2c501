// Every rule shipped in rules/, listed explicitly (a test checks this list against the folder).
import { checkMessageIds, resolveRule } from './decision';
import { conditionPatterns, trustPatterns } from './patterns';
import type { RuleDefinition } from './types';
import cellErrorValue from '../../../rules/cell-error-value.json';
import clauseHasResponsibility from '../../../rules/clause-has-responsibility.json';
import clauseReplacementAgrees from '../../../rules/clause-replacement-agrees.json';
import disseminationRecorded from '../../../rules/dissemination-recorded.json';
import documentKindMatchesNumber from '../../../rules/document-kind-matches-number.json';
import documentIssuerSet from '../../../rules/document-issuer-set.json';
import documentNumberDraft from '../../../rules/document-number-draft.json';
import documentNumberFormat from '../../../rules/document-number-format.json';
import documentNumberSet from '../../../rules/document-number-set.json';
import documentPlaceSet from '../../../rules/document-place-set.json';
import importedValueUnconfirmed from '../../../rules/imported-value-unconfirmed.json';
import issueDateValid from '../../../rules/issue-date-valid.json';
import legacyEncodedText from '../../../rules/legacy-encoded-text.json';
import legalBasisComplete from '../../../rules/legal-basis-complete.json';
import legalBasisCurrent from '../../../rules/legal-basis-current.json';
import managingAuthorityCurrent from '../../../rules/managing-authority-current.json';
import partyHasResponsibility from '../../../rules/party-has-responsibility.json';
import partyHasSignatory from '../../../rules/party-has-signatory.json';
import recipientsArchive from '../../../rules/recipients-archive.json';
import responsibilityCadenceCompound from '../../../rules/responsibility-cadence-compound.json';
import responsibilityCadenceSet from '../../../rules/responsibility-cadence-set.json';
import responsibilityClauseKnown from '../../../rules/responsibility-clause-known.json';
import responsibilityLeadKnown from '../../../rules/responsibility-lead-known.json';
import responsibilityMonthsValid from '../../../rules/responsibility-months-valid.json';
import responsibilitySupportKnown from '../../../rules/responsibility-support-known.json';
import reviewCadenceSet from '../../../rules/review-cadence-set.json';
import reviewDue from '../../../rules/review-due.json';
import rowsBelowTable from '../../../rules/rows-below-table.json';
import schoolYearFormat from '../../../rules/school-year-format.json';
import signatoryCapacity from '../../../rules/signatory-capacity.json';
import signatoryDateConsistent from '../../../rules/signatory-date-consistent.json';
import signatoryPartyKnown from '../../../rules/signatory-party-known.json';
import supersededVersionMarked from '../../../rules/superseded-version-marked.json';
import supersedesReferenced from '../../../rules/supersedes-referenced.json';
import timedTaskHasMonth from '../../../rules/timed-task-has-month.json';
import titleNamesSchoolYear from '../../../rules/title-names-school-year.json';
import uniqueClauseIds from '../../../rules/unique-clause-ids.json';
import uniquePartyCodes from '../../../rules/unique-party-codes.json';
import workbookSheetsPresent from '../../../rules/workbook-sheets-present.json';

export const BUILTIN_RULES: RuleDefinition[] = [
  cellErrorValue,
  clauseHasResponsibility,
  clauseReplacementAgrees,
  disseminationRecorded,
  documentKindMatchesNumber,
  documentIssuerSet,
  documentNumberDraft,
  documentNumberFormat,
  documentNumberSet,
  documentPlaceSet,
  importedValueUnconfirmed,
  issueDateValid,
  legacyEncodedText,
  legalBasisComplete,
  legalBasisCurrent,
  managingAuthorityCurrent,
  partyHasResponsibility,
  partyHasSignatory,
  recipientsArchive,
  responsibilityCadenceCompound,
  responsibilityCadenceSet,
  responsibilityClauseKnown,
  responsibilityLeadKnown,
  responsibilityMonthsValid,
  responsibilitySupportKnown,
  reviewCadenceSet,
  reviewDue,
  rowsBelowTable,
  schoolYearFormat,
  signatoryCapacity,
  signatoryDateConsistent,
  signatoryPartyKnown,
  supersededVersionMarked,
  supersedesReferenced,
  timedTaskHasMonth,
  titleNamesSchoolYear,
  uniqueClauseIds,
  uniquePartyCodes,
  workbookSheetsPresent,
].map((json) => {
  // Each rule's function folded in, and every message id it can report checked, as an office's rules are.
  const rule = resolveRule({ ...(json as unknown as RuleDefinition), source: `rules/${json.id}.json` });
  checkMessageIds(rule);
  return rule;
});

// Reviewed with the code: these run on V8's own engine (an office's patterns run in linear time).
trustPatterns(BUILTIN_RULES.flatMap((r) => conditionPatterns(r.conditions)));
