// A plan's table of tasks read by its header: which rows are headers, how a second header row
// refines the first, what a data row yields, and the times and people of the tasks drafted
// from a whole plan (valid and invalid cases side by side).
import { describe, expect, it } from 'vitest';
import { importText } from '../../src/core/import';
import { readHeader, readRow, refineHeader, rowCells, spanningLabel } from '../../src/core/import/task-table';

describe('the header of a table of tasks', () => {
  const headers: Array<[string, string[]]> = [
    ['| TT | Thời gian | Nội dung công việc | Người thực hiện | Ghi chú |', ['no', 'time', 'content', 'lead', 'other']],
    [
      '| STT | Nội dung | Thời gian | Bộ phận chủ trì | Bộ phận phối hợp |',
      ['no', 'content', 'time', 'lead', 'support'],
    ],
    ['| Tháng | Nội dung hoạt động | Lực lượng thực hiện |', ['time', 'content', 'lead']],
    [
      '| Số TT | Công việc | Thời gian thực hiện | Người phụ trách | Kết quả |',
      ['no', 'content', 'time', 'lead', 'other'],
    ],
    ['| Thời điểm | Nhiệm vụ | Đơn vị thực hiện | Đơn vị phối hợp |', ['time', 'content', 'lead', 'support']],
    ['| TT | Nội dung công việc | Thời gian | Người thực hiện / phối hợp |', ['no', 'content', 'time', 'lead']],
    ['| Thời gian | Nội dung | Chủ trì, phối hợp |', ['time', 'content', 'lead']],
    // Our own export's Phân công appendix.
    [
      '| STT | Nhiệm vụ | Chủ trì | Phối hợp | Chu kỳ | Thời điểm | Mã điều khoản |',
      ['no', 'content', 'lead', 'support', 'cadence', 'time', 'clause'],
    ],
  ];
  for (const [line, cols] of headers)
    it(`reads ${line}`, () => {
      expect(readHeader(rowCells(line))).toEqual(cols);
    });

  const notHeaders = [
    // A signature table, a heading table, a table of members, a row of a table.
    '| TM. BCH CÔNG ĐOÀN | TM. CHI BỘ | HIỆU TRƯỞNG |',
    '| UBND HUYỆN AN LÃO | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |',
    '| TT | Họ và tên | Chức vụ |',
    '| 1 | Tháng 9 | Họp phụ huynh | BGH |',
    // A task but neither its time nor its people.
    '| TT | Nội dung | Ghi chú |',
  ];
  for (const line of notHeaders)
    it(`does not take ${line} for a header`, () => {
      expect(readHeader(rowCells(line))).toBeNull();
    });

  it('refines "Thực hiện" by a second row naming Chủ trì and Phối hợp, and only by a header row', () => {
    const top = readHeader(rowCells('| STT | Nội dung | Thời gian | Thực hiện | Thực hiện |'))!;
    expect(top).toEqual(['no', 'content', 'time', 'lead', 'lead']);
    expect(refineHeader(top, rowCells('| | | | Chủ trì | Phối hợp |'))).toEqual([
      'no',
      'content',
      'time',
      'lead',
      'support',
    ]);
    expect(refineHeader(top, rowCells('| 1 | Họp | Tháng 9 | BGH | CĐ |'))).toBeNull();
    expect(refineHeader(top, rowCells('| | | | | |'))).toBeNull();
  });
});

describe('a row of a table of tasks', () => {
  const header = readHeader(rowCells('| TT | Thời gian | Nội dung | Người thực hiện | Phối hợp |'))!;

  it('reads the task from its cells, a cell of bullets as one task', () => {
    expect(
      readRow(
        header,
        rowCells('| 2. | Tháng 9 | - Họp cha mẹ học sinh.<br>- Bầu ban đại diện. | BGH<br>GVCN | CMHS |'),
      ),
    ).toEqual({
      no: '2',
      content: 'Họp cha mẹ học sinh. Bầu ban đại diện.',
      time: 'Tháng 9',
      lead: 'BGH, GVCN',
      support: 'CMHS',
      cadence: '',
      clause: '',
    });
    expect(readRow(header, rowCells('| 3 | Tháng 10 | | BGH | |'))).toBeNull();
  });

  it('reads the Chu kỳ and Mã điều khoản columns as written', () => {
    const own = readHeader(rowCells('| STT | Nhiệm vụ | Chủ trì | Phối hợp | Chu kỳ | Thời điểm | Mã điều khoản |'))!;
    expect(readRow(own, rowCells('| 5 | Hội thi giáo viên giỏi | NT | CD<br>CDTN | Hàng năm | T11 | D3 |'))).toEqual({
      no: '5',
      content: 'Hội thi giáo viên giỏi',
      time: 'T11',
      lead: 'NT',
      support: 'CD, CDTN',
      cadence: 'Hàng năm',
      clause: 'D3',
    });
  });

  it('takes a row across the table, or one cell filled without a task, for a label of the rows below', () => {
    expect(spanningLabel(header, rowCells('| HỌC KỲ I |'))).toBe('HỌC KỲ I');
    expect(spanningLabel(header, rowCells('| | Tháng 9/2024 | | | |'))).toBe('Tháng 9/2024');
    expect(spanningLabel(header, rowCells('| | | Họp liên tịch | | |'))).toBeNull();
    expect(spanningLabel(header, rowCells('| 1 | Tháng 9 | Họp | BGH | |'))).toBeNull();
  });
});

