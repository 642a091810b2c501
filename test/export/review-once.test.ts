// The exported document says the review once: where a clause already says how the regulation is
// reviewed ("Quy chế được rà soát, sửa đổi, bổ sung hàng năm tại Hội nghị …"), the closing
// sentence does not say it again, and the Word file, imported back, still gives the workbook's
// Rà soát định kỳ and Hình thức rà soát. Checked on every seed and corpus document, completed
// both as the chain's clerk completes it and with every field filled, read back by mammoth.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildWordDocument } from '../../src/core/export';
import { importText } from '../../src/core/import';
import type { WorkbookContent } from '../../src/core/template/content';
import { exampleContent } from '../../src/core/template/example';
import { readDocumentBytes } from '../../src/docx/read-document';
import { writeWordDocument } from '../../src/docx/write-document';
import { completed } from '../chain/complete';
import { modelOf } from '../helpers/content-grids';
import { shownText } from '../helpers/printed-text';
import { CORPUS } from '../import/corpus';
import { complete } from './complete';

const SEEDS = path.resolve(__dirname, '../../../shared/seeds');
const seeds = existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')) : [];
const DOCS = [
  ...seeds.map((f) => ({ id: f, text: readFileSync(path.join(SEEDS, f), 'utf8') })),
  ...CORPUS.map((d) => ({ id: d.id, text: d.text })),
];

/**
 * Sentences of the printed document (the appendix's table left out) that say how often the
 * document is reviewed or amended: a review word and a cadence in one sentence. Written apart
 * from the import's reading on purpose.
 */
function reviewStatements(shown: string): string[] {
  const prose = shown.split(/\n\s*Phụ lục\s*\n/u)[0];
  const REVIEWED = /(?:rà soát|sửa đổi, bổ sung|đánh giá (?:việc )?thực hiện (?:quy chế|kế hoạch))/iu;
  const CADENCE =
    /(?:hàng|hằng|mỗi|từng)\s+(?:năm|quý|tháng|tuần|học kỳ)|cuối\s+(?:mỗi\s+)?(?:năm học|học kỳ)|định kỳ|\d+\s*lần\s*\/\s*năm/iu;
  return prose
    .split(/\n+/)
    .flatMap((line) => line.split(/(?<=[.;])\s+/u))
    .filter((s) => REVIEWED.test(s) && CADENCE.test(s));
}

async function exportAndBack(content: WorkbookContent) {
  const model = modelOf(content);
  const bytes = await writeWordDocument(buildWordDocument(model));
  const read = await readDocumentBytes(bytes, 'review.docx');
  const back = modelOf(importText(read.text, { conversions: read.conversions }).content);
  return { model, shown: await shownText(bytes), back };
}

const field = (m: ReturnType<typeof modelOf>, k: 'reviewCadence' | 'reviewForm') => m.document.fields[k]?.raw ?? '';
const totals = { documents: 0, bodySays: 0 };
afterAll(() =>
  console.log(
    `[review once] ${totals.documents} exports: ${totals.bodySays} whose body says the review; none says it twice`,
  ),
);

describe('the review, said once in the exported document', () => {
  it.each(DOCS.map((d) => [d.id, d] as const))('%s', async (_id, doc) => {
    const imported = importText(doc.text).content;
    for (const content of [(await completed(imported)).content, complete(imported)]) {
      const { model, shown, back } = await exportAndBack(content);
      totals.documents++;
      const said = reviewStatements(shown);
      expect(said.length, said.join('\n')).toBeLessThanOrEqual(1);
      // Said by the clause alone when the body says it: the closing sentence on the review is gone.
      if (reviewStatements(model.clauses.map((c) => c.text).join('\n')).length) {
        totals.bodySays++;
        expect(shown).not.toMatch(/(?:Quy chế|Kế hoạch) được rà soát (?:hàng|hằng|mỗi|cuối)/u);
      }
      expect(field(back, 'reviewCadence')).toBe(field(model, 'reviewCadence'));
      expect(field(back, 'reviewForm')).toBe(field(model, 'reviewForm'));
    }
  });

  const withClause = (cadence: string, form: string, clause: string) => {
    const c = structuredClone(exampleContent());
    c.document.reviewCadence = cadence;
    c.document.reviewForm = form;
    const last = c.blocks.clauses!.length - 1;
    c.blocks.clauses![last] = { ...c.blocks.clauses![last], text: clause };
    return c;
  };
  const SAYS = 'Quy chế được rà soát, sửa đổi, bổ sung hàng năm tại Hội nghị viên chức, người lao động.';

  it('leaves the closing sentence out when the clause says the cadence and the form', async () => {
    const { shown, back } = await exportAndBack(withClause('Hàng năm', 'Hội nghị viên chức, người lao động', SAYS));
    expect(shown).toContain(SAYS);
    expect(shown).not.toMatch(/hình thức rà soát/iu);
    expect(reviewStatements(shown)).toEqual([SAYS]);
    expect([field(back, 'reviewCadence'), field(back, 'reviewForm')]).toEqual([
      'Hàng năm',
      'Hội nghị viên chức, người lao động',
    ]);
  });

  it('says the form alone when the clause says only how often', async () => {
    const form = 'Rà soát tại Hội nghị viên chức, người lao động đầu năm học';
    const clause = 'Hai bên rà soát quy chế vào cuối mỗi năm học.';
    const { shown, back } = await exportAndBack(withClause('Hàng năm', form, clause));
    expect(shown).toContain('Hình thức rà soát: rà soát tại Hội nghị viên chức, người lao động đầu năm học.');
    expect(reviewStatements(shown)).toEqual([clause]);
    expect([field(back, 'reviewCadence'), field(back, 'reviewForm')]).toEqual(['Hàng năm', form]);
  });

  it('keeps the whole sentence when the clause says another cadence, or none', async () => {
    for (const clause of [SAYS.replace('hàng năm', 'mỗi học kỳ'), 'Chế độ họp, sơ kết, tổng kết và rà soát quy chế.']) {
      const { shown, back } = await exportAndBack(withClause('Hàng năm', '', clause));
      expect(shown).toContain('Quy chế được rà soát hàng năm.');
      expect(field(back, 'reviewCadence')).toBe('Hàng năm');
    }
  });

  it('keeps it when only a task of the appendix says it', async () => {
    const c = withClause('Hàng năm', '', 'Chế độ họp và sơ kết.');
    c.blocks.responsibilities![0] = { ...c.blocks.responsibilities![0], task: 'Rà soát quy chế', cadence: 'Hàng năm' };
    const { shown, back } = await exportAndBack(c);
    expect(shown).toContain('Quy chế được rà soát hàng năm.');
    expect(field(back, 'reviewCadence')).toBe('Hàng năm');
  });
});
