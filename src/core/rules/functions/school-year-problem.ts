// school-year-format: Năm học is YYYY-YYYY with consecutive years (or a Giai đoạn), within the years we know.
import { SCHOOL_YEARS } from '../../values';
import type { DocumentSource } from '../facts/sources';
import { ruleFunction } from './function';

export const schoolYearProblem = ruleFunction({
  name: 'schoolYearProblem',
  messageIds: ['missing', 'format', 'notConsecutive', 'outOfRange'],
  decide: ({ model, f }: DocumentSource) => {
    const sy = model.document.schoolYear;
    if (!f('schoolYear')) return 'missing';
    if (!sy) return 'format';
    if (sy.start < SCHOOL_YEARS.first || sy.end > SCHOOL_YEARS.last) return 'outOfRange';
    if (!sy.valid) return sy.kind === 'year' ? 'notConsecutive' : 'format';
    return null;
  },
});
