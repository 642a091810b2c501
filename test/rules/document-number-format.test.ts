import { runRuleTests } from '../helpers/rule-tester';
import { example, exampleWith } from '../helpers/content-grids';

runRuleTests('document-number-format', {
  valid: [
    { name: 'state form with a local type code', content: example() },
    {
      name: 'spaces around the slash, as in seeds',
      content: exampleWith((c) => (c.document.number = '50 /KHPH-TMN-ĐT')),
    },
    { name: 'prefixed "Số:"', content: exampleWith((c) => (c.document.number = 'Số: 474/QCPH-MNHS-CT')) },
    { name: 'party/union form', content: exampleWith((c) => (c.document.number = '05-KH/CB')) },
    { name: 'no number (issued by decision)', content: exampleWith((c) => (c.document.number = '')) },
    {
      name: "a symbol with no figure yet is document-number-set and -draft's finding",
      content: exampleWith((c) => (c.document.number = 'QCPH-MNHM')),
    },
  ],
  invalid: [
    {
      name: 'lower case symbol',
      content: exampleWith((c) => (c.document.number = '15/qcph-mnhm')),
      errors: [{ cell: 'B3', entity: '15/qcph-mnhm' }],
    },
    {
      name: 'the figure after the symbol',
      content: exampleWith((c) => (c.document.number = 'QCPH-MNHM/15')),
      errors: [{ cell: 'B3' }],
    },
  ],
});
