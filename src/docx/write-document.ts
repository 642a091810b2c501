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
  type IParagraphStyleOptions,
  type ISectionOptions,
} from 'docx';
import type { Block, DocumentPart, Paragraph as Para, Run, SignatureBlock, WordDocument } from '../core/export';
import { isTable } from '../core/export';
import { NATIONAL_HEADING, NATIONAL_MOTTO } from '../core/nd30/phrases';
import { PHRASES } from '../core/nd30/phrases';

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

/** A component's look: one named paragraph style in the document (Word shows it in its style list). */
interface Style {
  id: string;
  /** The name Word shows for the style (the document is Vietnamese). */
  name: string;
  size: number;
  bold?: boolean;
  italic?: boolean;
  caps?: boolean;
  align: (typeof AlignmentType)[keyof typeof AlignmentType];
  indent?: number;
  before?: number;
  after?: number;
}

const style = (id: string, name: string, look: Omit<Style, 'id' | 'name'>): Style => ({ id, name, ...look });
const CENTER = AlignmentType.CENTER;
const JUSTIFIED = AlignmentType.JUSTIFIED;
const LEFT = AlignmentType.LEFT;

// Phụ lục I: sizes in points for each component.
const STYLES: Record<Para['role'], Style> = {
  kindName: style('PhTenLoai', 'Tên loại', { size: 14, bold: true, caps: true, align: CENTER, before: 18 }),
  title: style('PhTrichYeu', 'Trích yếu', { size: 14, bold: true, align: CENTER }),
  issuedWith: style('PhBanHanhKem', 'Ban hành kèm theo', { size: 14, italic: true, align: CENTER }),
  authorityLine: style('PhThamQuyen', 'Thẩm quyền ban hành', {
    size: 14,
    bold: true,
    align: CENTER,
    before: 6,
    after: 6,
  }),
  basis: style('PhCanCu', 'Căn cứ', { size: 14, italic: true, align: JUSTIFIED, indent: 567, after: 3 }),
  enacting: style('PhMoDau', 'Mở đầu', { size: 14, align: JUSTIFIED, indent: 567, before: 3, after: 3 }),
  decides: style('PhQuyetDinh', 'Quyết định', { size: 14, bold: true, align: CENTER, before: 6, after: 6 }),
  chapter: style('PhChuong', 'Chương', { size: 14, bold: true, align: CENTER, before: 12 }),
  chapterTitle: style('PhTenChuong', 'Tên chương', { size: 14, bold: true, caps: true, align: CENTER, after: 6 }),
  section: style('PhMuc', 'Mục', { size: 14, bold: true, align: JUSTIFIED, indent: 567, before: 6, after: 3 }),
  article: style('PhDieu', 'Điều', { size: 14, align: JUSTIFIED, indent: 567, before: 6, after: 3 }),
  clause: style('PhKhoan', 'Khoản', { size: 14, align: JUSTIFIED, indent: 567, after: 3 }),
  closing: style('PhKetThuc', 'Kết thúc', { size: 14, align: JUSTIFIED, indent: 567, after: 3 }),
  appendixLabel: style('PhPhuLuc', 'Phụ lục', { size: 14, bold: true, align: CENTER }),
  appendixTitle: style('PhTenPhuLuc', 'Tên phụ lục', { size: 14, bold: true, caps: true, align: CENTER }),
  appendixNote: style('PhKemTheo', 'Kèm theo', { size: 14, italic: true, align: CENTER, after: 12 }),
};

// The heading (ô 1–4 of the layout), the signatures, Nơi nhận and the Phân công table.
const HEAD = {
  authority: style('PhCoQuanChuQuan', 'Cơ quan chủ quản', { size: 12, align: CENTER }),
  issuer: style('PhDonViBanHanh', 'Đơn vị ban hành', { size: 12, bold: true, align: CENTER }),
  nation: style('PhQuocHieu', 'Quốc hiệu', { size: 12, bold: true, align: CENTER }),
  motto: style('PhTieuNgu', 'Tiêu ngữ', { size: 13, bold: true, align: CENTER }),
  number: style('PhSoKyHieu', 'Số, ký hiệu', { size: 13, align: CENTER, before: 3 }),
  placeDate: style('PhDiaDanh', 'Địa danh và thời gian', { size: 14, italic: true, align: CENTER, before: 3 }),
};
// Capacity and title in capitals as the Decree shows them, the workbook's text kept underneath.
const SIGN = {
  head: style('PhChucVuKy', 'Quyền hạn, chức vụ người ký', { size: 13, bold: true, caps: true, align: CENTER }),
  // The room for the signature and the seal (about four lines) is the space before the name.
  name: style('PhHoTenKy', 'Họ tên người ký', { size: 14, bold: true, align: CENTER, before: 66, after: 18 }),
};
const RECIPIENTS = {
  label: style('PhNoiNhan', 'Nơi nhận', { size: 12, bold: true, italic: true, align: LEFT, before: 12 }),
  line: style('PhNoiNhanDong', 'Nơi nhận (dòng)', { size: 11, align: LEFT }),
};
const GRID = {
  head: style('PhBangTieuDe', 'Bảng: tiêu đề', { size: 13, bold: true, align: CENTER }),
  cell: style('PhBangO', 'Bảng: ô', { size: 13, align: CENTER }),
  text: style('PhBangNoiDung', 'Bảng: nội dung', { size: 13, align: LEFT }),
};

/** The khoản, most of a document: the document's default paragraph, so it needs no style of its own. */
const BODY = STYLES.clause;

