// The pane's lazy chunks: each is fetched once, on the first click that needs it, so the first
// load stays small. A failed fetch (offline) may be retried.

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
export const loadImportChunk = lazyChunk<ImportChunk>(
  () => import(/* webpackChunkName: "import" */ '../browser/import-chunk'),
);

/** An office's rule files merged onto the built-in rules (with the schema validator). */
export type RulesChunk = typeof import('../browser/rules-chunk');
export const loadRulesChunk = lazyChunk<RulesChunk>(
  () => import(/* webpackChunkName: "rules" */ '../browser/rules-chunk'),
);

/** The Word writer (`docx`) and the Nghị định 30 layout of the regulation. */
export type ExportChunk = typeof import('../browser/export-chunk');
export const loadExportChunk = lazyChunk<ExportChunk>(
  () => import(/* webpackChunkName: "export" */ '../browser/export-chunk'),
);
