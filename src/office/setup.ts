// Add the template's sheets that the open workbook lacks, through Office.js only: exceljs would
// rewrite the whole file and break tables Excel made. Existing sheets and data are never touched.
// Two syncs: one to see what is there, one for all the writes.
import { columnLetter } from '../core/grid';
import {
  BLOCKS,
  DOCUMENT_FIELDS,
  LISTS_SHEET,
  LIST_VALUES,
  STANDARD_PARTIES,
  type BlockSpec,
  type ListKey,
} from '../core/layout';
import { foldKey } from '../core/text';
import type { ContentValue, WorkbookContent } from '../core/template/content';
import type { SetUpResult } from '../core/workspace';
import type { ExcelRun } from './read-grids';
import { syncWithin } from './sync';

/** Rows a dropdown covers below each header, as in the template file. */
export const INPUT_ROOM = 500;
const HEADER_FILL = '#1F4E79';
/** Excel column widths are in points; the layout gives characters. */
const POINTS_PER_CHAR = 6;

export interface SetUpCapabilities {
  /** Range.dataValidation (ExcelApi 1.8). */
  dropdowns: boolean;
  /** Worksheet.freezePanes (ExcelApi 1.7). */
  freeze: boolean;
  /** Worksheet.notes (ExcelApi 1.18): an import's "Kiểm tra lại" and source notes on their cells. */
  notes?: boolean;
}

export interface SetUpOptions {
  /** Rows to write under the headers (an imported document); the empty template otherwise. */
  content?: WorkbookContent;
  /** Write nothing unless the workbook has none of the blocks (imported data never mixes with existing data). */
  requireEmpty?: boolean;
}

const serial = (d: Date) => d.getTime() / 86_400_000 + 25569;
/** Office parses strings like typing ("01" → 1, "10/11/2022" → a date in the user's locale): text cells get the Text format first. */
const formatOf = (v: ContentValue | undefined) =>
  v instanceof Date ? 'dd/mm/yyyy' : typeof v === 'string' && v !== '' ? '@' : 'General';
const officeValue = (v: ContentValue | undefined): string | number =>
  v === null || v === undefined ? '' : v instanceof Date ? serial(v) : v;

function blockRows(spec: BlockSpec, content: WorkbookContent | undefined): ContentValue[][] {
  if (spec.key === 'document') return DOCUMENT_FIELDS.map((f) => [f.label, content?.document[f.key] ?? null]);
  return (content?.blocks[spec.key] ?? []).map((row) => spec.columns.map((c) => row[c.key] ?? null));
}

/** Which blocks a workbook already has: a sheet of the block's name or a table of its name anywhere. */
export function missingBlocks(sheetNames: string[], tableNames: string[]): BlockSpec[] {
  const sheets = new Set(sheetNames.map(foldKey));
  const tables = new Set(tableNames.map(foldKey));
  return BLOCKS.filter((b) => !sheets.has(foldKey(b.sheet)) && !tables.has(foldKey(b.table)));
}

const quote = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;

/** Column titles of the hidden Danh mục sheet. */
const LIST_TITLES: Record<ListKey, string> = {
  documentKinds: 'Loại văn bản',
  partyCodes: 'Mã bên chuẩn',
  partyKinds: 'Loại bên',
  partyRoles: 'Vai trò',
  cadences: 'Chu kỳ',
  capacities: 'Thẩm quyền ký',
  statuses: 'Trạng thái',
  clauseIds: 'Mã điều khoản',
  disseminationMethods: 'Hình thức phổ biến',
};

function listEntries(): Array<[ListKey, readonly string[]]> {
  const lists = Object.entries(LIST_VALUES) as Array<[ListKey, readonly string[]]>;
  return lists;
}

/** Data-validation source of each list: our Danh mục columns, or the block tables for codes. */
function listSources(listsSheetIsOurs: boolean): Partial<Record<ListKey, string>> {
  const sources: Partial<Record<ListKey, string>> = {
    // Codes come from the workbook's own tables, wherever the user moved them.
    partyCodes: '=INDIRECT("CacBen[Mã]")',
    clauseIds: '=INDIRECT("DieuKhoan[Mã]")',
  };
  listEntries().forEach(([key, values], i) => {
    if (listsSheetIsOurs) {
      const col = columnLetter(i + 1);
      sources[key] = `=${quote(LISTS_SHEET)}!$${col}$2:$${col}$${values.length + 1}`;
    } else if (!values.some((v) => v.includes(','))) {
      sources[key] = values.join(',');
    }
  });
  return sources;
}

