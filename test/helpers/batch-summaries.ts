// What a batch worker sends back for a regulation workbook, made by hand for the tests of what is
// built from it (the report, the roster, the review dates, the join with a document): a school's
// regulation of the school year starting in `year`, each test overriding what it is about.
import { emptyCounts, type FileSummary, type RegulationFacts } from '../../src/core/batch/types';

export function regulationFacts(year: number, over: Partial<RegulationFacts> = {}): RegulationFacts {
  return {
    docKind: 'Quy chế phối hợp',
    school: '',
    managingAuthority: '',
    number: `${year}/QCPH-X`,
    issueDate: `${year}-10-01`,
    issueDateRaw: '',
    schoolYear: `${year}-${year + 1}`,
    schoolYearStart: year,
    reviewCadence: 'Hàng năm',
    reviewCadenceKnown: true,
    nextReview: `${year + 1}-10-01`,
    supersession: 'ok',
    signatoriesComplete: true,
    parties: [],
    responsibilities: 1,
    ...over,
  };
}

/** The summary of a regulation workbook at `path` (inside the folder) with those facts. */
export function regulationSummary(
  path: string,
  regulation: RegulationFacts,
  extra: Partial<FileSummary> = {},
): FileSummary {
  return { path, kind: 'regulation', counts: emptyCounts(), findings: [], findingsOmitted: 0, regulation, ...extra };
}
