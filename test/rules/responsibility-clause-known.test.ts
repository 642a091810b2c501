import { runRuleTests } from '../helpers/rule-tester';
import { example, exampleWith } from '../helpers/content-grids';

runRuleTests('responsibility-clause-known', {
  valid: [{ name: 'worked example', content: example() }],
  invalid: [
    {
      name: 'unknown clause id',
      content: exampleWith((c) => (c.blocks.responsibilities![3].clauseId = 'D9')),
      errors: [{ messageId: 'unknown', cell: 'B5', entity: '5' }],
    },
    {
      name: 'empty clause id',
      content: exampleWith((c) => (c.blocks.responsibilities![3].clauseId = '')),
      errors: [{ messageId: 'missing', cell: 'B5' }],
    },
  ],
});
