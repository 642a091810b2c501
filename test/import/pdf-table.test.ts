// A PDF's table of tasks on a synthetic page, its cells drawn one after the other as Word and
// LibreOffice draw them (a cell's lines, then the next cell's; a row after the other): rows told
// apart by that order, a two-row header kept as two rows, a time merged down the rows printed once
// and given to each, and a part's heading right under the table read as the body's.
import { describe, expect, it } from 'vitest';
import { importText } from '../../src/core/import';
import type { PdfItem, PdfPage } from '../../src/core/import/pdf-lines';
import { pdfToText } from '../../src/core/import/pdf-text';

const H = 842;
const SIZE = 11;
let order = 0;
const at = (text: string, x: number, top: number): PdfItem => ({
  text,
  x,
  y: H - top,
  width: text.length * SIZE * 0.5,
  size: SIZE,
  order: order++,
});
const page = (...items: PdfItem[]): PdfPage => ({ width: 595, height: H, items });
const [NO, TASK, TIME, LEAD, HELP] = [85, 140, 300, 400, 480];

function planPage(): PdfPage {
  order = 0;
  return page(
    at('II. NỘI DUNG PHỐI HỢP', NO, 87),
    // The header: "Thực hiện" over "Chủ trì | Phối hợp", each row drawn cell after cell.
    at('STT', NO, 100),
    at('Nội dung', TASK, 100),
    at('Thời gian', TIME, 100),
    at('Thực hiện', LEAD, 100),
    at('Thực hiện', HELP, 100),
    at('Chủ trì', LEAD, 113),
    at('Phối hợp', HELP, 113),
    // Row 1: the task's cell wraps, drawn before the time and the people.
    at('1', NO, 126),
    at('Tổ chức hội nghị', TASK, 126),
    at('viên chức.', TASK, 139),
    at('Tháng 9/2024', TIME, 126),
    at('Hiệu trưởng', LEAD, 126),
    at('Công đoàn', HELP, 126),
    // Row 2: its time merged with row 1's, printed once.
    at('2', NO, 152),
    at('Ký kết giao ước', TASK, 152),
    at('thi đua.', TASK, 165),
    at('Công đoàn', LEAD, 152),
    at('Hiệu trưởng', HELP, 152),
    // Row 3: one line in each cell, right under row 2's wrapped task.
    at('3', NO, 178),
    at('Tổng kết năm học.', TASK, 178),
    at('Tháng 5/2025', TIME, 178),
    at('Hiệu trưởng', LEAD, 178),
    at('Công đoàn', HELP, 178),
    at('III. TỔ CHỨC THỰC HIỆN', NO, 191),
    at('Hiệu trưởng và Chủ tịch Công đoàn chịu trách nhiệm triển khai kế hoạch này.', NO, 204),
  );
}

describe('a table of tasks drawn cell after cell', () => {
  it('keeps a two-row header, tells rows apart by the order they were drawn, and ends at the next part', () => {
    expect(pdfToText([planPage()]).text.split('\n')).toEqual([
      'II. NỘI DUNG PHỐI HỢP',
      '| STT | Nội dung | Thời gian | Thực hiện | Thực hiện |',
      '|  |  |  | Chủ trì | Phối hợp |',
      '| 1 | Tổ chức hội nghị viên chức. | Tháng 9/2024 | Hiệu trưởng | Công đoàn |',
      '| 2 | Ký kết giao ước thi đua. | Tháng 9/2024 | Công đoàn | Hiệu trưởng |',
      '| 3 | Tổng kết năm học. | Tháng 5/2025 | Hiệu trưởng | Công đoàn |',
      'III. TỔ CHỨC THỰC HIỆN',
      'Hiệu trưởng và Chủ tịch Công đoàn chịu trách nhiệm triển khai kế hoạch này.',
    ]);
  });

  it('gives each task of the table its time, the merged one too, and its lead', () => {
    const tasks = importText(pdfToText([planPage()]).text).extraction.responsibilities;
    expect(tasks.slice(0, 3).map((t) => [t.months, t.lead])).toEqual([
      ['T9', 'NT'],
      ['T9', 'CD'],
      ['T5', 'NT'],
    ]);
  });
});
