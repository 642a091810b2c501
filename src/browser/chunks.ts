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

/** A signed PDF's signatures and text, checked as `phoihop verify` checks them (pkijs, pdf.js). */
export type VerifyChunk = typeof import('../browser/verify-chunk');
export const loadVerifyChunk = lazyChunk<VerifyChunk>(
  () => import(/* webpackChunkName: "verify" */ '../browser/verify-chunk'),
);

/** The báo cáo sơ kết / tổng kết from a tracking workbook, as `phoihop report` writes it. */
export type ReportChunk = typeof import('../browser/report-chunk');
export const loadReportChunk = lazyChunk<ReportChunk>(
  () => import(/* webpackChunkName: "report" */ '../browser/report-chunk'),
);

/** The bảng so sánh of last year's and this year's regulation, as `phoihop diff -o` writes it. */
export type CompareChunk = typeof import('../browser/compare-chunk');
export const loadCompareChunk = lazyChunk<CompareChunk>(
  () => import(/* webpackChunkName: "compare" */ '../browser/compare-chunk'),
);

/** The comparison of two regulations (`phoihop diff`), for Năm học mới's count and its bảng so sánh. */
export type DiffChunk = typeof import('../browser/diff-chunk');
export const loadDiffChunk = lazyChunk<DiffChunk>(() => import(/* webpackChunkName: "diff" */ '../browser/diff-chunk'));
