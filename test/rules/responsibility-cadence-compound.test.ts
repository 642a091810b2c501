import { runRuleTests } from '../helpers/rule-tester';
import { example, exampleWith } from '../helpers/content-grids';

runRuleTests('responsibility-cadence-compound', {
  valid: [
    { name: 'worked example', content: example() },
    {
      name: 'one cadence in free text',
      content: exampleWith((c) => (c.blocks.responsibilities![0].cadence = 'mỗi năm 02 lần')),
    },
  ],
  invalid: [
    {
      name: '"hàng tháng, quý" keeps the monthly part',
      content: exampleWith((c) => (c.blocks.responsibilities![0].cadence = 'hàng tháng, quý')),
      errors: [{ cell: 'F2', vi: ['Hàng tháng, Hàng quý', 'chu kỳ dày nhất: Hàng tháng'] }],
    },
  ],
});
