// TrackingSpec → the annual tracking workbook (contract: src/core/tracking-book/contract.ts): Theo dõi, Tổng hợp, Lịch and the
// hidden Danh mục. exceljs (document Workbook + writeBuffer, so it runs in the pane too) lays
// out every sheet (Lịch in tracking-calendar.ts, the shared styles in tracking-style.ts); the per-task rows of Theo dõi and Lịch are spliced in as SpreadsheetML text
// (see sheet-xml.ts) so that ten thousand rows cost little more than writing them plainly.
import ExcelJS from 'exceljs';
import { fitWorkbookText } from './print';
import { strFromU8, unzipSync } from 'fflate';
import {
  MARKS,
  TRACKING_HEADERS,
  TRACKING_LAYOUT,
  TRACKING_SHEETS,
  provenanceProperties,
} from '../core/tracking-book/contract';
import { NATIONAL_HEADING, NATIONAL_MOTTO } from '../core/layout';
import { LABELS } from '../core/tracking/labels';
import { isDue, type TrackingRow, type TrackingSpec } from '../core/tracking/spec';
import { entriesOf, fixPackageParts } from './excel-package';
import { zipEntries } from './zip';
import {
  col,
  emptyCell,
  encodeRows,
  formulaCell,
  numberCell,
  probeStyles,
  rowXml,
  SharedStrings,
  spliceRows,
  textCell,
} from './sheet-xml';
import { addCalendarSheet, calendarRowsXml } from './tracking-calendar';
import {
  cellStyle,
  heightFor,
  lines,
  PROTECTION,
  printSetup,
  put,
  sheetFooter,
  SOLID_CF,
  STYLE,
  validations,
  type Style,
} from './tracking-style';

export interface WriteTrackingOptions {
  /** Creation time written in the properties and zip entries (tests pin it). */
  now?: Date;
  /** Deflate level when compressing in JavaScript, 1 (fast) – 9 (small). */
  level?: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
  /** Deflate in JavaScript even where the platform compresses natively (tests cover both). */
  portable?: boolean;
}

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

  printSetup(ws, HEADER_ROW, r, LAST_COL, sheetFooter(spec));
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
  printSetup(ws, 3, r, 9, sheetFooter(spec));
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
