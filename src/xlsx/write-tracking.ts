// TrackingSpec → the annual tracking workbook (contract: src/core/tracking/contract.ts): Theo dõi, Tổng hợp, Lịch and the
// hidden Danh mục. exceljs (document Workbook + writeBuffer, so it runs in the pane too) lays
// out every sheet; the per-task rows of Theo dõi and Lịch are spliced in as SpreadsheetML text
// (see sheet-xml.ts) so that ten thousand rows cost little more than writing them plainly.
import ExcelJS from 'exceljs';
import { fitWorkbookText, printOnA4 } from './print';
import { strFromU8, unzipSync } from 'fflate';
import { monthList } from '../core/tracking/calendar';
import {
  MARKS,
  TRACKING_HEADERS,
  TRACKING_LAYOUT,
  TRACKING_SHEETS,
  provenanceProperties,
} from '../core/tracking/contract';
import { LABELS, NATIONAL_HEADING, NATIONAL_MOTTO } from '../core/tracking/labels';
import { isDue, type TrackingRow, type TrackingSpec } from '../core/tracking/spec';
import { zipEntries } from './zip';
import {
  col,
  emptyCell,
  encodeRows,
  formulaCell,
  numberCell,
  probeStyles,
  rowXml,
  RowSink,
  SharedStrings,
  spliceRows,
  textCell,
} from './sheet-xml';

export interface WriteTrackingOptions {
  /** Creation time written in the properties and zip entries (tests pin it). */
  now?: Date;
  /** Deflate level when compressing in JavaScript, 1 (fast) – 9 (small). */
  level?: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
  /** Deflate in JavaScript even where the platform compresses natively (tests cover both). */
  portable?: boolean;
}

const FONT = 'Times New Roman';
const HEADER_ROW = TRACKING_LAYOUT.headerRow;
const FIRST_ROW = HEADER_ROW + 1;
const M0 = TRACKING_LAYOUT.firstMonthColumn;
const RATE_COL = M0 + 12;
const EVIDENCE_COL = RATE_COL + 1;
const NOTE_COL = RATE_COL + 2;
const LAST_COL = NOTE_COL;
const MONTH_WIDTH = 8;

/** Theo dõi columns, left to right (the contract's headers; month headers come from the spec). */
const TRACKING_COLUMNS: Array<{ header: string; width: number }> = [
  { header: TRACKING_HEADERS.no, width: 5 },
  { header: TRACKING_HEADERS.clauseId, width: 7.5 },
  { header: TRACKING_HEADERS.task, width: 34 },
  { header: TRACKING_HEADERS.lead, width: 7.5 },
  { header: TRACKING_HEADERS.support, width: 11 },
  { header: TRACKING_HEADERS.cadence, width: 10.5 },
];

const LIST_NAME = 'DS_DanhDau';
const quote = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;

