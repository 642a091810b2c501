import { runRuleTests } from '../helpers/rule-tester';
import { example, exampleWith } from '../helpers/content-grids';

// The worked example is issued on 08/10/2026 and reviewed yearly: due 08/10/2027; the default
// warning period of 30 days starts on 08/09/2027.
const asOf = (date: string, warnDays = 30) => ({ asOf: date, warnDays });
const noPeriod = () =>
  exampleWith((c) => {
    c.document.reviewCadence = 'Đột xuất';
    c.document.effectiveTo = '';
  });

runRuleTests('review-due', {
  valid: [
    { name: 'no date to judge from (no as-of given)', content: example() },
    { name: 'the day before the warning period', content: example(), due: asOf('2027-09-07') },
    { name: 'long before', content: example(), due: asOf('2026-12-03') },
    { name: 'a day before a longer warning period', content: example(), due: asOf('2027-08-23', 45) },
    {
      name: 'no cadence period: a day before the warning for the year end',
      content: noPeriod(),
      due: asOf('2027-04-30'),
    },
    // Once late it is the office's report that says Quá hạn (batch); validate only warns ahead.
    { name: 'the day after the due date', content: example(), due: asOf('2027-10-09') },
  ],
  invalid: [
    {
      name: 'first day of the warning period',
      content: example(),
      due: asOf('2027-09-08'),
      errors: [{ messageId: 'default', sheet: 'Văn bản', cell: 'B12', vi: ['08/10/2027', 'còn 30 ngày'] }],
    },
    {
      name: 'on the due date',
      content: example(),
      due: asOf('2027-10-08'),
      errors: [{ messageId: 'default', vi: ['08/10/2027', 'còn 0 ngày'] }],
    },
    {
      name: 'first day of a 45-day warning period from the office',
      content: example(),
      due: asOf('2027-08-24', 45),
      errors: [{ messageId: 'default', vi: ['còn 45 ngày'] }],
    },
    {
      name: 'no cadence period: the school year end (31/05) is the due date',
      content: noPeriod(),
      due: asOf('2027-05-31'),
      errors: [{ messageId: 'default', vi: ['31/05/2027', 'còn 0 ngày'] }],
    },
    {
      name: 'no cadence period: Hiệu lực đến ngày is the due date',
      content: exampleWith((c) => {
        c.document.reviewCadence = 'Đột xuất';
        c.document.effectiveTo = '30/06/2027';
      }),
      due: asOf('2027-05-31'),
      errors: [{ messageId: 'default', vi: ['30/06/2027', 'còn 30 ngày'] }],
    },
  ],
});
