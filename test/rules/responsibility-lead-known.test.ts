import { runRuleTests } from '../helpers/rule-tester';
import { example, exampleWith } from '../helpers/content-grids';

runRuleTests('responsibility-lead-known', {
  valid: [
    { name: 'worked example', content: example() },
    { name: 'lower-case code with spaces', content: exampleWith((c) => (c.blocks.responsibilities![0].lead = ' nt ')) },
  ],
  invalid: [
    {
      name: 'undeclared lead',
      content: exampleWith((c) => (c.blocks.responsibilities![2].lead = 'UBND')),
      errors: [{ messageId: 'unknown', sheet: 'Phân công', cell: 'D4', entity: '4' }],
    },
    {
      name: 'empty lead',
      content: exampleWith((c) => (c.blocks.responsibilities![0].lead = '')),
      errors: [{ messageId: 'missing', cell: 'D2' }],
    },
  ],
});
