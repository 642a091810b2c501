// What changed between last year's regulation and the new one, counted as `phoihop diff` counts
// it, loaded on Năm học mới only (the comparison is not part of the pane's first load).
import { changeSummary, compareRegulations, type Comparison } from '../core/diff';
import type { Lang } from '../core/i18n';
import type { RegulationModel } from '../core/model';

export interface Compared {
  cmp: Comparison;
  /** `renew`'s one-line count. */
  summary(lang: Lang): string;
}

export function compareYears(before: RegulationModel, after: RegulationModel, old: string, now: string): Compared {
  const cmp = compareRegulations(before, after, { old, new: now });
  return { cmp, summary: (lang) => changeSummary(cmp, lang) };
}
