// A school that sent its workbook and the scan of the signed paper (issue 28): batch reads the
// scan by OCR and gives the school ONE row naming both files, saying it was read by OCR, with
// its Kiểm tra lại count, and notes a disagreement only where the two truly disagree; what the
// OCR could not read is said as not compared, never as a difference. Matched to the roster.
// Real files: the worked example (Hoa Mai) and a second school made from it (Hoa Sen), each
// exported to PDF by `phoihop export --pdf`, scanned (pdftoppm pictures in an image-only PDF:
// Hoa Mai at 300 dpi, Hoa Sen at 200 dpi, where OCR loses more), the built CLI's batch over the
// folder, and the report workbook read back with exceljs.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { WorkbookContent } from '../../src/core/template/content';
import { exampleContent } from '../../src/core/template/example';
import { writeRegulationWorkbook } from '../../src/xlsx/write-regulation';
import { ensureBuilt, runChild } from '../helpers/child-cli';
import { tempDir } from '../helpers/cli';
import { checkOoxml, findingLine } from '../helpers/ooxml';
import { exportedPdf } from '../helpers/exported-pdf';
import { scanOf } from '../helpers/scanned-pdf';
import { readReport, sheetRows, type Row } from './report-reader';

const dir = tempDir('phoihop-batch-scan-join-');
const at = (...parts: string[]) => path.join(dir, ...parts);

/** Hoa Sen: the worked example as another school's, with its own numbers. */
function hoaSen(): WorkbookContent {
  const text = JSON.stringify(exampleContent())
    .replace(/MNHM/g, 'MNHS')
    .replace(/HOA MAI/g, 'HOA SEN')
    .replace(/Hoa Mai/g, 'Hoa Sen')
    .replace(/\b15\/QCPH/g, '07/QCPH');
  return JSON.parse(text) as WorkbookContent;
}

/** The scan of a regulation: exported to PDF, its pages pictures at `dpi`. */
async function scanned(content: WorkbookContent, name: string, dpi: number): Promise<string> {
  return scanOf((await exportedPdf(dir, name, content)).pdf, at(`${name}-quet.pdf`), dpi);
}

interface JsonRow {
  file: string;
  school: string;
  number: string;
  document: {
    format: string;
    path: string;
    pages?: number;
    ocr?: boolean;
    toCheck: number;
    disagreements?: string[];
    unchecked?: string[];
  } | null;
}
let rows: JsonRow[];
let roster: {
  totals: Record<string, number>;
  schools: Array<{ code: string; status: string; versions: Array<{ path: string }> }>;
};
let summary: Row[];
let rosterSheet: Row[];
const report = at('bao-cao.xlsx');

beforeAll(async () => {
  ensureBuilt();
  const folder = at('nop');
  for (const school of ['hoa-mai', 'hoa-sen']) mkdirSync(at('nop', school), { recursive: true });
  // Hoa Mai: the workbook and the scan of the same regulation, nothing changed.
  copyFileSync(await scanned(exampleContent(), 'hoa-mai', 300), at('nop', 'hoa-mai', 'ban-quet.pdf'));
  copyFileSync(at('hoa-mai.xlsx'), at('nop', 'hoa-mai', 'quy-che.xlsx'));
  // Hoa Sen: the scan of what was signed; its workbook's date retyped a day later (a true difference).
  copyFileSync(await scanned(hoaSen(), 'hoa-sen', 200), at('nop', 'hoa-sen', 'ban-quet.pdf'));
  const retyped = hoaSen();
  retyped.document.issueDate = '09/10/2026';
  writeFileSync(at('nop', 'hoa-sen', 'quy-che.xlsx'), await writeRegulationWorkbook(retyped));
  const csv = at('danh-sach.csv');
  writeFileSync(
    csv,
    'Mã trường;Tên trường\r\nMN01;Trường Mầm non Hoa Mai\r\nMN02;Trường Mầm non Hoa Sen\r\nMN03;Trường Mầm non Hoa Lan\r\n',
  );
  // Generous per-file limits: the machine may be busy.
  const args = [folder, '--roster', csv, '--as-of', '01/11/2026', '--ocr-seconds', '1000', '--ocr-budget', '3000'];
  const r = await runChild(['batch', ...args, '--format', 'json', '-o', report]);
  expect(r.stderr).toMatch(/Nhận dạng chữ \(OCR\) 2\/2 bản quét/);
  expect(r.stderr).not.toMatch(/\bat \w+ \(/);
  const json = JSON.parse(r.stdout);
  rows = json.files;
  roster = json.roster;
  const read = await readReport(report);
  summary = read.summary;
  rosterSheet = sheetRows(read.wb.getWorksheet('Danh sách trường')!);
});

/** Pages of the school's exported PDF (poppler's pdfinfo), which its scan has too. */
const pagesOf = (school: string) =>
  Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [at(`${school}.pdf`)], { encoding: 'utf8' }))![1]);
