import { contentToGrids, example } from '../helpers/content-grids';
import { runRuleTests } from '../helpers/rule-tester';

const without = (...sheets: string[]) => contentToGrids(example()).filter((g) => !sheets.includes(g.name));

runRuleTests('workbook-sheets-present', {
  valid: [
    { name: 'worked example', content: example() },
    {
      name: 'sheet names typed in another case',
      content: contentToGrids(example()).map((g) => ({ ...g, name: g.name.toUpperCase() })),
    },
  ],
  invalid: [
    {
      name: 'two sheets missing',
      content: without('Nơi nhận', 'Phiên bản'),
      errors: [
        { sheet: 'Nơi nhận', cell: null, entity: 'Nơi nhận' },
        { sheet: 'Phiên bản', cell: null, entity: 'Phiên bản' },
      ],
    },
  ],
});
