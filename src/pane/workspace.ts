// What the pane works on: the workbook open in Excel, or a file the user uploaded in a plain
// browser. The pane is written against this interface only.
import type { SheetGrid } from '../core/grid';
import type { WorkbookContent } from '../core/template/content';
import type { SetUpResult } from '../office/setup';
import type { Unwatch } from '../office/events';

export interface Workspace {
  kind: 'excel' | 'browser';
  /** How the workbook is named in messages. */
  source(): string;
  /** True when there is something to check (always in Excel; after an upload in a browser). */
  ready(): boolean;
  readGrids(): Promise<SheetGrid[]>;
  /** Excel only: select a finding's cell. */
  select?(sheet: string, cell: string | null): Promise<void>;
  /** Excel only: add missing template sheets. */
  setUp?(): Promise<SetUpResult>;
  /** Excel only: "the workbook may have changed" hints. */
  watch?(onHint: () => void): Promise<Unwatch>;
  /** Excel only: write an imported document into the open workbook if it has no regulation data yet. */
  importContent?(content: WorkbookContent): Promise<SetUpResult>;
  /** Hand a generated workbook to the user: opened in Excel, or downloaded. */
  deliver(bytes: Uint8Array, fileName: string): Promise<'opened' | 'downloaded'>;
}

/** The exceljs chunk, loaded once on first need. */
export type XlsxChunk = typeof import('../browser/xlsx-chunk');
let chunk: Promise<XlsxChunk> | null = null;
export function loadXlsxChunk(): Promise<XlsxChunk> {
  chunk ??= import(/* webpackChunkName: "xlsx" */ '../browser/xlsx-chunk').catch((e) => {
    chunk = null; // a failed load (network) may be retried
    throw e;
  });
  return chunk;
}

/** The document importer (mammoth and the parser), loaded once on first import. */
export type ImportChunk = typeof import('../browser/import-chunk');
let importChunk: Promise<ImportChunk> | null = null;
export function loadImportChunk(): Promise<ImportChunk> {
  importChunk ??= import(/* webpackChunkName: "import" */ '../browser/import-chunk').catch((e) => {
    importChunk = null;
    throw e;
  });
  return importChunk;
}
