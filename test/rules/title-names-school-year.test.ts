import { runRuleTests } from '../helpers/rule-tester';
import { example, exampleWith } from '../helpers/content-grids';

runRuleTests('title-names-school-year', {
  valid: [
    { name: 'the title names the school year', content: example() },
    {
      name: 'spaced and with an en dash, as typed in Word',
      content: exampleWith(
        (c) => (c.document.title = 'QUY CHẾ PHỐI HỢP GIỮA CHÍNH QUYỀN VÀ CHI ĐOÀN NĂM HỌC 2026 – 2027'),
      ),
    },
    {
      name: 'a period regulation names its period',
      content: exampleWith(
        (c) => (
          (c.document.schoolYear = 'Giai đoạn 2025-2030'),
          (c.document.title = 'Quy chế phối hợp giai đoạn 2025-2030')
        ),
      ),
    },
    {
      name: 'no readable school year to look for (school-year-format speaks of it)',
      content: exampleWith((c) => ((c.document.schoolYear = 'năm nay'), (c.document.title = 'Quy chế phối hợp'))),
    },
  ],
  invalid: [
    {
      name: 'a title without the school year',
      content: exampleWith((c) => (c.document.title = 'Phối hợp giữa chính quyền và Công đoàn')),
      errors: [
        {
          messageId: 'noSchoolYear',
          sheet: 'Văn bản',
          cell: 'B4',
          entity: 'Trích yếu',
          vi: ['"Phối hợp giữa chính quyền và Công đoàn" không nêu năm học 2026-2027'],
        },
      ],
    },
    {
      name: 'last year’s title left in place',
      content: exampleWith((c) => (c.document.title = 'Quy chế phối hợp năm học 2025-2026')),
      errors: [{ messageId: 'noSchoolYear' }],
    },
    {
      name: 'a title named by a calendar year of the school year ("… NĂM 2026")',
      content: exampleWith((c) => (c.document.title = 'Phối hợp giữa chính quyền và Công đoàn năm 2026')),
      errors: [
        {
          messageId: 'calendarYear',
          cell: 'B4',
          vi: ['ghi năm dương lịch, không nêu năm học 2026-2027', 'ghi "năm học 2026-2027"'],
        },
      ],
    },
    {
      name: 'a year that is not the school year’s (the school’s founding) is no calendar-year name',
      content: exampleWith((c) => (c.document.title = 'Phối hợp giữa trường thành lập năm 1987 và Công đoàn')),
      errors: [{ messageId: 'noSchoolYear' }],
    },
    {
      name: 'no title',
      content: exampleWith((c) => (c.document.title = '')),
      errors: [{ messageId: 'missing', cell: 'B4' }],
    },
  ],
});
