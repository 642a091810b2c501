import { runRuleTests } from '../helpers/rule-tester';
import { example, exampleWith } from '../helpers/content-grids';

runRuleTests('school-year-format', {
  valid: [
    { name: '2026-2027', content: example() },
    { name: 'spaces and an en dash', content: exampleWith((c) => (c.document.schoolYear = '2026 – 2027')) },
    {
      name: 'a multi-year period',
      content: exampleWith((c) => {
        c.document.schoolYear = 'Giai đoạn 2026-2030';
      }),
    },
  ],
  invalid: [
    {
      name: 'missing',
      content: exampleWith((c) => (c.document.schoolYear = '')),
      errors: [{ messageId: 'missing', cell: 'B9' }],
    },
    {
      name: 'a calendar year',
      content: exampleWith((c) => (c.document.schoolYear = '2021')),
      errors: [{ messageId: 'format', cell: 'B9' }],
    },
    {
      name: 'years not consecutive',
      content: exampleWith((c) => (c.document.schoolYear = '2026-2028')),
      errors: [{ messageId: 'notConsecutive' }],
    },
    {
      name: 'consecutive years no school ever had',
      content: exampleWith((c) => (c.document.schoolYear = '0000-0001')),
      errors: [{ messageId: 'outOfRange', cell: 'B9' }],
    },
    {
      name: 'a period past 2199',
      content: exampleWith((c) => (c.document.schoolYear = 'Giai đoạn 9990-9995')),
      errors: [{ messageId: 'outOfRange', cell: 'B9' }],
    },
  ],
});
