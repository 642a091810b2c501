// The host-neutral model of one regulation workbook. Every entity remembers the sheet, row
// and cells it came from so that a finding can point at the cell to fix.
import type { BlockKey, DocumentFieldKey } from './layout';
import type { RowsBelowTable } from './below-table';
import type { CadenceReading, IsoDate, MonthsReading, SchoolYear } from './values';

export interface Located {
  sheet: string;
  /** 1-based sheet row. */
  row: number;
  /** Field key → A1 address of the cell it was read from. */
  cells: Record<string, string>;
  /** Columns that are not part of the contract, kept as read (header → text). */
  extra?: Record<string, string>;
}

export interface DocumentField {
  raw: string;
  sheet: string;
  /** Address of the value cell, or undefined when the label row is missing. */
  cell?: string;
  /** The label cell's row, when present. */
  row?: number;
}

export interface DocumentInfo {
  fields: Partial<Record<DocumentFieldKey, DocumentField>>;
  /** Labels we do not know, kept. */
  extra: Record<string, string>;
  issueDate: IsoDate | null;
  schoolYear: SchoolYear | null;
  effectiveFrom: IsoDate | null;
  effectiveTo: IsoDate | null;
  reviewCadence: CadenceReading;
  /** Where the Văn bản block is, for findings about a missing label. */
  sheet: string;
  /** The first free row after the block (where a missing label would go). */
  nextRow: number;
}

export interface LegalBasis extends Located {
  no: string;
  type: string;
  number: string;
  dateRaw: string;
  date: IsoDate | null;
  issuer: string;
  summary: string;
}

export interface Party extends Located {
  code: string;
  name: string;
  kind: string;
  /** The Vai trò cell as written. */
  role: string;
  /** Whether the party signs (Ký ban hành, or the cell is empty); else it only takes part in the work. */
  signs: boolean;
  note: string;
}

export interface Signatory extends Located {
  partyCode: string;
  name: string;
  title: string;
  capacity: string;
  signedOnRaw: string;
  signedOn: IsoDate | null;
}

export interface Clause extends Located {
  id: string;
  chapter: string;
  article: string;
  paragraph: string;
  text: string;
}

export interface Responsibility extends Located {
  no: string;
  clauseId: string;
  task: string;
  lead: string;
  support: string[];
  supportRaw: string;
  cadenceRaw: string;
  cadence: CadenceReading;
  monthsRaw: string;
  months: MonthsReading;
  evidence: string;
  note: string;
}

export interface Recipient extends Located {
  recipient: string;
  purpose: string;
}

export interface Version extends Located {
  number: string;
  schoolYearRaw: string;
  schoolYear: SchoolYear | null;
  issuedOnRaw: string;
  issuedOn: IsoDate | null;
  status: string;
  supersededBy: string;
}

/** A record that a party made the regulation known (Phổ biến): when, how, to whom, with what evidence. */
export interface Dissemination extends Located {
  partyCode: string;
  dateRaw: string;
  date: IsoDate | null;
  method: string;
  audience: string;
  evidence: string;
}

export interface CellProblem {
  sheet: string;
  cell: string;
  row: number;
  /** `#REF!`, `#N/A` … */
  error: string;
  column: string;
}

/** A cell whose text was typed in a legacy Vietnamese encoding (TCVN3, VNI), with how it reads. */
export interface LegacyTextCell {
  /** A value, a column header (then taken as the header it reads as), or a sheet's name. */
  kind: 'value' | 'header' | 'sheetName';
  sheet: string;
  /** Empty for a sheet's name. */
  cell: string;
  row: number;
  column: string;
  text: string;
  reading: string;
  /** The encoding's usual name, as Unikey's converter lists it. */
  encoding: string;
}

/**
 * A value an import inferred whose cell note still starts with "Kiểm tra lại:": a guess the
 * clerk has not confirmed against the source document yet.
 */
export interface UnconfirmedValue {
  /** A Văn bản field or one cell (`field`), or a block row as a whole (`row`: the note on its first cell). */
  kind: 'field' | 'row';
  sheet: string;
  /** The cell the note is on. */
  cell: string;
  row: number;
  /** The field's label or the column's header; for a row, the column that names it (Nhiệm vụ…). */
  label: string;
  /** That cell's text (shortened when long). */
  value: string;
  /** What to check, as the note says it. */
  what: string;
}

export interface BlockPlace {
  sheet: string;
  /** Whether it was found through its Excel Table (else by sheet name and header row). */
  viaTable: boolean;
  headerRow: number;
  /** The first free row after the data. */
  nextRow: number;
  /** Rows typed just under its Table (LibreOffice, WPS), read as part of the block. */
  belowTable?: RowsBelowTable;
}

export interface RegulationModel {
  document: DocumentInfo;
  legalBases: LegalBasis[];
  parties: Party[];
  signatories: Signatory[];
  clauses: Clause[];
  responsibilities: Responsibility[];
  recipients: Recipient[];
  versions: Version[];
  /** Phổ biến records; empty when the (optional) block is absent, which `blocks.disseminations` tells apart. */
  disseminations: Dissemination[];
  /** Where each block was found; absent blocks are listed in `missingBlocks`. */
  blocks: Partial<Record<BlockKey, BlockPlace>>;
  missingBlocks: BlockKey[];
  cellErrors: CellProblem[];
  legacyTexts: LegacyTextCell[];
  /** Imported values still marked "Kiểm tra lại" in their cell notes. */
  unconfirmedValues: UnconfirmedValue[];
}
