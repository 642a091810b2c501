import { runRuleTests } from '../helpers/rule-tester';
import { example, exampleWith } from '../helpers/content-grids';

runRuleTests('legal-basis-complete', {
  valid: [{ name: 'worked example', content: example() }],
  invalid: [
    {
      name: 'no number',
      content: exampleWith((c) => (c.blocks.legalBases![0].number = '')),
      errors: [{ sheet: 'Căn cứ', cell: 'C2', entity: '2' }],
    },
    {
      name: 'no date',
      content: exampleWith((c) => (c.blocks.legalBases![1].date = '')),
      errors: [{ cell: 'D3', entity: '3' }],
    },
  ],
});
