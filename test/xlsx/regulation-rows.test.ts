// The regulation workbook's long tables written as XML text (src/xlsx/regulation-rows.ts) hold
// exactly what exceljs writes for them: every part of the package the same, byte for byte, once
// each shared-string reference is replaced by its string (the order of the shared-string table is
// the only thing that differs). On every seed and corpus document as imported (notes included),
// on a 1,000-clause regulation, and on hostile text; each package is checked by check-ooxml.py.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { importText } from '../../src/core/import';
import { templateSheets } from '../../src/core/template/sheets';
import type { WorkbookContent } from '../../src/core/template/content';
import { isBulkSheet } from '../../src/xlsx/regulation-rows';
import { writeRegulationWorkbook } from '../../src/xlsx/write-regulation';
import { tempDir } from '../helpers/cli';
import { example } from '../helpers/content-grids';
import { checkOoxml, findingLine } from '../helpers/ooxml';
import { CORPUS } from '../import/corpus';

const SEEDS = path.resolve(__dirname, '../../../shared/seeds');
const seeds = existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')) : [];
const DOCS = [
  ...seeds.map((f) => ({ id: f, text: readFileSync(path.join(SEEDS, f), 'utf8') })),
  ...CORPUS.map((d) => ({ id: d.id, text: d.text })),
];

/** Every part as text, shared strings resolved in the worksheets, the shared-string table itself left out. */
function resolvedParts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  const strings = [...strFromU8(files['xl/sharedStrings.xml']).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => m[1]);
  const out: Record<string, string> = {};
  for (const [name, data] of Object.entries(files)) {
    if (name === 'xl/sharedStrings.xml') continue;
    let xml = strFromU8(data);
    if (/^xl\/worksheets\/sheet\d+\.xml$/.test(name))
      xml = xml.replace(/(<c [^>]*t="s"[^>]*>)<v>(\d+)<\/v>/g, (_, cell: string, i: string) => {
        expect(strings[Number(i)], `${name}: shared string ${i}`).toBeDefined();
        return `${cell}<si>${strings[Number(i)]}</si>`;
      });
    out[name] = xml;
  }
  return out;
}

/** Where two texts part, with some text around it (a whole sheet would drown the message). */
function firstDifference(got: string, want: string): { got: string; want: string } | null {
  if (got === want) return null;
  let i = 0;
  while (got[i] === want[i]) i++;
  return { got: got.slice(Math.max(0, i - 120), i + 120), want: want.slice(Math.max(0, i - 120), i + 120) };
}

const dir = tempDir('regulation-rows-');
const written: string[] = [];
afterAll(() => {
  const errors = checkOoxml(written);
  expect(errors.map(findingLine)).toEqual([]);
});

async function expectSameAsExceljs(id: string, content: WorkbookContent) {
  const reference = await writeRegulationWorkbook(content, { bulkRows: false });
  const bulk = await writeRegulationWorkbook(content);
  const a = resolvedParts(reference);
  const b = resolvedParts(bulk);
  expect(Object.keys(b)).toEqual(Object.keys(a));
  for (const name of Object.keys(a)) expect(firstDifference(b[name], a[name]), `${id}: ${name}`).toBeNull();
  const file = path.join(dir, `${id.replace(/[^\w.-]/g, '_')}.xlsx`);
  writeFileSync(file, bulk);
  written.push(file);
}

describe('the bulk rows of a regulation workbook are the rows exceljs writes', () => {
  it.each(DOCS.map((d) => [d.id, d] as const))('%s', async (id, doc) => {
    const { content } = importText(doc.text);
    // The rows really go through the text writer: the clauses at least.
    const sheets = templateSheets(content);
    expect(sheets.filter(isBulkSheet).length, id).toBeGreaterThan(0);
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
    expect(templateSheets(content).some((s) => s.block === 'clauses' && isBulkSheet(s))).toBe(true);
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
