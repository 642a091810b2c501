// The Lịch sheet of the tracking workbook. It starts with "Việc tháng này", one printed A4 page
// for the month's meeting: the tasks due in the chosen month (the current one by default, from
// TODAY(), so it moves by itself) with their mark on Theo dõi, live formulas all, and the totals.
// A page break follows, then the whole year month by month (rows spliced in as SpreadsheetML,
// like Theo dõi's, so a long plan costs little).
import type ExcelJS from 'exceljs';
import { monthList } from '../core/tracking-book/calendar';
import { MARKS, SCHOOL_YEAR_MONTHS, TRACKING_LAYOUT, TRACKING_SHEETS } from '../core/tracking-book/contract';
import { LABELS } from '../core/tracking/labels';
import { isDue, type TrackingSpec } from '../core/tracking/spec';
import { emptyCell, numberCell, RowSink, rowXml, SharedStrings, textCell, col } from './sheet-xml';
import { cellStyle, heightFor, lines, printSetup, put, sheetFooter, STYLE, validations } from './tracking-style';

const AGENDA_WIDTHS = [12, 6, 9, 50, 9, 14, 12];
const VIEW_HEADER_ROW = 4;
const VIEW_FIRST_ROW = VIEW_HEADER_ROW + 1;
/** The hidden helper column beside the view: the month shown, its column on Theo dõi, its year, the rows due. */
const HELPER_COL = 8;
const H = col(HELPER_COL);
/** The month picker (merged B3:C3). */
const PICKER = 'B3';
/**
 * Room for task rows on one A4 landscape page: 595 pt less the margins (0.5 + 0.6 in) and the
 * view's other rows (title, school, picker, header, totals, about 120 pt).
 */
const VIEW_ROOM_PT = 390;
/**
 * Room on the page that follows (595 pt less the margins). Real tasks wrap to several lines, and a
 * busy month of them is taller than a page: it runs on to a second page rather than cut a task
 * short or leave it out. Beyond the two pages the view says how many more, and where.
 */
const NEXT_PAGE_PT = 500;
/** A label with {name} placeholders as a formula joining its text and the figures' formulas. */
function liveText(template: string, figures: Record<string, string>): string {
  return template
    .split(/(\{\w+\})/)
    .filter(Boolean)
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      return name && figures[name] ? `(${figures[name]})` : `"${part.replace(/"/g, '""')}"`;
    })
    .join('&');
}
const fillText = (template: string, values: Record<string, number>) =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
const quote = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;

export interface MonthView {
  /** Task rows the view has room for. */
  rows: number;
  /** The most tasks due in any one month (more than `rows` means the page says how many more). */
  busiest: number;
  /** Height of each task row (points), `rows` of them. */
  heights: number[];
}

/**
 * How many rows the view keeps, and how tall. Row k shows the k-th task due in whichever month is
 * chosen, so it is as tall as the tallest of those tasks wraps (each month's list is known from the
 * plan): no month's task is cut on paper. Rows for the busiest month, as many as fit on two pages.
 */
export function monthViewSize(spec: TrackingSpec): MonthView {
  const lineCounts: number[] = [];
  let busiest = 0;
  for (let m = 0; m < spec.months.length; m++) {
    let k = 0;
    for (const row of spec.rows) {
      if (!isDue(row, m)) continue;
      const n = Math.max(lines(row.task, AGENDA_WIDTHS[3]), lines(row.support, AGENDA_WIDTHS[5]));
      lineCounts[k] = Math.max(lineCounts[k] ?? 1, n);
      k++;
    }
    busiest = Math.max(busiest, k);
  }
  const heights: number[] = [];
  let used = 0;
  for (const n of lineCounts) {
    const height = heightFor(n);
    // The first row always, however tall (its text is whole on screen, and up to Excel's limit on paper).
    if (heights.length > 0 && used + height > VIEW_ROOM_PT + NEXT_PAGE_PT) break;
    heights.push(height);
    used += height;
  }
  if (heights.length === 0) heights.push(heightFor(1));
  return { rows: heights.length, busiest, heights };
}

/** The view's cached results, as of the day the workbook is written (Excel recalculates on open). */
function cachedMonth(spec: TrackingSpec, now: Date) {
  const index = Math.max(0, SCHOOL_YEAR_MONTHS.indexOf((now.getMonth() + 1) as (typeof SCHOOL_YEAR_MONTHS)[number]));
  const month = spec.months[index];
  const due = spec.rows.flatMap((row, i) => (isDue(row, index) ? [i] : []));
  // Every due cell starts as ○ Cần làm, so the earlier months' open cells are all their due ones.
  let earlier = 0;
  for (const row of spec.rows) for (let m = 0; m < index; m++) if (isDue(row, m)) earlier++;
  return { index, month, due, earlier };
}

