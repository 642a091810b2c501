// Next year's document says once what it replaces, and names the previous version (issue 26,
// "renew is consistent"). The chain of chain.test.ts on every seed, the worked example and every
// corpus document: import → the scripted clerk → renew (with the new number and date, and as a
// first draft without them) → export → read back by mammoth. Every sentence of the printed text
// that speaks of replacing, repealing or ending a document is collected: there is exactly one, it
// names the renewed version (its number, or its school year) and nothing older, and it says what
// the renewed workbook's Thay thế văn bản says; importing the document gives that value back. With
// the issuing decision in front, each of the two documents says it once, in the same words. Neither
// the completed workbook nor the renewed one has a clause naming another document than Thay thế
// văn bản (clause-replacement-agrees finds nothing).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildWordDocument } from '../../src/core/export';
import { importText } from '../../src/core/import';
import { renewRegulation } from '../../src/core/renew';
import type { WorkbookContent } from '../../src/core/template/content';
import { exampleContent } from '../../src/core/template/example';
import { foldKey } from '../../src/core/text';
import { parseSchoolYear } from '../../src/core/values';
import { readDocumentBytes } from '../../src/docx/read-document';
import { writeWordDocument } from '../../src/docx/write-document';
import { modelOf } from '../helpers/content-grids';
import { shownText } from '../helpers/printed-text';
import { CORPUS } from '../import/corpus';
import { completed, runner } from './complete';

const SEEDS = path.resolve(__dirname, '../../../shared/seeds');
const seeds = existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')) : [];
const imported = (text: string) => async () => (await completed(importText(text).content)).content;
const DOCS: Array<[string, () => Promise<WorkbookContent>]> = [
  ['the worked example', async () => exampleContent()],
  ...seeds.map((f): [string, () => Promise<WorkbookContent>] => [
    f,
    imported(readFileSync(path.join(SEEDS, f), 'utf8')),
  ]),
  ...CORPUS.map((d): [string, () => Promise<WorkbookContent>] => [d.id, imported(d.text)]),
];

// Written here, not taken from src: the document is read as its reader would read it.
const REPLACING = /thay thế|thay cho|bãi bỏ|hủy bỏ|huỷ bỏ|hết hiệu lực|không còn hiệu lực/iu;
const SCHOOL_YEAR = /(?<!\d)(\d{4})\s*[-–—/]\s*(\d{4})(?!\d)/g;
const NUMBER = /(?<![\p{L}\d])\d{1,4}\s*\/\s*[A-ZĐ][A-ZĐ0-9&]*(?:\s*[-–/]\s*[A-ZĐ0-9&]+)*/gu;
const key = (s: string) => s.replace(/\s+/g, '').replace(/[–—]/g, '-');
const sentences = (text: string) =>
  text
    .split(/(?<=[.;!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);

/** What clause-replacement-agrees finds: a clause replacing another document than Thay thế văn bản names. */
const disagreeing = async (model: ReturnType<typeof modelOf>) =>
  (await runner.run(model)).filter((f) => f.ruleId === 'clause-replacement-agrees').map((f) => f.message.vi);

const totals = { documents: 0, renewals: 0, statements: 0 };
afterAll(() =>
  console.log(
    `[renew-replaces] ${totals.documents} documents, ${totals.renewals} renewed exports, ${totals.statements} statements of what they replace`,
  ),
);

describe('a renewed export says once what it replaces, naming the previous version', () => {
  it.each(DOCS)('%s', async (_id, content) => {
    totals.documents++;
    const model = modelOf(await content());
    const year = parseSchoolYear(model.document.fields.schoolYear?.raw ?? '')!;
    const number = model.document.fields.number?.raw ?? '';
    expect(await disagreeing(model)).toEqual([]);
    for (const options of [{ number: '21/QCPH-MNHS', issueDate: `${year.end}-10-07` }, {}]) {
      totals.renewals++;
      const next = modelOf(renewRegulation(model, options).content);
      expect(await disagreeing(next)).toEqual([]);
      const supersedes = next.document.fields.supersedes?.raw ?? '';
      const bytes = await writeWordDocument(buildWordDocument(next));
      const said = sentences(await shownText(bytes)).filter((s) => REPLACING.test(s));
      totals.statements += said.length;
      expect(said, 'one statement of what it replaces').toHaveLength(1);
      const [sentence] = said;
      const years = [...sentence.matchAll(SCHOOL_YEAR)]
        .filter((m) => Number(m[2]) === Number(m[1]) + 1)
        .map((m) => `${m[1]}-${m[2]}`);
      const numbers = [...sentence.matchAll(NUMBER)].map((m) => key(m[0]));
      // The previous version by its number or by its school year, and no other document.
      expect(years.includes(year.text) || (!!number && numbers.includes(key(number))), sentence).toBe(true);
      expect([...years.filter((y) => y !== year.text), ...numbers.filter((n) => n !== key(number))], sentence).toEqual(
        [],
      );
      // What it says is the renewed workbook's Thay thế văn bản, and an import reads it back so.
      expect(foldKey(sentence), sentence).toContain(foldKey(supersedes));
      const read = await readDocumentBytes(bytes, 'next.docx');
      const back = modelOf(importText(read.text, { conversions: read.conversions }).content);
      expect(back.document.fields.supersedes?.raw).toBe(supersedes);
    }
    // With its issuing decision in front, the decision's Điều 2 says it too, in the same words:
    // once for each of the two documents signed, and read back as the same value.
    const next = modelOf(renewRegulation(model, { number: '21/QCPH-MNHS', issueDate: `${year.end}-10-07` }).content);
    const supersedes = next.document.fields.supersedes?.raw ?? '';
    const bytes = await writeWordDocument(buildWordDocument(next, { withDecision: true }));
    const said = sentences(await shownText(bytes)).filter((s) => REPLACING.test(s));
    expect(said).toHaveLength(2);
    expect(said[0]).toMatch(/^Quyết định có hiệu lực/u);
    for (const s of said) expect(foldKey(s), s).toContain(foldKey(supersedes));
    const read = await readDocumentBytes(bytes, 'next-with-decision.docx');
    expect(modelOf(importText(read.text).content).document.fields.supersedes?.raw).toBe(supersedes);
  });
});
