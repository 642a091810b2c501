import { runRuleTests } from '../helpers/rule-tester';
import { example, exampleWith } from '../helpers/content-grids';

runRuleTests('clause-has-responsibility', {
  valid: [{ name: 'worked example', content: example() }],
  invalid: [
    {
      name: 'a clause nobody carries out',
      content: exampleWith((c) =>
        c.blocks.clauses!.push({ id: 'D7', article: 'Điều 7', text: 'Điều khoản thi hành.' }),
      ),
      errors: [{ sheet: 'Điều khoản', cell: 'A8', entity: 'D7' }],
    },
  ],
});