// ---------------------------------------------------------------- styles (shared objects: exceljs
// caches a style id per object, so one object per kind keeps styling constant-cost)
type Style = Partial<ExcelJS.Style>;
const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF808080' } };
const BORDER: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const solid = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
const font = (size = 11, extra: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> => ({ name: FONT, size, ...extra });
const UNLOCKED: Partial<ExcelJS.Protection> = { locked: false };

const STYLE = {
  text: { font: font(), alignment: { vertical: 'top', wrapText: true }, border: BORDER },
  center: { font: font(), alignment: { vertical: 'top', horizontal: 'center', wrapText: true }, border: BORDER },
  input: { font: font(), alignment: { vertical: 'top', wrapText: true }, border: BORDER, protection: UNLOCKED },
  due: {
    font: font(10),
    alignment: { vertical: 'middle', horizontal: 'center', shrinkToFit: true },
    border: BORDER,
    protection: UNLOCKED,
  },
  off: { font: font(10), fill: solid('FFD9D9D9'), border: BORDER },
  rate: { font: font(), numFmt: '0%', alignment: { vertical: 'top', horizontal: 'center' }, border: BORDER },
  header: {
    font: font(11, { bold: true }),
    fill: solid('FFDDEBF7'),
    alignment: { vertical: 'middle', horizontal: 'center', wrapText: true },
    border: BORDER,
  },
  band: {
    font: font(11, { bold: true }),
    fill: solid('FFEDEDED'),
    alignment: { vertical: 'middle' },
    border: { top: thin, bottom: thin },
  },
  number: { font: font(), alignment: { vertical: 'top', horizontal: 'center' }, border: BORDER },
  total: { font: font(11, { bold: true }), alignment: { vertical: 'top', horizontal: 'center' }, border: BORDER },
  totalLabel: { font: font(11, { bold: true }), alignment: { vertical: 'top' }, border: BORDER },
  totalRate: {
    font: font(11, { bold: true }),
    numFmt: '0%',
    alignment: { vertical: 'top', horizontal: 'center' },
    border: BORDER,
  },
  title: { font: font(14, { bold: true }), alignment: { vertical: 'middle', horizontal: 'center', wrapText: true } },
  heading: { font: font(12, { bold: true }), alignment: { vertical: 'middle', horizontal: 'center' } },
  plain: { font: font(12), alignment: { vertical: 'middle', horizontal: 'center' } },
  italic: { font: font(11, { italic: true }), alignment: { vertical: 'middle', horizontal: 'center', wrapText: true } },
  legend: { font: font(10, { italic: true }), alignment: { vertical: 'middle', horizontal: 'left', wrapText: true } },
  dateLine: {
    font: font(12, { italic: true }),
    alignment: { vertical: 'middle', horizontal: 'center' },
    protection: UNLOCKED,
  },
  nameInput: {
    font: font(12, { bold: true }),
    alignment: { vertical: 'middle', horizontal: 'center' },
    protection: UNLOCKED,
  },
  section: { font: font(12, { bold: true }), alignment: { vertical: 'middle' } },
} satisfies Record<string, Style>;

const PROTECTION: Partial<ExcelJS.WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
  autoFilter: true,
  sort: false,
  insertRows: false,
  deleteRows: false,
};

// ---------------------------------------------------------------- helpers

/** A rough line count for wrapped text, so printed rows are tall enough (Excel does not autofit on open). */
function lines(text: string, width: number): number {
  if (!text) return 1;
  const perLine = Math.max(1, width * 1.12 - 1);
  if (!text.includes('\n')) return Math.max(1, Math.ceil(text.length / perLine));
  let n = 0;
  for (const part of text.split('\n')) n += Math.max(1, Math.ceil(part.length / perLine));
  return n;
}
const heightFor = (n: number) => Math.max(18, Math.round(n * 14.5 + 4));

function cellStyle(cell: ExcelJS.Cell, style: Style, value?: ExcelJS.CellValue) {
  if (value !== undefined) cell.value = value;
  cell.style = style as ExcelJS.Style;
}

function put(ws: ExcelJS.Worksheet, range: string, value: ExcelJS.CellValue, style: Style) {
  if (range.includes(':')) ws.mergeCells(range);
  const master = ws.getCell(range.split(':')[0]);
  cellStyle(master, style, value);
}

function printSetup(ws: ExcelJS.Worksheet, titleRow: number, lastRow: number, lastCol: number, footer: string) {
  printOnA4(ws, {
    landscape: true,
    titleRow,
    footer,
    pageLabel: LABELS.page('&P', '&N'),
    horizontalCentered: true,
    printArea: `A1:${col(lastCol)}${lastRow}`,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.25, footer: 0.3 },
  });
}

type Validations = { add(range: string, validation: ExcelJS.DataValidation): void };
const validations = (ws: ExcelJS.Worksheet) => (ws as unknown as { dataValidations: Validations }).dataValidations;

const SOLID_CF = (bg: string, color: string, bold = false): Partial<ExcelJS.Style> => ({
  fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: bg } },
  font: { color: { argb: color }, bold },
});

// ---------------------------------------------------------------- Theo dõi

interface TrackingLayout {
  last: number;
  monthsRange: string;
}

