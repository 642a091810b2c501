// The batch report as an .xlsx: Tổng hợp (one row per file), Chi tiết (every finding) and
// Theo bên (completion by party). Each sheet: a title block, a header row with autofilter and
// frozen panes, conditional formatting by expression, A4 landscape print set-up.
import ExcelJS from 'exceljs';
import { excelPackage } from './excel-package';
import { fitWorkbookText, printOnA4, type A4Options } from './print';
import { rowHeight } from './row-height';
import {
  BATCH_SHEETS,
  DETAIL_COLUMNS,
  HEADER_ROW,
  numberedDetails,
  PARTY_COLUMNS,
  reviewLabel,
  SUMMARY_COLUMNS,
  supersessionLabel,
  severityLabel,
  yesNo,
  type Column,
} from '../core/batch/columns';
import type { BatchReport } from '../core/batch/report';
import { ROSTER_COLUMNS, rosterSheetRows, rosterSummaryColumns, type RosterReport } from '../core/batch/roster';
import { columnLetter } from '../core/grid';
import { t, type Lang, type MessageKey } from '../core/i18n';
import { formatDateVi } from '../core/values';

export interface BatchXlsxOptions {
  lang: Lang;
  version: string;
  /** The office's roster matched against the folder (batch --roster): Tổng hợp gains two columns, and a sheet follows it. */
  roster?: RosterReport;
}

const FONT = 'Times New Roman';
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };
const solid = (argb: string): ExcelJS.Fill => ({
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb },
  bgColor: { argb },
});
const RED_FILL = solid('FFFDE2E0');
const AMBER_FILL = solid('FFFFEBCC');
const GREEN_FILL = solid('FFE3F1E4');
const RED_FONT: Partial<ExcelJS.Font> = { color: { argb: 'FFC62828' }, bold: true };

const BODY_FONT: Partial<ExcelJS.Font> = { name: FONT, size: 11 };
const BODY_ALIGNMENT: Partial<ExcelJS.Alignment> = { vertical: 'top', wrapText: true };
const BODY = {
  text: { font: BODY_FONT, alignment: BODY_ALIGNMENT },
  date: { font: BODY_FONT, alignment: BODY_ALIGNMENT, numFmt: 'dd/mm/yyyy' },
  percent: { font: BODY_FONT, alignment: BODY_ALIGNMENT, numFmt: '0.0%' },
} satisfies Record<string, Partial<ExcelJS.Style>>;

/** A string for Excel formulas: doubled quotes. */
const quoted = (s: string) => `"${s.replace(/"/g, '""')}"`;

function isoToDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/** Printed columns first, in their order; the screen-only ones after the print area. */
const sheetOrder = <T>(columns: Column<T>[]) => [
  ...columns.filter((c) => !c.screenOnly),
  ...columns.filter((c) => c.screenOnly),
];

