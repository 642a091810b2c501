// The Phân công appendix after the signatures: its rows are the document's assignments, read as
// written when it has our export's columns, or the way a plan's table is read when a school wrote
// it; a "Phụ lục" table before the signatures stays in the body, and the signatures are still read.
import { describe, expect, it } from 'vitest';
import { importText } from '../../src/core/import';

const HEAD = `UBND XÃ HÒA BÌNH
TRƯỜNG MẦM NON HOA MAI
Số: 15/QCPH-MNHM
Hòa Bình, ngày 08 tháng 10 năm 2026
QUY CHẾ
Phối hợp giữa Nhà trường và Ban Chấp hành Công đoàn cơ sở năm học 2026-2027
Nhà trường và Ban Chấp hành Công đoàn cơ sở thống nhất ban hành quy chế như sau:
Điều 1. Phối hợp tổ chức Hội nghị viên chức, người lao động.
Điều 2. Phối hợp chăm lo đời sống người lao động.`;
const SIGNATURES = `HIỆU TRƯỞNG
Trần Thị Lan
TM. BAN CHẤP HÀNH CÔNG ĐOÀN CƠ SỞ
CHỦ TỊCH
Nguyễn Thị Hương`;

describe('the Phân công appendix', () => {
  it('our own columns: every row as written, parties by name or code back to their codes', () => {
    const { extraction } = importText(`${HEAD}
${SIGNATURES}
Phụ lục
PHÂN CÔNG THỰC HIỆN
(Kèm theo Quy chế số 15/QCPH-MNHM ngày 08/10/2026)
| STT | Nhiệm vụ | Chủ trì | Phối hợp | Chu kỳ | Thời điểm | Mã điều khoản |
| 1 | Tổ chức hội nghị đầu năm, rà soát quy chế | Nhà trường | Ban Chấp hành Công đoàn cơ sở | Đầu năm học | T9 | D1 |
| 2 | Thăm hỏi đoàn viên ốm đau | CD | NT | Đột xuất |  | D2 |`);
    expect(
      extraction.responsibilities.map((r) => [r.clauseId, r.task, r.lead, r.support, r.cadence, r.months]),
    ).toEqual([
      ['D1', 'Tổ chức hội nghị đầu năm, rà soát quy chế', 'NT', ['CD'], 'Đầu năm học', 'T9'],
      ['D2', 'Thăm hỏi đoàn viên ốm đau', 'CD', ['NT'], 'Đột xuất', ''],
    ]);
    expect(extraction.signatories.map((s) => s.name)).toEqual(['Trần Thị Lan', 'Nguyễn Thị Hương']);
    // The tasks' words are no facts of the document: "rà soát" there gives no review cadence.
    expect(extraction.fields.reviewCadence).toBeUndefined();
    expect(extraction.clauses).toHaveLength(2);
  });

  it("a school's own table under Phụ lục: rows read the way a plan's table is", () => {
    const { extraction } = importText(`${HEAD}
${SIGNATURES}
PHỤ LỤC: PHÂN CÔNG THỰC HIỆN
| TT | Nội dung | Thời gian | Chủ trì | Phối hợp |
| 1 | Tổ chức hội nghị viên chức | Tháng 9 | Nhà trường | Công đoàn |`);
    expect(extraction.responsibilities.map((r) => [r.task, r.lead, r.support, r.months])).toEqual([
      ['Tổ chức hội nghị viên chức', 'NT', ['CD'], 'T9'],
    ]);
  });

  it('a Phụ lục table before the signatures stays in the body and the signatures are read', () => {
    const { extraction } = importText(`${HEAD}
Phụ lục
| TT | Nội dung | Thời gian | Chủ trì | Phối hợp |
| 1 | Tổ chức hội nghị viên chức | Tháng 9 | Nhà trường | Công đoàn |
${SIGNATURES}`);
    expect(extraction.signatories.map((s) => s.name)).toEqual(['Trần Thị Lan', 'Nguyễn Thị Hương']);
    expect(extraction.clauses.map((c) => c.text)).toContain('Tổ chức hội nghị viên chức');
  });
});
