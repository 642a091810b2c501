import { runRuleTests } from '../helpers/rule-tester';
import { example, exampleWith } from '../helpers/content-grids';

runRuleTests('party-has-responsibility', {
  valid: [
    { name: 'worked example', content: example() },
    { name: 'supporting only is enough', content: exampleWith((c) => (c.blocks.responsibilities![8].lead = 'NT')) },
  ],
  invalid: [
    {
      name: 'a declared party with no task',
      content: exampleWith((c) => c.blocks.parties!.push({ code: 'CB', name: 'Chi bộ', kind: 'Chi bộ' })),
      errors: [{ sheet: 'Các bên', cell: 'A6', entity: 'CB' }],
    },
  ],
});