function addTable<T>(
  ws: ExcelJS.Worksheet,
  allColumns: Column<T>[],
  rows: T[],
  lang: Lang,
  title: MessageKey,
  subtitle: string,
  print: { frozen: number; across?: A4Options['across'] },
): { first: number; last: number; col: (id: string) => string; width: number } {
  const columns = sheetOrder(allColumns);
  const printed = columns.filter((c) => !c.screenOnly).length;
  ws.getCell('A1').value = t(lang, title);
  ws.getCell('A1').font = { name: FONT, size: 14, bold: true, color: { argb: 'FF1F4E79' } };
  ws.getCell('A2').value = subtitle;
  ws.getCell('A2').font = { name: FONT, size: 11, italic: true };

  const header = ws.getRow(HEADER_ROW);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = t(lang, c.header);
    cell.font = { name: FONT, bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    ws.getColumn(i + 1).width = c.width;
  });
  header.height = Math.max(32, rowHeight(columns.map((c) => [t(lang, c.header), c.width])));

  // One style object per kind of cell: exceljs keeps a style id per object, so thousands of rows
  // cost one style each instead of one per cell (a fresh font object per row was most of the time).
  rows.forEach((r, i) => {
    const row = ws.getRow(HEADER_ROW + 1 + i);
    const texts: Array<[string, number]> = [];
    columns.forEach((c, j) => {
      const v = c.value(r, lang);
      const cell = row.getCell(j + 1);
      if (v === null || v === '') {
        cell.style = BODY.text as ExcelJS.Style;
        return;
      }
      if (c.kind === 'text') texts.push([String(v), c.width]);
      if (c.kind === 'date' && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) {
        cell.value = isoToDate(v);
        cell.style = BODY.date as ExcelJS.Style;
      } else if (c.kind === 'percent' && typeof v === 'number') {
        cell.value = v;
        cell.style = BODY.percent as ExcelJS.Style;
      } else {
        // User text stays text: exceljs writes a string as a string, never as a formula.
        cell.value = v;
        cell.style = BODY.text as ExcelJS.Style;
      }
    });
    // As tall as its longest wrapped text, or a long note prints over the rows below it.
    row.height = rowHeight(texts);
  });

  const last = HEADER_ROW + Math.max(rows.length, 1);
  ws.autoFilter = {
    from: { row: HEADER_ROW, column: 1 },
    to: { row: HEADER_ROW + rows.length, column: columns.length },
  };
  ws.views = [
    {
      state: 'frozen',
      xSplit: print.frozen,
      ySplit: HEADER_ROW,
      topLeftCell: `${columnLetter(print.frozen + 1)}${HEADER_ROW + 1}`,
    },
  ];
  printOnA4(ws, {
    landscape: true,
    titleRow: HEADER_ROW,
    footer: `Phối hợp — ${ws.name}`,
    margins: { left: 0.4, right: 0.4, top: 0.85, bottom: 0.6, header: 0.3, footer: 0.3 },
    // The title block is for the screen; on paper it is the page header, on every page and never cut.
    printArea: `A${HEADER_ROW}:${columnLetter(printed)}${last}`,
    header: [t(lang, title), subtitle],
    across: print.across,
  });
  const index = new Map(columns.map((c, i) => [c.id, columnLetter(i + 1)]));
  return { first: HEADER_ROW + 1, last, col: (id) => index.get(id)!, width: columns.length };
}

/** Conditional formats by expression, numbered in the order they are added. */
function conditionalFormats() {
  let priority = 0;
  return (ws: ExcelJS.Worksheet, ref: string, formula: string, style: Partial<ExcelJS.Style>): void =>
    ws.addConditionalFormatting({
      ref,
      rules: [{ type: 'expression', priority: ++priority, formulae: [formula], style }],
    });
}

