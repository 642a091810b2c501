import { runRuleTests } from '../helpers/rule-tester';
import { example, exampleWith } from '../helpers/content-grids';

runRuleTests('unique-party-codes', {
  valid: [{ name: 'worked example', content: example() }],
  invalid: [
    {
      name: 'CD twice (second one reported, pointing at the first)',
      content: exampleWith((c) =>
        c.blocks.parties!.push({ code: 'cd', name: 'Công đoàn (nhập trùng)', kind: 'Công đoàn' }),
      ),
      errors: [{ sheet: 'Các bên', cell: 'A6', entity: 'CD', vi: ['dòng 3'] }],
    },
  ],
});
