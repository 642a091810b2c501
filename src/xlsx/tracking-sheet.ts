// The Theo dõi sheet of the tracking workbook: its heading, the column headers, the probe row whose
// styles the spliced task rows reuse, the marks' validation and conditional formats, the signature
// block, and the task rows themselves as SpreadsheetML text (see sheet-xml.ts).
import type ExcelJS from 'exceljs';
import { MARKS, TRACKING_HEADERS, TRACKING_LAYOUT, TRACKING_SHEETS } from '../core/tracking-book/contract';
import { NATIONAL_HEADING, NATIONAL_MOTTO } from '../core/layout';
import { LABELS } from '../core/tracking/labels';
import { isDue, type TrackingRow, type TrackingSpec } from '../core/tracking/spec';
import { col, emptyCell, formulaCell, numberCell, rowXml, SharedStrings, textCell } from './sheet-xml';
import {
  cellStyle,
  heightFor,
  lines,
  printSetup,
  put,
  sheetFooter,
  SOLID_CF,
  STYLE,
  validations,
  type Style,
} from './tracking-style';

const HEADER_ROW = TRACKING_LAYOUT.headerRow;
export const FIRST_ROW = HEADER_ROW + 1;
export const M0 = TRACKING_LAYOUT.firstMonthColumn;
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

export const LIST_NAME = 'DS_DanhDau';
export const quote = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;

export interface TrackingLayout {
  last: number;
  monthsRange: string;
}

export function addTrackingSheet(wb: ExcelJS.Workbook, spec: TrackingSpec): TrackingLayout {
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

  printSetup(ws, HEADER_ROW, r, LAST_COL, sheetFooter(spec));
  return { last, monthsRange };
}

export function* trackingRowsXml(
  spec: TrackingSpec,
  styles: Map<number, number>,
  sst: SharedStrings,
): Generator<string> {
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
