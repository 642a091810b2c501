import { runRuleTests } from '../helpers/rule-tester';
import { example, exampleWith } from '../helpers/content-grids';

runRuleTests('document-kind-matches-number', {
  valid: [
    { name: 'a regulation numbered QCPH', content: example() },
    {
      name: 'a coordination plan numbered KHPH',
      content: exampleWith((c) => ((c.document.kind = 'Kế hoạch phối hợp'), (c.document.number = '50/KHPH-TMN-ĐT'))),
    },
    {
      name: 'a joint plan in the party grammar',
      content: exampleWith((c) => ((c.document.kind = 'Kế hoạch liên tịch'), (c.document.number = '05-KH/CB'))),
    },
    {
      name: 'a kind the decree does not abbreviate',
      content: exampleWith((c) => ((c.document.kind = 'Chương trình phối hợp'), (c.document.number = '12/CTr-MNHM'))),
    },
    {
      name: 'a number that is not in either grammar (document-number-format speaks of it)',
      content: exampleWith((c) => (c.document.number = 'quy chế 15')),
    },
  ],
  invalid: [
    {
      name: 'a regulation carrying a plan’s number',
      content: exampleWith((c) => (c.document.number = '15/KHPH-MNHM-CĐ')),
      errors: [
        {
          sheet: 'Văn bản',
          cell: 'B3',
          entity: '15/KHPH-MNHM-CĐ',
          vi: ['mang mã KHPH, không khớp Loại văn bản "Quy chế phối hợp" (mã bắt đầu bằng QC'],
        },
      ],
    },
    {
      name: 'a plan carrying a regulation’s number in the party grammar',
      content: exampleWith((c) => ((c.document.kind = 'Kế hoạch phối hợp'), (c.document.number = '05-QC/CB'))),
      errors: [{ cell: 'B3', vi: ['mã QC,', 'bắt đầu bằng KH'] }],
    },
  ],
});
