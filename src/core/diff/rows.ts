// The bảng so sánh as rows (old | new | ghi chú), in the document's own Vietnamese (it is an
// administrative document, like the export's wording): deleted words in the old column, inserted
// words in the new one, and a note that says what happened to the row.
import type { Change, Comparison, ComparisonNote, DiffBlock, WordPiece } from './types';
import { sideOf, wordChanges } from './words';

export interface ComparisonRow {
  /** A block's heading row ("I. Văn bản") spans the table; its cells are empty. */
  heading?: string;
  old: WordPiece[];
  new: WordPiece[];
  note: string;
}

/** The blocks as the document names them. */
export const BLOCK_TITLES: Record<DiffBlock, string> = {
  document: 'Thông tin văn bản',
  bases: 'Căn cứ',
  parties: 'Các bên phối hợp',
  signatories: 'Người ký',
  clauses: 'Nội dung quy chế',
  responsibilities: 'Phân công thực hiện',
  recipients: 'Nơi nhận',
  dissemination: 'Phổ biến',
};

export const COMPARISON_WORDS = {
  kind: 'BẢNG SO SÁNH',
  header: ['Năm học trước', 'Năm học này', 'Ghi chú'],
  added: 'Bổ sung',
  removed: 'Bãi bỏ',
  changed: 'Sửa đổi',
  moved: 'Chuyển vị trí',
  legend:
    'Ghi chú cách đánh dấu: chữ gạch ngang là nội dung bị bỏ (cột năm học trước); chữ gạch chân là nội dung được thêm hoặc sửa (cột năm học này).',
  none: 'Không có thay đổi nào so với năm học trước.',
} as const;

/** The bảng so sánh's line on a block it does not compare, under the legend. */
export function comparisonNote(n: ComparisonNote, cmp: Comparison): string {
  return (
    `Phần ${BLOCK_TITLES[n.block]} không được so sánh: đây là các lần phổ biến của từng năm học ` +
    `(năm học ${cmp.oldYear} ghi ${n.old} lần, năm học ${cmp.newYear} ghi ${n.new} lần), không phải nội dung của văn bản.`
  );
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];

const same = (text: string): WordPiece[] => (text ? [{ text, kind: 'same' }] : []);

function note(c: Change): string {
  if (c.change === 'added') return COMPARISON_WORDS.added;
  if (c.change === 'removed') return COMPARISON_WORDS.removed;
  const labels = c.fields.map((f) => f.label).join(', ');
  if (c.change === 'moved') return `${COMPARISON_WORDS.moved} (${labels})`;
  return `${COMPARISON_WORDS.changed} (${labels})`;
}

function row(c: Change): ComparisonRow {
  // A Văn bản field is named before its value, so the row says which field it is.
  const lead = c.block === 'document' ? same(`${c.key}: `) : [];
  let old: WordPiece[];
  let now: WordPiece[];
  if (c.change === 'added') {
    old = c.block === 'document' ? [...lead] : [];
    now = [...lead, { text: c.newText, kind: 'inserted' }];
  } else if (c.change === 'removed') {
    old = [...lead, { text: c.oldText, kind: 'deleted' }];
    now = c.block === 'document' ? [...lead] : [];
  } else {
    const words = c.words ?? wordChanges(c.oldText, c.newText);
    old = [...lead, ...sideOf(words, 'old')];
    now = [...lead, ...sideOf(words, 'new')];
  }
  return { old, new: now, note: note(c) };
}

/** The table's rows: each block with changes under its heading, in the order of the output. */
export function comparisonRows(cmp: Comparison): ComparisonRow[] {
  const out: ComparisonRow[] = [];
  let n = 0;
  for (const block of Object.keys(BLOCK_TITLES) as DiffBlock[]) {
    const changes = cmp.changes.filter((c) => c.block === block);
    if (changes.length === 0) continue;
    out.push({ heading: `${ROMAN[n++]}. ${BLOCK_TITLES[block]}`, old: [], new: [], note: '' });
    out.push(...changes.map(row));
  }
  return out;
}
