// Add the template's sheets that the open workbook lacks, through Office.js only: exceljs would
// rewrite the whole file and break tables Excel made. Existing sheets and data are never touched.
// Two syncs: one to see what is there, one for all the writes.
import { address, columnLetter } from '../core/grid';
import { BLOCKS, LISTS_SHEET, type BlockSpec, type ListKey } from '../core/layout';
import { foldKey } from '../core/text';
import { emptyContent, type ContentValue, type WorkbookContent } from '../core/template/content';
import {
  LIST_ALERT,
  TEMPLATE_LOOK,
  listRange,
  templateLists,
  templateSheets,
  type TemplateSheet,
} from '../core/template/sheets';
import type { SetUpResult } from '../core/workspace';
import type { ExcelRun } from './read-grids';
import { syncWithin } from './sync';

/** Rows a dropdown covers below each header, as in the template file. */
export const INPUT_ROOM = TEMPLATE_LOOK.inputRoom;
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

/** Which blocks a workbook already has: a sheet of the block's name or a table of its name anywhere. */
export function missingBlocks(sheetNames: string[], tableNames: string[]): BlockSpec[] {
  const sheets = new Set(sheetNames.map(foldKey));
  const tables = new Set(tableNames.map(foldKey));
  return BLOCKS.filter((b) => !sheets.has(foldKey(b.sheet)) && !tables.has(foldKey(b.table)));
}

const LISTS = templateLists();

/** Data-validation source of each list: our Danh mục columns, or the block tables for codes. */
function listSources(listsSheetIsOurs: boolean): Partial<Record<ListKey, string>> {
  const sources: Partial<Record<ListKey, string>> = {};
  for (const list of LISTS) {
    // Codes come from the workbook's own tables, wherever the user moved them.
    if (list.fromTable) sources[list.key] = `=INDIRECT("${list.fromTable.table}[${list.fromTable.header}]")`;
    else if (listsSheetIsOurs) sources[list.key] = `=${listRange(list)}`;
    else if (!list.values.some((v) => v.includes(','))) sources[list.key] = list.values.join(',');
  }
  return sources;
}

/** Draw one sheet of the spec on a new worksheet. */
function drawSheet(
  ws: Excel.Worksheet,
  sheet: TemplateSheet,
  caps: SetUpCapabilities,
  sources: Partial<Record<ListKey, string>>,
) {
  const last = columnLetter(sheet.headers.length);
  const header = ws.getRange(`A1:${last}1`);
  header.values = [sheet.headers];
  const rows = sheet.rows;
  if (rows.length > 0) {
    const body = ws.getRange(`A2:${last}${rows.length + 1}`);
    body.numberFormat = rows.map((r) => r.map(formatOf));
    body.values = rows.map((r) => r.map(officeValue));
  }
  // A table needs a data row; Văn bản's rows are its labels.
  if (sheet.table) {
    const table = ws.tables.add(`A1:${last}${Math.max(2, rows.length + 1)}`, true);
    table.name = sheet.table;
    table.style = TEMPLATE_LOOK.tableStyle;
  }
  const all = ws.getRange(`A:${last}`);
  all.format.font.name = TEMPLATE_LOOK.font;
  all.format.font.size = TEMPLATE_LOOK.size;
  all.format.verticalAlignment = 'Top';
  all.format.wrapText = true;
  header.format.font.bold = true;
  header.format.font.color = `#${TEMPLATE_LOOK.headerFontColour}`;
  header.format.fill.color = `#${TEMPLATE_LOOK.headerFill}`;
  header.format.horizontalAlignment = 'Center';
  header.format.verticalAlignment = 'Center';
  if (sheet.boldLabels && rows.length > 0) ws.getRange(`A2:A${rows.length + 1}`).format.font.bold = true;
  sheet.widths.forEach((w, i) => {
    const col = columnLetter(i + 1);
    ws.getRange(`${col}:${col}`).format.columnWidth = w * POINTS_PER_CHAR;
  });
  if (caps.dropdowns)
    for (const d of sheet.dropdowns) {
      const source = sources[d.list];
      if (!source) continue;
      const validation = ws.getRange(d.range).dataValidation;
      validation.rule = { list: { inCellDropDown: true, source } };
      const list = LISTS.find((l) => l.key === d.list)!;
      validation.errorAlert = {
        showAlert: list.strict,
        style: 'Warning',
        title: LIST_ALERT.title,
        message: LIST_ALERT.message,
      };
    }
  if (caps.freeze) ws.freezePanes.freezeRows(1);
  if (caps.notes) for (const note of sheet.notes) ws.notes.add(address(note.row, note.col), note.text);
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

    const plan = templateSheets(options.content ?? emptyContent());
    const wanted = new Set(missing.map((b) => b.key));
    for (const sheet of plan) {
      if (sheet.block ? !wanted.has(sheet.block) : sheetNames.some((n) => foldKey(n) === foldKey(sheet.name))) continue;
      drawSheet(context.workbook.worksheets.add(sheet.name), sheet, caps, sources);
      added.push(sheet.name);
    }

    if (addLists) {
      const ws = context.workbook.worksheets.add(LISTS_SHEET);
      for (const list of LISTS) {
        if (!list.column) continue;
        const col = list.column;
        ws.getRange(`${col}1:${col}${list.values.length + 1}`).values = [[list.title], ...list.values.map((v) => [v])];
        ws.getRange(`${col}1`).format.font.bold = true;
        ws.getRange(`${col}:${col}`).format.columnWidth = TEMPLATE_LOOK.listWidth * POINTS_PER_CHAR;
      }
      ws.visibility = 'Hidden';
      added.push(LISTS_SHEET);
    }
    await syncWithin(context, timeoutMs);
    return { added, kept, dropdowns: caps.dropdowns };
  });
}
