// Phổ biến in the office's report: per regulation, whether the block records anything and which
// signing parties are late or missing once the period is over. Through the inspector on models,
// then through `phoihop batch` on real files (one workbook made before the block existed), read
// back from the .xlsx with exceljs, from the CSV and from the HTML.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { disseminationLabel } from '../../src/core/batch/columns';
import { regulationFacts } from '../../src/core/batch/inspect';
import { contentToGrids, example, exampleWith, modelOf } from '../helpers/content-grids';
import { readWorkbook } from '../../src/core/read-workbook';
import { runCli, tempDir } from '../helpers/cli';
import { regulationBytes, school, schoolContent } from '../helpers/school-workbooks';
import { writeRegulationWorkbook } from '../../src/xlsx/write-regulation';
import { readReport } from './report-reader';

const withoutCd = () =>
  exampleWith((c) => {
    c.blocks.disseminations = c.blocks.disseminations!.filter((d) => d.partyCode !== 'CD');
  });
const label = (content: ReturnType<typeof example>, asOf: string, disseminationDays?: number) =>
  disseminationLabel('vi', regulationFacts(modelOf(content), { asOf, disseminationDays }).dissemination!);

describe('Phổ biến per regulation (the example is issued on 08/10/2026)', () => {
  it('every signing party in time', () => {
    expect(label(example(), '2027-03-01')).toBe('Đủ các bên');
  });
  it('a party missing once the period is over, still in time before', () => {
    expect(label(withoutCd(), '2026-11-08')).toBe('Thiếu: CD');
    expect(label(withoutCd(), '2026-11-07')).toBe('Còn hạn đến 07/11/2026: CD');
  });
  it('the office period changes the deadline', () => {
    expect(label(example(), '2027-03-01', 5)).toBe('Thiếu: CDTN, CMHS');
  });
  it('a workbook without the block reads, and says nothing is recorded', () => {
    const grids = contentToGrids(example()).filter((g) => g.name !== 'Phổ biến');
    const model = readWorkbook(grids, { source: 'cu.xlsx' });
    expect(model.missingBlocks).toEqual([]);
    expect(regulationFacts(model, { asOf: '2027-03-01' }).dissemination).toEqual({
      recorded: false,
      late: [],
      pending: [],
      due: '2026-11-07',
    });
    expect(disseminationLabel('en', regulationFacts(model).dissemination!)).toBe('Not recorded');
  });
});

describe('phoihop batch shows Phổ biến per school', () => {
  it('in the .xlsx, the CSV and the HTML, with the warnings counted', async () => {
    const root = tempDir('phoihop-phobien-');
    const dir = path.join(root, 'ho-so');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'a-du.xlsx'), await regulationBytes(school(0)));
    const late = schoolContent(school(1));
    late.blocks.disseminations = late.blocks.disseminations!.filter((d) => d.partyCode !== 'CMHS');
    writeFileSync(path.join(dir, 'b-thieu.xlsx'), await writeRegulationWorkbook(late));
    // A workbook made before the block: the sheet removed by another writer's hand.
    const old = new ExcelJS.Workbook();
    await old.xlsx.load(Buffer.from(await regulationBytes(school(2))) as never);
    old.removeWorksheet(old.getWorksheet('Phổ biến')!.id);
    await old.xlsx.writeFile(path.join(dir, 'c-cu.xlsx'));

    const xlsx = path.join(root, 'bao-cao.xlsx');
    const html = path.join(root, 'bao-cao.html');
    const args = ['batch', dir, '--jobs', '1', '--as-of', '01/03/2026'];
    expect((await runCli(...args, '-o', xlsx, '--html', html)).code).toBe(0);
    const { summary, details } = await readReport(xlsx);
    const byFile = Object.fromEntries(summary.map((r) => [r['Tệp'], r]));
    expect(byFile['a-du.xlsx']['Phổ biến']).toBe('Đủ các bên');
    expect(byFile['b-thieu.xlsx']['Phổ biến']).toBe('Thiếu: CMHS');
    expect(byFile['c-cu.xlsx']['Phổ biến']).toBe('Chưa ghi');
    expect(byFile['b-thieu.xlsx']['Cảnh báo']).toBe(1);
    expect(byFile['c-cu.xlsx']['Lỗi']).toBe(0);
    expect(details.filter((d) => d['Quy tắc'] === 'dissemination-recorded').map((d) => d['Tệp'])).toEqual([
      'b-thieu.xlsx',
    ]);
    const csv = (await runCli(...args, '--format', 'csv')).stdout.replace(/^\uFEFF/, '').split('\r\n');
    const col = csv[0].split(',').indexOf('Phổ biến');
    expect(col).toBeGreaterThan(0);
    expect(csv.find((l) => l.startsWith('2,'))!.split(',')[col]).toBe('Thiếu: CMHS');
    expect(readFileSync(html, 'utf8')).toContain('Thiếu: CMHS');
  });
});
