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
      name: 'trade union chair signs with no capacity: says it is not filled in, no empty quotes',
      content: exampleWith((c) => (c.blocks.signatories![1].capacity = '')),
      errors: [
        {
          messageId: 'collectiveCapacityMissing',
          sheet: 'Người ký',
          cell: 'D3',
          entity: 'CD',
          vi: ['Nguyễn Thị Hương nên ký với thẩm quyền "TM." (thay mặt), hiện chưa ghi thẩm quyền.'],
          en: ['Nguyễn Thị Hương should sign with capacity "TM." (on behalf of), but no capacity is filled in.'],
        },
      ],
    },
    {
      name: 'a capacity of blanks only is not filled in either',
      content: exampleWith((c) => (c.blocks.signatories![2].capacity = '   ')),
      errors: [
        { messageId: 'collectiveCapacityMissing', cell: 'D4', entity: 'CDTN', vi: ['hiện chưa ghi thẩm quyền.'] },
      ],
    },
    {
      name: 'a capacity other than TM. is quoted as written',
      content: exampleWith((c) => (c.blocks.signatories![1].capacity = 'Q.')),
      errors: [{ messageId: 'collectiveWithoutTM', cell: 'D3', entity: 'CD', vi: ['hiện ghi "Q."'], en: ['now "Q."'] }],
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
