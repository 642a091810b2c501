// One template spec, two renderers: the file exceljs writes (template, import) and the sheets the
// pane adds to the open workbook through Office.js show the same sheets, headers, rows, tables,
// dropdown lists, alerts, notes and look, sheet by sheet, header by header, list by list.
import { readdirSync, readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importText } from '../../src/core/import';
import { LISTS_SHEET } from '../../src/core/layout';
import { emptyContent, type WorkbookContent } from '../../src/core/template/content';
import { exampleContent } from '../../src/core/template/example';
import { capabilitiesOf } from '../../src/office/host';
import type { ExcelRun } from '../../src/office/read-grids';
import { setUpTemplate } from '../../src/office/setup';
import { writeRegulationWorkbook } from '../../src/xlsx/write-regulation';
import { FakeWorkbook } from './fake-excel';

type Cell = string | number | null;
interface Drawn {
  sheets: string[];
  hidden: string[];
  tables: Record<string, string>;
  cells: Record<string, Cell[][]>;
  /** sheet → range → what the dropdown offers: its values, or the table column it follows. */
  dropdowns: Record<string, Record<string, { offers: string; warns: boolean }>>;
  notes: Record<string, Record<string, string>>;
  frozen: string[];
  look: Record<string, { headerFill: string; headerFont: string; bold: boolean; font: string; size: number }>;
  widths: Record<string, number[]>;
}

const text = (v: unknown): Cell =>
  v === null || v === undefined || v === ''
    ? null
    : typeof v === 'number'
      ? v
      : v instanceof Date
        ? v.toISOString().slice(0, 10)
        : String(v);
const serialDate = (n: number) => new Date(Math.round((n - 25569) * 86_400_000)).toISOString().slice(0, 10);
const codeColumn = (sheet: string, col: string) => `table column ${sheet}!${col}`;

async function drawnByExcelJs(content: WorkbookContent): Promise<Drawn> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await writeRegulationWorkbook(content)) as never);
  const names = (wb.definedNames as unknown as { model: Array<{ name: string; ranges: string[] }> }).model;
  const valuesOf = (ref: string) => {
    const [sheet, range] = ref.split('!');
    const ws = wb.getWorksheet(sheet.replace(/^'|'$/g, '').replace(/''/g, "'"))!;
    const [from, to] = range.replace(/\$/g, '').split(':');
    if (ws.name !== LISTS_SHEET) return codeColumn(ws.name, from.replace(/\d+/, ''));
    const out: string[] = [];
    for (let r = Number(from.slice(1)); r <= Number(to.slice(1)); r++)
      out.push(String(ws.getCell(`${from[0]}${r}`).value));
    return out.join('|');
  };
  const d: Drawn = {
    sheets: [],
    hidden: [],
    tables: {},
    cells: {},
    dropdowns: {},
    notes: {},
    frozen: [],
    look: {},
    widths: {},
  };
  for (const ws of wb.worksheets) {
    d.sheets.push(ws.name);
    if (ws.state === 'hidden') d.hidden.push(ws.name);
    for (const t of ws.getTables() as unknown as Array<{ name: string; table: { style: { theme: string } } }>)
      d.tables[t.name] = `${ws.name}:${t.table.style.theme}`;
    const cells: Cell[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      cells[r - 1] = Array.from({ length: ws.columnCount }, (_, c) => text(row.getCell(c + 1).value));
    });
    d.cells[ws.name] = trim(cells);
    if (ws.name === LISTS_SHEET) continue;
    const model = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } })
      .dataValidations.model;
    d.dropdowns[ws.name] = asRanges(
      Object.entries(model).map(([address, v]) => [
        address,
        { offers: valuesOf(names.find((n) => n.name === v.formulae[0])!.ranges[0]), warns: !!v.showErrorMessage },
      ]),
    );
    const notes: Record<string, string> = {};
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.note) notes[cell.address] = typeof cell.note === 'string' ? cell.note : JSON.stringify(cell.note);
      }),
    );
    d.notes[ws.name] = notes;
    if (ws.views?.[0]?.state === 'frozen') d.frozen.push(ws.name);
    const head = ws.getCell('A1');
    const fill = head.fill as ExcelJS.FillPattern;
    d.look[ws.name] = {
      headerFill: String(fill?.fgColor?.argb).slice(2),
      headerFont: String(head.font?.color?.argb).slice(2),
      bold: !!head.font?.bold,
      font: String(ws.getCell('A2').font?.name),
      size: Number(ws.getCell('A2').font?.size),
    };
    d.widths[ws.name] = (ws.columns ?? []).slice(0, d.cells[ws.name][0]?.length ?? 0).map((c) => c.width ?? 0);
  }
  return d;
}

