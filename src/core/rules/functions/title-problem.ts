// title-names-school-year: the regulation is made again every year, and its title tells the
// versions apart by the school year.
import type { DocumentSource } from '../facts/sources';
import { ruleFunction } from './function';

export const titleProblem = ruleFunction({
  name: 'titleProblem',
  messageIds: ['missing', 'noSchoolYear'],
  decide: ({ model, f }: DocumentSource) => {
    const sy = model.document.schoolYear;
    if (!f('title')) return 'missing';
    if (sy?.valid && !new RegExp(`${sy.start}\\s*[-\u2010-\u2015\u2212/]\\s*${sy.end}`).test(f('title')))
      return 'noSchoolYear';
    return null;
  },
});
