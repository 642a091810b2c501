// Real files in, real files out: a regulation .xlsx is written, read as `track` reads it, and the
// generated tracking workbook is loaded back with exceljs (and unzipped, for the raw XML).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import type { RegulationModel } from '../../src/core/model';
import type { ContentRow, WorkbookContent } from '../../src/core/template/content';
import { exampleContent } from '../../src/core/template/example';
import { TRACKING_SHEETS } from '../../src/core/tracking-book/contract';
import { buildTrackingSpec, type TrackingOptions, type TrackingSpec } from '../../src/core/tracking/spec';
import { readRegulationFile } from '../../src/node/regulation-file';
import { writeRegulationWorkbook } from '../../src/xlsx/write-regulation';
import { writeTrackingWorkbook, type WriteTrackingOptions } from '../../src/xlsx/write-tracking';
import { tempDir } from '../helpers/cli';

export const DIR = tempDir('phoihop-track-');
let counter = 0;

export interface Generated {
  input: string;
  model: RegulationModel;
  spec: TrackingSpec;
  bytes: Uint8Array;
  wb: ExcelJS.Workbook;
  /** Raw XML of each sheet, by sheet name. */
  xml: Record<string, string>;
  output: string;
}

/** Write content as a regulation .xlsx and return its path. */
export async function regulationFile(content: WorkbookContent, name = `quy-che-${++counter}.xlsx`): Promise<string> {
  const file = path.join(DIR, name);
  writeFileSync(file, await writeRegulationWorkbook(content));
  return file;
}

export async function loadXlsx(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as never);
  return wb;
}

export function sheetXml(bytes: Uint8Array, wb: ExcelJS.Workbook): Record<string, string> {
  const files = unzipSync(bytes);
  const out: Record<string, string> = {};
  for (const ws of wb.worksheets) out[ws.name] = strFromU8(files[`xl/worksheets/sheet${ws.id}.xml`]);
  out['[sharedStrings]'] = strFromU8(files['xl/sharedStrings.xml']);
  out['[workbook]'] = strFromU8(files['xl/workbook.xml']);
  return out;
}

export async function generate(
  content: WorkbookContent,
  options: Partial<TrackingOptions> = {},
  write: WriteTrackingOptions = {},
): Promise<Generated> {
  const input = await regulationFile(content);
  const { model } = await readRegulationFile(input);
  const spec = buildTrackingSpec(model, { generator: 'phoihop test', ...options });
  const bytes = await writeTrackingWorkbook(spec, write);
  const output = input.replace(/\.xlsx$/, '-theo-doi.xlsx');
  writeFileSync(output, bytes);
  const wb = await loadXlsx(bytes);
  return { input, model, spec, bytes, wb, xml: sheetXml(bytes, wb), output };
}

export const tracking = (g: Generated) => g.wb.getWorksheet(TRACKING_SHEETS.tracking)!;
export const summary = (g: Generated) => g.wb.getWorksheet(TRACKING_SHEETS.summary)!;
export const agenda = (g: Generated) => g.wb.getWorksheet(TRACKING_SHEETS.calendar)!;

/** The worked example with its responsibilities replaced. */
export function withResponsibilities(rows: ContentRow[], change?: (c: WorkbookContent) => void): WorkbookContent {
  const c = structuredClone(exampleContent());
  c.blocks.responsibilities = rows;
  change?.(c);
  return c;
}

export const responsibility = (
  no: number,
  cadence: string,
  months = '',
  extra: Partial<ContentRow> = {},
): ContentRow => ({
  no,
  clauseId: 'D2',
  task: `Nhiệm vụ ${no}: ${cadence}${months ? ` (${months})` : ''}`,
  lead: 'NT',
  support: 'CD',
  cadence,
  months,
  evidence: 'Biên bản',
  note: '',
  ...extra,
});

/** Plain text of a cell as exceljs reads it (rich text joined, formulas as their result). */
export function text(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  if (typeof v === 'object' && ('result' in v || 'formula' in v || 'sharedFormula' in v))
    return String((v as ExcelJS.CellFormulaValue).result ?? '');
  return String(v);
}

/** The header row of the year's calendar on Lịch (below this month's page). */
export function calendarHeaderRow(ws: ExcelJS.Worksheet): number {
  for (let r = 1; r <= ws.rowCount; r++)
    if (text(ws.getCell(r, 1)) === 'Tháng' && text(ws.getCell(r, 2)) === 'STT') return r;
  throw new Error('no calendar header on Lịch');
}
