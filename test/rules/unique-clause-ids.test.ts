import { runRuleTests } from '../helpers/rule-tester';
import { example, exampleWith } from '../helpers/content-grids';

runRuleTests('unique-clause-ids', {
  valid: [{ name: 'worked example', content: example() }],
  invalid: [
    {
      name: 'a repeated "Điều 4", as in a real regulation',
      content: exampleWith((c) => {
        c.blocks.clauses![3].id = 'Điều 4';
        c.blocks.clauses![4].id = 'Điều 4';
      }),
      errors: [{ sheet: 'Điều khoản', cell: 'A6', entity: 'ĐIỀU 4', vi: ['dòng 5'] }],
    },
  ],
});