function addMonthView(ws: ExcelJS.Worksheet, spec: TrackingSpec, now: Date): { last: number } {
  const size = monthViewSize(spec);
  const cached = cachedMonth(spec, now);
  const td = quote(TRACKING_SHEETS.tracking);
  const first = TRACKING_LAYOUT.headerRow + 1;
  const lastTask = first + Math.max(spec.rows.length, 1) - 1;
  const m0 = TRACKING_LAYOUT.firstMonthColumn;
  const months = `${td}!$${col(m0)}$${first}:$${col(m0 + 11)}$${lastTask}`;
  const monthHeaders = `${td}!$${col(m0)}$${TRACKING_LAYOUT.headerRow}:$${col(m0 + 11)}$${TRACKING_LAYOUT.headerRow}`;
  const column = (c: number) => `${td}!$${col(c)}$${first}:$${col(c)}$${lastTask}`;
  const [y0, y1] = [spec.months[0].year, spec.months[11].year];
  const chosen = `INDEX(${months},0,$${H}$2)`;

  // Helpers, hidden and outside the print area.
  ws.getCell(`${H}1`).value = {
    formula: `IF(${PICKER}="","T"&MONTH(TODAY()),UPPER(TRIM(${PICKER})))`,
    result: cached.month.label,
  };
  ws.getCell(`${H}2`).value = { formula: `MATCH($${H}$1,${monthHeaders},0)`, result: cached.index + 1 };
  ws.getCell(`${H}3`).value = {
    formula: `IF(VALUE(MID($${H}$1,2,2))>=9,${y0},${y1})`,
    result: cached.month.year,
  };
  ws.getColumn(HELPER_COL).hidden = true;

  put(
    ws,
    'A1:G1',
    {
      formula: `"${LABELS.thisMonthTitle} "&MID($${H}$1,2,2)&"/"&$${H}$3`,
      result: `${LABELS.thisMonthTitle} ${cached.month.month}/${cached.month.year}`,
    },
    STYLE.title,
  );
  ws.getRow(1).height = 26;
  put(
    ws,
    'A2:G2',
    LABELS.thisMonthSub(
      spec.header.school,
      spec.schoolYear.text,
      LABELS.source(spec.header.kind, spec.header.number, spec.header.issueDate, ''),
    ),
    STYLE.italic,
  );
  ws.getRow(2).height = 30;
  cellStyle(ws.getCell('A3'), STYLE.pickerLabel, LABELS.thisMonthPicker);
  put(ws, 'B3:C3', null, STYLE.picker);
  put(ws, 'D3:G3', LABELS.thisMonthPickerHint(spec.months[0].label, spec.months[11].label), STYLE.legend);
  ws.getRow(3).height = 20;
  validations(ws).add(PICKER, {
    type: 'list',
    allowBlank: true,
    formulae: [`"${spec.months.map((m) => m.label).join(',')}"`],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: LABELS.validationTitle,
    error: LABELS.thisMonthPickerError,
  });

  const head = ws.getRow(VIEW_HEADER_ROW);
  LABELS.thisMonthHeaders.forEach((text, i) => cellStyle(head.getCell(i + 1), STYLE.header, text));
  head.height = 32;

  // Row k lists the k-th task due in the month: its row on Theo dõi (helper), then its cells.
  const sources: Array<[number, (i: number) => string]> = [
    [2, (i) => spec.rows[i].no],
    [3, (i) => spec.rows[i].clauseId],
    [4, (i) => spec.rows[i].task],
    [5, (i) => spec.rows[i].lead],
    [6, (i) => spec.rows[i].support],
    [7, (i) => spec.rows[i].cadence],
  ];
  const trackingCol = [0, 0, 1, 2, 3, 4, 5, 6]; // view column → Theo dõi column
  for (let k = 0; k < size.rows; k++) {
    const r = VIEW_FIRST_ROW + k;
    const hit = cached.due[k];
    const helper = `$${H}${r}`;
    ws.getCell(helper).value = {
      formula: `IFERROR(SMALL(IF(${chosen}<>"",ROW(${column(1)})-${first - 1}),${k + 1}),"")`,
      result: hit === undefined ? '' : hit + 1,
      shareType: 'array',
      ref: `${H}${r}`,
    } as ExcelJS.CellFormulaValue; // exceljs writes shareType "array" as an array (CSE) formula; its types omit it
    const row = ws.getRow(r);
    cellStyle(row.getCell(1), STYLE.center, {
      formula: `IF(${helper}="","",INDEX(${months},${helper},$${H}$2)&"")`,
      result: hit === undefined ? '' : MARKS.due,
    });
    for (const [c, value] of sources)
      cellStyle(row.getCell(c), c === 4 || c === 6 ? STYLE.text : STYLE.center, {
        formula: `IF(${helper}="","",INDEX(${column(trackingCol[c])},${helper})&"")`,
        result: hit === undefined ? '' : value(hit),
      });
    row.height = size.heights[k];
  }

  // Totals, and what did not fit on the page.
  const totals = VIEW_FIRST_ROW + size.rows;
  const count = `COUNTA(${chosen})`;
  const done = `COUNTIF(${chosen},"${MARKS.done}")`;
  const notDone = `COUNTIF(${chosen},"${MARKS.notDone}")`;
  const earlier = `SUMPRODUCT((${months}="${MARKS.due}")*(COLUMN(${months})-${m0}<$${H}$2-1))`;
  const figures = { count, done, notDone, earlier };
  const more = `IF(${count}>${size.rows},${liveText(LABELS.thisMonthMore, { more: `${count}-${size.rows}` })},"")`;
  const cachedFigures = { count: cached.due.length, done: 0, notDone: 0, earlier: cached.earlier };
  put(
    ws,
    `A${totals}:G${totals}`,
    {
      formula: `${liveText(LABELS.thisMonthTotals, figures)}&${more}`,
      result:
        fillText(LABELS.thisMonthTotals, cachedFigures) +
        (cached.due.length > size.rows ? fillText(LABELS.thisMonthMore, { more: cached.due.length - size.rows }) : ''),
    },
    STYLE.totalLine,
  );
  ws.getRow(totals).height = 34;
  // The month's page ends here; the year's calendar starts on the next.
  ws.getRow(totals).addPageBreak();
  return { last: totals };
}

