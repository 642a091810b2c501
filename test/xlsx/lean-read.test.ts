// The lean reader must see exactly what exceljs's reader sees, on every kind of file the
// product meets: its own templates, workbooks built independently with raw exceljs (Tables or
// not, formulas, errors, dates, NFD, rich text, merges), tracking workbooks, LibreOffice's output.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { CellValue, SheetGrid } from '../../src/core/grid';
import { readWorkbook } from '../../src/core/read-workbook';
import { DEFAULT_CALENDAR } from '../../src/core/tracking-book/calendar';
import { buildTrackingSpec } from '../../src/core/tracking/spec';
import { exampleContent } from '../../src/core/template/example';
import { inflateRawNative } from '../../src/node/files';
import { LeanReadError, leanReadWorkbook } from '../../src/xlsx/lean-read';
import { gridsFromWorkbook, loadWorkbook } from '../../src/xlsx/read-grids';
import { writeRegulationWorkbook } from '../../src/xlsx/write-regulation';
import { writeTrackingWorkbook } from '../../src/xlsx/write-tracking';
import { buildWorkbook, cleanSheets } from '../helpers/independent-workbook';
import { HANG_GUARD_MS } from '../helpers/hang-guard';

/** Grids compared cell by cell: a hole and an explicit empty cell are the same, trailing empties dropped. */
function normal(grids: SheetGrid[]) {
  const norm = (v: CellValue | undefined) =>
    v === undefined || v === null ? null : v instanceof Date ? `date:${v.toISOString()}` : v;
  return grids.map((g) => {
    const rows = g.rows.map((r) => {
      const out = Array.from({ length: r.length }, (_, i) => norm(r[i]));
      while (out.length && out[out.length - 1] === null) out.pop();
      return out;
    });
    while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
    return {
      name: g.name,
      rows,
      tables: [...(g.tables ?? [])].sort((a, b) => a.name.localeCompare(b.name)),
      notes: g.notes ?? {},
    };
  });
}

async function viaExceljs(bytes: Uint8Array) {
  return normal(gridsFromWorkbook(await loadWorkbook(bytes)));
}

/** Same grids as exceljs, with fflate's inflater (the browser's) and with Node's zlib (the CLI's). */
async function expectSame(bytes: Uint8Array) {
  const lean = normal(leanReadWorkbook(bytes).grids);
  expect(lean).toEqual(await viaExceljs(bytes));
  expect(normal(leanReadWorkbook(bytes, undefined, inflateRawNative).grids)).toEqual(lean);
  return lean;
}

