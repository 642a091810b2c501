// The round trip Word → workbook → Word closes: a workbook exported with `phoihop export` and
// read back with `phoihop import` gives the same workbook content, field by field (every Văn bản
// field, each legal basis, party, signatory, clause and recipient; see fidelity.ts for what is
// compared how). For the worked example and for each of the five real regulations in
// ../shared/seeds, imported and then completed by this test (every Văn bản field the document did
// not give filled in), 100% of the fields come back.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importText } from '../../src/core/import';
import { DOCUMENT_FIELDS } from '../../src/core/layout';
import { exampleContent } from '../../src/core/template/example';
import { complete } from './complete';
import { roundTrip } from './fidelity';

const SEEDS = path.resolve(__dirname, '../../../shared/seeds');
const seeds = existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')) : [];

describe('export → import gives back the same workbook', () => {
  it('the worked example: every field', async () => {
    const { fidelity } = await roundTrip(exampleContent());
    console.log(`round trip, worked example: ${fidelity.checked} fields, ${fidelity.mismatches.length} differ`);
    expect(fidelity.mismatches).toEqual([]);
    expect(fidelity.checked).toBeGreaterThan(90);
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
      console.log(`round trip, ${seed}: ${fidelity.checked} fields, ${fidelity.mismatches.length} differ`);
      expect(fidelity.mismatches).toEqual([]);
    },
  );

  it('with the issuing decision in front: the decision part adds nothing and loses nothing', async () => {
    const content = exampleContent();
    content.document.decision = 'Quyết định số 20/QĐ-MNHM ngày 08/10/2026 của Hiệu trưởng Trường Mầm non Hoa Mai';
    const { fidelity } = await roundTrip(content, { withDecision: true });
    console.log(JSON.stringify(fidelity.mismatches));
    expect(fidelity.mismatches).toEqual([]);
  });
});
