// phoihop renew and the sentences of the regulation: what names the old school year is moved on
// with the year or put on the to-do list with its cell, and the signed document of next year
// replaces nothing but this year's document. Real files: the worked example and every seed
// (../shared/seeds) imported, completed as a clerk would, renewed with the CLI, exported to Word
// and read back with mammoth.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { importText } from '../../src/core/import';
import type { RegulationModel } from '../../src/core/model';
import { readWorkbook } from '../../src/core/read-workbook';
import type { WorkbookContent } from '../../src/core/template/content';
import { exampleContent } from '../../src/core/template/example';
import { gridsFromWorkbook, loadWorkbook } from '../../src/xlsx/read-grids';
import { complete as completeAsClerk } from '../export/complete';
import { exampleWith } from '../helpers/content-grids';
import { runCli, tempDir } from '../helpers/cli';
import { saveTemp, xlsxOf } from '../office/workbooks';

const SEEDS = path.resolve(__dirname, '../../../shared/seeds');
const seeds = existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')) : [];

const read = async (file: string): Promise<RegulationModel> =>
  readWorkbook(gridsFromWorkbook(await loadWorkbook(readFileSync(file))), { source: file });

/** The cells the to-do list names, as "Sheet!A1", from the CLI's own output. */
function todoCells(stderr: string): Set<string> {
  const cells = new Set<string>();
  let sheet = '';
  for (const line of stderr.slice(stderr.indexOf('việc cần làm')).split('\n')) {
    const heading = /^ {2}(\S.*)$/.exec(line);
    if (heading) sheet = heading[1].trim();
    const item = /^ {4}([A-Z]+\d+)\s/.exec(line);
    if (item) cells.add(`${sheet}!${item[1]}`);
  }
  return cells;
}

// Written here on purpose, not taken from src: the test reads the document as a reader would.
const SCHOOL_YEAR = /(?<!\d)(\d{4})\s*[-–—/]\s*(\d{4})(?!\d)/g;
const NUMBER = /(?<![\p{L}\d])\d{1,4}\s*\/\s*[A-ZĐ][A-ZĐ0-9&]*(?:\s*[-–]\s*[A-ZĐ0-9&]+)*/gu;
const REPLACES =
  /thay thế\s+(?:cho\s+)?(?:các\s+|bản\s+)?(?:quy chế|qui chế|quy định|kế hoạch|quyết định|văn bản|số|\d)/iu;
const key = (s: string) => s.replace(/\s+/g, '').replace(/–/g, '-');
const schoolYears = (s: string) =>
  [...s.matchAll(SCHOOL_YEAR)].filter((m) => Number(m[2]) === Number(m[1]) + 1).map((m) => `${m[1]}-${m[2]}`);
