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
      errors: [{ messageId: 'default', sheet: 'Người ký', cell: 'A6', entity: 'PN', vi: ['Nguyễn Thị Thu', '"PN"'] }],
    },
    {
      name: 'signatory with no party code: says the code is not filled in',
      content: exampleWith((c) => (c.blocks.signatories![1].partyCode = '')),
      errors: [
        {
          messageId: 'partyCodeMissing',
          cell: 'A3',
          entity: '',
          vi: ['Người ký Nguyễn Thị Hương chưa ghi Mã bên:'],
          en: ['Signatory Nguyễn Thị Hương has no party code'],
        },
      ],
    },
  ],
});
