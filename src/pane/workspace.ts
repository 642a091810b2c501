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
  /** Excel only: write a finding's fix into its cell if the cell still holds what the check saw. */
  fixCell?(sheet: string, cell: string, fix: { from: string; to: string }): Promise<'fixed' | 'changed'>;
  /** Excel only: add missing template sheets. */
  setUp?(): Promise<SetUpResult>;
  /** Excel only: "the workbook may have changed" hints. */
  watch?(onHint: () => void): Promise<Unwatch>;
  /** Excel only: write an imported document into the open workbook if it has no regulation data yet. */
  importContent?(content: WorkbookContent): Promise<SetUpResult>;
  /** Hand a generated workbook to the user: opened in Excel, or downloaded. */
  deliver(bytes: Uint8Array, fileName: string): Promise<'opened' | 'downloaded'>;
}

/** A chunk loaded once, on first need; a failed load (network) may be retried. */
function lazyChunk<T>(load: () => Promise<T>): () => Promise<T> {
  let chunk: Promise<T> | null = null;
  return () =>
    (chunk ??= load().catch((e) => {
      chunk = null;
      throw e;
    }));
}

/** exceljs: reading an upload, writing the generated workbooks. */
export type XlsxChunk = typeof import('../browser/xlsx-chunk');
export const loadXlsxChunk = lazyChunk<XlsxChunk>(() => import(/* webpackChunkName: "xlsx" */ '../browser/xlsx-chunk'));

/** The document importer (mammoth and the parser). */
export type ImportChunk = typeof import('../browser/import-chunk');
export const loadImportChunk = lazyChunk<ImportChunk>(() => import(/* webpackChunkName: "import" */ '../browser/import-chunk'));

/** An office's rule files merged onto the built-in rules (with the schema validator). */
export type RulesChunk = typeof import('../browser/rules-chunk');
export const loadRulesChunk = lazyChunk<RulesChunk>(() => import(/* webpackChunkName: "rules" */ '../browser/rules-chunk'));