describe('tasks drafted from a table', () => {
  const plan = (rows: string) => `TRƯỜNG MẦM NON HOA SEN
KẾ HOẠCH PHỐI HỢP GIỮA NHÀ TRƯỜNG VÀ CÔNG ĐOÀN NĂM HỌC 2025-2026
I. NỘI DUNG
| TT | Thời gian | Nội dung | Chủ trì | Phối hợp |
|---|---|---|---|---|
${rows}
HIỆU TRƯỞNG
Lê Thị Hoa`;

  const cases: Array<[string, { lead: string; support: string[]; cadence: string; months: string }]> = [
    [
      '| 1 | Tháng 9/2025 | Hội nghị viên chức. | Hiệu trưởng | Công đoàn |',
      { lead: 'NT', support: ['CD'], cadence: '', months: 'T9' },
    ],
    [
      '| 1 | Tháng 11 - 12/2025 | Hội giảng. | BGH | BCH CĐ |',
      { lead: 'NT', support: ['CD'], cadence: '', months: 'T11, T12' },
    ],
    [
      '| 1 | Từ tháng 11/2025 đến tháng 2/2026 | Chăm lo Tết. | Công đoàn | |',
      { lead: 'CD', support: [], cadence: '', months: 'T11, T12, T1, T2' },
    ],
    [
      '| 1 | 20/11/2025 | Mít tinh. | Nhà trường | Công đoàn |',
      { lead: 'NT', support: ['CD'], cadence: '', months: 'T11' },
    ],
    ['| 1 | 10/2025 | Thi đua. | Công đoàn | BGH |', { lead: 'CD', support: ['NT'], cadence: '', months: 'T10' }],
    [
      '| 1 | Hằng quý | Họp liên tịch. | Hiệu trưởng | Chủ tịch CĐ |',
      { lead: 'NT', support: ['CD'], cadence: 'Hàng quý', months: '' },
    ],
    // No month is named: nothing is guessed.
    ['| 1 | Học kỳ II | Sơ kết. | Hiệu trưởng | |', { lead: 'NT', support: [], cadence: '', months: '' }],
    // The people column names no party: the task's own words do.
    [
      '| 1 | Tháng 3/2026 | Công đoàn phối hợp với nhà trường tổ chức ngày 8/3. | Tổ văn phòng | |',
      { lead: 'CD', support: ['NT'], cadence: '', months: 'T3' },
    ],
  ];
  for (const [row, want] of cases)
    it(`reads ${row}`, () => {
      const x = importText(plan(row)).extraction;
      expect(x.clauses.map((c) => [c.id, c.text])).toEqual([['I.1', rowCells(row)[2]]]);
      expect(x.responsibilities).toHaveLength(1);
      const [r] = x.responsibilities;
      expect({ lead: r.lead, support: r.support, cadence: r.cadence, months: r.months }).toEqual(want);
    });

  it('reads a table right under the title as the body, never as more of the title', () => {
    const text = `TRƯỜNG MẦM NON HOA SEN
KẾ HOẠCH PHỐI HỢP GIỮA NHÀ TRƯỜNG VÀ BAN ĐẠI DIỆN CHA MẸ TRẺ NĂM HỌC 2025-2026
| TT | Thời gian | Nội dung | Người thực hiện |
|---|---|---|---|
| 1 | Tháng 9 | Họp cha mẹ trẻ đầu năm. | Hiệu trưởng, Ban đại diện cha mẹ trẻ |
| 2 | Tháng 12 | Tổ chức vui Tết cho trẻ. | Ban đại diện cha mẹ trẻ |
HIỆU TRƯỞNG
Lê Thị Hoa`;
    const x = importText(text).extraction;
    expect(x.fields.title?.value).toBe(
      'KẾ HOẠCH PHỐI HỢP GIỮA NHÀ TRƯỜNG VÀ BAN ĐẠI DIỆN CHA MẸ TRẺ NĂM HỌC 2025-2026',
    );
    expect(x.responsibilities.map((r) => [r.clauseId, r.lead, r.support.join(','), r.months])).toEqual([
      ['1', 'NT', 'CMHS', 'T9'],
      ['2', 'CMHS', '', 'T12'],
    ]);
    expect(x.signatories.map((s) => s.name)).toEqual(['Lê Thị Hoa']);
  });

  it('gives the rows under a label its month, and never makes the header or the label a clause', () => {
    const x = importText(
      plan(
        '| Tháng 10/2025 |\n| 1 | | Hội thi giáo viên giỏi. | BGH | Công đoàn |\n| 2 | Tháng 11 | Mít tinh 20/11. | Công đoàn | |',
      ),
    ).extraction;
    expect(x.clauses.map((c) => c.id)).toEqual(['I.1', 'I.2']);
    expect(x.responsibilities.map((r) => [r.clauseId, r.months])).toEqual([
      ['I.1', 'T10'],
      ['I.2', 'T11'],
    ]);
    expect(x.unplaced.filter((u) => u.text.includes('|'))).toEqual([]);
  });
});
