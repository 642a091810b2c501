// TrackingSpec → the annual tracking workbook (contract: src/core/tracking-book/contract.ts): Theo dõi, Tổng hợp, Lịch and the
// hidden Danh mục. exceljs (document Workbook + writeBuffer, so it runs in the pane too) lays
// out every sheet (Theo dõi in tracking-sheet.ts, Tổng hợp in tracking-summary.ts, Lịch in tracking-calendar.ts, the shared styles in tracking-style.ts); the per-task rows of Theo dõi and Lịch are spliced in as SpreadsheetML text
// (see sheet-xml.ts) so that ten thousand rows cost little more than writing them plainly.
import ExcelJS from 'exceljs';
import { fitWorkbookText } from './print';
import { strFromU8, unzipSync } from 'fflate';
import { MARKS, TRACKING_SHEETS, provenanceProperties } from '../core/tracking-book/contract';
import { LABELS } from '../core/tracking/labels';
import type { TrackingSpec } from '../core/tracking/spec';
import { entriesOf, fixPackageParts } from './excel-package';
import { zipEntries } from './zip';
import { col, encodeRows, probeStyles, SharedStrings, spliceRows } from './sheet-xml';
import { addCalendarSheet, calendarRowsXml } from './tracking-calendar';
import { addTrackingSheet, FIRST_ROW, LIST_NAME, quote, trackingRowsXml } from './tracking-sheet';
import { addSummarySheet } from './tracking-summary';
import { PROTECTION } from './tracking-style';

export interface WriteTrackingOptions {
  /** Creation time written in the properties and zip entries (tests pin it). */
  now?: Date;
  /** Deflate level when compressing in JavaScript, 1 (fast) – 9 (small). */
  level?: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
  /** Deflate in JavaScript even where the platform compresses natively (tests cover both). */
  portable?: boolean;
}

// ---------------------------------------------------------------- Danh mục and the package

function addListsSheet(wb: ExcelJS.Workbook) {
  const ws = wb.addWorksheet(TRACKING_SHEETS.lists, { state: 'hidden' });
  ws.getCell(1, 1).value = LIST_NAME;
  ws.getCell(1, 1).font = { bold: true };
  const marks = [MARKS.due, MARKS.done, MARKS.notDone];
  marks.forEach((m, i) => (ws.getCell(i + 2, 1).value = m));
  ws.getColumn(1).width = 16;
  wb.definedNames.add(`${quote(TRACKING_SHEETS.lists)}!$A$2:$A$${marks.length + 1}`, LIST_NAME);
}

/** Write the tracking workbook of a spec. Runs in Node and in the browser (no streams, no fs). */
export async function writeTrackingWorkbook(
  spec: TrackingSpec,
  options: WriteTrackingOptions = {},
): Promise<Uint8Array> {
  const now = options.now ?? new Date();
  const wb = new ExcelJS.Workbook();
  const props = provenanceProperties(spec.provenance);
  wb.creator = spec.provenance.generator;
  wb.lastModifiedBy = spec.provenance.generator;
  wb.title = `${LABELS.footer} ${spec.header.kind.toLowerCase()} ${LABELS.schoolYear.toLowerCase()} ${spec.schoolYear.text}`;
  wb.subject = props.subject;
  wb.keywords = props.keywords;
  wb.description = props.description;
  wb.category = LABELS.footer;
  wb.company = spec.provenance.school;
  wb.created = now;
  wb.modified = now;
  // Cached results are right for the file as generated; recalculating on open keeps them right after edits elsewhere.
  wb.calcProperties.fullCalcOnLoad = true;

  const tracking = addTrackingSheet(wb, spec);
  addSummarySheet(wb, spec, tracking);
  const calendar = addCalendarSheet(wb, spec, now);
  addListsSheet(wb);
  for (const ws of wb.worksheets) if (ws.state !== 'hidden') await ws.protect('', PROTECTION);
  wb.views = [{ x: 0, y: 0, width: 28000, height: 16000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];

  fitWorkbookText(wb);
  const stored = await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as ExcelJS.XlsxWriteOptions);
  const files: Record<string, Uint8Array | Uint8Array[]> = unzipSync(new Uint8Array(stored as ArrayBuffer));
  fixPackageParts(files);
  const bytesOf = (name: string) => files[name] as Uint8Array;
  const sst = new SharedStrings(strFromU8(bytesOf('xl/sharedStrings.xml')));
  const sheetPath = (name: string) => `xl/worksheets/sheet${wb.getWorksheet(name)!.id}.xml`;

  const trackingPath = sheetPath(TRACKING_SHEETS.tracking);
  const trackingStyles = probeStyles(strFromU8(bytesOf(trackingPath)), FIRST_ROW);
  files[trackingPath] = spliceRows(
    bytesOf(trackingPath),
    FIRST_ROW,
    encodeRows(trackingRowsXml(spec, trackingStyles, sst)),
  );

  const calendarPath = sheetPath(TRACKING_SHEETS.calendar);
  const calendarStyles = probeStyles(strFromU8(bytesOf(calendarPath)), calendar.headerRow + 1);
  files[calendarPath] = spliceRows(
    bytesOf(calendarPath),
    calendar.headerRow + 1,
    calendarRowsXml(spec, calendar, calendarStyles, sst),
    `A1:${col(8)}${calendar.headerRow + calendar.rows}`,
  );

  files['xl/sharedStrings.xml'] = sst.toXml();

  return zipEntries(entriesOf(files), { mtime: now, level: options.level, portable: options.portable });
}