function addTrackingSheet(wb: ExcelJS.Workbook, spec: TrackingSpec): TrackingLayout {
  const ws = wb.addWorksheet(TRACKING_SHEETS.tracking, {
    views: [
      {
        state: 'frozen',
        xSplit: 3,
        ySplit: HEADER_ROW,
        topLeftCell: `D${FIRST_ROW}`,
        activeCell: `${col(M0)}${FIRST_ROW}`,
      },
    ],
    properties: { tabColor: { argb: 'FF1F4E79' }, defaultRowHeight: 18 },
  });
  const widths = [...TRACKING_COLUMNS.map((c) => c.width), ...spec.months.map(() => MONTH_WIDTH), 8.5, 18, 14];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));

  const h = spec.header;
  const right = `${col(12)}`;
  put(ws, `A1:E1`, h.managingAuthority, STYLE.plain);
  put(ws, `${right}1:${col(LAST_COL)}1`, NATIONAL_HEADING, STYLE.heading);
  put(ws, `A2:E2`, h.school, STYLE.heading);
  put(ws, `${right}2:${col(LAST_COL)}2`, NATIONAL_MOTTO, STYLE.heading);
  put(
    ws,
    `A3:${col(LAST_COL)}3`,
    `${LABELS.title} ${h.kind.toLocaleUpperCase('vi')} ${LABELS.schoolYear} ${spec.schoolYear.text}`,
    STYLE.title,
  );
  put(ws, `A4:${col(LAST_COL)}4`, LABELS.source(h.kind, h.number, h.issueDate, h.school ? h.school : ''), STYLE.italic);
  put(ws, `A5:${col(LAST_COL)}5`, LABELS.legend, STYLE.legend);
  [18, 18, 28, 18, 18].forEach((height, i) => (ws.getRow(i + 1).height = height));

  const header = ws.getRow(HEADER_ROW);
  const headers = [
    ...TRACKING_COLUMNS.map((c) => c.header),
    ...spec.months.map((m) => m.label),
    TRACKING_HEADERS.rate,
    TRACKING_HEADERS.evidence,
    TRACKING_HEADERS.note,
  ];
  headers.forEach((text, i) => cellStyle(header.getCell(i + 1), STYLE.header, text));
  header.height = 32;

  const count = Math.max(spec.rows.length, 1);
  const last = FIRST_ROW + count - 1;
  // The probe row: one cell per style the spliced rows use (see sheet-xml.ts).
  const probe = ws.getRow(FIRST_ROW);
  const probeStyle: Array<[number, Style]> = [
    [1, STYLE.center],
    [3, STYLE.text],
    [M0, STYLE.due],
    [M0 + 1, STYLE.off],
    [RATE_COL, STYLE.rate],
    [EVIDENCE_COL, STYLE.input],
  ];
  for (const [c, style] of probeStyle) cellStyle(probe.getCell(c), style);

  const monthsRange = `${col(M0)}${FIRST_ROW}:${col(M0 + 11)}${last}`;
  validations(ws).add(monthsRange, {
    type: 'list',
    allowBlank: true,
    formulae: [LIST_NAME],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: LABELS.validationTitle,
    error: LABELS.validationError,
    showInputMessage: false,
  });
  // Expression rules (LibreOffice ignores exceljs's containsText rules); overdue = still "due" after the month.
  const first = `${col(M0)}${FIRST_ROW}`;
  ws.addConditionalFormatting({
    ref: monthsRange,
    rules: [
      {
        type: 'expression',
        priority: 1,
        formulae: [`${first}="${MARKS.done}"`],
        style: SOLID_CF('FFC6EFCE', 'FF006100'),
      },
      {
        type: 'expression',
        priority: 2,
        formulae: [`${first}="${MARKS.notDone}"`],
        style: SOLID_CF('FFFFC7CE', 'FF9C0006', true),
      },
    ],
  });
  spec.months.forEach((m, i) => {
    const c = col(M0 + i);
    const [y, mo, d] = m.end.split('-').map(Number);
    ws.addConditionalFormatting({
      ref: `${c}${FIRST_ROW}:${c}${last}`,
      rules: [
        {
          type: 'expression',
          priority: 3 + i,
          formulae: [`AND(${c}${FIRST_ROW}="${MARKS.due}",TODAY()>DATE(${y},${mo},${d}))`],
          style: SOLID_CF('FFFFEB9C', 'FF9C5700'),
        },
      ],
    });
  });
  // The current month marks itself (it moves with TODAY()): its header stands out, and its
  // cells still open are tinted, so the clerk sees at a glance what this month asks for.
  spec.months.forEach((m, i) => {
    const c = col(M0 + i);
    const now = `AND(YEAR(TODAY())=${m.year},MONTH(TODAY())=${m.month})`;
    ws.addConditionalFormatting({
      ref: `${c}${HEADER_ROW}`,
      rules: [{ type: 'expression', priority: 30 + i, formulae: [now], style: SOLID_CF('FFFFC000', 'FF000000', true) }],
    });
    ws.addConditionalFormatting({
      ref: `${c}${FIRST_ROW}:${c}${last}`,
      rules: [
        {
          type: 'expression',
          priority: 50 + i,
          formulae: [`AND(${now},${c}${FIRST_ROW}="${MARKS.due}")`],
          style: SOLID_CF('FFFFF2CC', 'FF7F6000', true),
        },
      ],
    });
  });
  ws.addConditionalFormatting({
    ref: `${col(RATE_COL)}${FIRST_ROW}:${col(RATE_COL)}${last}`,
    rules: [
      {
        type: 'expression',
        priority: 20,
        formulae: [`AND(ISNUMBER(${col(RATE_COL)}${FIRST_ROW}),${col(RATE_COL)}${FIRST_ROW}>=1)`],
        style: SOLID_CF('FFC6EFCE', 'FF006100', true),
      },
    ],
  });
  ws.autoFilter = `A${HEADER_ROW}:${col(LAST_COL)}${last}`;

  // Signature block: the preparer on the left, the principal on the right, as in Nghị định 30.
  let r = last + 2;
  const leftRange = (row: number) => `A${row}:E${row}`;
  const rightRange = (row: number) => `${right}${row}:${col(LAST_COL)}${row}`;
  put(ws, rightRange(r), LABELS.dateLine(h.place), STYLE.dateLine);
  r++;
  put(ws, leftRange(r), LABELS.preparer, STYLE.heading);
  h.principalHeading.forEach((line, i) => put(ws, rightRange(r + i), line, STYLE.heading));
  r += h.principalHeading.length;
  put(ws, leftRange(r), LABELS.signHint, STYLE.italic);
  put(ws, rightRange(r), LABELS.signSealHint, STYLE.italic);
  r += 5;
  put(ws, leftRange(r), null, STYLE.nameInput);
  put(ws, rightRange(r), h.principalName || null, STYLE.heading);

  printSetup(
    ws,
    HEADER_ROW,
    r,
    LAST_COL,
    `${LABELS.footer} — ${spec.header.school || spec.header.kind} — ${LABELS.schoolYear.toLowerCase()} ${spec.schoolYear.text}`,
  );
  return { last, monthsRange };
}

