import { runRuleTests } from '../helpers/rule-tester';
import { example, exampleWith } from '../helpers/content-grids';

runRuleTests('responsibility-support-known', {
  valid: [
    { name: 'worked example', content: example() },
    {
      name: 'codes separated by semicolons and "và"',
      content: exampleWith((c) => (c.blocks.responsibilities![0].support = 'CD; CDTN và CMHS')),
    },
    { name: 'no supporting party', content: exampleWith((c) => (c.blocks.responsibilities![0].support = '')) },
  ],
  invalid: [
    {
      name: 'two undeclared codes in one cell',
      content: exampleWith((c) => (c.blocks.responsibilities![1].support = 'CD, PN, CCB')),
      errors: [{ cell: 'E3', entity: '3', vi: ['PN, CCB'] }],
    },
  ],
});
