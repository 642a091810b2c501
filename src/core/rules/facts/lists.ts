// The facts of the simple lists: Nơi nhận, Phiên bản, and what reading the workbook found wrong
// (error values, legacy encodings, unconfirmed imported values, missing sheets, rows under a Table).
import type { BlockPlace, CellProblem, LegacyTextCell, Recipient, UnconfirmedValue, Version } from '../../model';
import { viewMaker, type Facts } from './define';

export const RECIPIENT_FACTS: Facts<Recipient> = {
  row: { type: 'number', of: (r) => r.row },
  recipient: { type: 'text', of: (r) => r.recipient },
  purpose: { type: 'text', of: (r) => r.purpose },
};

export const VERSION_FACTS: Facts<Version> = {
  row: { type: 'number', of: (v) => v.row },
  number: { type: 'text', of: (v) => v.number },
  schoolYear: { type: 'text', of: (v) => v.schoolYearRaw },
  issuedOn: { type: 'date', of: (v) => v.issuedOn },
  status: { type: 'text', of: (v) => v.status },
  supersededBy: { type: 'text', of: (v) => v.supersededBy },
};

export const CELL_ERROR_FACTS: Facts<CellProblem> = {
  row: { type: 'number', of: (e) => e.row },
  error: { type: 'text', of: (e) => e.error },
  column: { type: 'text', of: (e) => e.column },
  cell: { type: 'text', of: (e) => e.cell },
};

export const LEGACY_TEXT_FACTS: Facts<LegacyTextCell> = {
  row: { type: 'number', of: (e) => e.row || null },
  kind: { type: { oneOf: ['value', 'header', 'sheetName'] }, of: (e) => e.kind },
  cell: { type: 'text', of: (e) => e.cell },
  column: { type: 'text', of: (e) => e.column },
  text: { type: 'text', of: (e) => e.text },
  reading: { type: 'text', of: (e) => e.reading },
  encoding: { type: 'text', of: (e) => e.encoding },
};

export const UNCONFIRMED_VALUE_FACTS: Facts<UnconfirmedValue> = {
  row: { type: 'number', of: (u) => u.row },
  kind: { type: { oneOf: ['field', 'row'] }, of: (u) => u.kind },
  // A marker with nothing after it still marks a guess; its message just cannot say what to check.
  variant: {
    type: { oneOf: ['field', 'row', 'fieldBare', 'rowBare'] },
    of: (u) => (u.what ? u.kind : `${u.kind}Bare`),
  },
  sheet: { type: 'text', of: (u) => u.sheet },
  cell: { type: 'text', of: (u) => u.cell },
  label: { type: 'text', of: (u) => u.label },
  value: { type: 'text', of: (u) => u.value },
  what: { type: 'text', of: (u) => u.what },
};

export interface MissingBlockSource {
  sheet: string;
  table: string;
}

export const MISSING_BLOCK_FACTS: Facts<MissingBlockSource> = {
  row: { type: 'number', of: () => null },
  sheet: { type: 'text', of: (b) => b.sheet },
  table: { type: 'text', of: (b) => b.table },
};

export type RowsBelowSource = BlockPlace & { belowTable: NonNullable<BlockPlace['belowTable']> };

export const ROWS_BELOW_TABLE_FACTS: Facts<RowsBelowSource> = {
  row: { type: 'number', of: (p) => p.belowTable.first },
  sheet: { type: 'text', of: (p) => p.sheet },
  table: { type: 'text', of: (p) => p.belowTable.table },
  rows: {
    type: 'text',
    of: ({ belowTable: b }) => (b.first === b.last ? String(b.first) : `${b.first}–${b.last}`),
  },
  first: { type: 'number', of: (p) => p.belowTable.first },
  last: { type: 'number', of: (p) => p.belowTable.last },
  tableRange: { type: 'text', of: (p) => p.belowTable.tableRange },
  extendedRange: { type: 'text', of: (p) => p.belowTable.extendedRange },
};

export const LIST_VIEWS = {
  recipients: viewMaker(RECIPIENT_FACTS, 'eager'),
  versions: viewMaker(VERSION_FACTS, 'eager'),
  cellErrors: viewMaker(CELL_ERROR_FACTS, 'eager'),
  legacyTexts: viewMaker(LEGACY_TEXT_FACTS, 'eager'),
  unconfirmedValues: viewMaker(UNCONFIRMED_VALUE_FACTS, 'eager'),
  missingBlocks: viewMaker(MISSING_BLOCK_FACTS, 'eager'),
  rowsBelowTables: viewMaker(ROWS_BELOW_TABLE_FACTS, 'eager'),
};
