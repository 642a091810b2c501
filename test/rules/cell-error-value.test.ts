import { contentToGrids, example, exampleWith } from '../helpers/content-grids';
import { runRuleTests } from '../helpers/rule-tester';

runRuleTests('cell-error-value', {
  valid: [{ name: 'worked example', content: example() }],
  invalid: [
    {
      name: '#REF! in a lead cell',
      content: exampleWith((c) => (c.blocks.responsibilities![1].lead = { error: '#REF!' } as never)),
      errors: [{ sheet: 'Phân công', cell: 'D3', entity: 'D3', vi: ['#REF!', 'Chủ trì'] }],
    },
    {
      name: '#N/A in a party name',
      content: contentToGrids(example()).map((g) =>
        g.name === 'Các bên'
          ? { ...g, rows: g.rows.map((r, i) => (i === 2 ? [r[0], { error: '#N/A' }, r[2]] : r)) }
          : g,
      ),
      errors: [{ sheet: 'Các bên', cell: 'B3' }],
    },
  ],
});
