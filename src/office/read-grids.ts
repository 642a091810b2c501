// The open workbook → SheetGrid[] in a fixed number of round trips, whatever the row count:
//   sync 1  sheet names and table names
//   sync 2  used-range address of each sheet; range and sheet of each table
//   sync 3  values + number formats of the sheets that hold a block, and of a tracking workbook's
//           Theo dõi and Tổng hợp (Báo cáo reads them; when Theo dõi was renamed, the workbook's
//           other sheets): row chunks, all queued at once
// Cell notes (ExcelApi 1.18, when the host has them) ride along: their texts with sync 2, the
// cells they sit on with the first chunks of sync 3, so a workbook with notes costs no extra sync.
// Only when the sheets together exceed one request's budget (Excel on the web answers at most
// 5 MB per request) do the chunks spread over more syncs; a payload error halves them and retries.
import { address, columnLetter, parseRange, type CellValue, type SheetGrid, type TableRef } from '../core/grid';
import { BLOCKS } from '../core/layout';
import { foldKey } from '../core/text';
import { TRACKING_SHEETS } from '../core/tracking-book/contract';
import { isPayloadError, syncWithin, type SyncCounter } from './sync';

/** Excel.run, injected so tests can hand in a fake. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ReadGridsOptions {
  timeoutMs?: number;
  /** Cells asked for in one sync (values + number formats). ~35 bytes a cell keeps a sync near 3.5 MB. */
  maxCellsPerSync?: number;
  /** Read cell notes too: the host's `notes` capability (ExcelApi 1.18); without it grids carry none. */
  notes?: boolean;
}

export interface ReadGridsResult {
  grids: SheetGrid[];
  stats: { syncs: number; runs: number; chunks: number; cells: number; sheets: number };
}

export const DEFAULT_MAX_CELLS_PER_SYNC = 100_000;

// What Excel shows for an error value; Range.values returns these as strings.
const ERROR_VALUES = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
  '#EXTERNAL!',
  '#PYTHON!',
]);

/** The test exceljs applies (utils.isDateFmt), so a date cell reads the same here as in the CLI. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]+/.test(bare);
}

/** An Excel serial day number as the UTC date exceljs would give. */
export function dateFromSerial(serial: number): Date {
  return new Date(Math.round((serial - 25569) * 86_400_000));
}

/** One Range.values cell (+ its number format) as a grid cell, the way exceljs reads the same file. */
export function cellFromOffice(value: unknown, format: string | undefined): CellValue {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'string') return ERROR_VALUES.has(value) ? { error: value } : value;
  if (typeof value === 'number') return isDateFormat(format) ? dateFromSerial(value) : value;
  if (typeof value === 'boolean') return value;
  return String(value);
}

const BLOCK_SHEETS = new Set(BLOCKS.map((b) => foldKey(b.sheet)));
const BLOCK_TABLES = new Set(BLOCKS.map((b) => foldKey(b.table)));
// The regulation's block sheets, and what Báo cáo reads of a tracking workbook (its tasks and
// marks, and the parties' names on Tổng hợp).
const SHEETS_READ = new Set([...BLOCK_SHEETS, foldKey(TRACKING_SHEETS.tracking), foldKey(TRACKING_SHEETS.summary)]);
// A tracking workbook's sheets that Báo cáo never needs.
const NEVER_READ = new Set([foldKey(TRACKING_SHEETS.calendar), foldKey(TRACKING_SHEETS.lists)]);

const bareAddress = (a: string) => (a.includes('!') ? a.slice(a.lastIndexOf('!') + 1) : a);

interface SheetPlan {
  name: string;
  bottom: number;
  right: number;
  tables: TableRef[];
}

export interface Chunk {
  sheet: string;
  top: number;
  bottom: number;
  right: number;
}

const cellsOf = (c: Chunk) => (c.bottom - c.top + 1) * c.right;

/** Row slices of at most `maxCells` cells each. */
export function chunkRows(sheet: string, bottom: number, right: number, maxCells: number): Chunk[] {
  const rowsPer = Math.max(1, Math.floor(maxCells / Math.max(1, right)));
  const chunks: Chunk[] = [];
  for (let top = 1; top <= bottom; top += rowsPer)
    chunks.push({ sheet, top, bottom: Math.min(bottom, top + rowsPer - 1), right });
  return chunks;
}