function* trackingRowsXml(spec: TrackingSpec, styles: Map<number, number>, sst: SharedStrings): Generator<string> {
  const s = {
    center: styles.get(1)!,
    text: styles.get(3)!,
    due: styles.get(M0)!,
    off: styles.get(M0 + 1)!,
    rate: styles.get(RATE_COL)!,
    input: styles.get(EVIDENCE_COL)!,
  };
  const last = FIRST_ROW + Math.max(spec.rows.length, 1) - 1;
  const rateRef = `${col(RATE_COL)}${FIRST_ROW}:${col(RATE_COL)}${last}`;
  const source: TrackingRow[] =
    spec.rows.length > 0
      ? spec.rows
      : [
          {
            no: '',
            clauseId: '',
            task: LABELS.noTasks,
            lead: '',
            support: '',
            cadence: '',
            dueMask: 0,
            dueCount: 0,
            evidence: '',
            note: '',
            sourceRow: 0,
          },
        ];
  const wTask = TRACKING_COLUMNS[2].width;
  for (let i = 0; i < source.length; i++) {
    const row = source[i];
    const r = FIRST_ROW + i;
    const months = `${col(M0)}${r}:${col(M0 + 11)}${r}`;
    let cells = /^\d+$/.test(row.no)
      ? numberCell(1, r, s.center, Number(row.no))
      : textCell(sst, 1, r, s.center, row.no);
    cells += textCell(sst, 2, r, s.center, row.clauseId);
    cells += textCell(sst, 3, r, s.text, row.task);
    cells += textCell(sst, 4, r, s.center, row.lead);
    cells += textCell(sst, 5, r, s.text, row.support);
    cells += textCell(sst, 6, r, s.center, row.cadence);
    for (let m = 0; m < 12; m++)
      cells += isDue(row, m) ? textCell(sst, M0 + m, r, s.due, MARKS.due) : emptyCell(M0 + m, r, s.off);
    const formula = `IF(COUNTA(${months})=0,"",COUNTIF(${months},"${MARKS.done}")/COUNTA(${months}))`;
    cells += formulaCell(RATE_COL, r, s.rate, formula, row.dueCount > 0 ? 0 : '', {
      si: 0,
      ref: i === 0 ? rateRef : undefined,
    });
    cells += textCell(sst, EVIDENCE_COL, r, s.input, row.evidence);
    cells += textCell(sst, NOTE_COL, r, s.input, row.note);
    const n = Math.max(
      lines(row.task, wTask),
      lines(row.support, 11),
      lines(row.cadence, 10.5),
      lines(row.evidence, 18),
      lines(row.note, 14),
    );
    yield rowXml(r, cells, heightFor(n));
  }
}

