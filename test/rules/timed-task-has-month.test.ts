import { runRuleTests } from '../helpers/rule-tester';
import { example, exampleWith } from '../helpers/content-grids';

runRuleTests('timed-task-has-month', {
  valid: [
    { name: 'worked example pins T10 and T11', content: example() },
    { name: 'monthly tasks need no month', content: exampleWith((c) => (c.blocks.responsibilities![2].months = '')) },
  ],
  invalid: [
    {
      name: 'a yearly task without a month',
      content: exampleWith((c) => (c.blocks.responsibilities![4].months = '')),
      errors: [{ cell: 'G6', entity: '6', vi: ['Hàng năm'] }],
    },
    {
      name: 'a one-off task without a month',
      content: exampleWith((c) => (c.blocks.responsibilities![0].months = '')),
      errors: [{ cell: 'G2', vi: ['Một lần'] }],
    },
  ],
});