/** exceljs reads a range's validation back cell by cell: runs of a column with the same list become one range. */
function asRanges(cells: Array<[string, { offers: string; warns: boolean }]>) {
  const parsed = cells
    .map(([address, v]) => ({ col: /^[A-Z]+/.exec(address)![0], row: Number(/\d+$/.exec(address)![0]), v }))
    .sort((a, b) => a.col.localeCompare(b.col) || a.row - b.row);
  const out: Record<string, { offers: string; warns: boolean }> = {};
  for (let i = 0; i < parsed.length;) {
    let j = i;
    const same = (k: number) =>
      parsed[k].col === parsed[i].col &&
      parsed[k].row === parsed[k - 1].row + 1 &&
      JSON.stringify(parsed[k].v) === JSON.stringify(parsed[i].v);
    while (j + 1 < parsed.length && same(j + 1)) j++;
    const first = `${parsed[i].col}${parsed[i].row}`;
    out[i === j ? first : `${first}:${parsed[j].col}${parsed[j].row}`] = parsed[i].v;
    i = j + 1;
  }
  return out;
}

function trim(rows: Cell[][]): Cell[][] {
  const out = Array.from(rows, (r) => r ?? []).map((r) => {
    const copy = [...r];
    while (copy.length && copy[copy.length - 1] === null) copy.pop();
    return copy;
  });
  while (out.length && out[out.length - 1].length === 0) out.pop();
  return out;
}

async function drawnByOffice(content: WorkbookContent): Promise<Drawn> {
  const fake = new FakeWorkbook([], { apiMinor: 18 });
  const caps = capabilitiesOf((_, v) => fake.supports(v));
  await setUpTemplate(fake.run as unknown as ExcelRun, caps, undefined, { content, requireEmpty: true });
  const d: Drawn = {
    sheets: [],
    hidden: [],
    tables: {},
    cells: {},
    dropdowns: {},
    notes: {},
    frozen: [],
    look: {},
    widths: {},
  };
  for (const t of fake.tables) d.tables[t.name] = `${t.sheet.name}:${t.style}`;
  for (const sheet of fake.sheets) {
    d.sheets.push(sheet.name);
    if (sheet.visibility === 'Hidden') d.hidden.push(sheet.name);
    const rows: Cell[][] = [];
    for (const [r, row] of sheet.cells) {
      rows[r - 1] ??= [];
      for (const [c, v] of row) {
        const format = sheet.formats.get(r)?.get(c);
        rows[r - 1][c - 1] = format === 'dd/mm/yyyy' && typeof v === 'number' ? serialDate(v) : text(v);
      }
    }
    d.cells[sheet.name] = trim(Array.from(rows, (r) => Array.from(r ?? [], (v) => v ?? null)));
    if (sheet.name === LISTS_SHEET) continue;
    d.dropdowns[sheet.name] = Object.fromEntries(
      sheet.validations.map((v) => {
        const source = (v.rule as { list: { source: string } }).list.source;
        const table = /^=INDIRECT\("(\w+)\[(.+)\]"\)$/.exec(source);
        let offers: string;
        if (table) {
          const t = fake.tables.find((x) => x.name === table[1])!;
          offers = codeColumn(t.sheet.name, 'A');
        } else {
          const [, col, from, to] = /!\$([A-Z])\$(\d+):\$[A-Z]\$(\d+)$/.exec(source)!;
          offers = Array.from({ length: Number(to) - Number(from) + 1 }, (_, i) =>
            String(fake.value(LISTS_SHEET, `${col}${Number(from) + i}`)),
          ).join('|');
        }
        return [v.address, { offers, warns: !!(v.errorAlert as { showAlert?: boolean } | undefined)?.showAlert }];
      }),
    );
    d.notes[sheet.name] = Object.fromEntries(sheet.notes.map((n) => [n.address, n.content]));
    if (sheet.frozenRows === 1) d.frozen.push(sheet.name);
    const last = (path: string, address?: string) =>
      sheet.formatting.filter((f) => f.path === path && (!address || f.address === address)).at(-1)?.value;
    const header = sheet.formatting.find((f) => f.path === 'fill.color')!.address;
    d.look[sheet.name] = {
      headerFill: String(last('fill.color', header)).slice(1),
      headerFont: String(last('font.color', header)).slice(1),
      bold: last('font.bold', header) === true,
      font: String(last('font.name')),
      size: Number(last('font.size')),
    };
    d.widths[sheet.name] = sheet.formatting.filter((f) => f.path === 'columnWidth').map((f) => Number(f.value) / 6);
  }
  return d;
}

