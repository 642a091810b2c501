import { runRuleTests } from '../helpers/rule-tester';
import { example, exampleWith } from '../helpers/content-grids';

runRuleTests('signatory-capacity', {
  valid: [
    { name: 'collectives sign TM., the principal in person', content: example() },
    { name: '"T/M" is TM.', content: exampleWith((c) => (c.blocks.signatories![1].capacity = 'T/M')) },
    {
      name: 'a deputy principal signs KT. for the school',
      content: exampleWith(
        (c) => ((c.blocks.signatories![0].capacity = 'KT.'), (c.blocks.signatories![0].title = 'Phó Hiệu trưởng')),
      ),
    },
  ],
  invalid: [
    {
      name: 'trade union chair signs without TM.',
      content: exampleWith((c) => (c.blocks.signatories![1].capacity = '')),
      errors: [{ sheet: 'Người ký', cell: 'D3', entity: 'CD', vi: ['Nguyễn Thị Hương'] }],
    },
    {
      name: 'KT. for a board',
      content: exampleWith((c) => (c.blocks.signatories![3].capacity = 'KT.')),
      errors: [{ messageId: 'collectiveWithoutTM', cell: 'D5', entity: 'CMHS' }],
    },
    {
      name: 'the principal signs "TM." for the school',
      content: exampleWith((c) => (c.blocks.signatories![0].capacity = 'TM.')),
      errors: [
        { messageId: 'individualWithTM', cell: 'D2', entity: 'NT', vi: ['Trần Thị Lan ký trực tiếp (hoặc "KT."'] },
      ],
    },
  ],
});
