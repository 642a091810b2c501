import { runRuleTests } from '../helpers/rule-tester';
import { example, exampleWith } from '../helpers/content-grids';
import type { WorkbookContent } from '../../src/core/template/content';

/** The veterans' association supports the first task; its Vai trò is given (undefined: the cell is left empty). */
function withVeterans(c: WorkbookContent, role?: string) {
  c.blocks.parties!.push({
    code: 'CCB',
    name: 'Hội Cựu chiến binh xã',
    kind: 'Mặt trận, hội, đoàn thể',
    role: role ?? null,
  });
  c.blocks.responsibilities![0].support = 'CD, CDTN, CCB';
}

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
    {
      name: 'a party that only takes part in the work (Phối hợp thực hiện) signs nothing',
      content: exampleWith((c) => withVeterans(c, 'Phối hợp thực hiện')),
    },
    {
      name: 'Vai trò typed without marks and in capitals',
      content: exampleWith((c) => withVeterans(c, 'PHOI HOP THUC HIEN')),
    },
    {
      name: '"Không ký" also says the party does not sign',
      content: exampleWith((c) => withVeterans(c, 'Không ký')),
    },
  ],
  invalid: [
    {
      name: 'parents board without signatory',
      content: exampleWith((c) => c.blocks.signatories!.splice(3, 1)),
      errors: [{ sheet: 'Các bên', cell: 'A5', entity: 'CMHS', vi: ['CMHS', 'Ban đại diện cha mẹ trẻ', 'Vai trò'] }],
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
    {
      name: 'an empty Vai trò reads as Ký ban hành (a workbook made before the column)',
      content: exampleWith((c) => withVeterans(c)),
      errors: [{ cell: 'A6', entity: 'CCB', vi: ['Hội Cựu chiến binh xã'] }],
    },
    {
      name: 'a signing party stays signing whatever its kind',
      content: exampleWith((c) => withVeterans(c, 'Ký ban hành')),
      errors: [{ cell: 'A6', entity: 'CCB' }],
    },
  ],
});