const sentences = (text: string) =>
  text
    .split(/(?<=[.;!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);

/** Every sentence of a text that says a document replaces another, and what each names that is not `previous`. */
function replacements(text: string, previous: { year: string; number: string }) {
  return sentences(text)
    .filter((s) => REPLACES.test(s))
    .map((sentence) => {
      const years = schoolYears(sentence);
      const numbers = [...sentence.matchAll(NUMBER)].map((m) => key(m[0]));
      const other = [...years.filter((y) => y !== previous.year), ...numbers.filter((n) => n !== key(previous.number))];
      const namesPrevious = years.includes(previous.year) || numbers.includes(key(previous.number));
      return { sentence, other, namesPrevious };
    });
}

interface Renewal {
  name: string;
  old: RegulationModel;
  renewed: RegulationModel;
  stderr: string;
  code: number;
  text: string;
}

async function renewAndExport(name: string, content: WorkbookContent, ...args: string[]): Promise<Renewal> {
  const dir = tempDir('phoihop-renew-text-');
  const source = saveTemp(dir, `${name}.xlsx`, await xlsxOf(content));
  const out = path.join(dir, `${name}-moi.xlsx`);
  const r = await runCli('renew', source, '-o', out, ...args);
  expect(r.code, r.stderr).toBeLessThan(2);
  const docx = path.join(dir, `${name}-moi.docx`);
  expect((await runCli('export', out, '-o', docx, '--force')).code).toBeLessThan(2);
  const text = (await mammoth.extractRawText({ buffer: readFileSync(docx) })).value;
  return { name, old: await read(source), renewed: await read(out), stderr: r.stderr, code: r.code, text };
}

const documents: Array<[string, () => WorkbookContent]> = [
  ['the worked example', () => exampleContent()],
  ...seeds.map((seed): [string, () => WorkbookContent] => [
    seed,
    () => completeAsClerk(importText(readFileSync(path.join(SEEDS, seed), 'utf8')).content),
  ]),
];

describe('phoihop renew: the sentences of next year’s regulation', () => {
  it.each(documents)(
    '%s: the exported document replaces only this year’s, and each old year left in a clause is on the to-do list',
    async (name, content) => {
      const r = await renewAndExport(name.replace(/\W+/g, '-'), content());
      const year = r.old.document.schoolYear!.text;
      const previous = { year, number: r.old.document.fields.number?.raw ?? '' };
      const found = replacements(r.text, previous);
      // The closing the exporter writes from Thay thế văn bản is one of them, whatever the clauses say.
      expect(found.length).toBeGreaterThan(0);
      for (const f of found) {
        expect(f.other, f.sentence).toEqual([]);
        expect(f.namesPrevious, f.sentence).toBe(true);
      }

      // What still names the old school year or an older one is either a replacement sentence
      // (naming this year's document) or listed with its cell.
      const listed = todoCells(r.stderr);
      const to = r.renewed.document.schoolYear!;
      const cells = [
        ...r.renewed.clauses.map((c) => ({ at: `${c.sheet}!${c.cells.text}`, text: c.text })),
        ...r.renewed.responsibilities.map((t) => ({ at: `${t.sheet}!${t.cells.task}`, text: t.task })),
      ];
      let stale = 0;
      for (const { at, text } of cells) {
        const old = sentences(text)
          .filter((s) => !REPLACES.test(s))
          .flatMap(schoolYears)
          .filter((y) => Number(y.slice(0, 4)) < to.start);
        if (old.length === 0) continue;
        stale++;
        expect(listed.has(at), `${at}: ${text}`).toBe(true);
      }
      console.log(
        `renew ${name}: ${found.length} replacement sentence(s), all naming ${previous.number || year}; ${stale} cell(s) still naming an older year, all on the to-do list`,
      );
    },
  );

  it('rewrites what a clause says it replaces, moves the year and the Tết, and lists what it cannot decide', async () => {
    let rows = 0;
    const content = exampleWith((c) => {
      const add = (id: string, text: string) =>
        c.blocks.clauses!.push({ id, chapter: 'Chương IV', article: `Điều ${id.slice(1)}`, paragraph: '', text });
      rows = c.blocks.clauses!.length + 2;
      add(
        'D9',
        'Quy chế này có hiệu lực từ ngày ký và thay thế Quy chế phối hợp số 12/QCPH-MNHM-CĐ ngày 06/10/2025 năm học 2025 - 2026.',
      );
      add('D10', 'Chào mừng xuân Đinh Mùi; báo cáo kết quả năm học 2024-2025.');
      add('D11', 'Thực hiện nhiệm vụ năm học 2026-2027; họp Ban đại diện cha mẹ trẻ ngày 15/9/2026.');
    });
    const r = await renewAndExport('them-dieu', content);
    const text = (id: string) => r.renewed.clauses.find((c) => c.id === id)!.text;
    expect(text('D9')).toBe(
      'Quy chế này có hiệu lực từ ngày ký và thay thế Quy chế phối hợp số 15/QCPH-MNHM-CĐ ngày 08/10/2026 năm học 2026 - 2027.',
    );
    expect(text('D10')).toBe('Chào mừng xuân Mậu Thân; báo cáo kết quả năm học 2024-2025.');
    expect(text('D11')).toBe('Thực hiện nhiệm vụ năm học 2027-2028; họp Ban đại diện cha mẹ trẻ ngày 15/9/2026.');

    const todo = r.stderr.slice(r.stderr.indexOf('việc cần làm')).split('\n');
    const line = (cell: string) => todo.find((l) => l.trim().startsWith(`${cell} `)) ?? '';
    expect(line(`E${rows}`)).toContain(
      'Điều khoản D9 nói văn bản này thay thế "Quy chế phối hợp số 12/QCPH-MNHM-CĐ ngày 06/10/2025 năm học 2025 - 2026"',
    );
    expect(line(`E${rows + 1}`)).toContain('Điều khoản D10 còn nêu "năm học 2024-2025"');
    expect(line(`E${rows + 2}`)).toContain('Điều khoản D11 còn nêu "15/9/2026"');

    const found = replacements(r.text, { year: '2026-2027', number: '15/QCPH-MNHM-CĐ' });
    expect(found.map((f) => f.other)).toEqual(found.map(() => []));
    expect(found.some((f) => f.sentence.includes('số 15/QCPH-MNHM-CĐ ngày 08/10/2026 năm học 2026 - 2027'))).toBe(true);
  });

  it('with no number of its own, a clause replacing a numbered document is left as written and listed to correct', async () => {
    const content = exampleWith((c) => {
      c.document.number = '';
      c.blocks.versions = [];
      c.blocks.clauses!.push({
        id: 'D9',
        chapter: 'Chương IV',
        article: 'Điều 9',
        paragraph: '',
        text: 'Quy chế này thay thế Quy chế phối hợp số 12/QCPH-MNHM-CĐ.',
      });
    });
    const r = await renewAndExport('khong-so', content);
    expect(r.renewed.clauses.at(-1)!.text).toBe('Quy chế này thay thế Quy chế phối hợp số 12/QCPH-MNHM-CĐ.');
    expect(r.stderr).toContain(
      'Điều khoản D9 nói văn bản này thay thế văn bản có "12/QCPH-MNHM-CĐ", nhưng văn bản mới thay thế Quy chế phối hợp năm học 2026-2027: sửa câu này.',
    );
  });

  it('the built launcher exits 1 when the renewed file has errors and 0 once number and date are given', async () => {
    const dir = tempDir('phoihop-renew-exit-');
    const source = saveTemp(dir, 'quy-che.xlsx', await xlsxOf(exampleContent()));
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['bin/phoihop.js', 'renew', source, ...args], { encoding: 'utf8' });
    const missing = run('-o', path.join(dir, 'a.xlsx'));
    expect(missing.stderr).toContain('✖ 1 lỗi');
    expect(missing.status).toBe(1);
    expect(existsSync(path.join(dir, 'a.xlsx'))).toBe(true);
    const complete = run('-o', path.join(dir, 'b.xlsx'), '--number', '21/QCPH-MNHM-CĐ', '--date', '07/10/2027');
    expect(complete.stderr).not.toContain('✖');
    expect(complete.status).toBe(0);
  });
});