const cases: Array<[string, () => WorkbookContent]> = [
  ['the empty template', emptyContent],
  ['the worked example', () => exampleContent()],
  [
    'an imported regulation (notes, lines left unplaced)',
    () =>
      importText(
        readFileSync(`../shared/seeds/${readdirSync('../shared/seeds').find((f) => f.startsWith('002_'))!}`, 'utf8'),
      ).content,
  ],
];

describe.each(cases)('the template drawn by exceljs and by Office.js: %s', (_name, make) => {
  it('has the same sheets, headers, rows, tables, lists, alerts, notes and look', async () => {
    const content = make();
    const [file, excel] = await Promise.all([drawnByExcelJs(content), drawnByOffice(content)]);
    // Office adds Danh mục after the blocks and the extra sheets, as exceljs does.
    expect(excel.sheets).toEqual(file.sheets);
    expect(excel.hidden).toEqual([LISTS_SHEET]);
    expect(file.hidden).toEqual([LISTS_SHEET]);
    expect(excel.tables).toEqual(file.tables);
    for (const sheet of file.sheets) {
      expect({ sheet, cells: excel.cells[sheet] }).toEqual({ sheet, cells: file.cells[sheet] });
      if (sheet === LISTS_SHEET) continue;
      expect({ sheet, dropdowns: excel.dropdowns[sheet] }).toEqual({ sheet, dropdowns: file.dropdowns[sheet] });
      expect({ sheet, notes: excel.notes[sheet] }).toEqual({ sheet, notes: file.notes[sheet] });
      expect({ sheet, look: excel.look[sheet] }).toEqual({ sheet, look: file.look[sheet] });
      expect({ sheet, widths: excel.widths[sheet] }).toEqual({ sheet, widths: file.widths[sheet] });
    }
    expect(excel.frozen).toEqual(file.frozen);
    // The comparison has something to compare: dropdowns on every block, notes when imported.
    expect(Object.values(file.dropdowns).filter((d) => Object.keys(d).length > 0).length).toBeGreaterThan(4);
    if (content.extraSheets?.length) {
      expect(file.sheets).toContain(content.extraSheets[0].name);
      expect(Object.values(file.notes).reduce((n, notes) => n + Object.keys(notes).length, 0)).toBeGreaterThan(5);
    }
    expect(file.look['Văn bản']).toEqual({
      headerFill: '1F4E79',
      headerFont: 'FFFFFF',
      bold: true,
      font: 'Times New Roman',
      size: 12,
    });
  });
});
