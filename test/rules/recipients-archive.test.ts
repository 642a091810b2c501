import { runRuleTests } from '../helpers/rule-tester';
import { example, exampleWith } from '../helpers/content-grids';

runRuleTests('recipients-archive', {
  valid: [
    { name: '"Lưu: VT"', content: example() },
    { name: '"Lưu VT./."', content: exampleWith((c) => (c.blocks.recipients![2].recipient = 'Lưu VT./.')) },
    { name: '"- Lưu: Văn thư"', content: exampleWith((c) => (c.blocks.recipients![2].recipient = 'Lưu: Văn thư')) },
  ],
  invalid: [
    {
      name: 'no archive line',
      content: exampleWith((c) => c.blocks.recipients!.pop()),
      errors: [{ sheet: 'Nơi nhận', cell: 'A4' }],
    },
    {
      name: 'no recipients at all',
      content: exampleWith((c) => (c.blocks.recipients = [])),
      errors: [{ sheet: 'Nơi nhận', cell: 'A2' }],
    },
  ],
});
