// The exported document says what the workbook says, in the case it was written: over every real
// regulation in ../shared/seeds (imported as is, and completed the way a clerk fills the Văn bản
// sheet) and the worked example, with and without the issuing decision, the text mammoth reads
// from the .docx has no case change inside a word ("pHỐI HỢP"), prints the kind once (never
// "QUY CHẾ" over "QUI CHẾ LÀM VIỆC …") and no heading component is left empty.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importText } from '../../src/core/import';
import type { WorkbookContent } from '../../src/core/template/content';
import { exampleContent } from '../../src/core/template/example';
import { runCli } from '../helpers/cli';
import { doubleKind, emptyHeadingComponents, headings, midWordCase, shownText } from '../helpers/printed-text';
import { at, writeWorkbook } from './helpers';

const SEEDS = path.resolve(__dirname, '../../../shared/seeds');
const seeds = existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')) : [];

/** The heading fields a clerk fills when the document did not give them; the title as typed. */
function completeHeading(content: WorkbookContent): WorkbookContent {
  const c = structuredClone(content);
  const d = c.document;
  d.issuer ||= 'Trường Mầm non Hoa Sen';
  d.place ||= 'Phúc Lợi';
  d.number ||= '07/QCPH-MNHS';
  d.issueDate ||= '05/10/2024';
  d.title ||= 'PHỐI HỢP GIỮA NHÀ TRƯỜNG VÀ CÔNG ĐOÀN NĂM HỌC 2024-2025';
  return c;
}

interface Case {
  name: string;
  content: () => WorkbookContent;
}

const seedContent = (seed: string) => importText(readFileSync(path.join(SEEDS, seed), 'utf8')).content;
const cases: Case[] = [
  { name: 'worked example', content: exampleContent },
  ...seeds.flatMap((seed) => [
    { name: `${seed} as imported`, content: () => seedContent(seed) },
    { name: `${seed} completed`, content: () => completeHeading(seedContent(seed)) },
  ]),
];

describe('the exported text, as mammoth reads it', () => {
  const found = { midWord: 0, doubleKind: 0, emptyHeading: 0, documents: 0 };

  it.each(cases.flatMap((c) => [[c, false] as const, [c, true] as const]))(
    '%s (with the decision: %s)',
    async (c, withDecision) => {
      const slug = `${c.name.replace(/\W+/g, '-')}${withDecision ? '-qd' : ''}`;
      const xlsx = await writeWorkbook(c.content(), `${slug}.xlsx`);
      const docx = at(`${slug}.docx`);
      const r = await runCli('export', xlsx, '-o', docx, '--force', ...(withDecision ? ['--with-decision'] : []));
      expect(existsSync(docx), r.stderr).toBe(true);
      const value = await shownText(readFileSync(docx));
      const tables = await headings(readFileSync(docx));
      expect(tables).toHaveLength(withDecision ? 2 : 1);
      // Cells: unit, national heading, number, place and date.
      const empty = emptyHeadingComponents(tables);
      found.documents++;
      found.midWord += midWordCase(value).length;
      found.doubleKind += doubleKind(value).length;
      found.emptyHeading += empty.length;
      expect(midWordCase(value)).toEqual([]);
      expect(doubleKind(value)).toEqual([]);
      expect(empty).toEqual([]);
    },
  );

  it('a title typed in capitals, and QUI CHẾ for the kind, come out in sentence case and once', async () => {
    const content = exampleContent();
    content.document.title = 'QUI CHẾ LÀM VIỆC GIỮA NHÀ TRƯỜNG VÀ BAN CHẤP HÀNH CÔNG ĐOÀN CƠ SỞ NĂM HỌC 2026-2027';
    const xlsx = await writeWorkbook(content, 'qui-che.xlsx');
    const docx = at('qui-che.docx');
    await runCli('export', xlsx, '-o', docx, '--force', '--with-decision');
    const value = await shownText(readFileSync(docx));
    console.log(
      `exported text over ${found.documents} documents: ${found.midWord} case changes inside a word, ` +
        `${found.doubleKind} kinds printed twice, ${found.emptyHeading} empty heading components`,
    );
    expect(doubleKind(value)).toEqual([]);
    expect(midWordCase(value)).toEqual([]);
    // The parties' names keep the capitals the workbook gives them ("Nhà trường (Ban Giám hiệu)",
    // "Ban Chấp hành Công đoàn cơ sở").
    const named = 'Quy chế làm việc giữa Nhà trường và Ban Chấp hành Công đoàn cơ sở năm học 2026-2027';
    expect(value).toContain(`Trên đây là ${named}.`);
    expect(value).toContain(`Về việc ban hành ${named}`);
    expect(value).toContain(`Ban hành kèm theo Quyết định này ${named}.`);
  });
});
