// Read a batch report .xlsx back with exceljs, as rows keyed by their (Vietnamese) headers.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';

export type Row = Record<string, string | number | Date | null>;

export interface ReadReport {
  wb: ExcelJS.Workbook;
  summary: Row[];
  details: Row[];
  parties: Row[];
}

const HEADER_ROW = 4;

function plain(v: ExcelJS.CellValue): string | number | Date | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'object' && !(v instanceof Date)) {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return (v.result as string | number) ?? null;
    return JSON.stringify(v);
  }
  return v as string | number | Date;
}

export function sheetRows(ws: ExcelJS.Worksheet): Row[] {
  const headers: string[] = [];
  ws.getRow(HEADER_ROW).eachCell((cell, col) => (headers[col] = String(cell.value)));
  const rows: Row[] = [];
  for (let r = HEADER_ROW + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    if (!row.hasValues) continue;
    const out: Row = {};
    headers.forEach((h, col) => {
      if (h) out[h] = plain(row.getCell(col).value);
    });
    rows.push(out);
  }
  return rows;
}

export async function readReport(file: string): Promise<ReadReport> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as never);
  const get = (name: string) => {
    const ws = wb.getWorksheet(name);
    if (!ws) throw new Error(`no sheet ${name}`);
    return ws;
  };
  return {
    wb,
    summary: sheetRows(get('Tổng hợp')),
    details: sheetRows(get('Chi tiết')),
    parties: sheetRows(get('Theo bên')),
  };
}
