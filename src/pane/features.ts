// Features that come from other parts of the product, switched on as they land.
export const FEATURES = {
  /** The tracking workbook writer (src/xlsx/write-tracking.ts). */
  track: true,
  /** The document importer (src/core/import). */
  import: true,
};
