// The Word document as a neutral description: what each part says and which component of
// Nghị định 30/2020 (Phụ lục I) it is, not how a library draws it. src/docx renders it; the
// role of a paragraph decides its font size, weight, slant and alignment there.

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/** The components of Phụ lục I that a paragraph of the body can be. */
export type ParagraphRole =
  | 'kindName' // Tên loại: upper case, bold, centred
  | 'title' // Trích yếu: bold, centred, a short rule under its last line
  | 'issuedWith' // "(Ban hành kèm theo Quyết định số …)": italic, centred
  | 'authorityLine' // a decision's "HIỆU TRƯỞNG TRƯỜNG …" above its bases: bold, centred
  | 'basis' // Căn cứ: italic, one per paragraph
  | 'enacting' // the sentence that leads into the body ("… thống nhất ban hành … như sau:")
  | 'decides' // "QUYẾT ĐỊNH:": bold, centred
  | 'chapter' // "Chương I": bold, centred
  | 'chapterTitle' // the chapter's name: bold, centred, shown in capitals
  | 'section' // "I. Mục đích, yêu cầu": bold
  | 'article' // "Điều 1." bold, then its text
  | 'clause' // khoản "1.", điểm "a)", bullets and plain paragraphs: justified, first-line indent
  | 'closing' // the paragraph after the body (effect, replacement, adoption): justified
  | 'appendixLabel' // "Phụ lục" over an appendix, on a new page: bold, centred
  | 'appendixTitle' // the appendix's name: bold, centred, shown in capitals
  | 'appendixNote'; // "(Kèm theo Quy chế số …)": italic, centred

export interface Paragraph {
  role: ParagraphRole;
  runs: Run[];
}

export interface Table {
  /** The Phân công appendix, or a report's figures. */
  role: 'responsibilities' | 'figures';
  header: string[];
  rows: string[][];
  /** Relative column widths. */
  widths: number[];
}

export type Block = Paragraph | Table;

export const isTable = (b: Block): b is Table => 'rows' in b;

/** The two-column heading: issuing body on the left, the national heading on the right. */
export interface Heading {
  /** Cơ quan chủ quản (upper case), or '' */
  authority: string;
  /** Đơn vị ban hành (upper case, bold). */
  issuer: string;
  /** "Số: 15/QCPH-MNHM-CĐ"; "Số: ……" when the workbook has no number (also "……" for an empty issuer or place). */
  number: string;
  /** "Long Biên, ngày 07 tháng 10 năm 2024", or '' */
  placeDate: string;
}

/** Capacity and title lines are shown in capitals (the Decree's form) but keep the workbook's text. */
export interface SignatureBlock {
  /** "TM. Ban Chấp hành Công đoàn cơ sở", or "KT. Hiệu trưởng"; none when the head signs in person. */
  capacity: string[];
  /** "Chủ tịch", "Phó Hiệu trưởng". */
  title: string;
  name: string;
}

export interface DocumentPart {
  heading: Heading;
  /** Everything between the heading and the signatures, in reading order. */
  blocks: Block[];
  signatures: SignatureBlock[];
  /** Nơi nhận lines without the bullet and end mark ("UBND xã Hòa Bình (báo cáo)"); "Lưu: VT" last. */
  recipients: string[];
  /** After the signatures and Nơi nhận, on a new page: the Phân công appendix. */
  appendix?: Block[];
}

export interface WordDocument {
  /** Document properties. */
  title: string;
  subject: string;
  /** The issuing decision first (with --with-decision), then the regulation; each starts a page. */
  parts: DocumentPart[];
}

/** Every paragraph's text in reading order: what a plain writer would write (the benchmark's baseline). */
export function plainParagraphs(doc: WordDocument): string[] {
  const out: string[] = [];
  const runs = (p: Paragraph) => p.runs.map((r) => r.text).join('');
  for (const part of doc.parts) {
    const h = part.heading;
    out.push(h.authority, h.issuer, h.number, h.placeDate);
    for (const b of part.blocks) {
      if (isTable(b)) for (const row of [b.header, ...b.rows]) out.push(...row);
      else out.push(runs(b));
    }
    for (const s of part.signatures) out.push(...s.capacity, s.title, s.name);
    out.push(...part.recipients);
    for (const b of part.appendix ?? []) {
      if (isTable(b)) for (const row of [b.header, ...b.rows]) out.push(...row);
      else out.push(runs(b));
    }
  }
  return out;
}
