// Grids → model. Blocks are found by Excel Table name first, else by sheet name and header row.
import { rowsBelowTable, type RowsBelowTable } from './below-table';
import { address, isCellError, parseRange, type CellValue, type SheetGrid } from './grid';
import { UserError } from './i18n';
import { BLOCKS, DOCUMENT_FIELDS, roleSigns, type BlockKey, type BlockSpec, type DocumentFieldKey } from './layout';
import type {
  BlockPlace,
  CellProblem,
  LegacyTextCell,
  Clause,
  DocumentInfo,
  Dissemination,
  LegalBasis,
  Located,
  Party,
  RegulationModel,
  Recipient,
  Responsibility,
  Signatory,
  Version,
} from './model';
import { clean, codeKey, foldKey, splitCodes } from './text';
import { unconfirmedIn, type NotedBlock } from './unconfirmed';
import { legacyReading } from './vietnamese/legacy';
import {
  formatDateVi,
  isOnSigning,
  isoFromExcelSerial,
  isoFromUtc,
  parseCadence,
  parseDate,
  parseMonths,
  parseSchoolYear,
} from './values';

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
interface CellFindings {
  cellErrors: CellProblem[];
  legacyTexts: LegacyTextCell[];
}

/** A name or header typed with a legacy font, as the text it reads as (a whole workbook typed in .VnTime still opens). */
function legacyKey(text: string): string | null {
  const legacy = legacyReading(text);
  return legacy ? foldKey(legacy.reading) : null;
}

