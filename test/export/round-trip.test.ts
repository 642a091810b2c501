// The round trip Word → workbook → Word closes: a workbook exported with `phoihop export` and
// read back with `phoihop import` gives the same workbook content, field by field (every Văn bản
// field with Thay thế văn bản, each legal basis, party, signatory, clause, Phân công row and
// recipient; see fidelity.ts for what is compared how). For the worked example, for each of the
// five real regulations in ../shared/seeds and for every document of the import corpus, imported
// and then completed by this test (complete.ts), 100% of the rows and fields come back. The
// figures are printed: documents, rows and fields compared, and how many differ.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importText } from '../../src/core/import';
import { DOCUMENT_FIELDS } from '../../src/core/layout';
import { exampleContent } from '../../src/core/template/example';
import { CORPUS } from '../import/corpus';
import { complete } from './complete';
import { roundTrip, type Fidelity } from './fidelity';

const SEEDS = path.resolve(__dirname, '../../../shared/seeds');
const seeds = existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')) : [];

const total = { documents: 0, rows: 0, fields: 0, differ: 0, assignments: 0 };
function count(name: string, fidelity: Fidelity, assignments: number) {
  total.documents++;
  total.rows += fidelity.rows;
  total.fields += fidelity.checked;
  total.differ += fidelity.mismatches.length;
  total.assignments += assignments;
  console.log(
    `round trip, ${name}: ${fidelity.rows} rows (${assignments} Phân công), ${fidelity.checked} fields, ${fidelity.mismatches.length} differ`,
  );
}

afterAll(() => {
  console.log(
    `[round trip] ${total.documents} documents: ${total.rows} rows (${total.assignments} Phân công), ${total.fields} fields, ${total.differ} differ`,
  );
});

describe('export → import gives back the same workbook', () => {
  it('the worked example: every field, its 10 Phân công rows among them', async () => {
    const content = exampleContent();
    const { fidelity, back } = await roundTrip(content);
    count('worked example', fidelity, content.blocks.responsibilities!.length);
    expect(fidelity.mismatches).toEqual([]);
    expect(fidelity.checked).toBeGreaterThan(150);
    expect(back.content.blocks.responsibilities).toHaveLength(10);
  });

  it.each(seeds.length ? seeds : ['(no seeds folder)'])(
    'seed %s, imported then completed: every field',
    async (seed) => {
      if (!seeds.length) {
        console.log(`${SEEDS} is absent: the seed round trips are not checked here`);
        expect(existsSync(SEEDS)).toBe(false);
        return;
      }
      const imported = importText(readFileSync(path.join(SEEDS, seed), 'utf8')).content;
      const completed = complete(imported);
      // The test completed something: every Văn bản field now has a value.
      expect(DOCUMENT_FIELDS.filter((f) => !completed.document[f.key])).toEqual([]);
      const { fidelity } = await roundTrip(completed);
      count(seed, fidelity, completed.blocks.responsibilities?.length ?? 0);
      expect(fidelity.mismatches).toEqual([]);
    },
  );

  it.each(CORPUS.map((d) => [d.id, d] as const))(
    'corpus %s, imported from text then completed: every field',
    async (id, doc) => {
      const completed = complete(importText(doc.text).content);
      const { fidelity } = await roundTrip(completed);
      count(id, fidelity, completed.blocks.responsibilities?.length ?? 0);
      expect(fidelity.mismatches).toEqual([]);
    },
  );

  it('with the issuing decision in front: the decision part adds nothing and loses nothing', async () => {
    const content = exampleContent();
    content.document.decision = 'Quyết định số 20/QĐ-MNHM ngày 08/10/2026 của Hiệu trưởng Trường Mầm non Hoa Mai';
    const { fidelity } = await roundTrip(content, { withDecision: true });
    expect(fidelity.mismatches).toEqual([]);
  });
});

describe('Thay thế văn bản comes back in every wording the export writes', () => {
  it.each([
    // A first version, and the bare number the fixture closes with.
    ['Không', /Quy chế này được ban hành lần đầu, không thay thế văn bản nào\./],
    ['298/QCPH-MNSM', /Quy chế này thay thế 298\/QCPH-MNSM\./],
    ['Quy chế phối hợp số 12/QCPH-MNHM-CĐ ngày 06/10/2025', /thay thế quy chế phối hợp số 12\/QCPH-MNHM-CĐ ngày/],
    ['Kế hoạch liên tịch số 632/KHLT-MNHS năm học 2025-2026', /thay thế kế hoạch liên tịch số 632/],
  ])('"%s"', async (supersedes, said) => {
    const content = exampleContent();
    content.document.supersedes = supersedes;
    const { fidelity, text, back } = await roundTrip(content);
    expect(text).toMatch(said);
    expect(back.content.document.supersedes).toBe(supersedes);
    expect(fidelity.mismatches).toEqual([]);
  });

  it('a clause that names an older document does not outweigh what the closing states', async () => {
    const content = exampleContent();
    content.blocks.clauses![5].text =
      'Quy chế này thay thế Quy chế phối hợp năm học 2023-2024 và các quy định trước đây.';
    content.document.supersedes = '12/QCPH-MNHM-CĐ';
    const { back } = await roundTrip(content);
    expect(back.content.document.supersedes).toBe('12/QCPH-MNHM-CĐ');
  });
});

describe('the Phân công appendix', () => {
  it('follows the signatures, in the Decree form, and names parties so they come back as codes', async () => {
    const content = exampleContent();
    // A party named by its code in the table (no name on Các bên) comes back as that code too.
    content.blocks.parties![3].name = '';
    const { text, back } = await roundTrip(content);
    const lines = text.split('\n');
    const label = lines.indexOf('Phụ lục');
    expect(label).toBeGreaterThan(lines.findIndex((l) => l.startsWith('Nơi nhận')));
    expect(lines.slice(label + 1, label + 4)).toEqual([
      'PHÂN CÔNG THỰC HIỆN',
      '(Kèm theo Quy chế số 15/QCPH-MNHM-CĐ ngày 08/10/2026)',
      '| STT | Nhiệm vụ | Chủ trì | Phối hợp | Chu kỳ | Thời điểm | Mã điều khoản |',
    ]);
    expect(text).toContain(
      '| 8 | Họp cha mẹ trẻ toàn trường | Nhà trường (Ban Giám hiệu) | CMHS | 3 lần/năm |  | D5 |',
    );
    const rows = back.content.blocks.responsibilities!;
    expect(rows.map((r) => [r.clauseId, r.lead, r.support])).toEqual(
      content.blocks.responsibilities!.map((r) => [r.clauseId, r.lead, r.support]),
    );
    // The appendix adds no clause and no fact: the tasks' words are not read as the document's.
    expect(back.content.blocks.clauses).toHaveLength(6);
  });
});
