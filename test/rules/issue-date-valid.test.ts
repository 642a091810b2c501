import { runRuleTests } from '../helpers/rule-tester';
import { example, exampleWith } from '../helpers/content-grids';

runRuleTests('issue-date-valid', {
  valid: [
    { name: 'long Vietnamese form', content: example() },
    { name: 'dd/mm/yyyy', content: exampleWith((c) => (c.document.issueDate = '08/10/2026')) },
    { name: 'a real Excel date', content: exampleWith((c) => (c.document.issueDate = new Date(Date.UTC(2026, 9, 8)))) },
    { name: 'just before the school year', content: exampleWith((c) => (c.document.issueDate = '25/08/2026')) },
  ],
  invalid: [
    {
      name: 'missing',
      content: exampleWith((c) => (c.document.issueDate = '')),
      errors: [{ messageId: 'missing', cell: 'B8' }],
    },
    {
      name: '31 February',
      content: exampleWith((c) => (c.document.issueDate = '31/02/2027')),
      errors: [{ messageId: 'unreadable' }],
    },
    {
      name: 'a year too early',
      content: exampleWith((c) => (c.document.issueDate = '07/10/2025')),
      errors: [{ messageId: 'outsideSchoolYear', vi: ['2026-2027'] }],
    },
  ],
});
