import { runRuleTests } from '../helpers/rule-tester';
import { example, exampleWith } from '../helpers/content-grids';

runRuleTests('party-has-signatory', {
  valid: [
    { name: 'every party signs (worked example)', content: example() },
    {
      name: 'a party with two signatories',
      content: exampleWith((c) =>
        c.blocks.signatories!.push({ partyCode: 'CD', name: 'Võ Văn Tùng', title: 'Phó Chủ tịch', capacity: 'KT.' }),
      ),
    },
    {
      name: 'codes compared after trimming and case',
      content: exampleWith((c) => (c.blocks.signatories![1].partyCode = ' cd ')),
    },
  ],
  invalid: [
    {
      name: 'parents board without signatory',
      content: exampleWith((c) => c.blocks.signatories!.splice(3, 1)),
      errors: [{ sheet: 'Các bên', cell: 'A5', entity: 'CMHS', vi: ['CMHS', 'Ban đại diện cha mẹ trẻ'] }],
    },
    {
      name: 'signatory row without a name does not count',
      content: exampleWith((c) => (c.blocks.signatories![1].name = '')),
      errors: [{ cell: 'A3', entity: 'CD' }],
    },
    {
      name: 'no signatures at all (as in a regulation issued by decision)',
      content: exampleWith((c) => (c.blocks.signatories = [])),
      errors: [{ entity: 'NT' }, { entity: 'CD' }, { entity: 'CDTN' }, { entity: 'CMHS' }],
    },
  ],
});
