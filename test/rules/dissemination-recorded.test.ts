import { runRuleTests } from '../helpers/rule-tester';
import { contentToGrids, example, exampleWith } from '../helpers/content-grids';

// The worked example is issued on 08/10/2026 and each of its four signing parties records the
// dissemination by 20/10/2026; the default period of 30 days ends on 07/11/2026.
const asOf = (date: string, disseminationDays?: number) => ({
  asOf: date,
  warnDays: 30,
  ...(disseminationDays === undefined ? {} : { disseminationDays }),
});
const without = (code: string) =>
  exampleWith((c) => {
    c.blocks.disseminations = c.blocks.disseminations!.filter((d) => d.partyCode !== code);
  });
const recordedOn = (code: string, date: string) =>
  exampleWith((c) => {
    c.blocks.disseminations!.find((d) => d.partyCode === code)!.date = date;
  });
// A workbook made before the block existed: no Phổ biến sheet at all.
const noSheet = () => contentToGrids(example()).filter((g) => g.name !== 'Phổ biến');

runRuleTests('dissemination-recorded', {
  valid: [
    { name: 'every signing party recorded within the period', content: example(), due: asOf('2027-03-01') },
    {
      name: 'no Phổ biến sheet: a workbook made before the block, still valid',
      content: noSheet(),
      due: asOf('2027-03-01'),
    },
    { name: 'a party missing, on the last day of the period', content: without('CD'), due: asOf('2026-11-07') },
    { name: 'a party missing, without a date to judge from', content: without('CD') },
    {
      name: 'a record on the last day of the period',
      content: recordedOn('CD', '07/11/2026'),
      due: asOf('2027-03-01'),
    },
    {
      name: 'a party that does not sign needs no record',
      content: exampleWith((c) => {
        c.blocks.parties!.push({ code: 'UBND', name: 'Ủy ban nhân dân xã', kind: 'Chính quyền địa phương', note: '' });
      }),
      due: asOf('2027-03-01'),
    },
    {
      name: 'no issue date: nothing to count from',
      content: exampleWith((c) => void (c.document.issueDate = '')),
      due: asOf('2027-03-01'),
    },
    {
      name: 'an office period of 45 days: a record on day 40 is in time',
      content: recordedOn('CD', '17/11/2026'),
      due: asOf('2027-03-01', 45),
    },
  ],
  invalid: [
    {
      name: 'a party missing, the day after the period',
      content: without('CD'),
      due: asOf('2026-11-08'),
      errors: [
        {
          messageId: 'missing',
          entity: 'CD',
          sheet: 'Phổ biến',
          cell: 'A5',
          vi: ['Bên CD', 'trang Phổ biến', '07/11/2026', '30 ngày'],
        },
      ],
    },
    {
      name: 'a record the day after the period',
      content: recordedOn('CMHS', '08/11/2026'),
      due: asOf('2026-11-08'),
      errors: [
        { messageId: 'late', entity: 'CMHS', sheet: 'Phổ biến', cell: 'B5', vi: ['08/11/2026', 'sau hạn 07/11/2026'] },
      ],
    },
    {
      name: 'a record whose date cannot be read',
      content: recordedOn('CDTN', 'giữa tháng 10'),
      due: asOf('2027-03-01'),
      errors: [{ messageId: 'undated', entity: 'CDTN', cell: 'B4', vi: ['"giữa tháng 10"'] }],
    },
    {
      name: 'a record with no date: says the date is not filled in, not an empty quoted date',
      content: recordedOn('CDTN', ''),
      due: asOf('2027-03-01'),
      errors: [
        {
          messageId: 'dateMissing',
          entity: 'CDTN',
          cell: 'B4',
          vi: ['có dòng phổ biến nhưng chưa ghi ngày phổ biến'],
          en: ['its date is not filled in'],
        },
      ],
    },
    {
      name: 'an empty Phổ biến sheet after the period: every signing party',
      content: exampleWith((c) => void (c.blocks.disseminations = [])),
      due: asOf('2027-03-01'),
      errors: ['NT', 'CD', 'CDTN', 'CMHS'].map((entity) => ({ messageId: 'missing', entity, cell: 'A2' })),
    },
    {
      name: 'an office period of 5 days: records on days 7 and 12 are late',
      content: example(),
      due: asOf('2027-03-01', 5),
      errors: [
        { messageId: 'late', entity: 'CDTN', vi: ['15/10/2026', '13/10/2026', '5 ngày'] },
        { messageId: 'late', entity: 'CMHS', vi: ['20/10/2026'] },
      ],
    },
  ],
});
