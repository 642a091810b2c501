// Everything that needs exceljs, loaded on first use as its own webpack chunk (~235 KB gzipped):
// writing the template and the generated workbooks; reading an upload too (with the CLI's lean
// reader, not exceljs). The pane's first paint never waits for it.
import type { SheetGrid } from '../core/grid';
import type { RegulationModel } from '../core/model';
import type { Finding } from '../core/rules/types';
import { DEFAULT_CALENDAR } from '../core/tracking-book/calendar';
import { buildTrackingSpec } from '../core/tracking/spec';
import { emptyContent, type WorkbookContent } from '../core/template/content';
import { readXlsxBytes } from '../xlsx/read-bytes';
import { writeRegulationWorkbook } from '../xlsx/write-regulation';
import { writeTrackingWorkbook } from '../xlsx/write-tracking';
import { checkUploadedXlsx } from './check-bytes';
import { fileNamePart } from './download';

/**
 * An uploaded .xlsx as grids, read and refused exactly as the CLI reads a file (the same checks
 * and lean reader; fflate inflates), so any workbook the CLI reads, the pane reads. exceljs is
 * not used to read: it fails on files other programs save (openpyxl's absolute part paths).
 */
export async function gridsFromUpload(bytes: Uint8Array, file: string): Promise<SheetGrid[]> {
  checkUploadedXlsx(bytes, file);
  return readXlsxBytes(bytes, file).grids;
}

export function templateWorkbook(): Promise<Uint8Array> {
  return writeRegulationWorkbook(emptyContent());
}

export function regulationWorkbook(content: WorkbookContent): Promise<Uint8Array> {
  return writeRegulationWorkbook(content);
}

export interface GeneratedWorkbook {
  bytes: Uint8Array;
  fileName: string;
  /** Notes on the month plan (tasks whose months could not be taken as written). */
  notes: Finding[];
}

/** The annual tracking workbook of a checked regulation (the same builder and writer as `phoihop track`). */
export async function trackingWorkbook(model: RegulationModel, generator: string): Promise<GeneratedWorkbook> {
  const spec = buildTrackingSpec(model, { calendar: DEFAULT_CALENDAR, generator });
  const bytes = await writeTrackingWorkbook(spec);
  const number = fileNamePart(spec.provenance.sourceNumber);
  return {
    bytes,
    fileName: `so-theo-doi-${spec.schoolYear.text}${number ? '-' + number : ''}.xlsx`,
    notes: spec.notes,
  };
}
