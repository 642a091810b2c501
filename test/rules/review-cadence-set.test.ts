import { runRuleTests } from '../helpers/rule-tester';
import { example, exampleWith } from '../helpers/content-grids';

runRuleTests('review-cadence-set', {
  valid: [
    { name: 'Hàng năm', content: example() },
    {
      name: 'free text "mỗi năm học một lần"',
      content: exampleWith((c) => (c.document.reviewCadence = 'mỗi năm học một lần')),
    },
    { name: 'hằng năm, old spelling', content: exampleWith((c) => (c.document.reviewCadence = 'hằng năm')) },
  ],
  invalid: [
    {
      name: 'empty',
      content: exampleWith((c) => (c.document.reviewCadence = '')),
      errors: [{ messageId: 'missing', sheet: 'Văn bản', cell: 'B12' }],
    },
    {
      name: 'label row missing entirely',
      content: exampleWith((c) => delete c.document.reviewCadence),
      errors: [{ messageId: 'missing', sheet: 'Văn bản', cell: 'A15' }],
    },
    {
      name: 'not a cadence',
      content: exampleWith((c) => (c.document.reviewCadence = 'khi nào rảnh')),
      errors: [{ messageId: 'unknown', cell: 'B12', vi: ['khi nào rảnh'] }],
    },
  ],
});
