import { runRuleTests } from '../helpers/rule-tester';
import { example, exampleWith } from '../helpers/content-grids';

runRuleTests('document-issuer-set', {
  valid: [
    { name: 'the worked example names its school', content: example() },
    { name: 'written in lower case', content: exampleWith((c) => (c.document.issuer = 'Trường Mầm non Hoa Mai')) },
  ],
  invalid: [
    {
      name: 'empty',
      content: exampleWith((c) => (c.document.issuer = '')),
      errors: [{ sheet: 'Văn bản', cell: 'B6', entity: 'Đơn vị ban hành', vi: ['Đơn vị ban hành'], en: ['issuing'] }],
    },
    {
      name: 'only spaces',
      content: exampleWith((c) => (c.document.issuer = '   ')),
      errors: [{ cell: 'B6' }],
    },
    {
      name: 'label row missing entirely: the row where it would go',
      content: exampleWith((c) => delete c.document.issuer),
      errors: [{ sheet: 'Văn bản', cell: 'A15' }],
    },
  ],
});
