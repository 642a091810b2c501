// What goes into a regulation workbook, block by block, before any host writes it: the empty
// template, the worked example and an imported document are all WorkbookContent.
import type { BlockKey, DocumentFieldKey } from '../layout';
import type { IsoDate } from '../values';

export type ContentValue = string | number | Date | null;
export type ContentRow = Record<string, ContentValue>;

export interface ExtraSheet {
  name: string;
  headers: string[];
  rows: ContentValue[][];
}

export interface WorkbookContent {
  document: Partial<Record<DocumentFieldKey, ContentValue>>;
  blocks: Partial<Record<Exclude<BlockKey, 'document'>, ContentRow[]>>;
  /** Notes per block row, e.g. the source line of an imported value (block → row index → note). */
  notes?: Partial<Record<BlockKey, Record<number, string>>>;
  /** Sheets appended after the contract's sheets (e.g. lines an import could not place). */
  extraSheets?: ExtraSheet[];
  /** Workbook properties. */
  title?: string;
}

/** A real date for a date column (exceljs writes it as an Excel date), else the text as written. */
export function dateCell(iso: IsoDate | null, text = ''): ContentValue {
  if (!iso) return text || null;
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

export function emptyContent(): WorkbookContent {
  return { document: {}, blocks: {} };
}