// ---------------------------------------------------------------- Tổng hợp

function addSummarySheet(wb: ExcelJS.Workbook, spec: TrackingSpec, layout: TrackingLayout) {
  const ws = wb.addWorksheet(TRACKING_SHEETS.summary, { properties: { tabColor: { argb: 'FF548235' } } });
  [5, 9, 36, 11, 11, 13, 9, 9, 11].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const t = quote(TRACKING_SHEETS.tracking);
  const lead = `${t}!$D$${FIRST_ROW}:$D$${layout.last}`;
  const support = `${t}!$E$${FIRST_ROW}:$E$${layout.last}`;
  const months = `${t}!$${col(M0)}$${FIRST_ROW}:$${col(M0 + 11)}$${layout.last}`;

  put(ws, 'A1:I1', `${LABELS.summaryTitle} — ${LABELS.schoolYear} ${spec.schoolYear.text}`, STYLE.title);
  put(
    ws,
    'A2:I2',
    LABELS.source(spec.header.kind, spec.header.number, spec.header.issueDate, spec.header.school),
    STYLE.italic,
  );
  ws.getRow(1).height = 26;
  const head = ws.getRow(3);
  LABELS.summaryHeaders.forEach((text, i) => cellStyle(head.getCell(i + 1), STYLE.header, text));
  head.height = 32;

  let r = 4;
  spec.parties.forEach((p, i) => {
    const row = ws.getRow(r);
    const code = `$B${r}`;
    cellStyle(row.getCell(1), STYLE.number, i + 1);
    cellStyle(row.getCell(2), STYLE.center, p.code);
    cellStyle(row.getCell(3), STYLE.text, p.declared ? p.name : `${p.name ? `${p.name} ` : ''}${LABELS.undeclared}`);
    cellStyle(row.getCell(4), STYLE.number, { formula: `COUNTIF(${lead},${code})`, result: p.led });
    cellStyle(row.getCell(5), STYLE.number, {
      formula: `SUMPRODUCT(--ISNUMBER(FIND(", "&${code}&",",", "&${support}&",")))`,
      result: p.supported,
    });
    cellStyle(row.getCell(6), STYLE.number, {
      formula: `SUMPRODUCT((${lead}=${code})*(${months}<>""))`,
      result: p.due,
    });
    cellStyle(row.getCell(7), STYLE.number, {
      formula: `SUMPRODUCT((${lead}=${code})*(${months}="${MARKS.done}"))`,
      result: 0,
    });
    cellStyle(row.getCell(8), STYLE.number, {
      formula: `SUMPRODUCT((${lead}=${code})*(${months}="${MARKS.notDone}"))`,
      result: 0,
    });
    cellStyle(row.getCell(9), STYLE.rate, { formula: `IF(F${r}=0,"",G${r}/F${r})`, result: p.due > 0 ? 0 : '' });
    row.height = heightFor(lines(row.getCell(3).text, 36));
    r++;
  });
  const firstParty = 4;
  const lastParty = r - 1;
  const sum = (c: string, result: number) =>
    lastParty >= firstParty ? { formula: `SUM(${c}${firstParty}:${c}${lastParty})`, result } : 0;
  const totals = ws.getRow(r);
  const led = spec.parties.reduce((a, p) => a + p.led, 0);
  const supported = spec.parties.reduce((a, p) => a + p.supported, 0);
  const due = spec.parties.reduce((a, p) => a + p.due, 0);
  cellStyle(totals.getCell(1), STYLE.total, null);
  cellStyle(totals.getCell(2), STYLE.total, null);
  cellStyle(totals.getCell(3), STYLE.totalLabel, LABELS.total);
  cellStyle(totals.getCell(4), STYLE.total, sum('D', led));
  cellStyle(totals.getCell(5), STYLE.total, sum('E', supported));
  cellStyle(totals.getCell(6), STYLE.total, sum('F', due));
  cellStyle(totals.getCell(7), STYLE.total, sum('G', 0));
  cellStyle(totals.getCell(8), STYLE.total, sum('H', 0));
  cellStyle(totals.getCell(9), STYLE.totalRate, { formula: `IF(F${r}=0,"",G${r}/F${r})`, result: due > 0 ? 0 : '' });

  // Month by month: what fell due, what was done.
  r += 2;
  put(ws, `A${r}:I${r}`, `${LABELS.monthTitle} — ${LABELS.schoolYear} ${spec.schoolYear.text}`, STYLE.section);
  r++;
  const mhead = ws.getRow(r);
  const monthCols = [3, 6, 7, 8, 9]; // Tháng in the wide column, the figures under the party figures
  LABELS.monthHeaders.forEach((text, i) => cellStyle(mhead.getCell(monthCols[i]), STYLE.header, text));
  mhead.height = 32;
  const monthFirst = r + 1;
  spec.months.forEach((m, i) => {
    r++;
    const row = ws.getRow(r);
    const c = col(M0 + i);
    const range = `${t}!$${c}$${FIRST_ROW}:$${c}$${layout.last}`;
    const dueHere = spec.rows.reduce((a, x) => a + (isDue(x, i) ? 1 : 0), 0);
    cellStyle(row.getCell(3), STYLE.text, `${m.label} · ${LABELS.monthOf(m.month, m.year)}`);
    cellStyle(row.getCell(6), STYLE.number, { formula: `COUNTA(${range})`, result: dueHere });
    cellStyle(row.getCell(7), STYLE.number, { formula: `COUNTIF(${range},"${MARKS.done}")`, result: 0 });
    cellStyle(row.getCell(8), STYLE.number, { formula: `COUNTIF(${range},"${MARKS.notDone}")`, result: 0 });
    cellStyle(row.getCell(9), STYLE.rate, { formula: `IF(F${r}=0,"",G${r}/F${r})`, result: dueHere > 0 ? 0 : '' });
  });
  r++;
  const mt = ws.getRow(r);
  cellStyle(mt.getCell(3), STYLE.totalLabel, LABELS.total);
  cellStyle(mt.getCell(6), STYLE.total, {
    formula: `SUM(F${monthFirst}:F${r - 1})`,
    result: due + spec.rows.filter((x) => !x.lead).reduce((a, x) => a + x.dueCount, 0),
  });
  cellStyle(mt.getCell(7), STYLE.total, { formula: `SUM(G${monthFirst}:G${r - 1})`, result: 0 });
  cellStyle(mt.getCell(8), STYLE.total, { formula: `SUM(H${monthFirst}:H${r - 1})`, result: 0 });
  cellStyle(mt.getCell(9), STYLE.totalRate, {
    formula: `IF(F${r}=0,"",G${r}/F${r})`,
    result: spec.rows.some((x) => x.dueCount > 0) ? 0 : '',
  });

  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: 3 }];
  printSetup(
    ws,
    3,
    r,
    9,
    `${LABELS.footer} — ${spec.header.school || spec.header.kind} — ${LABELS.schoolYear.toLowerCase()} ${spec.schoolYear.text}`,
  );
}

