import { runRuleTests } from '../helpers/rule-tester';
import { example, exampleWith } from '../helpers/content-grids';
import type { WorkbookContent } from '../../src/core/template/content';

// The worked example replaces "Quy chế phối hợp số 12/QCPH-MNHM-CĐ năm học <last year>".
const year = Number(String(example().document.schoolYear).slice(0, 4));
const last = `${year - 1}-${year}`;
const older = `${year - 2}-${year - 1}`;
/** The example with its last clause saying `text`, and Thay thế văn bản set when given. */
const saying = (text: string, supersedes?: string) =>
  exampleWith((c: WorkbookContent) => {
    const clauses = c.blocks.clauses!;
    clauses[clauses.length - 1] = { ...clauses[clauses.length - 1], text };
    if (supersedes !== undefined) c.document.supersedes = supersedes;
  });

runRuleTests('clause-replacement-agrees', {
  valid: [
    { name: 'no clause says what it replaces', content: example() },
    {
      name: 'the clause names the same number as Thay thế văn bản',
      content: saying('Quy chế có hiệu lực kể từ ngày ký và thay thế Quy chế phối hợp số 12/QCPH-MNHM-CĐ.'),
    },
    {
      name: 'the clause names the same school year, Thay thế văn bản its number and year',
      content: saying(`Quy chế này thay thế Quy chế phối hợp năm học ${last}.`),
    },
    {
      name: 'the clause names number and year, Thay thế văn bản the number only',
      content: saying(
        `Quy chế này thay thế Quy chế phối hợp số 12/QCPH-MNHM-CĐ năm học ${last}.`,
        'Quy chế phối hợp số 12/QCPH-MNHM-CĐ',
      ),
    },
    {
      name: 'the clause names no number and no year',
      content: saying(
        'Các quy định trước đây trái với Quy chế này đều bãi bỏ; Quy chế này thay thế các quy định trước.',
      ),
    },
    {
      name: 'a stand-in, not a document: "người thay thế"',
      content: saying('Phó Hiệu trưởng là người thay thế khi Hiệu trưởng đi vắng năm học 2019-2020.'),
    },
    {
      name: 'Thay thế văn bản empty: supersedes-referenced reports it',
      content: saying(`Quy chế này thay thế Quy chế năm học ${older}.`, ''),
    },
  ],
  invalid: [
    {
      name: 'the clause names an older school year than Thay thế văn bản',
      content: saying(`Quy chế có hiệu lực từ ngày ký và thay thế Quy chế phối hợp năm học ${older}.`),
      errors: [
        {
          messageId: 'notNamed',
          sheet: 'Điều khoản',
          entity: 'D6',
          vi: ['Điều khoản D6', 'trang Điều khoản, ô E', older, 'Thay thế văn bản ghi'],
          en: ['Clause D6', older],
        },
      ],
    },
    {
      name: 'the clause names another number',
      content: saying('Quy chế này thay thế Quy chế phối hợp số 7/QCPH-MNHM.'),
      errors: [{ messageId: 'notNamed', entity: 'D6', vi: ['7/QCPH-MNHM'] }],
    },
    {
      name: 'the clause names a number where Thay thế văn bản names only a year',
      content: saying('Quy chế này thay thế Quy chế phối hợp số 7/QCPH-MNHM.', `Quy chế phối hợp năm học ${last}`),
      errors: [{ messageId: 'notNamed', entity: 'D6' }],
    },
    {
      name: 'Thay thế văn bản says "Không"',
      content: saying(`Quy chế này thay thế Quy chế phối hợp năm học ${last}.`, 'Không'),
      errors: [{ messageId: 'saysNone', entity: 'D6', vi: ['"Không"', 'bản đầu tiên'] }],
    },
  ],
});
