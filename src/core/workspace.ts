// The port the pane is written against: the workbook open in Excel, or a file the user uploaded in
// a plain browser. The Office and browser adapters implement it; the pane never sees which.
import type { SheetGrid } from './grid';
import type { TableExtension } from './rules';
import type { WorkbookContent } from './template/content';

/** What setting up the template sheets did (Excel). */
export interface SetUpResult {
  added: string[];
  kept: string[];
  dropdowns: boolean;
  /** With `requireEmpty`: the workbook already had a block, so nothing was written. */
  refused?: boolean;
}

/** Stops listening for workbook changes. */
export type Unwatch = () => Promise<void>;

export interface Workspace {
  kind: 'excel' | 'browser';
  /** How the workbook is named in messages. */
  source(): string;
  /** True when there is something to check (always in Excel; after an upload in a browser). */
  ready(): boolean;
  readGrids(): Promise<SheetGrid[]>;
  /** Excel only: select a finding's cell. */
  select?(sheet: string, cell: string | null): Promise<void>;
  /** Excel only: write a finding's fix into its cell if the cell still holds what the check saw. */
  fixCell?(sheet: string, cell: string, fix: { from: string; to: string }): Promise<'fixed' | 'changed'>;
  /** Excel only (ExcelApi 1.13): give a Table a larger range if it still spans what the check saw. */
  extendTable?(extension: TableExtension): Promise<'extended' | 'changed'>;
  /** Excel only: add missing template sheets. */
  setUp?(): Promise<SetUpResult>;
  /** Excel only: "the workbook may have changed" hints. */
  watch?(onHint: () => void): Promise<Unwatch>;
  /** Excel only: write an imported document into the open workbook if it has no regulation data yet. */
  importContent?(content: WorkbookContent): Promise<SetUpResult>;
  /** Hand a generated workbook to the user: opened in Excel, or downloaded. */
  deliver(bytes: Uint8Array, fileName: string): Promise<'opened' | 'downloaded'>;
  /** Hand a file Excel cannot open (a Word document) to the user: downloaded, in Excel too. */
  download(bytes: Uint8Array, fileName: string, mime: string): Promise<void>;
}
