// Everything that needs exceljs, loaded on first use as its own webpack chunk (~235 KB gzipped):
// reading an uploaded file, writing the template and the generated workbooks. The pane's first
// paint never waits for it.
import type { SheetGrid } from '../core/grid';
import { msg, UserError } from '../core/i18n';
import type { RegulationModel } from '../core/model';
import type { Finding } from '../core/rules/types';
import { DEFAULT_CALENDAR } from '../core/tracking/calendar';
import { buildTrackingSpec } from '../core/tracking/spec';
import { emptyContent, type WorkbookContent } from '../core/template/content';
import { gridsFromWorkbook, loadWorkbook } from '../xlsx/read-grids';
import { writeRegulationWorkbook } from '../xlsx/write-regulation';
import { writeTrackingWorkbook } from '../xlsx/write-tracking';
import { BROWSER_LIMITS, checkUploadedXlsx } from './check-bytes';
import { fileNamePart } from './download';

/** An uploaded .xlsx as grids, refused the way the CLI refuses a bad file. */
export async function gridsFromUpload(bytes: Uint8Array, file: string): Promise<SheetGrid[]> {
  checkUploadedXlsx(bytes, file);
  try {
    return gridsFromWorkbook(await loadWorkbook(bytes, BROWSER_LIMITS.rowsPerSheet + 20));
  } catch (e) {
    const detail = (e as Error).message ?? String(e);
    if (/Max .* count .* exceeded/.test(detail)) {
      throw new UserError('input.tooManyRows', {
        file,
        sheet: '?',
        rows: `> ${BROWSER_LIMITS.rowsPerSheet}`,
        limit: BROWSER_LIMITS.rowsPerSheet,
      });
    }
    throw new UserError('input.notXlsx', { file, detail: msg('detail.damagedXlsx', {}, detail) });
  }
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
