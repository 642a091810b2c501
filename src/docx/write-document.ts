// WordDocument → .docx bytes with the `docx` package, in the presentation of Nghị định 30/2020,
// Phụ lục I: A4 portrait, margins top/bottom 20 mm, left 30 mm, right 15 mm, Times New Roman,
// page numbers centred in the top margin from page 2; each component in its size and style.
// Text is always a text run: nothing a cell holds becomes a field, a hyperlink or markup.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  Tab,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IParagraphOptions,
  type ISectionOptions,
} from 'docx';
import type { Block, DocumentPart, Paragraph as Para, Run, SignatureBlock, WordDocument } from '../core/export';
import { isTable } from '../core/export';
import { NATIONAL_HEADING, NATIONAL_MOTTO } from '../core/export/phrases';
import { PHRASES } from '../core/export/phrases';

const MM = 56.6929; // twips per millimetre
export const PAGE = {
  width: 11906, // A4, 210 mm
  height: 16838, // 297 mm
  top: Math.round(20 * MM),
  bottom: Math.round(20 * MM),
  left: Math.round(30 * MM),
  right: Math.round(15 * MM),
  header: Math.round(10 * MM),
};
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
const FONT = 'Times New Roman';
const pt = (n: number) => n * 2; // half-points

interface Border {
  style: (typeof BorderStyle)[keyof typeof BorderStyle];
  size: number;
  color: string;
}
const NONE: Border = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS: Record<'top' | 'bottom' | 'left' | 'right' | 'insideHorizontal' | 'insideVertical', Border> = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};
const LINE = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 };

interface Style {
  size: number;
  bold?: boolean;
  italic?: boolean;
  caps?: boolean;
  align: (typeof AlignmentType)[keyof typeof AlignmentType];
  indent?: number;
  before?: number;
  after?: number;
}

// Phụ lục I: sizes in points for each component.
const STYLES: Record<Para['role'], Style> = {
  kindName: { size: 14, bold: true, caps: true, align: AlignmentType.CENTER, before: 18 },
  title: { size: 14, bold: true, align: AlignmentType.CENTER },
  issuedWith: { size: 14, italic: true, align: AlignmentType.CENTER },
  authorityLine: { size: 14, bold: true, align: AlignmentType.CENTER, before: 6, after: 6 },
  basis: { size: 14, italic: true, align: AlignmentType.JUSTIFIED, indent: 567, after: 3 },
  enacting: { size: 14, align: AlignmentType.JUSTIFIED, indent: 567, before: 3, after: 3 },
  decides: { size: 14, bold: true, align: AlignmentType.CENTER, before: 6, after: 6 },
  chapter: { size: 14, bold: true, align: AlignmentType.CENTER, before: 12 },
  chapterTitle: { size: 14, bold: true, caps: true, align: AlignmentType.CENTER, after: 6 },
  section: { size: 14, bold: true, align: AlignmentType.JUSTIFIED, indent: 567, before: 6, after: 3 },
  article: { size: 14, align: AlignmentType.JUSTIFIED, indent: 567, before: 6, after: 3 },
  clause: { size: 14, align: AlignmentType.JUSTIFIED, indent: 567, after: 3 },
  closing: { size: 14, align: AlignmentType.JUSTIFIED, indent: 567, after: 3 },
};

/** A run of text: line breaks and tabs as Word's own, everything else literally. */
function runs(run: Run, style: Partial<Style>): TextRun[] {
  const lines = run.text.replace(/\r\n?/g, '\n').split('\n');
  return lines.map(
    (line, i) =>
      new TextRun({
        children: line.split('\t').flatMap((piece, k) => (k === 0 ? [piece] : [new Tab(), piece])),
        break: i > 0 ? 1 : undefined,
        bold: run.bold ?? style.bold,
        italics: run.italic ?? style.italic,
        allCaps: style.caps,
        size: style.size ? pt(style.size) : undefined,
        font: FONT,
      }),
  );
}