export interface CalendarLayout {
  /** The header row of the year's calendar (repeated on its printed pages). */
  headerRow: number;
  /** Rows of the year's calendar below its header (spliced in after writing). */
  rows: number;
}

export function addCalendarSheet(wb: ExcelJS.Workbook, spec: TrackingSpec, now: Date): CalendarLayout {
  const ws = wb.addWorksheet(TRACKING_SHEETS.calendar, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: VIEW_HEADER_ROW, activeCell: PICKER }],
    properties: { tabColor: { argb: 'FFBF8F00' } },
  });
  AGENDA_WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const view = addMonthView(ws, spec, now);

  const title = view.last + 2;
  const headerRow = title + 2;
  put(ws, `A${title}:G${title}`, `${LABELS.calendarTitle} — ${LABELS.schoolYear} ${spec.schoolYear.text}`, STYLE.title);
  put(ws, `A${title + 1}:G${title + 1}`, LABELS.calendarNote(spec.calendarName), STYLE.italic);
  ws.getRow(title).height = 26;
  const head = ws.getRow(headerRow);
  LABELS.calendarHeaders.forEach((text, i) => cellStyle(head.getCell(i + 1), STYLE.header, text));
  head.height = 32;
  const probe = ws.getRow(headerRow + 1);
  cellStyle(probe.getCell(1), STYLE.band);
  cellStyle(probe.getCell(2), STYLE.center);
  cellStyle(probe.getCell(3), STYLE.text);
  const rows = calendarRowCount(spec);
  const last = headerRow + rows;
  ws.autoFilter = `A${headerRow}:G${last}`;
  printSetup(ws, headerRow, last, 7, sheetFooter(spec));
  return { headerRow, rows };
}

function calendarRowCount(spec: TrackingSpec): number {
  let n = spec.agenda.every.length > 0 ? 1 + spec.agenda.every.length : 0;
  for (const list of spec.agenda.byMonth) n += 1 + Math.max(list.length, 1);
  return n;
}

export function calendarRowsXml(
  spec: TrackingSpec,
  layout: CalendarLayout,
  styles: Map<number, number>,
  sst: SharedStrings,
): Uint8Array[] {
  const s = { band: styles.get(1)!, center: styles.get(2)!, text: styles.get(3)! };
  const out = new RowSink();
  let r = layout.headerRow + 1;
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