describe('lean reader ≡ exceljs reader', () => {
  it('the empty template and the worked example (Tables, dropdowns, hidden lists)', async () => {
    await expectSame(readFileSync('templates/mau-trong.xlsx'));
    const lean = await expectSame(readFileSync('templates/vi-du.xlsx'));
    // Mã, Tên bên, Loại, Vai trò, Ghi chú: the role column (DESIGN §9) made it five wide.
    expect(lean.find((g) => g.name === 'Các bên')!.tables).toEqual([{ name: 'CacBen', range: 'A1:E5' }]);
  });

  it('independent workbooks: Tables or plain rows, real dates, formulas, errors, NFD, rich text, merges, escapes', async () => {
    const sheets = cleanSheets();
    const pc = sheets.find((s) => s.sheet === 'Phân công')!;
    pc.rows[0][3] = { formula: '"N"&"T"', result: 'NT' };
    pc.rows[1][3] = { error: '#REF!' };
    pc.rows[0][2] = { richText: [{ text: 'Tổ chức ' }, { font: { bold: true }, text: 'hội nghị' }] } as never;
    pc.rows[1][2] = 'Thăm hỏi & động viên <đoàn viên> "ốm đau"'.normalize('NFD');
    pc.rows[0][0] = { formula: '1+1', result: 2 };
    pc.rows[1][7] = 'a_x0041_b';
    for (const tables of [true, false]) {
      const bytes = await buildWorkbook(sheets, {
        tables,
        titleRows: tables ? 0 : 1,
        decorate: (wb) => {
          const ws = wb.getWorksheet('Văn bản')!;
          ws.mergeCells('D1:F2');
          ws.getCell('D1').value = 'Ô gộp';
          ws.getCell('H3').value = true;
          ws.getCell('H4').value = 3.25;
          ws.getCell('H5').value = new Date(Date.UTC(2025, 9, 3));
          ws.getCell('H5').numFmt = 'dd/mm/yyyy';
          ws.getCell('H6').value = { formula: 'H4*2' } as never;
        },
      });
      await expectSame(bytes);
    }
  });

  it('a tracking workbook (rows written as SpreadsheetML, shared strings continued) and its properties', async () => {
    const bytes = await writeRegulationWorkbook(exampleContent());
    const model = readWorkbook(gridsFromWorkbook(await loadWorkbook(bytes)));
    const tracking = await writeTrackingWorkbook(
      buildTrackingSpec(model, { calendar: DEFAULT_CALENDAR, generator: 'test' }),
    );
    // exceljs reads the cached results of the rate formulas as empty; the lean reader keeps them.
    // Everything exceljs does read must match, and the only extras are those numeric results.
    const lean = normal(leanReadWorkbook(tracking).grids);
    const ref = await viaExceljs(tracking);
    expect(lean.map((g) => [g.name, g.tables])).toEqual(ref.map((g) => [g.name, g.tables]));
    let extras = 0;
    lean.forEach((g, s) =>
      g.rows.forEach((row, r) =>
        row.forEach((v, c) => {
          const want = ref[s].rows[r]?.[c] ?? null;
          if (want === null && typeof v === 'number') extras++;
          else expect(v, `${g.name} row ${r + 1} col ${c + 1}`).toEqual(want);
        }),
      ),
    );
    ref.forEach((g, s) =>
      g.rows.forEach((row, r) =>
        row.forEach(
          (v, c) =>
            v !== null && expect(lean[s].rows[r]?.[c] ?? null, `${g.name} row ${r + 1} col ${c + 1}`).toEqual(v),
        ),
      ),
    );
    expect(extras).toBeGreaterThan(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(tracking) as never);
    const { properties } = leanReadWorkbook(tracking);
    expect(properties).toEqual({
      title: wb.title || undefined,
      subject: wb.subject || undefined,
      keywords: wb.keywords || undefined,
      description: wb.description || undefined,
    });
    expect(properties.keywords).toBeTruthy();
  });

  it('a workbook saved by LibreOffice', async () => {
    if (!existsSync('/usr/bin/soffice') && !existsSync('/usr/lib/libreoffice/program/soffice'))
      throw new Error('LibreOffice is required for this test (.ci/run installs it)');
    const dir = mkdtempSync(path.join(tmpdir(), 'phoihop-lean-'));
    const src = path.join(dir, 'source.xlsx');
    writeFileSync(src, await buildWorkbook(cleanSheets(), { tables: false }));
    const out = path.join(dir, 'lo');
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${dir}/profile`,
        '--headless',
        '--convert-to',
        'xlsx:Calc MS Excel 2007 XML',
        '--outdir',
        out,
        src,
      ],
      { stdio: 'ignore', timeout: HANG_GUARD_MS },
    );
    await expectSame(readFileSync(path.join(out, 'source.xlsx')));
  });

  it('cell notes: plain and rich text, escapes and line breaks, on a blank cell of a row, only where a sheet has any', async () => {
    const bytes = await buildWorkbook(cleanSheets(), {
      tables: true,
      decorate: (wb) => {
        const doc = wb.getWorksheet('Văn bản')!;
        doc.getCell('B6').note = 'Kiểm tra lại: tên trường lấy từ nội dung.\nĐọc từ dòng 7: A & B <c> "d"';
        const pc = wb.getWorksheet('Phân công')!;
        pc.getCell('C3').note = {
          texts: [{ font: { bold: true }, text: 'Nguyễn Văn A:' }, { text: '\nKiểm tra lại: Chu kỳ.' }],
        } as never;
        // exceljs attaches a note only to a cell the sheet lists: a styled blank one is listed.
        pc.getCell('Z2').note = 'trên ô trống';
        pc.getCell('Z2').font = { italic: true };
      },
    });
    const lean = await expectSame(bytes);
    const notes = Object.fromEntries(lean.map((g) => [g.name, g.notes]));
    expect(notes['Văn bản']).toEqual({
      B6: 'Kiểm tra lại: tên trường lấy từ nội dung.\nĐọc từ dòng 7: A & B <c> "d"',
    });
    expect(notes['Phân công']).toEqual({ C3: 'Nguyễn Văn A:\nKiểm tra lại: Chu kỳ.', Z2: 'trên ô trống' });
    expect(notes['Các bên']).toEqual({});
  });

  it('names the comments part an element was left open in', async () => {
    const bytes = await buildWorkbook(cleanSheets(), {
      tables: true,
      decorate: (wb) => void (wb.getWorksheet('Văn bản')!.getCell('B2').note = 'ghi chú'),
    });
    const files = unzipSync(bytes);
    const part = Object.keys(files).find((n) => /^xl\/comments\d+\.xml$/.test(n))!;
    files[part] = strToU8(strFromU8(files[part]).replace('</commentList>', '<comment ref="B3"><text></commentList>'));
    const error = (() => {
      try {
        leanReadWorkbook(zipSync(files));
      } catch (e) {
        return e as LeanReadError;
      }
    })();
    expect(error).toBeInstanceOf(LeanReadError);
    expect(error).toMatchObject({ part, tag: 'comment' });
  });

  it('stops at the row limit instead of filling memory', async () => {
    const bytes = await buildWorkbook(cleanSheets(), { tables: false });
    expect(() => leanReadWorkbook(bytes, 5).grids).toThrow(/Max row count \(5\) exceeded/);
  });
});
