// Finding a block in the grids (by Excel Table name first, else by sheet name and header row) and
// reading its rows: each cell's value and address by the block's columns, other columns kept as
// extras, error values and legacy-encoded text noted on the way.
import { rowsBelowTable, type RowsBelowTable } from './below-table';
import { address, isCellError, parseRange, type CellValue, type SheetGrid } from './grid';
import { UserError } from './i18n';
import type { BlockSpec } from './layout';
import type { BlockPlace, CellProblem, LegacyTextCell } from './model';
import { clean, foldKey } from './text';
import type { NotedBlock } from './unconfirmed';
import { legacyReading } from './vietnamese/legacy';
import { formatDateVi, isoFromUtc } from './values';

export interface ReadOptions {
  /** How the file is named in messages. */
  source?: string;
  /** Refuse a block with more data rows than this (default 100,000). */
  maxRows?: number;
}

const HEADER_SCAN_ROWS = 15;

/** Text of a cell as a user sees it (dates as dd/mm/yyyy). */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return formatDateVi(isoFromUtc(v));
  if (isCellError(v)) return '';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Math.round(v * 1e6) / 1e6);
  return clean(v);
}

interface Located2D {
  grid: SheetGrid;
  top: number; // header row, 1-based
  left: number;
  right: number;
  bottom: number;
  viaTable: boolean;
  /** Data rows typed under the Table, read as part of the block. */
  belowTable?: RowsBelowTable;
}

function cellAt(grid: SheetGrid, row: number, col: number): CellValue | undefined {
  const o = grid.origin ?? { row: 1, col: 1 };
  return grid.rows[row - o.row]?.[col - o.col];
}

function lastRow(grid: SheetGrid): number {
  return (grid.origin?.row ?? 1) + grid.rows.length - 1;
}

function lastCol(grid: SheetGrid): number {
  let width = 0;
  for (const r of grid.rows) if (r && r.length > width) width = r.length;
  return (grid.origin?.col ?? 1) + width - 1;
}

/** What reading the cells turns up besides values: error values and legacy-encoded text. */
export interface CellFindings {
  cellErrors: CellProblem[];
  legacyTexts: LegacyTextCell[];
}

/** A name or header typed with a legacy font, as the text it reads as (a whole workbook typed in .VnTime still opens). */
function legacyKey(text: string): string | null {
  const legacy = legacyReading(text);
  return legacy ? foldKey(legacy.reading) : null;
}

export function findBlock(grids: SheetGrid[], spec: BlockSpec, seen: CellFindings): Located2D | null {
  const tableKey = foldKey(spec.table);
  for (const grid of grids) {
    for (const table of grid.tables ?? []) {
      if (foldKey(table.name) !== tableKey) continue;
      const r = parseRange(table.range);
      if (!r) continue;
      const below = rowsBelowTable(grid, table);
      return {
        grid,
        top: r.top,
        left: r.left,
        right: r.right,
        bottom: below?.last ?? r.bottom,
        viaTable: true,
        ...(below ? { belowTable: below } : {}),
      };
    }
  }
  const sheetKey = foldKey(spec.sheet);
  let grid = grids.find((g) => foldKey(g.name) === sheetKey);
  if (!grid) {
    for (const g of grids) {
      const legacy = legacyReading(g.name);
      if (!legacy || foldKey(legacy.reading) !== sheetKey) continue;
      grid = g;
      seen.legacyTexts.push({
        kind: 'sheetName',
        sheet: g.name,
        cell: '',
        row: 0,
        column: '',
        text: g.name,
        ...legacy,
      });
      break;
    }
    if (!grid) return null;
  }
  // The header row is the first row holding the block's first required header.
  const firstHeader = foldKey(spec.columns.find((c) => c.required)!.header);
  const top0 = grid.origin?.row ?? 1;
  const left0 = grid.origin?.col ?? 1;
  const right = lastCol(grid);
  for (let r = top0; r < top0 + Math.min(HEADER_SCAN_ROWS, grid.rows.length); r++) {
    for (let col = left0; col <= right; col++) {
      const text = cellText(cellAt(grid, r, col));
      if (foldKey(text) === firstHeader || legacyKey(text) === firstHeader) {
        return { grid, top: r, left: left0, right, bottom: lastRow(grid), viaTable: false };
      }
    }
  }
  return { grid, top: top0, left: left0, right, bottom: lastRow(grid), viaTable: false };
}

