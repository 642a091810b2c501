// Reading a filled tracking workbook (tracking/contract.ts) back: the Theo dõi table's tasks and the
// marks in their month columns, plus the provenance the generator stored in the properties.
// Lenient on purpose: schools retype marks, insert rows, and some rebuild the sheet by hand.
import { address, parseRange, type CellValue, type SheetGrid } from '../grid';
import { UserError } from '../i18n';
import { cellText } from '../read-workbook';
import { clean, codeKey, foldKey, splitCodes, stripMarks } from '../text';
import {
  readMark,
  readProvenance,
  TRACKING_HEADERS,
  hasMarkerKeyword,
  TRACKING_SHEETS,
  type Mark,
  type TrackingProvenance,
} from './contract';
import { parseSchoolYear, type SchoolYear } from '../values';

/** Document properties a host can read without parsing sheets. */
export interface WorkbookProps {
  keywords?: string;
  description?: string;
  title?: string;
  subject?: string;
}

export interface TrackingOccurrence {
  /** Calendar month 1..12. */
  month: number;
  cell: string;
  mark: Mark;
}

export interface TrackingTask {
  row: number;
  no: string;
  clauseId: string;
  task: string;
  lead: string;
  support: string[];
  cadence: string;
  occurrences: TrackingOccurrence[];
}

export interface TrackingData {
  sheet: string;
  headerRow: number;
  /** Month columns found, in sheet order (calendar month numbers). */
  months: number[];
  tasks: TrackingTask[];
  generated: boolean;
  provenance: Partial<TrackingProvenance>;
  schoolYear: SchoolYear | null;
  school: string;
  managingAuthority: string;
  sourceNumber: string;
}

const HEADER_SCAN_ROWS = 40;
const NOT_PLANNED = /^[-\u2010-\u2015./]+$/;
const KEY = {
  no: foldKey(TRACKING_HEADERS.no),
  clauseId: foldKey(TRACKING_HEADERS.clauseId),
  task: foldKey(TRACKING_HEADERS.task),
  lead: foldKey(TRACKING_HEADERS.lead),
  support: foldKey(TRACKING_HEADERS.support),
  cadence: foldKey(TRACKING_HEADERS.cadence),
};

export function hasTrackingMarker(props: WorkbookProps | undefined): boolean {
  return hasMarkerKeyword(props?.keywords);
}

/** `T9`, `T 10`, `Tháng 9`, `th9` → 9; anything else → null. */
export function monthOfHeader(text: string): number | null {
  const m = /^(?:t|th|thang)\s*\.?\s*(\d{1,2})$/.exec(stripMarks(clean(text)).toLowerCase());
  if (!m) return null;
  const n = Number(m[1]);
  return n >= 1 && n <= 12 ? n : null;
}

function cellAt(grid: SheetGrid, row: number, col: number): CellValue | undefined {
  const o = grid.origin ?? { row: 1, col: 1 };
  return grid.rows[row - o.row]?.[col - o.col];
}

function width(grid: SheetGrid): number {
  let w = 0;
  for (const r of grid.rows) if (r && r.length > w) w = r.length;
  return (grid.origin?.col ?? 1) + w - 1;
}

interface Located {
  grid: SheetGrid;
  headerRow: number;
  /** The last header row (month labels may sit one row below a merged "Tháng" heading). */
  lastHeaderRow: number;
  columns: Partial<Record<keyof typeof KEY, number>>;
  monthCols: Array<[number, number]>;
}

function locateIn(grid: SheetGrid): Located | null {
  const top = grid.origin?.row ?? 1;
  const left = grid.origin?.col ?? 1;
  const right = width(grid);
  for (let r = top; r < top + Math.min(HEADER_SCAN_ROWS, grid.rows.length); r++) {
    const columns: Located['columns'] = {};
    for (let col = left; col <= right; col++) {
      const key = foldKey(cellText(cellAt(grid, r, col)));
      for (const [name, header] of Object.entries(KEY) as Array<[keyof typeof KEY, string]>) {
        if (key === header && columns[name] === undefined) columns[name] = col;
      }
    }
    if (columns.task === undefined || columns.lead === undefined) continue;
    for (const monthsRow of [r, r + 1]) {
      const monthCols: Array<[number, number]> = [];
      const seen = new Set<number>();
      for (let col = left; col <= right; col++) {
        const m = monthOfHeader(cellText(cellAt(grid, monthsRow, col)));
        if (m !== null && !seen.has(m)) {
          seen.add(m);
          monthCols.push([col, m]);
        }
      }
      if (monthCols.length > 0) return { grid, headerRow: r, lastHeaderRow: monthsRow, columns, monthCols };
    }
  }
  return null;
}

/** Where the Theo dõi table is: the sheet of that name first, else any sheet with its header row. */
export function locateTrackingTable(grids: SheetGrid[]): Located | null {
  const named = grids.find((g) => foldKey(g.name) === foldKey(TRACKING_SHEETS.tracking));
  if (named) {
    const found = locateIn(named);
    if (found) return found;
  }
  for (const grid of grids) {
    if (grid === named) continue;
    const found = locateIn(grid);
    if (found) return found;
  }
  return null;
}

