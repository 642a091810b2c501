// A second, independent spreadsheet program opens the tracking workbook: LibreOffice converts it
// headless to PDF (pages, header rows, right edge, A4 landscape) and to CSV after a school filled
// some months (the live formulas recalculated by LibreOffice, not by us).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MARKS, TRACKING_SHEETS } from '../../src/core/tracking-book/contract';
import { exampleContent } from '../../src/core/template/example';
import { tempDir } from '../helpers/cli';
import { HANG_GUARD_MS } from '../helpers/hang-guard';
import { generate, loadXlsx, responsibility, withResponsibilities, type Generated } from './helpers';

const WORK = tempDir('phoihop-lo-');
const PROFILE = `file://${path.join(WORK, 'profile')}`;

function soffice(args: string[]) {
  execFileSync('soffice', [`-env:UserInstallation=${PROFILE}`, '--headless', '--norestore', ...args], {
    stdio: 'pipe',
    timeout: HANG_GUARD_MS,
  });
}

function toPdf(file: string): string {
  soffice(['--convert-to', 'pdf', '--outdir', WORK, file]);
  return path.join(WORK, path.basename(file).replace(/\.xlsx$/, '.pdf'));
}

/** Every sheet as CSV, values as shown (formatted). */
function toCsv(file: string): Record<string, string[][]> {
  const dir = path.join(WORK, `csv-${path.basename(file, '.xlsx')}`);
  soffice([
    '--convert-to',
    'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1',
    '--outdir',
    dir,
    file,
  ]);
  const out: Record<string, string[][]> = {};
  for (const name of readdirSync(dir)) {
    const sheet = name.slice(path.basename(file, '.xlsx').length + 1, -4);
    out[sheet] = parseCsv(readFileSync(path.join(dir, name), 'utf8'));
  }
  return out;
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (ch !== '\r') field += ch;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const pdfPages = (pdf: string) =>
  execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((p) => p.trim());
const pageSizes = (pdf: string) =>
  [
    ...execFileSync('pdfinfo', ['-f', '1', '-l', '999', pdf], { encoding: 'utf8' }).matchAll(
      /Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g,
    ),
  ].map((m) => [Number(m[1]), Number(m[2])]);

describe('LibreOffice reads and prints the tracking workbook', () => {
  const ROWS = 90;
  let g: Generated;
  let pages: string[];
  let pdf: string;

  beforeAll(async () => {
    const cadences = ['Hàng tháng', 'Hàng quý', 'Mỗi học kỳ', 'Hàng năm', 'Đầu năm học', '3 lần/năm'];
    g = await generate(
      withResponsibilities(
        Array.from({ length: ROWS }, (_, i) =>
          responsibility(i + 1, cadences[i % cadences.length], '', {
            task: `Nhiệm vụ phối hợp số ${i + 1}: tổ chức, kiểm tra, đánh giá và báo cáo kết quả thực hiện với các bên liên quan`,
            lead: ['NT', 'CD', 'CDTN', 'CMHS'][i % 4],
            evidence: `MC-${i + 1}`,
            note: `GC-${i + 1}`,
          }),
        ),
      ),
    );
    pdf = toPdf(g.output);
    pages = pdfPages(pdf);
  });

  it('every page is A4 landscape', () => {
    const sizes = pageSizes(pdf);
    expect(sizes.length).toBe(pages.length);
    for (const [w, h] of sizes) {
      expect(w).toBeCloseTo(841.89, 0);
      expect(h).toBeCloseTo(595.3, 0);
    }
  });

  it('Theo dõi runs over several pages, each with the header row and page numbers, nothing cut at the right edge', () => {
    const summaryAt = pages.findIndex((p) => p.includes('TỔNG HỢP KẾT QUẢ THỰC HIỆN THEO CÁC BÊN'));
    const trackingPages = pages.slice(0, summaryAt);
    expect(trackingPages.length).toBeGreaterThan(1);
    expect(trackingPages[0]).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(trackingPages[0]).toContain('SỔ THEO DÕI THỰC HIỆN QUY CHẾ PHỐI HỢP NĂM HỌC 2026-2027');
    trackingPages.forEach((page, i) => {
      for (const header of ['STT', 'Nhiệm vụ', 'Chủ trì', 'T9', 'T8', 'Minh chứng', 'Ghi chú'])
        expect(page, `page ${i + 1}: ${header}`).toContain(header);
      expect(page).toContain(`Trang ${i + 1}/${pages.length}`);
    });
    // The last column of every row made it onto paper.
    const all = trackingPages.join('\n');
    for (let n = 1; n <= ROWS; n++) {
      expect(all).toMatch(new RegExp(`GC-${n}\\b`));
      expect(all).toMatch(new RegExp(`MC-${n}\\b`));
    }
    expect(trackingPages.at(-1)).toContain('NGƯỜI LẬP BIỂU');
    expect(trackingPages.at(-1)).toContain('Trần Thị Lan');
  });

  it('Tổng hợp and Lịch print with their own header rows', () => {
    const summaryAt = pages.findIndex((p) => p.includes('TỔNG HỢP KẾT QUẢ THỰC HIỆN THEO CÁC BÊN'));
    expect(pages[summaryAt]).toMatch(/Mã bên\s+Tên bên/);
    const calendarPages = pages.slice(pages.findIndex((p) => p.includes('LỊCH NHIỆM VỤ THEO THÁNG')));
    expect(calendarPages.length).toBeGreaterThan(1);
    for (const page of calendarPages)
      for (const header of ['Tháng', 'STT', 'Nhiệm vụ', 'Chủ trì', 'Phối hợp', 'Chu kỳ'])
        expect(page).toContain(header);
  });

  it('renders a page to PNG', () => {
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', pdf, path.join(WORK, 'page')]);
    const png = readFileSync(
      path.join(
        WORK,
        readdirSync(WORK).find((n) => n.startsWith('page') && n.endsWith('.png'))!,
      ),
    );
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    expect(width).toBeGreaterThan(height);
  });
});

describe('LibreOffice recalculates the live formulas after a school fills the months', () => {
  let csv: Record<string, string[][]>;
  let filled: Record<string, { done: number; notDone: number; due: number }>;
  let rates: string[];

  beforeAll(async () => {
    const g = await generate(exampleContent());
    // Fill as a school would: pick values from the dropdown in some due months.
    const wb = await loadXlsx(g.bytes);
    const ws = wb.getWorksheet(TRACKING_SHEETS.tracking)!;
    filled = {};
    rates = [];
    let k = 0;
    for (let r = 7; r <= 16; r++) {
      const lead = String(ws.getCell(r, 4).value);
      const f = (filled[lead] ??= { done: 0, notDone: 0, due: 0 });
      let done = 0;
      let due = 0;
      for (let c = 7; c <= 18; c++) {
        if (ws.getCell(r, c).value !== MARKS.due) continue;
        due++;
        f.due++;
        const pick = k++ % 3;
        if (pick === 0) {
          ws.getCell(r, c).value = MARKS.done;
          done++;
          f.done++;
        } else if (pick === 1) {
          ws.getCell(r, c).value = MARKS.notDone;
          f.notDone++;
        }
      }
      rates.push(due ? `${Math.round((done / due) * 100)}%` : '');
    }
    // Excel recalculates as the school edits; this exceljs round trip does not, and LibreOffice
    // 7.4 keeps cached results on load (it ignores fullCalcOnLoad), so drop them: LibreOffice
    // must then compute every formula itself.
    for (const sheet of [ws, wb.getWorksheet(TRACKING_SHEETS.summary)!]) {
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          const v = cell.value as { formula?: string; sharedFormula?: string; result?: unknown } | null;
          if (v && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) {
            const { result: _dropped, ...rest } = v;
            cell.value = rest as never;
          }
        }),
      );
    }
    const file = path.join(WORK, 'da-dien.xlsx');
    writeFileSync(file, Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    csv = toCsv(file);
  });

  it('Theo dõi: the completion rate of every row', () => {
    const sheet = csv[TRACKING_SHEETS.tracking];
    const header = sheet.findIndex((r) => r[0] === 'STT');
    const rate = sheet[header].indexOf('Tỷ lệ hoàn thành');
    expect(sheet.slice(header + 1, header + 11).map((r) => r[rate])).toEqual(rates);
  });

  it('Tổng hợp: done, not done and rate per party', () => {
    const sheet = csv[TRACKING_SHEETS.summary];
    for (const [code, f] of Object.entries(filled)) {
      const row = sheet.find((r) => r[1] === code)!;
      expect(row.slice(5, 9)).toEqual([
        String(f.due),
        String(f.done),
        String(f.notDone),
        `${Math.round((f.done / f.due) * 100)}%`,
      ]);
    }
    const cmhs = sheet.find((r) => r[1] === 'CMHS')!;
    expect(cmhs.slice(3, 9)).toEqual(['0', '3', '0', '0', '0', '']);
  });
});