const NAMED_STYLES = [
  ...Object.values(STYLES).filter((s) => s !== BODY),
  ...Object.values(HEAD),
  ...Object.values(SIGN),
  ...Object.values(RECIPIENTS),
  ...Object.values(GRID),
];

/**
 * Each component is a paragraph style, so a paragraph names its style and a run carries only what
 * differs from it (the article's number in bold): Word lists the styles, a clerk can change one
 * look everywhere, and the file stays about as small and quick to write as plain paragraphs.
 */
function styleDefinition(s: Style): IParagraphStyleOptions {
  // Only what differs from the body's look (the document defaults): less to write and to read.
  const spaced = (s.before ?? 0) !== (BODY.before ?? 0) || (s.after ?? 0) !== (BODY.after ?? 0);
  return {
    id: s.id,
    name: s.name,
    run: { size: s.size !== BODY.size ? pt(s.size) : undefined, bold: s.bold, italics: s.italic, allCaps: s.caps },
    paragraph: {
      alignment: s.align !== BODY.align ? s.align : undefined,
      indent: (s.indent ?? 0) !== (BODY.indent ?? 0) ? { firstLine: s.indent ?? 0 } : undefined,
      spacing: spaced ? { before: (s.before ?? 0) * 20, after: (s.after ?? 0) * 20 } : undefined,
    },
  };
}

/** The body's look, the document's default paragraph. */
const BODY_LOOK = {
  alignment: BODY.align,
  indent: { firstLine: BODY.indent },
  spacing: { before: (BODY.before ?? 0) * 20, after: (BODY.after ?? 0) * 20, line: 264 },
};

/** A run of text: line breaks and tabs as Word's own, everything else literally. */
function runs(run: Run, style: Style): TextRun[] {
  const bold = run.bold !== undefined && run.bold !== !!style.bold ? run.bold : undefined;
  const italics = run.italic !== undefined && run.italic !== !!style.italic ? run.italic : undefined;
  if (bold === undefined && italics === undefined && !/[\r\n\t]/.test(run.text)) return [new TextRun(run.text)];
  const lines = run.text.replace(/\r\n?/g, '\n').split('\n');
  return lines.map(
    (line, i) =>
      new TextRun({
        children: line.split('\t').flatMap((piece, k) => (k === 0 ? [piece] : [new Tab(), piece])),
        break: i > 0 ? 1 : undefined,
        bold,
        italics,
      }),
  );
}

function paragraph(text: string | Run[], style: Style, extra: Partial<IParagraphOptions> = {}): Paragraph {
  const list = typeof text === 'string' ? [{ text }] : text;
  return new Paragraph({
    style: style === BODY ? undefined : style.id,
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
    indent: { left: side, right: side, firstLine: 0 },
    spacing: { before: 0, after: 60, line: 120, lineRule: 'exact' },
    children: [new TextRun({ text: '', size: pt(5), font: FONT })],
  });
}

// A cell takes its table's borders (none) unless it has its own (the Phân công grid).
const cell = (children: Paragraph[], width: number, borders?: typeof NO_BORDERS) =>
  new TableCell({
    children: children.length ? children : [new Paragraph({})],
    width: { size: width, type: WidthType.DXA },
    borders,
    verticalAlign: VerticalAlign.TOP,
  });

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

function signatureHead(s: SignatureBlock, keepNext = false): Paragraph[] {
  const line = (text: string) => paragraph(text, SIGN.head, keepNext ? { keepNext } : {});
  return [...s.capacity.map(line), ...(s.title ? [line(s.title)] : [])];
}

/** Room for the signature and the seal, then the name. */
function signatureName(s: SignatureBlock): Paragraph[] {
  return [paragraph(s.name, SIGN.name)];
}

function signature(s: SignatureBlock): Paragraph[] {
  return [...signatureHead(s), ...signatureName(s)];
}

function recipients(lines: string[]): Paragraph[] {
  if (lines.length === 0) return [];
  // The list stays together, its label with it: "Nơi nhận:" alone at a page's foot was printed.
  const label = paragraph(PHRASES.recipientsLabel, RECIPIENTS.label, { keepNext: true, keepLines: true });
  const items = lines.map((l, i) =>
    paragraph(`- ${l}${i === lines.length - 1 ? '.' : ';'}`, RECIPIENTS.line, {
      keepNext: i < lines.length - 1,
      keepLines: true,
    }),
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
  // Two a row: the heads in one table row and the names in the next, so the names stand level
  // whatever wraps above them (a long title on two lines pushes both names down alike). Neither
  // row is split over a page, and a head is kept on the page of its name.
  const rows: TableRow[] = [];
  const widths = [TEXT_WIDTH - half, half];
  for (let i = 0; i < sigs.length; i += 2) {
    const pair = sigs.slice(i, i + 2);
    const each = (make: (s: SignatureBlock) => Paragraph[]) =>
      widths.map((w, k) => cell(pair[k] ? make(pair[k]) : [], w));
    rows.push(
      new TableRow({ cantSplit: true, children: each((s) => signatureHead(s, true)) }),
      new TableRow({ cantSplit: true, children: each(signatureName) }),
    );
  }
  return [
    // The space above the signatures, kept with them (and the closing paragraph with it).
    new Paragraph({ keepNext: true, spacing: { before: 120, after: 0 }, children: [] }),
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
function block(b: Block, keepNext = false): Array<Paragraph | Table> {
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
function appendix(part: DocumentPart): Array<Paragraph | Table> {
  return (part.appendix ?? []).flatMap((b, i) =>
    i === 0 && !isTable(b) ? [paragraph(b.runs, STYLES[b.role], { pageBreakBefore: true })] : block(b),
  );
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
