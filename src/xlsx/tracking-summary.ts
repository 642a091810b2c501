// The Tổng hợp sheet of the tracking workbook: each party's tasks led, supported, due, done and
// not done, then month by month what fell due and what was done, all live formulas over Theo dõi
// with their results cached for the file as generated.
import type ExcelJS from 'exceljs';
import { MARKS, TRACKING_SHEETS } from '../core/tracking-book/contract';
import { LABELS } from '../core/tracking/labels';
import { isDue, type TrackingSpec } from '../core/tracking/spec';
import { col } from './sheet-xml';
import { FIRST_ROW, M0, quote, type TrackingLayout } from './tracking-sheet';
import { cellStyle, heightFor, lines, printSetup, put, sheetFooter, STYLE } from './tracking-style';

export function addSummarySheet(wb: ExcelJS.Workbook, spec: TrackingSpec, layout: TrackingLayout) {
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