function paragraph(text: string | Run[], style: Style, extra: Partial<IParagraphOptions> = {}): Paragraph {
  const list = typeof text === 'string' ? [{ text }] : text;
  return new Paragraph({
    alignment: style.align,
    indent: style.indent ? { firstLine: style.indent } : undefined,
    spacing: { before: pt(style.before ?? 0) * 10, after: pt(style.after ?? 0) * 10, line: 264 },
    children: list.flatMap((r) => runs(r, style)),
    ...extra,
  });
}

/**
 * A short horizontal rule, as the Decree draws under the unit's name, the motto and the trích
 * yếu: the bottom border of a small empty paragraph, so it sits a little below the line above.
 */
function rule(widthTwips: number, cellWidth: number): Paragraph {
  const side = Math.max(0, Math.round((cellWidth - widthTwips) / 2));
  return new Paragraph({
    border: { bottom: { ...LINE, space: 0 } },
    indent: { left: side, right: side },
    spacing: { before: 0, after: 60, line: 120, lineRule: 'exact' },
    children: [new TextRun({ text: '', size: pt(5), font: FONT })],
  });
}

const cell = (children: Paragraph[], width: number, borders = NO_BORDERS) =>
  new TableCell({
    children: children.length ? children : [new Paragraph({})],
    width: { size: width, type: WidthType.DXA },
    borders,
    verticalAlign: VerticalAlign.TOP,
  });

const center = (size: number, extra: Partial<Style> = {}): Style => ({ size, align: AlignmentType.CENTER, ...extra });

/** The two-column heading (ô 1–4 of the layout): unit on the left, the national heading on the right. */
function heading(part: DocumentPart): Table {
  const left = 4000;
  const right = TEXT_WIDTH - left;
  const h = part.heading;
  const leftTop = [
    ...(h.authority ? [paragraph(h.authority, center(12))] : []),
    paragraph(h.issuer, center(12, { bold: true })),
    rule(1300, left),
  ];
  const rightTop = [
    paragraph(NATIONAL_HEADING, center(12, { bold: true })),
    paragraph(NATIONAL_MOTTO, center(13, { bold: true })),
    rule(3300, right),
  ];
  const leftBottom = h.number ? [paragraph(h.number, center(13, { before: 3 }))] : [];
  const rightBottom = h.placeDate ? [paragraph(h.placeDate, center(14, { italic: true, before: 3 }))] : [];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    // No cell padding: the Quốc hiệu needs the whole column to stay on one line.
    margins: { left: 0, right: 0 },
    borders: NO_BORDERS,
    rows: [
      new TableRow({ children: [cell(leftTop, left), cell(rightTop, right)] }),
      new TableRow({ children: [cell(leftBottom, left), cell(rightBottom, right)] }),
    ],
  });
}

// Capacity and title in capitals as the Decree shows them, the workbook's text kept underneath.
const SIGN_HEAD = center(13, { bold: true, caps: true });
const SIGN_NAME = center(14, { bold: true });

function signatureHead(s: SignatureBlock): Paragraph[] {
  return [...s.capacity.map((c) => paragraph(c, SIGN_HEAD)), ...(s.title ? [paragraph(s.title, SIGN_HEAD)] : [])];
}

/** Room for the signature and the seal, then the name. */
function signatureName(s: SignatureBlock): Paragraph[] {
  return [...[0, 1, 2, 3].map(() => paragraph('', center(14))), paragraph(s.name, SIGN_NAME)];
}

function signature(s: SignatureBlock): Paragraph[] {
  return [...signatureHead(s), ...signatureName(s)];
}

function recipients(lines: string[]): Paragraph[] {
  if (lines.length === 0) return [];
  const label = paragraph(PHRASES.recipientsLabel, {
    size: 12,
    bold: true,
    italic: true,
    align: AlignmentType.LEFT,
    before: 12,
  });
  const items = lines.map((l, i) =>
    paragraph(`- ${l}${i === lines.length - 1 ? '.' : ';'}`, { size: 11, align: AlignmentType.LEFT }),
  );
  return [label, ...items];
}

