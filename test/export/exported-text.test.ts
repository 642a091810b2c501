// The exported document says what the workbook says, in the case it was written: over every real
// regulation in ../shared/seeds (imported as is, and completed the way a clerk fills the Văn bản
// sheet) and the worked example, with and without the issuing decision, the text mammoth reads
// from the .docx has no case change inside a word ("pHỐI HỢP"), prints the kind once (never
// "QUY CHẾ" over "QUI CHẾ LÀM VIỆC …") and no heading component is left empty.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import he from 'he';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { importText } from '../../src/core/import';
import type { WorkbookContent } from '../../src/core/template/content';
import { exampleContent } from '../../src/core/template/example';
import { runCli } from '../helpers/cli';
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

/** A word with a lower-case letter followed by capitals: "pHỐI", "uBND". */
/**
 * The text as Word shows it: mammoth's raw text drops a line break inside a paragraph (the
 * appendix names one party a line), which would glue "Công đoàn cơ sở" to the next name.
 */
async function shownText(docx: string): Promise<string> {
  const { value } = await mammoth.convertToHtml({ buffer: readFileSync(docx) });
  return he.decode(
    value
      .replace(/<br\s*\/?>/g, '\n')
      .replace(/<\/(?:p|td|th|h\d|li)>/g, '\n\n')
      .replace(/<[^>]+>/g, ''),
  );
}

const midWordCase = (text: string) => text.match(/\p{L}*\p{Ll}\p{Lu}+\p{L}*/gu) ?? [];

/** Tên loại printed twice: "QUY CHẾ" then a line starting with the kind again, in any spelling. */
function doubleKind(text: string): string[] {
  const lines = text.split('\n').filter((l) => l.trim());
  const kind = (l: string) =>
    /^(QU[YI] CHẾ|KẾ HOẠCH)\b/iu.exec(l.trim())?.[1].toLocaleUpperCase('vi').replace('QUI', 'QUY');
  return lines.flatMap((l, i) =>
    i > 0 && kind(l) && kind(l) === kind(lines[i - 1]) ? [`${lines[i - 1]} / ${l}`] : [],
  );
}

/** The heading tables (the one with the national heading), each cell's text. */
async function headings(docx: string): Promise<string[][]> {
  const { value: html } = await mammoth.convertToHtml({ buffer: readFileSync(docx) });
  const text = (s: string) =>
    s
      .replace(/<\/p>/g, '\n')
      .replace(/<[^>]+>/g, '')
      .replace(/&amp;/g, '&')
      .trim();
  return [...html.matchAll(/<table>(.*?)<\/table>/gs)]
    .filter((m) => m[1].includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))
    .map((m) => [...m[1].matchAll(/<td>(.*?)<\/td>/gs)].map((c) => text(c[1])));
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
      const value = await shownText(docx);
      const tables = await headings(docx);
      expect(tables).toHaveLength(withDecision ? 2 : 1);
      // Cells: unit, national heading, number, place and date.
      const empty = tables.flatMap((cells) => [
        ...(cells[0].split('\n').some((l) => l.trim()) ? [] : ['unit']),
        ...(/^Số: \S/.test(cells[2]) ? [] : ['number']),
        ...(/^\S[^,]*, ngày /.test(cells[3]) ? [] : ['place and date']),
      ]);
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
    const value = await shownText(docx);
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