export async function writeBatchReportWorkbook(report: BatchReport, options: BatchXlsxOptions): Promise<Uint8Array> {
  const { lang } = options;
  const wb = new ExcelJS.Workbook();
  wb.creator = `Phối hợp ${options.version}`;
  wb.title = t(lang, 'batch.html.title');
  wb.keywords = 'phoihop:batch-report';
  wb.created = new Date();
  const date = formatDateVi(report.asOf);
  const subtitle = t(lang, 'batch.subtitle', { folder: report.folder, date, files: report.totals.files });
  const rule = conditionalFormats();

  // Tổng hợp
  const summary = wb.addWorksheet(BATCH_SHEETS.summary, { properties: { tabColor: { argb: 'FF1F4E79' } } });
  // Tổng hợp is too wide for one readable page: it runs across pages, STT and Trường repeated.
  const summaryColumns = [...SUMMARY_COLUMNS, ...(options.roster ? rosterSummaryColumns(options.roster) : [])];
  const s = addTable(summary, summaryColumns, report.rows, lang, 'batch.title', subtitle, {
    frozen: 3,
    across: { scale: 85, titleColumns: 'A:B' },
  });
  const all = `A${s.first}:${columnLetter(s.width)}${s.last}`;
  const at = (id: string) => `$${s.col(id)}${s.first}`;
  const range = (id: string) => `${s.col(id)}${s.first}:${s.col(id)}${s.last}`;
  rule(summary, all, `${at('errors')}>0`, { fill: RED_FILL });
  rule(summary, range('warnings'), `${at('warnings')}>0`, { fill: AMBER_FILL });
  rule(summary, range('overdue'), `${at('overdue')}>0`, { fill: AMBER_FILL, font: RED_FONT });
  rule(summary, range('missed'), `${at('missed')}>0`, { fill: AMBER_FILL });
  rule(summary, range('reviewState'), `${at('reviewState')}=${quoted(reviewLabel(lang, 'overdue'))}`, {
    fill: AMBER_FILL,
    font: RED_FONT,
  });
  rule(summary, range('supersession'), `${at('supersession')}=${quoted(supersessionLabel(lang, 'problem'))}`, {
    font: RED_FONT,
  });
  rule(summary, range('signatories'), `${at('signatories')}=${quoted(yesNo(lang, false))}`, { font: RED_FONT });
  const late = t(lang, 'batch.dissemination.missing', { codes: '' });
  rule(summary, range('dissemination'), `LEFT(${at('dissemination')},${late.length})=${quoted(late)}`, {
    font: RED_FONT,
  });
  rule(summary, range('rate'), `AND(ISNUMBER(${at('rate')}),${at('rate')}<0.5)`, { fill: RED_FILL, font: RED_FONT });
  rule(summary, range('rate'), `AND(ISNUMBER(${at('rate')}),${at('rate')}>=0.9)`, { fill: GREEN_FILL });
  rule(summary, range('reviewState'), `${at('reviewState')}=${quoted(reviewLabel(lang, 'unknown'))}`, {
    fill: AMBER_FILL,
  });

  if (options.roster) {
    const roster = options.roster;
    // Danh sách trường: the roster's schools with what each sent, then the files no school on it claims.
    const sheet = wb.addWorksheet(t(lang, 'batch.sheet.roster'), { properties: { tabColor: { argb: 'FFC62828' } } });
    const rosterSubtitle = t(lang, 'batch.roster.subtitle', {
      roster: roster.file,
      schools: roster.totals.schools,
      folder: report.folder,
      date,
    });
    const r = addTable(sheet, ROSTER_COLUMNS, rosterSheetRows(roster), lang, 'batch.roster.title', rosterSubtitle, {
      frozen: 2,
    });
    // The totals under the subtitle, as the console and the HTML say them.
    sheet.mergeCells(`A3:${columnLetter(ROSTER_COLUMNS.length)}3`);
    sheet.getCell('A3').value = t(lang, 'batch.console.roster', roster.totals);
    sheet.getCell('A3').font = { name: FONT, size: 11, bold: true };
    const rall = `A${r.first}:${columnLetter(ROSTER_COLUMNS.length)}${r.last}`;
    const state = `$${r.col('rosterStatus')}${r.first}`;
    rule(sheet, rall, `${state}=${quoted(t(lang, 'batch.roster.status.missing'))}`, { fill: RED_FILL });
    rule(sheet, rall, `${state}=${quoted(t(lang, 'batch.roster.status.ambiguous'))}`, { fill: AMBER_FILL });
    rule(sheet, rall, `${state}=${quoted(t(lang, 'batch.roster.status.notOnRoster'))}`, { fill: AMBER_FILL });
    rule(summary, range('rosterStatus'), `${at('rosterStatus')}<>${quoted(t(lang, 'batch.roster.status.submitted'))}`, {
      font: RED_FONT,
    });
  }

  // Chi tiết
  const details = wb.addWorksheet(BATCH_SHEETS.details);
  const d = addTable(details, DETAIL_COLUMNS, numberedDetails(report.details), lang, 'batch.detailTitle', subtitle, {
    frozen: 2,
  });
  const sev = `$${d.col('severity')}${d.first}`;
  const drange = `A${d.first}:${columnLetter(d.width)}${d.last}`;
  rule(details, drange, `${sev}=${quoted(severityLabel(lang, 'error'))}`, { fill: RED_FILL });
  rule(details, drange, `${sev}=${quoted(severityLabel(lang, 'warning'))}`, { fill: AMBER_FILL });

  // Theo bên
  const parties = wb.addWorksheet(BATCH_SHEETS.parties);
  const p = addTable(parties, PARTY_COLUMNS, report.parties, lang, 'batch.partyTitle', subtitle, { frozen: 0 });
  for (const id of ['rate', 'involvedRate']) {
    const cell = `$${p.col(id)}${p.first}`;
    const ref = `${p.col(id)}${p.first}:${p.col(id)}${p.last}`;
    rule(parties, ref, `AND(ISNUMBER(${cell}),${cell}<0.5)`, { fill: RED_FILL, font: RED_FONT });
    rule(parties, ref, `AND(ISNUMBER(${cell}),${cell}>=0.9)`, { fill: GREEN_FILL });
  }
  rule(parties, `${p.col('unsigned')}${p.first}:${p.col('unsigned')}${p.last}`, `$${p.col('unsigned')}${p.first}>0`, {
    font: RED_FONT,
  });

  fitWorkbookText(wb);
  // Stored, not deflated: excelPackage puts the parts in Excel's order and deflates them once.
  const stored = await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as ExcelJS.XlsxWriteOptions);
  return excelPackage(stored as ArrayBuffer);
}