export interface BlockRows {
  place: BlockPlace;
  /** Where the block's columns are, for the notes on its cells. */
  noted: Omit<NotedBlock, 'rows'>;
  rows: Array<{
    row: number;
    values: Record<string, CellValue | undefined>;
    cells: Record<string, string>;
    extra?: Record<string, string>;
  }>;
}

export function readBlock(
  found: Located2D,
  spec: BlockSpec,
  opts: Required<ReadOptions>,
  seen: CellFindings,
): BlockRows {
  const { grid, top } = found;
  const columnOf: Record<string, number> = {};
  const extraCols: Array<[number, string]> = [];
  const known = new Map(spec.columns.map((c) => [foldKey(c.header), c]));
  for (let col = found.left; col <= found.right; col++) {
    const header = cellText(cellAt(grid, top, col));
    if (!header) continue;
    let spec2 = known.get(foldKey(header));
    if (!spec2) {
      const legacy = legacyReading(header);
      spec2 = legacy ? known.get(foldKey(legacy.reading)) : undefined;
      if (spec2)
        seen.legacyTexts.push({
          kind: 'header',
          sheet: grid.name,
          cell: address(top, col),
          row: top,
          column: spec2.header,
          text: header,
          ...legacy!,
        });
    }
    if (!spec2) {
      extraCols.push([col, header]);
      continue;
    }
    if (columnOf[spec2.key] !== undefined) {
      throw new UserError('input.duplicateColumn', {
        file: opts.source,
        sheet: grid.name,
        column: spec2.header,
        row: top,
      });
    }
    columnOf[spec2.key] = col;
  }
  for (const column of spec.columns) {
    if (column.required && columnOf[column.key] === undefined) {
      throw new UserError('input.missingColumn', {
        file: opts.source,
        sheet: grid.name,
        column: column.header,
        row: top,
      });
    }
  }
  const rows: BlockRows['rows'] = [];
  let last = top;
  const dataRows = found.bottom - top;
  if (dataRows > opts.maxRows) {
    throw new UserError('input.tooManyRows', {
      file: opts.source,
      sheet: grid.name,
      rows: dataRows,
      limit: opts.maxRows,
    });
  }
  for (let r = top + 1; r <= found.bottom; r++) {
    const values: Record<string, CellValue | undefined> = {};
    const cells: Record<string, string> = {};
    let any = false;
    for (const column of spec.columns) {
      const col = columnOf[column.key];
      if (col === undefined) continue;
      const v = cellAt(grid, r, col);
      cells[column.key] = address(r, col);
      if (isCellError(v)) {
        seen.cellErrors.push({
          sheet: grid.name,
          cell: address(r, col),
          row: r,
          error: v.error,
          column: column.header,
        });
        any = true;
        continue;
      }
      if (typeof v === 'string') {
        const legacy = legacyReading(v);
        if (legacy)
          seen.legacyTexts.push({
            kind: 'value',
            sheet: grid.name,
            cell: address(r, col),
            row: r,
            column: column.header,
            text: v,
            ...legacy,
          });
      }
      values[column.key] = v;
      if (v !== null && v !== undefined && cellText(v) !== '') any = true;
    }
    let extra: Record<string, string> | undefined;
    for (const [col, header] of extraCols) {
      const text = cellText(cellAt(grid, r, col));
      if (text) (extra ??= {})[header] = text;
    }
    if (!any) continue;
    rows.push({ row: r, values, cells, extra });
    last = r;
  }
  return {
    place: {
      sheet: grid.name,
      viaTable: found.viaTable,
      headerRow: top,
      nextRow: last + 1,
      ...(found.belowTable ? { belowTable: found.belowTable } : {}),
    },
    noted: { spec, grid, columnOf, extraCols },
    rows,
  };
}
