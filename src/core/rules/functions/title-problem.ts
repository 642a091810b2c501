// title-names-school-year: the regulation is made again every year, and its title tells the
// versions apart by the school year.
import type { DocumentSource } from '../facts/sources';
import { ruleFunction } from './function';

export const titleProblem = ruleFunction({
  name: 'titleProblem',
  messageIds: ['missing', 'noSchoolYear', 'calendarYear'],
  decide: ({ model, f }: DocumentSource) => {
    const sy = model.document.schoolYear;
    const title = f('title');
    if (!title) return 'missing';
    if (sy?.valid && !new RegExp(`${sy.start}\\s*[-\u2010-\u2015\u2212/]\\s*${sy.end}`).test(title))
      // "… NĂM 2025": the document is named by a calendar year of its school year, not by the school year.
      return calendarYearOf(title) === sy.start || calendarYearOf(title) === sy.end ? 'calendarYear' : 'noSchoolYear';
    return null;
  },
});

/** The calendar year a title is named by ("… NĂM 2025", not "năm học 2025-2026"), or null. */
function calendarYearOf(title: string): number | null {
  const m = /(?<!\p{L})năm\s*:?\s*((?:19|20)\d\d)(?!\d)(?!\s*[-\u2010-\u2015\u2212/]\s*\d)/iu.exec(title);
  return m ? Number(m[1]) : null;
}