function findBlock(grids: SheetGrid[], spec: BlockSpec, seen: CellFindings): Located2D | null {
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

interface BlockRows {
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

function readBlock(found: Located2D, spec: BlockSpec, opts: Required<ReadOptions>, seen: CellFindings): BlockRows {
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

function dateOf(v: CellValue | undefined): string | null {
  if (typeof v === 'number') return isoFromExcelSerial(v);
  return parseDate(v);
}

const LABEL_KEYS = new Map(DOCUMENT_FIELDS.map((f) => [foldKey(f.label), f.key as DocumentFieldKey]));

function readDocument(block: BlockRows | null, sheet: string): DocumentInfo {
  const fields: DocumentInfo['fields'] = {};
  const extra: Record<string, string> = {};
  const rawValues: Partial<Record<DocumentFieldKey, CellValue | undefined>> = {};
  for (const r of block?.rows ?? []) {
    const label = cellText(r.values.label);
    const key = LABEL_KEYS.get(foldKey(label));
    if (!key) {
      if (label) extra[label] = cellText(r.values.value);
      continue;
    }
    if (fields[key]) continue; // the first row of a label wins; a later repeat is ignored
    fields[key] = { raw: cellText(r.values.value), sheet: block!.place.sheet, cell: r.cells.value, row: r.row };
    rawValues[key] = r.values.value;
  }
  return {
    fields,
    extra,
    issueDate: dateOf(rawValues.issueDate),
    schoolYear: parseSchoolYear(fields.schoolYear?.raw),
    // "Ngày ký": from the issue date, whatever it is (none yet in a draft).
    effectiveFrom: isOnSigning(rawValues.effectiveFrom) ? dateOf(rawValues.issueDate) : dateOf(rawValues.effectiveFrom),
    effectiveTo: dateOf(rawValues.effectiveTo),
    reviewCadence: parseCadence(fields.reviewCadence?.raw),
    sheet,
    nextRow: block?.place.nextRow ?? 2,
  };
}

const REQUIRED_BLOCKS = BLOCKS.filter((b) => !b.optional);

/** Build the model from the sheets of a workbook. Throws UserError when it is not one of ours. */
export function readWorkbook(grids: SheetGrid[], options: ReadOptions = {}): RegulationModel {
  const opts: Required<ReadOptions> = { source: options.source ?? 'workbook', maxRows: options.maxRows ?? 100_000 };
  const seen: CellFindings = { cellErrors: [], legacyTexts: [] };
  const blocks: Partial<Record<BlockKey, BlockRows>> = {};
  const missingBlocks: BlockKey[] = [];
  for (const spec of BLOCKS) {
    const found = findBlock(grids, spec, seen);
    if (!found) {
      // A workbook made before an optional block existed is complete without it.
      if (!spec.optional) missingBlocks.push(spec.key);
      continue;
    }
    blocks[spec.key] = readBlock(found, spec, opts, seen);
  }
  if (missingBlocks.length === REQUIRED_BLOCKS.length && !blocks.disseminations) {
    throw new UserError('input.notWorkbook', {
      file: opts.source,
      sheets: REQUIRED_BLOCKS.map((b) => `"${b.sheet}"`).join(', '),
    });
  }
  const rowsOf = (key: BlockKey) => blocks[key]?.rows ?? [];
  const sheetOf = (key: BlockKey) => blocks[key]?.place.sheet ?? BLOCKS.find((b) => b.key === key)!.sheet;
  const text = (v: CellValue | undefined) => cellText(v);
  // One mapper per block with the sheet looked up once; explicit fields keep the objects small and fast.
  const map = <T>(key: BlockKey, build: (v: BlockRows['rows'][number]['values'], at: Located) => T): T[] => {
    const sheet = sheetOf(key);
    // Every record gets the same fields in the same order (extra may be undefined): one hidden class per
    // block, so the checks compiled for one workbook still fit the next one.
    return rowsOf(key).map((r) => build(r.values, { sheet, row: r.row, cells: r.cells, extra: r.extra }));
  };

  const legalBases: LegalBasis[] = map('legalBases', (v, at) => ({
    ...at,
    no: text(v.no),
    type: text(v.type),
    number: text(v.number),
    dateRaw: text(v.date),
    date: dateOf(v.date),
    issuer: text(v.issuer),
    summary: text(v.summary),
  }));
  const parties: Party[] = map('parties', (v, at) => ({
    ...at,
    code: codeKey(v.code),
    name: text(v.name),
    kind: text(v.kind),
    role: text(v.role),
    signs: roleSigns(text(v.role)),
    note: text(v.note),
  }));
  const signatories: Signatory[] = map('signatories', (v, at) => ({
    ...at,
    partyCode: codeKey(v.partyCode),
    name: text(v.name),
    title: text(v.title),
    capacity: text(v.capacity),
    signedOnRaw: text(v.signedOn),
    signedOn: dateOf(v.signedOn),
  }));
  const clauses: Clause[] = map('clauses', (v, at) => ({
    ...at,
    id: codeKey(v.id),
    chapter: text(v.chapter),
    article: text(v.article),
    paragraph: text(v.paragraph),
    text: text(v.text),
  }));
  const responsibilities: Responsibility[] = map('responsibilities', (v, at) => {
    const supportRaw = text(v.support);
    const cadenceRaw = text(v.cadence);
    const monthsRaw = text(v.months);
    return {
      sheet: at.sheet,
      row: at.row,
      cells: at.cells,
      extra: at.extra,
      no: text(v.no),
      clauseId: codeKey(v.clauseId),
      task: text(v.task),
      lead: codeKey(v.lead),
      support: splitCodes(supportRaw),
      supportRaw,
      cadenceRaw,
      cadence: parseCadence(cadenceRaw),
      monthsRaw,
      months: parseMonths(monthsRaw),
      evidence: text(v.evidence),
      note: text(v.note),
    };
  });
  const recipients: Recipient[] = map('recipients', (v, at) => ({
    ...at,
    recipient: text(v.recipient),
    purpose: text(v.purpose),
  }));
  const versions: Version[] = map('versions', (v, at) => ({
    ...at,
    number: text(v.number),
    schoolYearRaw: text(v.schoolYear),
    schoolYear: parseSchoolYear(v.schoolYear),
    issuedOnRaw: text(v.issuedOn),
    issuedOn: dateOf(v.issuedOn),
    status: text(v.status),
    supersededBy: text(v.supersededBy),
  }));
  const disseminations: Dissemination[] = map('disseminations', (v, at) => ({
    ...at,
    partyCode: codeKey(v.partyCode),
    dateRaw: text(v.date),
    date: dateOf(v.date),
    method: text(v.method),
    audience: text(v.audience),
    evidence: text(v.evidence),
  }));
  const places: RegulationModel['blocks'] = {};
  for (const [key, b] of Object.entries(blocks)) places[key as BlockKey] = b!.place;
  const unconfirmedValues = Object.values(blocks).flatMap((b) =>
    unconfirmedIn({ ...b!.noted, rows: b!.rows }, cellText),
  );
  return {
    document: readDocument(blocks.document ?? null, sheetOf('document')),
    legalBases,
    parties,
    signatories,
    clauses,
    responsibilities,
    recipients,
    versions,
    disseminations,
    blocks: places,
    missingBlocks,
    cellErrors: seen.cellErrors,
    legacyTexts: seen.legacyTexts,
    unconfirmedValues,
  };
}
