// The báo cáo sơ kết / tổng kết in the pane, loaded on first use (the `docx` writer is large): the
// same reader, counting, layout and writer as `phoihop report`, a tracking workbook's grids in,
// the .docx out. No regulation workbook beside it here: the parts only it gives are left for the
// school to write, and the status says so (as the CLI does without --workbook).
import { isTable } from '../core/export';
import type { SheetGrid } from '../core/grid';
import { UserError } from '../core/i18n';
import { buildReportDocument } from '../core/report/document';
import { REPORT_PHRASES } from '../core/report/phrases';
import { buildReport, type ExecutionReport } from '../core/report/report';
import { DEFAULT_CALENDAR } from '../core/tracking-book/calendar';
import { TRACKING_SHEETS } from '../core/tracking-book/contract';
import type { ReportPeriod } from '../core/tracking-book/counting';
import { readTrackingWorkbook } from '../core/tracking-book/read-tracking';
import { foldKey } from '../core/text';
import { parseSchoolYear, schoolYearOf, type IsoDate } from '../core/values';
import { writeReportDocument } from '../docx/write-report';
import { fileNamePart } from './download';

export interface ReportFile {
  bytes: Uint8Array;
  fileName: string;
  report: ExecutionReport;
  signatures: number;
  /** The places marked for the school's own words. */
  blanks: number;
  /** The workbook gave no school year: the as-of date's was taken. */
  yearAssumed: string | null;
}

export async function reportDocument(
  grids: SheetGrid[],
  source: string,
  options: { period: ReportPeriod; asOf: IsoDate; disseminationDays: number },
  generator: string,
): Promise<ReportFile> {
  // The regulation's Phân công (its Thời điểm holds "T10") could pass for a Theo dõi table.
  const sheetNamed = (name: string) => grids.some((g) => foldKey(g.name) === foldKey(name));
  if (sheetNamed('Phân công') && !sheetNamed(TRACKING_SHEETS.tracking))
    throw new UserError('pane.report.isRegulation', { file: source });
  const data = readTrackingWorkbook(grids, {}, { source });
  let yearAssumed: string | null = null;
  if (!data.schoolYear) {
    const start = schoolYearOf(options.asOf);
    data.schoolYear = parseSchoolYear(`${start}-${start + 1}`);
    yearAssumed = data.schoolYear!.text;
  }
  const report = buildReport(data, grids, { ...options, calendar: DEFAULT_CALENDAR });
  const doc = buildReportDocument(report);
  const part = doc.parts[0];
  const marker = REPORT_PHRASES.write('').slice(0, -1);
  const blanks = part.blocks.filter((b) => !isTable(b) && b.runs.some((r) => r.text.startsWith(marker))).length;
  const name = ['bao-cao', options.period === 'hk1' ? 'so-ket-hk1' : 'tong-ket', report.schoolYear]
    .map(fileNamePart)
    .filter(Boolean)
    .join('-');
  return {
    bytes: await writeReportDocument(doc, generator),
    fileName: `${name}.docx`,
    report,
    signatures: part.signatures.length,
    blanks,
    yearAssumed,
  };
}
