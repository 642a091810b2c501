import { runRuleTests } from '../helpers/rule-tester';
import { example, exampleWith } from '../helpers/content-grids';

runRuleTests('document-place-set', {
  valid: [
    { name: 'the worked example names its commune', content: example() },
    { name: 'a ward with its prefix', content: exampleWith((c) => (c.document.place = 'Phường An Bình')) },
  ],
  invalid: [
    {
      name: 'empty',
      content: exampleWith((c) => (c.document.place = '')),
      errors: [{ sheet: 'Văn bản', cell: 'B7', entity: 'Địa danh', vi: ['Địa danh', 'ngày … tháng'] }],
    },
    {
      name: 'label row missing entirely: the row where it would go',
      content: exampleWith((c) => delete c.document.place),
      errors: [{ sheet: 'Văn bản', cell: 'A15' }],
    },
  ],
});
