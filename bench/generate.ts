// Inputs the benchmark makes for itself: a regulation of N responsibility rows, as content.
import type { WorkbookContent } from '../src/core/template/content';
import { exampleContent } from '../src/core/template/example';

const CADENCES = [
  'Hàng tháng',
  'Hàng quý',
  'Mỗi học kỳ',
  'Hàng năm',
  'Thường xuyên',
  'Đầu năm học',
  'hằng quý',
  'từng học kỳ',
];

/** The worked example grown to `rows` responsibility rows (with about 1% defects) and rows/10 clauses. */
export function largeContent(rows: number): WorkbookContent {
  const c = exampleContent();
  const clauses = Math.max(6, Math.floor(rows / 10));
  c.blocks.clauses = Array.from({ length: clauses }, (_, i) => ({
    id: `D${i + 1}`,
    chapter: 'Chương II',
    article: `Điều ${i + 1}`,
    paragraph: '',
    text: `Nội dung điều khoản số ${i + 1} về phối hợp công tác.`,
  }));
  const codes = ['NT', 'CD', 'CDTN', 'CMHS'];
  c.blocks.responsibilities = Array.from({ length: rows }, (_, i) => ({
    no: i + 1,
    clauseId: i % 211 === 5 ? `X${i}` : `D${(i % clauses) + 1}`,
    task: `Nhiệm vụ phối hợp số ${i + 1}: tổ chức, kiểm tra và báo cáo kết quả thực hiện`,
    lead: i % 97 === 3 ? 'ZZ' : codes[i % 4],
    support: i % 89 === 7 ? 'CD, QQ' : `${codes[(i + 1) % 4]}, ${codes[(i + 2) % 4]}`,
    cadence: i % 103 === 11 ? '' : CADENCES[i % CADENCES.length],
    months: i % 8 === 3 ? 'T11' : '',
    evidence: 'Biên bản',
    note: '',
  }));
  return c;
}