// ---------------------------------------------------------------- Lịch

const AGENDA_WIDTHS = [12, 6, 9, 50, 9, 14, 12];
const AGENDA_HEADER_ROW = 3;

function addAgendaSheet(wb: ExcelJS.Workbook, spec: TrackingSpec): { rows: number } {
  const ws = wb.addWorksheet(TRACKING_SHEETS.calendar, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: AGENDA_HEADER_ROW }],
    properties: { tabColor: { argb: 'FFBF8F00' } },
  });
  AGENDA_WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  put(ws, 'A1:G1', `${LABELS.calendarTitle} — ${LABELS.schoolYear} ${spec.schoolYear.text}`, STYLE.title);
  put(ws, 'A2:G2', LABELS.calendarNote(spec.calendarName), STYLE.italic);
  ws.getRow(1).height = 26;
  const head = ws.getRow(AGENDA_HEADER_ROW);
  LABELS.calendarHeaders.forEach((text, i) => cellStyle(head.getCell(i + 1), STYLE.header, text));
  head.height = 32;
  const probe = ws.getRow(AGENDA_HEADER_ROW + 1);
  cellStyle(probe.getCell(1), STYLE.band);
  cellStyle(probe.getCell(2), STYLE.center);
  cellStyle(probe.getCell(3), STYLE.text);
  const rows = agendaRowCount(spec);
  const last = AGENDA_HEADER_ROW + rows;
  ws.autoFilter = `A${AGENDA_HEADER_ROW}:G${last}`;
  printSetup(
    ws,
    AGENDA_HEADER_ROW,
    last,
    7,
    `${LABELS.footer} — ${spec.header.school || spec.header.kind} — ${LABELS.schoolYear.toLowerCase()} ${spec.schoolYear.text}`,
  );
  return { rows };
}

