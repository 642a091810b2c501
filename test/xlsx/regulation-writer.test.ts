// The regulation workbook written as SpreadsheetML text (src/xlsx/write-regulation.ts) is the
// package exceljs writes for the same content (test/helpers/exceljs-regulation.ts), every part the
// same, byte for byte, in the same order: on the empty template, the worked example, a renewed
// one, every seed and corpus document as imported (notes included), a 1,000-clause regulation,
// and hostile text. Each package is checked by check-ooxml.py.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { importText } from '../../src/core/import';
import { readWorkbook } from '../../src/core/read-workbook';
import { renewRegulation } from '../../src/core/renew';
import { emptyContent, type WorkbookContent } from '../../src/core/template/content';
import { readXlsxBytes } from '../../src/xlsx/read-bytes';
import { writeRegulationWorkbook } from '../../src/xlsx/write-regulation';
import { tempDir } from '../helpers/cli';
import { writeRegulationWorkbookWithExceljs } from '../helpers/exceljs-regulation';
import { example } from '../helpers/content-grids';
import { checkOoxml, findingLine } from '../helpers/ooxml';
import { CORPUS } from '../import/corpus';

const SEEDS = path.resolve(__dirname, '../../../shared/seeds');
const seeds = existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')) : [];
const DOCS = [
  ...seeds.map((f) => ({ id: f, text: readFileSync(path.join(SEEDS, f), 'utf8') })),
  ...CORPUS.map((d) => ({ id: d.id, text: d.text })),
];

/** Every part as text, in the package's order. */
function partsOf(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

/** Where two texts part, with some text around it (a whole sheet would drown the message). */
function firstDifference(got: string, want: string): { got: string; want: string } | null {
  if (got === want) return null;
  let i = 0;
  while (got[i] === want[i]) i++;
  return { got: got.slice(Math.max(0, i - 120), i + 120), want: want.slice(Math.max(0, i - 120), i + 120) };
}

const dir = tempDir('regulation-writer-');
const written: string[] = [];
afterAll(() => {
  const errors = checkOoxml(written);
  expect(errors.map(findingLine)).toEqual([]);
});

async function expectSameAsExceljs(id: string, content: WorkbookContent) {
  const reference = await writeRegulationWorkbookWithExceljs(content);
  const bulk = await writeRegulationWorkbook(content);
  const a = partsOf(reference);
  const b = partsOf(bulk);
  expect(Object.keys(b)).toEqual(Object.keys(a));
  for (const name of Object.keys(a)) expect(firstDifference(b[name], a[name]), `${id}: ${name}`).toBeNull();
  const file = path.join(dir, `${id.replace(/[^\w.-]/g, '_')}.xlsx`);
  writeFileSync(file, bulk);
  written.push(file);
}

describe('the regulation workbook is the package exceljs writes', () => {
  it('the empty template, the worked example, and the example renewed (dates in Văn bản)', async () => {
    await expectSameAsExceljs('empty', emptyContent());
    await expectSameAsExceljs('example', example());
    const bytes = await writeRegulationWorkbook(example());
    const renewed = renewRegulation(readWorkbook(readXlsxBytes(bytes, 'x.xlsx').grids, { source: 'x.xlsx' }));
    expect(Object.values(renewed.content.document).some((v) => v instanceof Date)).toBe(true);
    await expectSameAsExceljs('renewed', renewed.content);
  });

  it.each(DOCS.map((d) => [d.id, d] as const))('%s', async (id, doc) => {
    const { content } = importText(doc.text);
    await expectSameAsExceljs(id, content);
  });

  it('on a 1,000-clause regulation with notes on its rows', async () => {
    const content = example();
    const clauses = content.blocks.clauses ?? [];
    content.blocks.clauses = Array.from({ length: 1000 }, (_, i) => ({
      ...clauses[i % clauses.length],
      id: `K${i + 1}`,
      text: `${clauses[i % clauses.length].text} (${i + 1})`.repeat(1 + (i % 4)),
    }));
    content.notes = { ...content.notes, clauses: { 0: 'Kiểm tra lại', 999: 'Dòng 1000 của văn bản' } };
    await expectSameAsExceljs('long', content);
  });

  it('on text exceljs has to escape, cut or keep as text', async () => {
    const content = example();
    const clauses = content.blocks.clauses ?? [];
    const hostile = [
      '=SUM(A1:A2)',
      ' leading and trailing space ',
      `A & B < C > D "quoted" it's`,
      'delete\u007f and carriage return\r\n',
      'control\u0001\u0008 characters\u000b',
      'an escape _x0041_ in the text',
      'line one\nline two\ttab',
      'x'.repeat(40_000),
      '',
      '123',
    ];
    content.blocks.clauses = hostile.map((text, i) => ({ ...clauses[i % clauses.length], id: `H${i + 1}`, text }));
    const parties = content.blocks.parties ?? [];
    content.blocks.parties = parties.map((p, i) => ({ ...p, note: i % 2 ? 7 : null }));
    await expectSameAsExceljs('hostile', content);
  });
});
