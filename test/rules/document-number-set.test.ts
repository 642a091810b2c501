import { runRuleTests } from '../helpers/rule-tester';
import { example, exampleWith } from '../helpers/content-grids';

runRuleTests('document-number-set', {
  valid: [
    { name: 'issued with its number (worked example)', content: example() },
    { name: 'party/union form', content: exampleWith((c) => (c.document.number = '05-KH/CB')) },
    {
      name: 'a draft without a number is only warned about (document-number-draft)',
      content: exampleWith((c) => {
        c.document.number = '';
        c.document.issueDate = '';
      }),
    },
    {
      name: 'issued with a decision, whose number it carries',
      content: exampleWith((c) => {
        c.document.number = '';
        c.document.decision = 'Quyết định số 204/QĐ-MNHM ngày 08/10/2026 của Hiệu trưởng';
      }),
    },
  ],
  invalid: [
    {
      name: 'issued without a number',
      content: exampleWith((c) => (c.document.number = '')),
      errors: [{ messageId: 'missing', sheet: 'Văn bản', cell: 'B3', vi: ['ngày 08 tháng 10 năm 2026'] }],
    },
    {
      name: 'issued with the figure still blank, as the draft had it',
      content: exampleWith((c) => (c.document.number = 'Số:      /QCPH-MNHM-CĐ')),
      errors: [{ messageId: 'noFigure', cell: 'B3', vi: ['/QCPH-MNHM-CĐ'] }],
    },
    {
      name: 'issued, the label row missing entirely',
      content: exampleWith((c) => delete c.document.number),
      errors: [{ messageId: 'missing', sheet: 'Văn bản', cell: 'A15' }],
    },
  ],
});