function agendaRowCount(spec: TrackingSpec): number {
  let n = spec.agenda.every.length > 0 ? 1 + spec.agenda.every.length : 0;
  for (const list of spec.agenda.byMonth) n += 1 + Math.max(list.length, 1);
  return n;
}

function agendaRowsXml(spec: TrackingSpec, styles: Map<number, number>, sst: SharedStrings): Uint8Array[] {
  const s = { band: styles.get(1)!, center: styles.get(2)!, text: styles.get(3)! };
  const out = new RowSink();
  let r = AGENDA_HEADER_ROW + 1;
  const band = (text: string) => {
    let cells = textCell(sst, 1, r, s.band, text);
    for (let c = 2; c <= 7; c++) cells += emptyCell(c, r, s.band);
    out.push(rowXml(r++, cells, 20));
  };
  const task = (label: string, index: number) => {
    const row = spec.rows[index];
    let cells = textCell(sst, 1, r, s.center, label);
    cells += /^\d+$/.test(row.no) ? numberCell(2, r, s.center, Number(row.no)) : textCell(sst, 2, r, s.center, row.no);
    cells += textCell(sst, 3, r, s.center, row.clauseId);
    cells += textCell(sst, 4, r, s.text, row.task);
    cells += textCell(sst, 5, r, s.center, row.lead);
    cells += textCell(sst, 6, r, s.text, row.support);
    cells += textCell(sst, 7, r, s.center, row.cadence);
    out.push(
      rowXml(r++, cells, heightFor(Math.max(lines(row.task, AGENDA_WIDTHS[3]), lines(row.support, AGENDA_WIDTHS[5])))),
    );
  };
  const every = spec.agenda.every;
  if (every.length > 0) {
    band(`${LABELS.everyMonth(monthList(spec.agenda.everyMonths))}: ${LABELS.taskCount(every.length)}`);
    for (const i of every) task(LABELS.everyMonthShort, i);
  }
  spec.months.forEach((m, k) => {
    const list = spec.agenda.byMonth[k];
    const alsoEvery =
      every.length > 0 && spec.agenda.everyMonths.includes(m.month) ? ` (${LABELS.plusEvery(every.length)})` : '';
    band(`${LABELS.monthOf(m.month, m.year)}: ${LABELS.taskCount(list.length)}${alsoEvery}`);
    if (list.length === 0) {
      let cells = textCell(sst, 1, r, s.center, m.label);
      for (let c = 2; c <= 7; c++)
        cells += c === 4 ? textCell(sst, 4, r, s.text, LABELS.nothingDue) : emptyCell(c, r, s.center);
      out.push(rowXml(r++, cells));
    } else for (const i of list) task(m.label, i);
  });
  return out.done();
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
  const agenda = addAgendaSheet(wb, spec);
  addListsSheet(wb);
  for (const ws of wb.worksheets) if (ws.state !== 'hidden') await ws.protect('', PROTECTION);
  wb.views = [{ x: 0, y: 0, width: 28000, height: 16000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];

  fitWorkbookText(wb);
  const stored = await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as ExcelJS.XlsxWriteOptions);
  const files: Record<string, Uint8Array | Uint8Array[]> = unzipSync(new Uint8Array(stored as ArrayBuffer));
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

  const agendaPath = sheetPath(TRACKING_SHEETS.calendar);
  const agendaStyles = probeStyles(strFromU8(bytesOf(agendaPath)), AGENDA_HEADER_ROW + 1);
  files[agendaPath] = spliceRows(
    bytesOf(agendaPath),
    AGENDA_HEADER_ROW + 1,
    agendaRowsXml(spec, agendaStyles, sst),
    `A1:G${AGENDA_HEADER_ROW + agenda.rows}`,
  );

  files['xl/sharedStrings.xml'] = sst.toXml();

  const entries = Object.entries(files)
    .filter(([name]) => !name.endsWith('/'))
    .map(([name, data]) => ({ name, data }));
  return zipEntries(entries, { mtime: now, level: options.level, portable: options.portable });
}
