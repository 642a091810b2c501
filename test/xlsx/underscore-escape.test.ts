// Text that holds `_xHHHH_` comes back as written. SpreadsheetML reads `_x0041_` in a cell or a
// note as the escaped character "A", so a writer must store a literal one with its underscore
// escaped (`_x005F_x0041_`). Checked on the regulation workbook (cells of every sheet kind and the
// import's notes) and the tracking workbook (exceljs's cells and our spliced rows), read back by
// our reader, by exceljs and by LibreOffice (as CSV); each file checked by check-ooxml.py.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import type { SheetGrid } from '../../src/core/grid';
import { readWorkbook } from '../../src/core/read-workbook';
import { buildTrackingSpec } from '../../src/core/tracking/spec';
import { findSoffice } from '../../src/node/pdf';
import { readXlsxBytes } from '../../src/xlsx/read-bytes';
import { gridsFromWorkbook, loadWorkbook } from '../../src/xlsx/read-grids';
import { escapeUnderscoreHex } from '../../src/xlsx/sheet-xml';
import { writeRegulationWorkbook } from '../../src/xlsx/write-regulation';
import { writeTrackingWorkbook } from '../../src/xlsx/write-tracking';
import { tempDir } from '../helpers/cli';
import { example } from '../helpers/content-grids';
import { checkOoxml, findingLine } from '../helpers/ooxml';

const TRICKY = [
  'Mục _x0041_ của văn bản',
  'lower case _x004a_ too',
  'escaped already _x005F_x0041_',
  '__x0041__ doubled',
  '_x00e9_ and _x1EA0_',
  'not an escape: _X0041_ _x41_ _x0041',
];

const dir = tempDir('underscore-escape-');
const written: string[] = [];
afterAll(() => {
  expect(checkOoxml(written).map(findingLine)).toEqual([]);
});

function save(name: string, bytes: Uint8Array): string {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  written.push(file);
  return file;
}

const cells = (grids: SheetGrid[], sheet: string) => grids.find((g) => g.name === sheet)!.rows.flat();
const notes = (grids: SheetGrid[], sheet: string) => Object.values(grids.find((g) => g.name === sheet)!.notes ?? {});

/** Each sheet of a workbook as CSV lines, as LibreOffice saves it. */
function libreOfficeCsv(file: string): Record<string, string> {
  const out = path.join(dir, `csv-${path.basename(file, '.xlsx')}`);
  mkdirSync(out, { recursive: true });
  const run = spawnSync(
    findSoffice()!,
    [
      `-env:UserInstallation=file://${path.join(dir, 'profile')}`,
      '--headless',
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
      '--outdir',
      out,
      file,
    ],
    { encoding: 'utf8', timeout: 120_000 },
  );
  expect(run.status, run.stderr).toBe(0);
  const sheets: Record<string, string> = {};
  for (const name of readdirSync(out))
    sheets[name.slice(path.basename(file, '.xlsx').length + 1, -4)] = readFileSync(path.join(out, name), 'utf8');
  return sheets;
}

describe('escapeUnderscoreHex', () => {
  it('escapes every _xHHHH_ (either case of hex) and nothing else', () => {
    expect(escapeUnderscoreHex('_x0041_')).toBe('_x005F_x0041_');
    expect(escapeUnderscoreHex('a_x004a_b_x1EA0_')).toBe('a_x005F_x004a_b_x005F_x1EA0_');
    expect(escapeUnderscoreHex('_x005F_x0041_')).toBe('_x005F_x005F_x005F_x0041_');
    expect(escapeUnderscoreHex('_X0041_ _x41_ _x0041 _xG041_')).toBe('_X0041_ _x41_ _x0041 _xG041_');
  });
});

describe('a literal _xHHHH_ comes back as written', () => {
  it('regulation workbook: cells and notes, by our reader, exceljs and LibreOffice', async () => {
    const content = example();
    const clauses = content.blocks.clauses ?? [];
    content.blocks.clauses = TRICKY.map((text, i) => ({ ...clauses[i % clauses.length], id: `K${i + 1}`, text }));
    content.document.title = TRICKY[0];
    content.notes = { clauses: { 0: `Đọc từ dòng 3: ${TRICKY[1]}` } };
    content.extraSheets = [{ name: 'Dòng chưa xếp', headers: ['Dòng', 'Nội dung'], rows: [[7, TRICKY[2]]] }];
    const bytes = await writeRegulationWorkbook(content);
    const file = save('quy-che.xlsx', bytes);
    // Stored escaped: the shared strings hold no bare escape of these texts.
    expect(strFromU8(unzipSync(bytes)['xl/sharedStrings.xml'])).toContain('Mục _x005F_x0041_ của');

    const ours = readXlsxBytes(bytes, file).grids;
    const theirs = gridsFromWorkbook(await loadWorkbook(bytes));
    for (const grids of [ours, theirs]) {
      expect(cells(grids, 'Điều khoản')).toEqual(expect.arrayContaining(TRICKY));
      expect(cells(grids, 'Văn bản')).toContain(TRICKY[0]);
      expect(cells(grids, 'Dòng chưa xếp')).toContain(TRICKY[2]);
      expect(notes(grids, 'Điều khoản')).toEqual([`Đọc từ dòng 3: ${TRICKY[1]}`]);
      expect(readWorkbook(grids, { source: file }).clauses.map((c) => c.text)).toEqual(TRICKY);
    }

    const csv = libreOfficeCsv(file);
    for (const text of TRICKY) expect(csv['Điều khoản']).toContain(text);
    expect(csv['Văn bản']).toContain(TRICKY[0]);
    expect(csv['Dòng chưa xếp']).toContain(TRICKY[2]);
  });

  it('tracking workbook: tasks and parties, by our reader and exceljs', async () => {
    const content = example();
    const tasks = content.blocks.responsibilities ?? [];
    content.blocks.responsibilities = tasks.map((r, i) => ({ ...r, task: TRICKY[i % TRICKY.length] }));
    const regulation = await writeRegulationWorkbook(content);
    const model = readWorkbook(readXlsxBytes(regulation, 'quy-che.xlsx').grids, { source: 'quy-che.xlsx' });
    expect(model.responsibilities.map((r) => r.task)).toEqual(content.blocks.responsibilities.map((r) => r.task));
    const bytes = await writeTrackingWorkbook(buildTrackingSpec(model, { generator: 'phoihop test' }));
    const file = save('theo-doi.xlsx', bytes);
    for (const grids of [readXlsxBytes(bytes, file).grids, gridsFromWorkbook(await loadWorkbook(bytes))]) {
      const all = grids.flatMap((g) => g.rows.flat());
      for (const text of TRICKY) expect(all).toContain(text);
      // No other copy of a task (the month plan's) decoded or escaped twice.
      const copies = all.filter((v): v is string => typeof v === 'string' && v.includes('escaped already'));
      for (const v of copies) expect(v).toContain(TRICKY[2]);
    }
  });
});
