// The rules' public API for the rest of the core: what a finding and a rule are, the runner, the
// facts of the document (the batch report reads them too) and the office's settings. The loader
// (ajv) and the built-in rule set are left out on purpose: hosts import them directly, so that a
// feature importing this file does not pull the schema validator into the pane's first load.
export type {
  Bilingual,
  CollectionName,
  Condition,
  Finding,
  LeafCondition,
  RuleDefinition,
  RuleFile,
  RuleOverride,
  Severity,
  TableExtension,
} from './types';
export { COLLECTIONS, SEVERITIES } from './types';
export { createRuleRunner, sortFindings, type RuleRunner } from './run-rules';
export { documentView } from './facts';
export { disseminationOf, disseminationSummary, type DisseminationState } from './dissemination';
export { DEFAULT_DISSEMINATION_DAYS, readOfficeSettings, type OfficeSettings } from './settings';
