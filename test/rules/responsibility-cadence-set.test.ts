import { runRuleTests } from '../helpers/rule-tester';
import { example, exampleWith } from '../helpers/content-grids';

runRuleTests('responsibility-cadence-set', {
  valid: [
    { name: 'worked example', content: example() },
    {
      name: 'free text "định kỳ 3 tháng một lần"',
      content: exampleWith((c) => (c.blocks.responsibilities![0].cadence = 'định kỳ 3 tháng một lần')),
    },
    {
      name: 'free text "từng học kỳ"',
      content: exampleWith((c) => (c.blocks.responsibilities![0].cadence = 'từng học kỳ')),
    },
  ],
  invalid: [
    {
      name: 'empty',
      content: exampleWith((c) => (c.blocks.responsibilities![4].cadence = '')),
      errors: [{ messageId: 'missing', cell: 'F6', entity: '6' }],
    },
    {
      name: 'unrecognised',
      content: exampleWith((c) => (c.blocks.responsibilities![4].cadence = 'tùy')),
      errors: [{ messageId: 'unknown', cell: 'F6' }],
    },
  ],
});
