// Regulation workbooks for the add-in tests: written by the product's own template writer
// (as a clerk's file would be), read back by the CLI path, and poured into the Excel fake as
// Excel would hold them (dates as serial numbers with a date format, errors as #N/A text).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CellValue, SheetGrid } from '../../src/core/grid';
import { isCellError, columnLetter } from '../../src/core/grid';
import type { WorkbookContent } from '../../src/core/template/content';
import { gridsFromWorkbook, loadWorkbook } from '../../src/xlsx/read-grids';
import { writeRegulationWorkbook } from '../../src/xlsx/write-regulation';
import { example, exampleWith } from '../helpers/content-grids';
import { FakeWorkbook, type FakeOptions, type FakeSheetInit, type FakeValue } from './fake-excel';

/** The worked example with a dozen mistakes a clerk makes (errors, warnings, a real date). */
export function faultyContent(): WorkbookContent {
  return exampleWith((c) => {
    c.document.schoolYear = '2026-2028';
    c.document.reviewCadence = 'thỉnh thoảng';
    c.document.issueDate = new Date(Date.UTC(2026, 9, 8));
    c.document.number = '15 QCPH';
    c.blocks.signatories = c.blocks.signatories!.filter((s) => s.partyCode !== 'CMHS');
    c.blocks.signatories![1].capacity = '';
    const r = c.blocks.responsibilities!;
    r[2].lead = 'XYZ';
    r[3].support = 'NT, ABC';
    r[5].cadence = '';
    r[4].months = '';
    r[6].clauseId = 'D9';
    c.blocks.legalBases![1].date = '';
    c.blocks.recipients = c.blocks.recipients!.filter((x) => !String(x.recipient).startsWith('Lưu'));
  });
}

/** The example with its Phân công block grown to `rows` rows (codes cycle, all valid). */
export function bigContent(rows: number): WorkbookContent {
  const c = example();
  const base = c.blocks.responsibilities!;
  c.blocks.responsibilities = Array.from({ length: rows }, (_, i) => ({
    ...base[i % base.length],
    no: i + 1,
    task: `${base[i % base.length].task} (đợt ${i + 1})`,
  }));
  return c;
}

export async function xlsxOf(content: WorkbookContent): Promise<Uint8Array> {
  return writeRegulationWorkbook(content);
}

export async function gridsOf(bytes: Uint8Array): Promise<SheetGrid[]> {
  return gridsFromWorkbook(await loadWorkbook(bytes));
}

export function saveTemp(dir: string, name: string, bytes: Uint8Array): string {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

const toSerial = (d: Date) => d.getTime() / 86_400_000 + 25569;

/** A grid as Excel holds it: the fake's sheet description. */
export function sheetFromGrid(grid: SheetGrid): FakeSheetInit {
  const formats: Record<string, string> = {};
  const rows = grid.rows.map((row, r) =>
    Array.from(row ?? [], (v: CellValue | undefined, c) => {
      if (v instanceof Date) {
        formats[`${columnLetter(c + 1)}${r + 1}`] = 'dd/mm/yyyy';
        return toSerial(v);
      }
      if (isCellError(v)) return v.error;
      return (v ?? null) as FakeValue | null;
    }),
  );
  return {
    name: grid.name,
    rows,
    formats,
    tables: (grid.tables ?? []).map((t) => ({ name: t.name, address: t.range })),
    notes: grid.notes,
  };
}

export function fakeFromGrids(grids: SheetGrid[], options: FakeOptions = {}): FakeWorkbook {
  return new FakeWorkbook(grids.map(sheetFromGrid), options);
}

/** What a finding list says where: the comparison the issue asks for (rule id, sheet, cell). */
export function placesOf(findings: Array<{ ruleId: string; sheet: string; cell: string | null }>): string[] {
  return findings.map((f) => `${f.ruleId} @ ${f.sheet}!${f.cell ?? ''}`).sort();
}
