// Row heights from the text they hold. Neither Excel nor LibreOffice fits a row to wrapped text
// when a file is opened, so a row left at the default height prints one line and the rest is cut
// off (Excel) or runs over the rows below (LibreOffice). Every workbook we write sizes its rows here.

/** Roughly how many lines `text` wraps to in a column `width` characters wide, at `size` points. */
export function wrappedLines(text: string, width: number, size = 11): number {
  if (!text) return 1;
  // A character of an 11-point proportional font is a little narrower than Excel's width unit.
  const perLine = Math.max(1, (width * 1.12 * 11) / size - 1);
  // Line by line without splitting: a thousand rows of five cells made as many arrays of copies.
  let n = 0;
  for (let start = 0; ;) {
    const end = text.indexOf('\n', start);
    n += Math.max(1, Math.ceil(((end < 0 ? text.length : end) - start) / perLine));
    if (end < 0) return n;
    start = end + 1;
  }
}

/** Excel's tallest row, in points: a taller `ht` is refused or repaired ("row height must be 0–409"). */
export const MAX_ROW_HEIGHT = 409.5;

/** A row height within what Excel takes; longer text is whole in the cell, cut only on screen and paper. */
export const fitRowHeight = (points: number) => Math.min(MAX_ROW_HEIGHT, points);

/**
 * Points for `lines` lines of `size`-point text, with the cell's padding; never below one line's
 * row nor above Excel's maximum.
 */
export function rowHeightFor(lines: number, size = 11): number {
  const line = (size * 14.5) / 11;
  return fitRowHeight(Math.max(18, Math.round(lines * line + 4)));
}

/** The height a row needs for the tallest of its cells: [text, column width] pairs. */
export function rowHeight(cells: Array<[string, number]>, size = 11): number {
  let n = 1;
  for (const [text, width] of cells) n = Math.max(n, wrappedLines(text, width, size));
  return rowHeightFor(n, size);
}