export async function setUpTemplate(
  run: ExcelRun,
  caps: SetUpCapabilities,
  timeoutMs?: number,
  options: SetUpOptions = {},
): Promise<SetUpResult> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets.load('items/name');
    const tables = context.workbook.tables.load('items/name');
    await syncWithin(context, timeoutMs);
    const sheetNames = sheets.items.map((s) => s.name);
    const missing = missingBlocks(
      sheetNames,
      tables.items.map((t) => t.name),
    );
    const kept = BLOCKS.filter((b) => !missing.includes(b)).map((b) => b.sheet);
    if (options.requireEmpty && kept.length > 0) return { added: [], kept, dropdowns: caps.dropdowns, refused: true };
    if (missing.length === 0) return { added: [], kept, dropdowns: caps.dropdowns };

    const added: string[] = [];
    const addLists = caps.dropdowns && !sheetNames.some((n) => foldKey(n) === foldKey(LISTS_SHEET));
    const sources = caps.dropdowns ? listSources(addLists) : {};

    for (const spec of missing) {
      const ws = context.workbook.worksheets.add(spec.sheet);
      added.push(spec.sheet);
      const width = spec.columns.length;
      const last = columnLetter(width);
      const header = ws.getRange(`A1:${last}1`);
      header.values = [spec.columns.map((c) => c.header)];
      header.format.font.bold = true;
      header.format.font.color = '#FFFFFF';
      header.format.fill.color = HEADER_FILL;
      header.format.wrapText = true;
      const rows = blockRows(spec, options.content);
      if (rows.length > 0) {
        const body = ws.getRange(`A2:${last}${rows.length + 1}`);
        body.numberFormat = rows.map((r) => r.map(formatOf));
        body.values = rows.map((r) => r.map(officeValue));
      }
      // A table needs a data row; Văn bản's rows are its labels.
      const table = ws.tables.add(`A1:${last}${Math.max(2, rows.length + 1)}`, true);
      table.name = spec.table;
      spec.columns.forEach((c, i) => {
        const col = columnLetter(i + 1);
        ws.getRange(`${col}:${col}`).format.columnWidth = c.width * POINTS_PER_CHAR;
        if (caps.dropdowns && c.list && sources[c.list]) {
          ws.getRange(`${col}2:${col}${INPUT_ROOM + 1}`).dataValidation.rule = {
            list: { inCellDropDown: true, source: sources[c.list]! },
          };
        }
      });
      if (spec.key === 'document' && caps.dropdowns) {
        DOCUMENT_FIELDS.forEach((f, i) => {
          if ('list' in f && f.list && sources[f.list]) {
            ws.getRange(`B${i + 2}`).dataValidation.rule = { list: { inCellDropDown: true, source: sources[f.list]! } };
          }
        });
      }
      if (caps.freeze) ws.freezePanes.freezeRows(1);
      // As the file import writes them: a field's note on its value (B), a row's on its first cell.
      const notes = options.content?.notes?.[spec.key];
      if (caps.notes && notes)
        for (const [index, note] of Object.entries(notes))
          ws.notes.add(`${spec.key === 'document' ? 'B' : 'A'}${Number(index) + 2}`, note);
    }

    for (const extra of options.content?.extraSheets ?? []) {
      if (sheetNames.some((n) => foldKey(n) === foldKey(extra.name))) continue;
      const ws = context.workbook.worksheets.add(extra.name);
      const width = Math.max(1, extra.headers.length, ...extra.rows.map((r) => r.length));
      const pad = (r: ContentValue[]) => Array.from({ length: width }, (_, i) => r[i] ?? null);
      const all = [pad(extra.headers), ...extra.rows.map(pad)];
      const range = ws.getRange(`A1:${columnLetter(width)}${all.length}`);
      range.numberFormat = all.map((r) => r.map(formatOf));
      range.values = all.map((r) => r.map(officeValue));
      ws.getRange(`A1:${columnLetter(width)}1`).format.font.bold = true;
      added.push(extra.name);
    }

    if (addLists) {
      const ws = context.workbook.worksheets.add(LISTS_SHEET);
      listEntries().forEach(([key, values], i) => {
        const col = columnLetter(i + 1);
        ws.getRange(`${col}1:${col}${values.length + 1}`).values = [[LIST_TITLES[key]], ...values.map((v) => [v])];
      });
      const codes = STANDARD_PARTIES.map((p) => p.code);
      const col = columnLetter(listEntries().length + 1);
      ws.getRange(`${col}1:${col}${codes.length + 1}`).values = [[LIST_TITLES.partyCodes], ...codes.map((c) => [c])];
      ws.visibility = 'Hidden';
      added.push(LISTS_SHEET);
    }
    await syncWithin(context, timeoutMs);
    return { added, kept, dropdowns: caps.dropdowns };
  });
}
