// The look of Nghị định 30/2020, Phụ lục I, for the Word writer: the A4 page and its margins, each
// component's named paragraph style (sizes in points, bold, italic, capitals, spacing), and the
// paragraphs, rules and cells made in them. Text is always a text run, never a field or markup.
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Tab,
  TableCell,
  TextRun,
  VerticalAlign,
  WidthType,
  type IParagraphOptions,
  type IParagraphStyleOptions,
} from 'docx';
import type { Paragraph as Para, Run } from '../core/export';

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
export const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
export const FONT = 'Times New Roman';
export const pt = (n: number) => n * 2; // half-points

interface Border {
  style: (typeof BorderStyle)[keyof typeof BorderStyle];
  size: number;
  color: string;
}
const NONE: Border = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
export const NO_BORDERS: Record<'top' | 'bottom' | 'left' | 'right' | 'insideHorizontal' | 'insideVertical', Border> = {
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
export const STYLES: Record<Para['role'], Style> = {
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
export const HEAD = {
  authority: style('PhCoQuanChuQuan', 'Cơ quan chủ quản', { size: 12, align: CENTER }),
  issuer: style('PhDonViBanHanh', 'Đơn vị ban hành', { size: 12, bold: true, align: CENTER }),
  nation: style('PhQuocHieu', 'Quốc hiệu', { size: 12, bold: true, align: CENTER }),
  motto: style('PhTieuNgu', 'Tiêu ngữ', { size: 13, bold: true, align: CENTER }),
  number: style('PhSoKyHieu', 'Số, ký hiệu', { size: 13, align: CENTER, before: 3 }),
  placeDate: style('PhDiaDanh', 'Địa danh và thời gian', { size: 14, italic: true, align: CENTER, before: 3 }),
};
// Capacity and title in capitals as the Decree shows them, the workbook's text kept underneath.
export const SIGN = {
  head: style('PhChucVuKy', 'Quyền hạn, chức vụ người ký', { size: 13, bold: true, caps: true, align: CENTER }),
  // The room for the signature and the seal (about four lines) is the space before the name.
  name: style('PhHoTenKy', 'Họ tên người ký', { size: 14, bold: true, align: CENTER, before: 66, after: 18 }),
};
export const RECIPIENTS = {
  label: style('PhNoiNhan', 'Nơi nhận', { size: 12, bold: true, italic: true, align: LEFT, before: 12 }),
  line: style('PhNoiNhanDong', 'Nơi nhận (dòng)', { size: 11, align: LEFT }),
};
export const GRID = {
  head: style('PhBangTieuDe', 'Bảng: tiêu đề', { size: 13, bold: true, align: CENTER }),
  cell: style('PhBangO', 'Bảng: ô', { size: 13, align: CENTER }),
  text: style('PhBangNoiDung', 'Bảng: nội dung', { size: 13, align: LEFT }),
};

/** The khoản, most of a document: the document's default paragraph, so it needs no style of its own. */
export const BODY = STYLES.clause;

export const NAMED_STYLES = [
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
export function styleDefinition(s: Style): IParagraphStyleOptions {
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
export const BODY_LOOK = {
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

export function paragraph(text: string | Run[], style: Style, extra: Partial<IParagraphOptions> = {}): Paragraph {
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
export function rule(widthTwips: number, cellWidth: number): Paragraph {
  const side = Math.max(0, Math.round((cellWidth - widthTwips) / 2));
  return new Paragraph({
    border: { bottom: { ...LINE, space: 0 } },
    indent: { left: side, right: side, firstLine: 0 },
    spacing: { before: 0, after: 60, line: 120, lineRule: 'exact' },
    children: [new TextRun({ text: '', size: pt(5), font: FONT })],
  });
}

// A cell takes its table's borders (none) unless it has its own (the Phân công grid).
export const cell = (children: Paragraph[], width: number, borders?: typeof NO_BORDERS) =>
  new TableCell({
    children: children.length ? children : [new Paragraph({})],
    width: { size: width, type: WidthType.DXA },
    borders,
    verticalAlign: VerticalAlign.TOP,
  });
