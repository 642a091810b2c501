import { runRuleTests } from '../helpers/rule-tester';
import { example, exampleWith } from '../helpers/content-grids';

runRuleTests('managing-authority-current', {
  valid: [
    { name: 'a commune from 2025-2026 on', content: example() },
    {
      name: 'Phòng GD&ĐT for 2024-2025 was right',
      content: exampleWith((c) => {
        c.document.managingAuthority = 'PHÒNG GD&ĐT QUẬN LONG BIÊN';
        c.document.schoolYear = '2024-2025';
        c.document.issueDate = '07/10/2024';
      }),
    },
  ],
  invalid: [
    {
      name: 'a district office after the 2025 reorganisation',
      content: exampleWith((c) => (c.document.managingAuthority = 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN VĨNH BẢO')),
      errors: [{ cell: 'B5' }],
    },
    {
      name: 'abbreviated',
      content: exampleWith((c) => (c.document.managingAuthority = 'Phòng GD&ĐT Thủy Nguyên')),
      errors: [{ cell: 'B5' }],
    },
  ],
});
