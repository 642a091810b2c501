import { runRuleTests } from '../helpers/rule-tester';
import { example, exampleWith } from '../helpers/content-grids';

runRuleTests('signatory-capacity', {
  valid: [
    { name: 'collectives sign TM., the principal in person', content: example() },
    { name: '"T/M" is TM.', content: exampleWith((c) => (c.blocks.signatories![1].capacity = 'T/M')) },
  ],
  invalid: [
    {
      name: 'trade union chair signs without TM.',
      content: exampleWith((c) => (c.blocks.signatories![1].capacity = '')),
      errors: [{ sheet: 'Người ký', cell: 'D3', entity: 'CD', vi: ['Nguyễn Thị Hương'] }],
    },
    { name: 'KT. for a board', content: exampleWith((c) => (c.blocks.signatories![3].capacity = 'KT.')), errors: [{ cell: 'D5', entity: 'CMHS' }] },
  ],
});