/** Chunks grouped so each group stays within `maxCells`. */
function groupChunks(chunks: Chunk[], maxCells: number): Chunk[][] {
  const groups: Chunk[][] = [];
  let current: Chunk[] = [];
  let size = 0;
  for (const c of chunks) {
    if (current.length > 0 && size + cellsOf(c) > maxCells) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(c);
    size += cellsOf(c);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

export interface ChunkData {
  chunk: Chunk;
  values: unknown[][];
  formats: string[][];
}

/** Queue every chunk's values + formats, then one sync (exported for the office-addin-mock tests). */
export async function readChunks(
  context: Excel.RequestContext,
  group: Chunk[],
  timeoutMs: number,
  counter: SyncCounter,
): Promise<ChunkData[]> {
  const loaded = group.map((chunk) => ({
    chunk,
    range: context.workbook.worksheets
      .getItem(chunk.sheet)
      .getRange(`A${chunk.top}:${columnLetter(chunk.right)}${chunk.bottom}`)
      .load('values,numberFormat'),
  }));
  await syncWithin(context, timeoutMs, counter);
  return loaded.map(({ chunk, range }) => ({ chunk, values: range.values ?? [], formats: range.numberFormat ?? [] }));
}

/** The notes of one sheet, read in an earlier sync of the run: their texts in collection order. */
interface SheetNotes {
  sheet: string;
  contents: string[];
}

/**
 * Queue where each note sits (for the next sync) and return a reader of sheet → address → text.
 * Notes are found again by index, so this works in a fresh run too (after a payload error).
 * @requires ExcelApi 1.18
 */
function queueNoteLocations(
  context: Excel.RequestContext,
  sheets: SheetNotes[],
): () => Map<string, Record<string, string>> {
  const queued = sheets.map(({ sheet, contents }) => {
    const notes = context.workbook.worksheets.getItem(sheet).notes;
    return { sheet, contents, ranges: contents.map((_, i) => notes.getItemAt(i).getLocation().load('address')) };
  });
  return () => {
    const bySheet = new Map<string, Record<string, string>>();
    for (const { sheet, contents, ranges } of queued) {
      const notes: Record<string, string> = {};
      ranges.forEach((range, i) => {
        const at = parseRange(bareAddress(range.address));
        if (at && contents[i]) notes[address(at.top, at.left)] = contents[i];
      });
      bySheet.set(sheet, notes);
    }
    return bySheet;
  };
}

/**
 * The text of every note of each sheet (queued; read after the next sync).
 * @requires ExcelApi 1.18
 */
function queueNoteTexts(context: Excel.RequestContext, sheets: string[]): () => SheetNotes[] {
  const loaded = sheets.map((sheet) => ({
    sheet,
    notes: context.workbook.worksheets.getItem(sheet).notes.load('items/content'),
  }));
  return () => loaded.map(({ sheet, notes }) => ({ sheet, contents: notes.items.map((n) => n.content) }));
}

export async function readGridsFromExcel(run: ExcelRun, options: ReadGridsOptions = {}): Promise<ReadGridsResult> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const maxCells = options.maxCellsPerSync ?? DEFAULT_MAX_CELLS_PER_SYNC;
  const counter: SyncCounter = { syncs: 0 };
  const stats = { syncs: 0, runs: 1, chunks: 0, cells: 0, sheets: 0 };
  let plans: SheetPlan[] = [];
  const data: ChunkData[] = [];
  let pending: Chunk[][] = [];
  // Notes of the block sheets still to be placed, then where they sit.
  let noteTexts: SheetNotes[] = [];
  let notesBySheet: Map<string, Record<string, string>> | null = null;

  await run(async (context) => {
    const sheets = context.workbook.worksheets.load('items/name');
    const tables = context.workbook.tables.load('items/name');
    await syncWithin(context, timeoutMs, counter);

    const used = sheets.items.map((ws) => ({
      name: ws.name,
      range: ws.getUsedRangeOrNullObject(true).load('address'),
    }));
    const tableInfo = tables.items.map((table) => ({
      name: table.name,
      range: table.getRange().load('address'),
      sheet: table.worksheet.load('name'),
    }));
    const texts = options.notes
      ? queueNoteTexts(
          context,
          sheets.items.map((ws) => ws.name),
        )
      : null;
    await syncWithin(context, timeoutMs, counter);

    const tablesBySheet = new Map<string, TableRef[]>();
    for (const t of tableInfo) {
      const list = tablesBySheet.get(t.sheet.name) ?? [];
      list.push({ name: t.name, range: bareAddress(t.range.address) });
      tablesBySheet.set(t.sheet.name, list);
    }
    plans = [];
    const holdsBlock = (name: string) =>
      BLOCK_SHEETS.has(foldKey(name)) || (tablesBySheet.get(name) ?? []).some((t) => BLOCK_TABLES.has(foldKey(t.name)));
    // A tracking workbook whose Theo dõi the school renamed ("Theo dõi 2026"): with no regulation
    // block and no sheet of that name, every other sheet is read for the reader to find the table by
    // its headers, as it does in a file.
    const renamedTracking =
      !used.some((u) => foldKey(u.name) === foldKey(TRACKING_SHEETS.tracking)) && !used.some((u) => holdsBlock(u.name));
    for (const u of used) {
      const relevant =
        SHEETS_READ.has(foldKey(u.name)) || holdsBlock(u.name) || (renamedTracking && !NEVER_READ.has(foldKey(u.name)));
      if (!relevant) continue;
      const sheetTables = tablesBySheet.get(u.name) ?? [];
      // Read from A1 so the grid has the same origin as a file read: the reader's header scan
      // then looks at the same rows whichever host filled the grid.
      const bounds = u.range.isNullObject ? null : parseRange(bareAddress(u.range.address));
      plans.push({ name: u.name, bottom: bounds?.bottom ?? 0, right: bounds?.right ?? 0, tables: sheetTables });
    }
    const chunks = plans.flatMap((p) => (p.bottom > 0 ? chunkRows(p.name, p.bottom, p.right, maxCells) : []));
    pending = groupChunks(chunks, maxCells);
    stats.chunks = chunks.length;
    const planned = new Set(plans.map((p) => p.name));
    noteTexts = (texts?.() ?? []).filter((n) => planned.has(n.sheet) && n.contents.length > 0);

    // Same run, so a normal workbook costs three syncs in all.
    while (pending.length > 0) {
      const group = pending[0];
      try {
        const located =
          options.notes && !notesBySheet && noteTexts.length ? queueNoteLocations(context, noteTexts) : null;
        data.push(...(await readChunks(context, group, timeoutMs, counter)));
        if (located) notesBySheet = located();
        pending.shift();
      } catch (e) {
        if (!isPayloadError(e)) throw e;
        break; // the context may be spoiled after a failed request: go on in a fresh run below
      }
    }
  });

  // Payload too large: halve the chunks of the failed group and try again, each in a new run.
  while (pending.length > 0) {
    const group = pending.shift()!;
    stats.runs++;
    try {
      const got = await run(async (context) => {
        const located =
          options.notes && !notesBySheet && noteTexts.length ? queueNoteLocations(context, noteTexts) : null;
        const chunkData = await readChunks(context, group, timeoutMs, counter);
        if (located) notesBySheet = located();
        return chunkData;
      });
      data.push(...got);
    } catch (e) {
      if (!isPayloadError(e)) throw e;
      const smaller = group.flatMap((c) => {
        if (c.bottom === c.top) throw e; // one row is still too big: nothing more to split
        const mid = Math.floor((c.top + c.bottom) / 2);
        return [
          { ...c, bottom: mid },
          { ...c, top: mid + 1 },
        ];
      });
      stats.chunks += smaller.length - group.length;
      pending.unshift(...smaller.map((c) => [c]));
    }
  }

  const rowsBySheet = new Map<string, CellValue[][]>();
  for (const p of plans) rowsBySheet.set(p.name, new Array<CellValue[]>(p.bottom));
  for (const { chunk, values, formats } of data) {
    const rows = rowsBySheet.get(chunk.sheet)!;
    for (let i = 0; i < values.length; i++) {
      const src = values[i];
      const fmt = formats[i];
      const row: CellValue[] = new Array(src.length);
      for (let j = 0; j < src.length; j++) row[j] = cellFromOffice(src[j], fmt?.[j]);
      rows[chunk.top - 1 + i] = row;
      stats.cells += src.length;
    }
  }
  const grids: SheetGrid[] = plans.map((p) => {
    const rows = rowsBySheet.get(p.name)!;
    for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
    const grid: SheetGrid = { name: p.name, rows, tables: p.tables };
    const notes = notesBySheet?.get(p.name);
    if (notes && Object.keys(notes).length > 0) grid.notes = notes;
    return grid;
  });
  stats.syncs = counter.syncs;
  stats.sheets = grids.length;
  return { grids, stats };
}
