import { runRuleTests } from '../helpers/rule-tester';
import { example, exampleWith } from '../helpers/content-grids';

runRuleTests('signatory-party-known', {
  valid: [{ name: 'worked example', content: example() }],
  invalid: [
    {
      name: 'signatory of an undeclared party',
      content: exampleWith((c) =>
        c.blocks.signatories!.push({ partyCode: 'PN', name: 'Nguyễn Thị Thu', title: 'Chủ tịch', capacity: 'TM.' }),
      ),
      errors: [{ sheet: 'Người ký', cell: 'A6', entity: 'PN', vi: ['Nguyễn Thị Thu', 'PN'] }],
    },
  ],
});