const row = (school: string) => rows.find((r) => r.file === `${school}/quy-che.xlsx`)!;
const line = (school: string) => summary.find((r) => r['Tệp'] === `${school}/quy-che.xlsx`)!;

describe('batch: a scan read by OCR beside its workbook', () => {
  it('gives each school one row naming both files, read by OCR, with its Kiểm tra lại count', () => {
    expect(rows.map((r) => r.file).sort()).toEqual(['hoa-mai/quy-che.xlsx', 'hoa-sen/quy-che.xlsx']);
    for (const school of ['hoa-mai', 'hoa-sen']) {
      const doc = row(school).document!;
      expect(doc, school).toMatchObject({
        format: 'pdf',
        path: `${school}/ban-quet.pdf`,
        pages: pagesOf(school),
        ocr: true,
      });
      // Every value OCR read is to be checked.
      expect(doc.toCheck, school).toBeGreaterThan(10);
    }
    expect(summary.map((r) => r['Tệp']).sort()).toEqual(['hoa-mai/quy-che.xlsx', 'hoa-sen/quy-che.xlsx']);
  });

  it('notes a disagreement only where there is one: none for Hoa Mai, the date for Hoa Sen', () => {
    expect(row('hoa-mai').document!.disagreements).toEqual([]);
    expect(row('hoa-sen').document!.disagreements).toEqual(['issueDate']);
  });

  it('says it on the row of the report workbook, in words', () => {
    for (const school of ['hoa-mai', 'hoa-sen']) {
      const doc = row(school).document!;
      const note = String(line(school)['Ghi chú']);
      expect(note, school).toContain(
        `Trường gửi cả văn bản ${school}/ban-quet.pdf (pdf) của cùng quy chế; ${doc.pages} trang; đọc bằng nhận dạng chữ từ ảnh quét; ${doc.toCheck} giá trị cần Kiểm tra lại`,
      );
      const fields: Record<string, string> = {
        number: 'số ký hiệu',
        issueDate: 'ngày ban hành',
        signatories: 'người ký',
        clauses: 'số điều khoản',
      };
      const unchecked = doc.unchecked ?? [];
      if (unchecked.length)
        expect(note, school).toContain(
          `chưa so được vì nhận dạng chữ đọc không chắc: ${unchecked.map((k) => fields[k]).join(', ')}`,
        );
      else expect(note, school).not.toContain('chưa so được');
      // A field is either compared or not, never both.
      expect(
        unchecked.filter((k) => doc.disagreements!.includes(k)),
        school,
      ).toEqual([]);
    }
    expect(String(line('hoa-mai')['Ghi chú'])).not.toContain('khác nhau');
    expect(String(line('hoa-sen')['Ghi chú'])).toMatch(/sổ Excel và văn bản khác nhau ở: ngày ban hành(;|\.$)/);
    // The workbook's own values lead the row.
    expect(line('hoa-sen')).toMatchObject({ 'Số ký hiệu': '07/QCPH-MNHS-CĐ', 'Năm học': '2026-2027' });
  });

  it('matches both schools to the roster, each with one regulation, the third school missing', () => {
    expect(roster.totals).toMatchObject({ schools: 3, submitted: 2, missing: 1, unknown: 0 });
    const versions = (code: string) => roster.schools.find((s) => s.code === code)!.versions.map((v) => v.path);
    expect(versions('MN01')).toEqual(['hoa-mai/quy-che.xlsx']);
    expect(versions('MN02')).toEqual(['hoa-sen/quy-che.xlsx']);
    expect(rosterSheet.map((r) => [r['Mã trường'], r['Tình trạng']])).toEqual([
      ['MN01', 'Đã nộp'],
      ['MN02', 'Đã nộp'],
      ['MN03', 'Chưa nộp'],
    ]);
    expect(line('hoa-mai')).toMatchObject({ 'Đối chiếu danh sách': 'Khớp MN01', 'Tình trạng': 'Đã nộp' });
  });

  it('writes a valid workbook', () => {
    expect(checkOoxml([report]).map(findingLine)).toEqual([]);
  });
});
