import { runRuleTests } from '../helpers/rule-tester';
import { example, exampleWith } from '../helpers/content-grids';
import type { WorkbookContent } from '../../src/core/template/content';

const year = (c: WorkbookContent) => Number(/(\d{4})$/.exec(String(c.document.issueDate))![1]);

runRuleTests('signatory-date-consistent', {
  valid: [
    { name: 'every party signs on the issue date', content: example() },
    {
      name: 'a signature some days before the issue date',
      content: exampleWith((c) => (c.blocks.signatories![2].signedOn = `20/09/${year(c)}`)),
    },
    {
      name: 'no signing date written',
      content: exampleWith((c) => c.blocks.signatories!.forEach((s) => (s.signedOn = ''))),
    },
    {
      name: 'no readable issue date: nothing to compare with (issue-date-valid says so)',
      content: exampleWith((c) => {
        c.blocks.signatories![1].signedOn = `01/01/${year(c) + 1}`;
        c.document.issueDate = 'chưa ký';
      }),
    },
  ],
  invalid: [
    {
      name: 'a party signs after the issue date',
      content: exampleWith((c) => (c.blocks.signatories![1].signedOn = `15/10/${year(c)}`)),
      errors: [
        {
          messageId: 'afterIssue',
          sheet: 'Người ký',
          cell: 'E3',
          entity: 'CD',
          vi: ['Nguyễn Thị Hương ký ngày 15/10/', 'sau Ngày ban hành (ngày 08 tháng 10 năm'],
        },
      ],
    },
    {
      name: "last year's signing date left in place",
      content: exampleWith((c) => (c.blocks.signatories![3].signedOn = `08/10/${year(c) - 1}`)),
      errors: [{ messageId: 'longBeforeIssue', cell: 'E5', entity: 'CMHS', vi: ['Phạm Văn Minh', 'hơn 30 ngày'] }],
    },
    {
      name: 'a signing date that is not a date',
      content: exampleWith((c) => (c.blocks.signatories![0].signedOn = '31/02/2025')),
      errors: [{ messageId: 'unreadable', cell: 'E2', entity: 'NT', vi: ['"31/02/2025"'] }],
    },
  ],
});