/** Signature blocks side by side, two a row in the order of Người ký; Nơi nhận at the bottom left. */
function closingBlocks(part: DocumentPart): Array<Paragraph | Table> {
  const half = Math.round(TEXT_WIDTH / 2);
  const sigs = part.signatures;
  if (sigs.length <= 1) {
    // One signer: Nơi nhận on the left and the signature on the right, level with each other.
    return [
      new Table({
        width: { size: TEXT_WIDTH, type: WidthType.DXA },
        columnWidths: [TEXT_WIDTH - half, half],
        layout: TableLayoutType.FIXED,
        borders: NO_BORDERS,
        rows: [
          new TableRow({
            cantSplit: true,
            children: [
              cell(recipients(part.recipients), TEXT_WIDTH - half),
              cell(sigs[0] ? signature(sigs[0]) : [], half),
            ],
          }),
        ],
      }),
    ];
  }
  // Two a row, one table row each (never split over a page); the shorter head is padded so the
  // names stand level (a head line wraps at about 30 capitals in half the text width at 13 pt).
  const rows: TableRow[] = [];
  const headLines = (s: SignatureBlock) =>
    [...s.capacity, s.title].filter(Boolean).reduce((n, l) => n + Math.max(1, Math.ceil(l.length / 30)), 0);
  for (let i = 0; i < sigs.length; i += 2) {
    const pair = sigs.slice(i, i + 2);
    const lines = Math.max(...pair.map(headLines));
    const widths = [TEXT_WIDTH - half, half];
    rows.push(
      new TableRow({
        cantSplit: true,
        children: widths.map((w, k) => {
          const s = pair[k];
          if (!s) return cell([], w);
          const pad = Array.from({ length: lines - headLines(s) }, () => paragraph('', SIGN_HEAD));
          return cell([...signatureHead(s), ...pad, ...signatureName(s)], w);
        }),
      }),
    );
  }
  return [
    new Paragraph({ spacing: { before: 120, after: 0 }, children: [] }),
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: [TEXT_WIDTH - half, half],
      layout: TableLayoutType.FIXED,
      borders: NO_BORDERS,
      rows,
    }),
    ...recipients(part.recipients),
  ];
}

function block(b: Block): Array<Paragraph | Table> {
  if (!isTable(b)) {
    const out: Array<Paragraph | Table> = [paragraph(b.runs, STYLES[b.role])];
    if (b.role === 'title') out.push(rule(1600, TEXT_WIDTH));
    return out;
  }
  const total = b.widths.reduce((a, w) => a + w, 0);
  const widths = b.widths.map((w) => Math.floor((w / total) * TEXT_WIDTH));
  const grid = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const borders = { top: grid, bottom: grid, left: grid, right: grid };
  const row = (cells: string[], bold: boolean) =>
    new TableRow({
      tableHeader: bold,
      cantSplit: true,
      children: cells.map((text, i) =>
        cell(
          [paragraph(text, { size: 13, bold, align: i === 1 && !bold ? AlignmentType.LEFT : AlignmentType.CENTER })],
          widths[i],
          {
            ...NO_BORDERS,
            ...borders,
          },
        ),
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

function section(part: DocumentPart, restart: boolean): ISectionOptions {
  const pageNumber = new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: pt(13) })],
      }),
    ],
  });
  return {
    properties: {
      titlePage: true,
      page: {
        size: { width: PAGE.width, height: PAGE.height },
        margin: {
          top: PAGE.top,
          bottom: PAGE.bottom,
          left: PAGE.left,
          right: PAGE.right,
          header: PAGE.header,
          footer: PAGE.header,
        },
        pageNumbers: restart ? { start: 1 } : undefined,
      },
    },
    // Page numbers from page 2: the first page of each part has an empty header.
    headers: { default: pageNumber, first: new Header({ children: [new Paragraph({})] }) },
    children: [heading(part), ...part.blocks.flatMap(block), ...closingBlocks(part)],
  };
}

export async function writeWordDocument(doc: WordDocument, creator = 'Phối hợp'): Promise<Uint8Array> {
  const file = new Document({
    creator,
    title: doc.title,
    subject: doc.subject,
    styles: { default: { document: { run: { font: FONT, size: pt(14) } } } },
    sections: doc.parts.map((p, i) => section(p, i > 0)),
  });
  return new Uint8Array(await Packer.toArrayBuffer(file));
}
