import { runRuleTests } from '../helpers/rule-tester';
import { example, exampleWith } from '../helpers/content-grids';

runRuleTests('superseded-version-marked', {
  valid: [
    { name: 'old version marked and pointing at this one', content: example() },
    {
      name: 'first version',
      content: exampleWith((c) => {
        c.document.supersedes = 'Không';
        c.blocks.versions = [c.blocks.versions![1]];
      }),
    },
    {
      name: 'back-reference by school year',
      content: exampleWith((c) => (c.blocks.versions![0].supersededBy = 'Quy chế phối hợp năm học 2026-2027')),
    },
  ],
  invalid: [
    {
      name: 'replaced version not listed',
      content: exampleWith((c) => (c.blocks.versions = [c.blocks.versions![1]])),
      errors: [{ messageId: 'missing', sheet: 'Phiên bản', cell: 'A3' }],
    },
    {
      name: 'replaced version still marked in force',
      content: exampleWith((c) => (c.blocks.versions![0].status = 'Đang hiệu lực')),
      errors: [{ messageId: 'notMarked', sheet: 'Phiên bản', cell: 'D2' }],
    },
    {
      name: 'Thay thế bởi empty',
      content: exampleWith((c) => (c.blocks.versions![0].supersededBy = '')),
      errors: [{ messageId: 'noBackReference', sheet: 'Phiên bản', cell: 'E2' }],
    },
  ],
});