/** A generated tracking workbook, or a sheet laid out like one. */
export function isTrackingWorkbook(grids: SheetGrid[], props?: WorkbookProps): boolean {
  return hasTrackingMarker(props) || locateTrackingTable(grids) !== null;
}

const AUTHORITY_LINE = /^(ubnd|uy ban|phong (giao duc|gd)|so (giao duc|gd)|bo giao duc)/;
const SCHOOL_LINE = /^truong\b/;
const NATIONAL = /cong hoa|doc lap|so theo doi/;

/** The title block above the header, as lines of text, for workbooks without provenance. */
function titleLines(grid: SheetGrid, headerRow: number): string[] {
  const lines: string[] = [];
  const top = grid.origin?.row ?? 1;
  for (let r = top; r < headerRow; r++) {
    const row = grid.rows[r - top] ?? [];
    for (const v of row) {
      const text = cellText(v ?? undefined);
      if (text) lines.push(text);
    }
  }
  return lines;
}

function fromTitle(lines: string[]) {
  let school = '';
  let managingAuthority = '';
  let schoolYear: SchoolYear | null = null;
  let sourceNumber = '';
  for (const line of lines) {
    const plain = stripMarks(line).toLowerCase();
    if (!managingAuthority && AUTHORITY_LINE.test(plain) && !NATIONAL.test(plain)) managingAuthority = line;
    else if (!school && SCHOOL_LINE.test(plain)) school = line;
    const y = /nam hoc\s*(\d{4}\s*[-\u2010-\u2015\u2212]\s*\d{4})/.exec(plain);
    if (!schoolYear && y) schoolYear = parseSchoolYear(y[1]);
    const n = /\b(?:so|theo|kem theo)\b[^0-9]{0,30}(\d{1,4}\s*[/-]\s*[a-z0-9đ][a-z0-9đ/.-]*)/i.exec(plain);
    if (!sourceNumber && n) {
      // Take the number from the original line (with its marks), at the same offset.
      sourceNumber = line.slice(n.index + n[0].length - n[1].length, n.index + n[0].length);
    }
  }
  return { school, managingAuthority, schoolYear, sourceNumber };
}

/**
 * Read the tasks and marks. Throws UserError when there is no Theo dõi table, or it lacks the
 * task/lead columns or month columns.
 */
export function readTrackingWorkbook(
  grids: SheetGrid[],
  props: WorkbookProps = {},
  options: { source?: string } = {},
): TrackingData {
  const source = options.source ?? 'workbook';
  const found = locateTrackingTable(grids);
  if (!found) {
    const sheet = grids.find((g) => foldKey(g.name) === foldKey(TRACKING_SHEETS.tracking));
    throw new UserError('batch.trackingNoTable', {
      file: source,
      sheet: sheet?.name ?? TRACKING_SHEETS.tracking,
      headers: [TRACKING_HEADERS.task, TRACKING_HEADERS.lead, 'T9 … T8'].map((h) => `"${h}"`).join(', '),
    });
  }
  const { grid, headerRow, lastHeaderRow, columns, monthCols } = found;
  // Bounded by the Excel Table when there is one (the signature block sits below it).
  let bottom = (grid.origin?.row ?? 1) + grid.rows.length - 1;
  for (const table of grid.tables ?? []) {
    const range = parseRange(table.range);
    if (range && range.top === headerRow && range.bottom > headerRow) bottom = range.bottom;
  }
  const text = (row: number, col: number | undefined) => (col === undefined ? '' : cellText(cellAt(grid, row, col)));
  const tasks: TrackingTask[] = [];
  for (let r = lastHeaderRow + 1; r <= bottom; r++) {
    const task = text(r, columns.task);
    const lead = codeKey(text(r, columns.lead));
    const no = text(r, columns.no);
    // A task row names its task and either its lead or a number; titles, totals and signatures do not.
    if (!task || !(lead || /^\d+$/.test(no))) continue;
    const occurrences: TrackingOccurrence[] = [];
    for (const [col, month] of monthCols) {
      const value = cellAt(grid, r, col) ?? null;
      // A dash is how people write "not planned" in a shaded month; readMark would call it due.
      if (typeof value === 'string' && NOT_PLANNED.test(value.trim())) continue;
      const mark = readMark(value);
      if (mark) occurrences.push({ month, cell: address(r, col), mark });
    }
    tasks.push({
      row: r,
      no,
      clauseId: codeKey(text(r, columns.clauseId)),
      task,
      lead,
      support: splitCodes(text(r, columns.support)),
      cadence: text(r, columns.cadence),
      occurrences,
    });
  }
  const provenance: Partial<TrackingProvenance> = readProvenance(props) ?? {};
  const title = fromTitle(titleLines(grid, headerRow));
  return {
    sheet: grid.name,
    headerRow,
    months: monthCols.map(([, m]) => m),
    tasks,
    generated: hasTrackingMarker(props),
    provenance,
    schoolYear: parseSchoolYear(provenance.schoolYear) ?? title.schoolYear,
    school: provenance.school || title.school,
    managingAuthority: provenance.managingAuthority || title.managingAuthority,
    sourceNumber: provenance.sourceNumber || title.sourceNumber,
  };
}
