// WordDocument → .docx bytes with the `docx` package, in the presentation of Nghị định 30/2020,
// Phụ lục I: A4 portrait, margins top/bottom 20 mm, left 30 mm, right 15 mm, Times New Roman,
// page numbers centred in the top margin from page 2; each component in its size and style.
// Text is always a text run: nothing a cell holds becomes a field, a hyperlink or markup.
// The look (page, styles, paragraphs) is in document-styles.ts, the body and its table in
// document-body.ts, the signatures and Nơi nhận in document-closing.ts; here the heading, the
// page sections and the package.
import {
  AlignmentType,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import type { DocumentPart, WordDocument } from '../core/export';
import { NATIONAL_HEADING, NATIONAL_MOTTO } from '../core/nd30/phrases';
import { appendix, block } from './document-body';
import { closingBlocks } from './document-closing';
import {
  BODY,
  BODY_LOOK,
  cell,
  FONT,
  GRID,
  HEAD,
  NAMED_STYLES,
  NO_BORDERS,
  PAGE,
  paragraph,
  pt,
  rule,
  STYLES,
  styleDefinition,
  TEXT_WIDTH,
} from './document-styles';

/** The two-column heading (ô 1–4 of the layout): unit on the left, the national heading on the right. */
function heading(part: DocumentPart): Table {
  const left = 4000;
  const right = TEXT_WIDTH - left;
  const h = part.heading;
  const leftTop = [
    ...(h.authority ? [paragraph(h.authority, HEAD.authority)] : []),
    paragraph(h.issuer, HEAD.issuer),
    rule(1300, left),
  ];
  const rightTop = [paragraph(NATIONAL_HEADING, HEAD.nation), paragraph(NATIONAL_MOTTO, HEAD.motto), rule(3300, right)];
  const leftBottom = h.number ? [paragraph(h.number, HEAD.number)] : [];
  const rightBottom = h.placeDate ? [paragraph(h.placeDate, HEAD.placeDate)] : [];
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

/** A part's page: A4 with the Decree's margins, page numbers centred at the top from page 2. */
export function pageSection(children: Array<Paragraph | Table>, restart: boolean): ISectionOptions {
  const pageNumber = new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        indent: { firstLine: 0 },
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
    // Page numbers from page 2: with a title page and no first-page header of its own, the first
    // page of each part has none (ECMA-376 §17.10.5).
    headers: { default: pageNumber },
    children,
  };
}

function section(part: DocumentPart, restart: boolean): ISectionOptions {
  return pageSection(
    [
      heading(part),
      ...part.blocks.flatMap((b, i) => block(b, i === part.blocks.length - 1)),
      ...closingBlocks(part),
      ...appendix(part),
    ],
    restart,
  );
}

/** The sections as a .docx with the Decree's styles (Times New Roman, each component a named style). */
export async function packDocument(
  meta: { title: string; subject: string; creator: string },
  sections: ISectionOptions[],
): Promise<Uint8Array> {
  const file = new Document({
    ...meta,
    styles: {
      default: { document: { run: { font: FONT, size: pt(BODY.size) }, paragraph: BODY_LOOK } },
      paragraphStyles: NAMED_STYLES.map(styleDefinition),
      // The docx package's own character styles are based on Word's built-in one, which it leaves
      // undefined; defined here, the styles part names no missing style.
      characterStyles: [
        {
          id: 'DefaultParagraphFont',
          name: 'Default Paragraph Font',
          uiPriority: 1,
          semiHidden: true,
          unhideWhenUsed: true,
        },
      ],
    },
    sections,
  });
  return new Uint8Array(await Packer.toArrayBuffer(file));
}

export async function writeWordDocument(doc: WordDocument, creator = 'Phối hợp'): Promise<Uint8Array> {
  return packDocument(
    { creator, title: doc.title, subject: doc.subject },
    doc.parts.map((p, i) => section(p, i > 0)),
  );
}

/** The pieces other documents in the same form are made of (the bảng so sánh of `diff`). */
export const PIECES = { heading, closingBlocks, paragraph, rule, STYLES, GRID, TEXT_WIDTH, NO_BORDERS, FONT };
