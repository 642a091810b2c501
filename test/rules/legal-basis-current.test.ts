import { runRuleTests } from '../helpers/rule-tester';
import { example, exampleWith } from '../helpers/content-grids';

/** The 2012 Trade Union Law, replaced by Law 50/2024/QH15 from 1 July 2025. */
const TRADE_UNION_LAW_2012 = {
  no: 2,
  type: 'Luật',
  number: '12/2012/QH13',
  date: '20/6/2012',
  issuer: 'Quốc hội',
  summary: 'Luật Công đoàn',
};

runRuleTests('legal-basis-current', {
  valid: [
    { name: 'every basis in force', content: example() },
    {
      name: 'the 2012 Trade Union Law cited by a regulation of 2024, before the 2024 law took effect',
      content: exampleWith((c) => {
        c.document.schoolYear = '2024-2025';
        c.document.issueDate = 'ngày 08 tháng 10 năm 2024';
        c.blocks.legalBases![1] = TRADE_UNION_LAW_2012;
      }),
    },
    {
      name: 'no date and no school year to judge by',
      content: exampleWith((c) => {
        c.document.issueDate = '';
        c.document.schoolYear = '';
        c.blocks.legalBases![1] = TRADE_UNION_LAW_2012;
      }),
    },
  ],
  invalid: [
    {
      name: 'the 2012 Trade Union Law cited after 1 July 2025',
      content: exampleWith((c) => (c.blocks.legalBases![1] = TRADE_UNION_LAW_2012)),
      errors: [
        {
          sheet: 'Căn cứ',
          cell: 'C3',
          entity: '12/2012/QH13',
          vi: ['Căn cứ 12/2012/QH13 (Luật Công đoàn) đã được thay bằng Luật Công đoàn 50/2024/QH15 từ ngày 01/07/2025'],
        },
      ],
    },
    {
      name: 'an old decree written without Đ and with "Số", judged by the school year when the date is missing',
      content: exampleWith((c) => {
        c.document.issueDate = '';
        c.blocks.legalBases!.push({
          no: 4,
          type: 'Nghị định',
          number: 'Số 09/2010/ND-CP',
          date: '08/02/2010',
          issuer: 'Chính phủ',
          summary: 'về công tác văn thư',
        });
      }),
      errors: [{ cell: 'C5', vi: ['Nghị định 30/2020/NĐ-CP về công tác văn thư', '05/03/2020'] }],
    },
  ],
});
