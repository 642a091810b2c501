// The body of a part in the Word writer: each block a paragraph in its component's style, or the
// Phân công table (bordered, its header repeated on each page, columns no narrower than their
// header's longest word); the appendix on a page of its own.
import { BorderStyle, Paragraph, Table, TableLayoutType, TableRow, WidthType } from 'docx';
import type { Block, DocumentPart } from '../core/export';
import { isTable } from '../core/export';
import { cell, GRID, NO_BORDERS, paragraph, rule, STYLES, TEXT_WIDTH } from './document-styles';

// The Phân công table's cell padding, each side: Word's 1.9 mm. At 1 mm, two header words of
// neighbouring cells ("PHỐI HỢP", "CHU KỲ") print so close that a PDF reader joins them.
const GRID_PADDING = 108;
// A word of the table's header in bold 13 pt, estimated wide (Times New Roman: capitals about
// 0.72 em, other letters about 0.5 em), with the cell's padding on each side.
const headerWordWidth = (word: string) =>
  [...word].reduce((w, ch) => w + (ch !== ch.toLocaleLowerCase('vi') ? 0.72 : 0.5), 0) * GRID.head.size * 20 +
  2 * GRID_PADDING;

/**
 * The columns' widths in twips from their relative widths, each at least as wide as its header's
 * longest word ("STT" never wraps as "ST/T"); what a narrow column needs comes from the widest one.
 */
export function fitHeader(relative: number[], header: string[]): number[] {
  const total = relative.reduce((a, w) => a + w, 0);
  const widths = relative.map((w) => Math.floor((w / total) * TEXT_WIDTH));
  const need = header.map((h) => Math.ceil(Math.max(0, ...h.split(/\s+/).map(headerWordWidth)) * 1.1));
  const widest = widths.indexOf(Math.max(...widths));
  widths.forEach((w, i) => {
    if (i === widest || w >= need[i]) return;
    widths[widest] -= need[i] - w;
    widths[i] = need[i];
  });
  return widths;
}

/** A block of the body; the last one (`keepNext`) stays on the page of the signatures below it. */
export function block(b: Block, keepNext = false): Array<Paragraph | Table> {
  if (!isTable(b)) {
    const out: Array<Paragraph | Table> = [
      paragraph(b.runs, STYLES[b.role], keepNext ? { keepNext: true, keepLines: true } : {}),
    ];
    if (b.role === 'title') out.push(rule(1600, TEXT_WIDTH));
    return out;
  }
  const widths = fitHeader(b.widths, b.header);
  const grid = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const borders = { top: grid, bottom: grid, left: grid, right: grid };
  const row = (cells: string[], bold: boolean) =>
    new TableRow({
      tableHeader: bold,
      cantSplit: true,
      children: cells.map((text, i) =>
        cell([paragraph(text, bold ? GRID.head : i === 1 ? GRID.text : GRID.cell)], widths[i], {
          ...NO_BORDERS,
          ...borders,
        }),
      ),
    });
  return [
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      rows: [row(b.header, true), ...b.rows.map((r) => row(r, false))],
    }),
  ];
}

/** The appendix after the signatures, starting a page of its own. */
export function appendix(part: DocumentPart): Array<Paragraph | Table> {
  return (part.appendix ?? []).flatMap((b, i) =>
    i === 0 && !isTable(b) ? [paragraph(b.runs, STYLES[b.role], { pageBreakBefore: true })] : block(b),
  );
}
