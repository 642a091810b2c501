import { runRuleTests } from '../helpers/rule-tester';
import { example, exampleWith } from '../helpers/content-grids';
import type { WorkbookContent } from '../../src/core/template/content';

/** A draft: not yet signed, so no issue date. */
const draft = (c: WorkbookContent) => (c.document.issueDate = '');

runRuleTests('document-number-draft', {
  valid: [
    { name: 'issued with its number (worked example)', content: example() },
    { name: 'a draft that already has its number', content: exampleWith(draft) },
    {
      name: 'an issued document without a number is an error of document-number-set, not a draft warning',
      content: exampleWith((c) => (c.document.number = '')),
    },
    {
      name: 'a draft issued with a decision',
      content: exampleWith((c) => {
        draft(c);
        c.document.number = '';
        c.document.decision = 'Quyết định số    /QĐ-MNHM';
      }),
    },
  ],
  invalid: [
    {
      name: 'a draft without a number',
      content: exampleWith((c) => {
        draft(c);
        c.document.number = '';
      }),
      errors: [{ messageId: 'missing', sheet: 'Văn bản', cell: 'B3', vi: ['dự thảo'], en: ['draft'] }],
    },
    {
      name: 'a draft whose figure is left for the clerk',
      content: exampleWith((c) => {
        draft(c);
        c.document.number = '   /QCPH-MNHM-CĐ';
      }),
      errors: [{ messageId: 'noFigure', cell: 'B3', vi: ['/QCPH-MNHM-CĐ'] }],
    },
    {
      name: 'a draft without the issue date row at all',
      content: exampleWith((c) => {
        delete c.document.issueDate;
        c.document.number = 'QCPH-MNHM-CĐ';
      }),
      errors: [{ messageId: 'noFigure', cell: 'B3' }],
    },
  ],
});
