import { runRuleTests } from '../helpers/rule-tester';
import { example, exampleWith } from '../helpers/content-grids';

runRuleTests('supersedes-referenced', {
  valid: [
    { name: 'names the earlier version by number', content: example() },
    {
      name: 'names it by title and school year, as real documents do',
      content: exampleWith(
        (c) => (c.document.supersedes = 'Quy chế phối hợp giữa Nhà trường và Công đoàn năm học 2025 – 2026'),
      ),
    },
    {
      name: '"Không" for a true first version',
      content: exampleWith((c) => {
        c.document.supersedes = 'Không';
        c.blocks.versions = [c.blocks.versions![1]];
      }),
    },
  ],
  invalid: [
    {
      name: 'empty',
      content: exampleWith((c) => (c.document.supersedes = '')),
      errors: [{ messageId: 'missing', cell: 'B14' }],
    },
    {
      name: '"Không" although an earlier version is listed',
      content: exampleWith((c) => (c.document.supersedes = 'Không')),
      errors: [{ messageId: 'saysNone', cell: 'B14' }],
    },
    {
      name: 'names a document that is not an earlier version',
      content: exampleWith((c) => (c.document.supersedes = 'Quy chế năm học 2019-2020')),
      errors: [{ messageId: 'notNamed', vi: ['2019-2020'] }],
    },
  ],
});
