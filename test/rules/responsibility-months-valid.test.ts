import { runRuleTests } from '../helpers/rule-tester';
import { example, exampleWith } from '../helpers/content-grids';

runRuleTests('responsibility-months-valid', {
  valid: [
    { name: 'worked example', content: example() },
    {
      name: 'months written in words',
      content: exampleWith((c) => (c.blocks.responsibilities![0].months = 'tháng 10 và tháng 1')),
    },
  ],
  invalid: [
    {
      name: 'T13 is not a month',
      content: exampleWith((c) => (c.blocks.responsibilities![0].months = 'T10, T13')),
      errors: [{ cell: 'G2', vi: ['t13'] }],
    },
  ],
});
