// The pure parts of batch: reading a Theo dõi sheet from grids, the state of each occurrence as
// of a date, review dates, and the report model built from summaries.
import { describe, expect, it } from 'vitest';
import { computeProgress } from '../../src/core/batch/progress';
import { monthPeriod, occurrenceState } from '../../src/core/tracking-book/counting';
import { isTrackingWorkbook, readTrackingWorkbook } from '../../src/core/tracking-book/read-tracking';
import { buildBatchReport } from '../../src/core/batch/report';
import { addMonths, nextReviewDate } from '../../src/core/review-period';
import { emptyCounts, emptyProgress, type FileSummary } from '../../src/core/batch/types';
import type { CellValue, SheetGrid } from '../../src/core/grid';
import { UserError } from '../../src/core/i18n';
import { regulationFacts, regulationSummary } from '../helpers/batch-summaries';
import { MARKS, TRACKING_MARKER } from '../../src/core/tracking-book/contract';

const months = ['T9', 'T10', 'T11', 'T12', 'T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8'];
const header = [
  'STT',
  'Mã điều khoản',
  'Nhiệm vụ',
  'Chủ trì',
  'Phối hợp',
  'Chu kỳ',
  ...months,
  'Tỷ lệ hoàn thành',
  'Minh chứng',
  'Ghi chú',
];
const row = (
  no: number | string,
  task: string,
  lead: string,
  support: string,
  marks: Record<string, CellValue>,
): CellValue[] => [no, 'D1', task, lead, support, 'Hàng tháng', ...months.map((m) => marks[m] ?? null)];

describe('reading a Theo dõi sheet', () => {
  it('finds the header under a title block, reads marks leniently, and skips the signature block', () => {
    const grid: SheetGrid = {
      name: 'Theo dõi',
      rows: [
        ['UBND XÃ AN PHÚ', null, null, null, null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
        ['TRƯỜNG MẦM NON SƠN CA'],
        [],
        ['SỔ THEO DÕI THỰC HIỆN QUY CHẾ PHỐI HỢP NĂM HỌC 2025 – 2026'],
        ['(Theo Quy chế phối hợp số 21/QCPH-MNSC-CĐ ngày 03/10/2025)'],
        header,
        row(1, 'Họp giao ban', 'NT', 'CD', { T9: MARKS.done, T10: 'x', T11: 'chưa làm', T12: MARKS.due, T1: '-' }),
        row(2, 'Thăm hỏi', 'CD', 'NT, CD', { T1: '✓' }),
        [],
        [null, null, 'Tổng cộng'],
        [null, null, 'NGƯỜI LẬP', null, null, null, null, null, null, null, 'HIỆU TRƯỞNG'],
      ],
    };
    expect(isTrackingWorkbook([grid])).toBe(true);
    const data = readTrackingWorkbook([grid], {}, { source: 'a.xlsx' });
    expect(data.headerRow).toBe(6);
    expect(data.generated).toBe(false);
    expect(data.school).toBe('TRƯỜNG MẦM NON SƠN CA');
    expect(data.managingAuthority).toBe('UBND XÃ AN PHÚ');
    expect(data.schoolYear?.text).toBe('2025-2026');
    expect(data.sourceNumber).toBe('21/QCPH-MNSC-CĐ');
    expect(
      data.tasks.map((t) => [t.no, t.lead, t.support, t.occurrences.map((o) => `${o.month}:${o.mark}@${o.cell}`)]),
    ).toEqual([
      ['1', 'NT', ['CD'], ['9:done@G7', '10:done@H7', '11:notDone@I7', '12:due@J7']],
      ['2', 'CD', ['NT', 'CD'], ['1:done@K8']],
    ]);
  });

  it('takes month labels from a second header row, NFD headers, `Tháng 9` spellings, and stops at the Table', () => {
    const nfd = (s: string) => s.normalize('NFD');
    const grid: SheetGrid = {
      name: 'Sheet1',
      rows: [
        [nfd('STT'), nfd('Nhiệm vụ'), nfd('Chủ trì'), 'Tháng thực hiện'],
        [null, null, null, 'Tháng 9', 'tháng 10', 'T 11'],
        [1, 'Hội nghị viên chức', 'NT', MARKS.done, null, MARKS.due],
        [2, 'Hội thi', 'NT', null, MARKS.notDone],
        [3, 'Below the table', 'NT', MARKS.done],
      ],
      tables: [{ name: 'TheoDoi', range: 'A1:F4' }],
    };
    const data = readTrackingWorkbook([grid]);
    expect(data.months).toEqual([9, 10, 11]);
    expect(data.tasks.map((t) => t.task)).toEqual(['Hội nghị viên chức', 'Hội thi']);
    expect(data.tasks[1].occurrences).toEqual([{ month: 10, cell: 'E4', mark: 'notDone' }]);
  });

  it('trusts the provenance of a marked workbook over its title block', () => {
    const grid: SheetGrid = {
      name: 'Theo dõi',
      rows: [['TRƯỜNG KHÁC'], header, row(1, 'Họp', 'NT', '', { T9: MARKS.done })],
    };
    const props = {
      keywords: TRACKING_MARKER,
      description: JSON.stringify({
        sourceNumber: '15/QCPH-MNHM-CĐ',
        schoolYear: '2024-2025',
        sourceHash: 'ab',
        generator: 'phoihop',
        school: 'TRƯỜNG MẦM NON HOA MAI',
        managingAuthority: 'UBND XÃ HÒA BÌNH',
      }),
    };
    const data = readTrackingWorkbook([grid], props);
    expect([data.generated, data.school, data.managingAuthority, data.sourceNumber, data.schoolYear?.text]).toEqual([
      true,
      'TRƯỜNG MẦM NON HOA MAI',
      'UBND XÃ HÒA BÌNH',
      '15/QCPH-MNHM-CĐ',
      '2024-2025',
    ]);
  });

  it('says which file and sheet lack the table', () => {
    const grid: SheetGrid = { name: 'Theo dõi', rows: [['STT', 'Nhiệm vụ']] };
    expect(isTrackingWorkbook([grid])).toBe(false);
    try {
      readTrackingWorkbook([grid], { keywords: TRACKING_MARKER }, { source: 'so.xlsx' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(UserError);
      expect((e as UserError).text('vi')).toBe(
        'Tệp so.xlsx, trang "Theo dõi": không tìm thấy bảng theo dõi (cần dòng tiêu đề có các cột "Nhiệm vụ", "Chủ trì", "T9 … T8").',
      );
    }
  });
});

describe('occurrences as of a date', () => {
  const occ = (month: number, mark: 'due' | 'done' | 'notDone') => ({ month, cell: 'A1', mark });
  it('places school-year months in the right calendar year, leap years included', () => {
    expect(monthPeriod(2025, 9)).toEqual({ first: '2025-09-01', last: '2025-09-30' });
    expect(monthPeriod(2025, 1)).toEqual({ first: '2026-01-01', last: '2026-01-31' });
    expect(monthPeriod(2027, 2)).toEqual({ first: '2028-02-01', last: '2028-02-29' });
  });

  it('is upcoming before its month, pending during it, overdue the day after it ends', () => {
    expect(occurrenceState(occ(10, 'due'), 2025, '2025-09-30')).toBe('upcoming');
    expect(occurrenceState(occ(10, 'due'), 2025, '2025-10-01')).toBe('pending');
    expect(occurrenceState(occ(10, 'due'), 2025, '2025-10-31')).toBe('pending');
    expect(occurrenceState(occ(10, 'due'), 2025, '2025-11-01')).toBe('overdue');
  });

  it('counts done whenever it is marked, and not done only once its month has started', () => {
    expect(occurrenceState(occ(5, 'done'), 2025, '2025-09-15')).toBe('done');
    expect(occurrenceState(occ(5, 'notDone'), 2025, '2026-04-30')).toBe('upcoming');
    expect(occurrenceState(occ(5, 'notDone'), 2025, '2026-05-01')).toBe('missed');
  });

  it('sums per task and per party; a lead listed among its own supporters counts once', () => {
    const task = (lead: string, support: string[], marks: Array<[number, 'due' | 'done' | 'notDone']>) => ({
      row: 1,
      no: '1',
      clauseId: '',
      task: 't',
      lead,
      support,
      cadence: '',
      occurrences: marks.map(([m, k]) => occ(m, k)),
    });
    const p = computeProgress(
      [
        task(
          'NT',
          ['CD', 'NT'],
          [
            [9, 'done'],
            [10, 'due'],
            [11, 'notDone'],
            [12, 'due'],
            [5, 'due'],
          ],
        ),
        task(
          'CD',
          [],
          [
            [9, 'done'],
            [10, 'done'],
          ],
        ),
      ],
      2025,
      '2025-12-10',
    );
    expect(p.total).toEqual({ planned: 7, due: 5, done: 3, missed: 1, overdue: 1, pending: 1 });
    const nt = p.parties.find((x) => x.code === 'NT')!;
    const cd = p.parties.find((x) => x.code === 'CD')!;
    expect([nt.ledTasks, nt.supportedTasks, nt.led.due, nt.supported.due]).toEqual([1, 0, 3, 0]);
    expect([cd.ledTasks, cd.supportedTasks, cd.led.done, cd.supported.due]).toEqual([1, 1, 2, 3]);
    expect(p.late.map((l) => [l.occurrence.month, l.state])).toEqual([
      [10, 'overdue'],
      [11, 'missed'],
    ]);
  });
});

describe('review dates', () => {
  it('adds the cadence period to the issue date, clamping the day', () => {
    expect(nextReviewDate('2024-10-07', 'Hàng năm')).toBe('2025-10-07');
    expect(nextReviewDate('2025-08-31', 'Mỗi học kỳ')).toBe('2026-02-28');
    expect(nextReviewDate('2025-11-30', 'Hàng quý')).toBe('2026-02-28');
    expect(nextReviewDate('2025-10-01', 'Đột xuất')).toBeNull();
    expect(nextReviewDate(null, 'Hàng năm')).toBeNull();
    expect(addMonths('2027-12-31', 2)).toBe('2028-02-29');
  });
});

describe('the report model', () => {
  const reg = (
    path: string,
    school: string,
    year: number,
    nextReview: string | null,
    extra: Partial<FileSummary> = {},
  ): FileSummary =>
    regulationSummary(
      path,
      regulationFacts(year, {
        school,
        managingAuthority: 'UBND XÃ A',
        nextReview,
        parties: [{ code: 'ZZ', name: 'Hội khuyến học', signed: false }],
      }),
      extra,
    );

  it('sorts paths naturally, marks overdue and replaced reviews, and names unknown parties from the regulations', () => {
    const report = buildBatchReport(
      [
        reg('truong-10/a.xlsx', 'TRƯỜNG B', 2025, '2026-10-01'),
        reg('truong-2/a.xlsx', 'TRƯỜNG A', 2024, '2025-10-01'),
        reg('truong-2/b.xlsx', 'Trường A', 2025, '2026-10-01'),
        reg('truong-3/a.xlsx', 'TRƯỜNG C', 2024, '2025-10-01'),
        reg('truong-4/a.xlsx', 'TRƯỜNG D', 2024, null),
      ],
      { folder: 'x', asOf: '2025-11-15' },
    );
    expect(report.rows.map((r) => [r.path, r.reviewState])).toEqual([
      ['truong-2/a.xlsx', 'replaced'],
      ['truong-2/b.xlsx', 'ok'],
      ['truong-3/a.xlsx', 'overdue'],
      ['truong-4/a.xlsx', 'unknown'],
      ['truong-10/a.xlsx', 'ok'],
    ]);
    expect(report.totals.reviewOverdue).toBe(1);
    expect(report.parties).toEqual([
      expect.objectContaining({
        code: 'ZZ',
        name: 'Hội khuyến học',
        inRegulations: 5,
        unsigned: 5,
        schools: 0,
        rate: null,
      }),
    ]);
  });

  it('counts one tracking workbook per school and year: the one with most marks', () => {
    const progress = (done: number, missed: number) => ({
      planned: 20,
      due: done + missed + 2,
      done,
      missed,
      overdue: 2,
      pending: 0,
    });
    const tracking = (
      path: string,
      generated: boolean,
      done: number,
      missed: number,
      school = 'TRƯỜNG A',
    ): FileSummary => ({
      path,
      kind: 'tracking',
      counts: emptyCounts(),
      findings: [],
      findingsOmitted: 0,
      tracking: {
        school,
        managingAuthority: '',
        sourceNumber: '2025/QCPH-X',
        schoolYear: '2025-2026',
        schoolYearStart: 2025,
        schoolYearAssumed: false,
        generated,
        tasks: 1,
        progress: progress(done, missed),
        dueSoon: 0,
        parties: [
          { code: 'NT', ledTasks: 1, supportedTasks: 0, led: progress(done, missed), supported: emptyProgress() },
        ],
      },
    });
    const report = buildBatchReport(
      [
        reg('a/quy-che.xlsx', 'TRƯỜNG A', 2025, null),
        tracking('a/theo-doi-t12.xlsx', true, 3, 1),
        tracking('a/theo-doi-t3.xlsx', true, 6, 1),
        tracking('a/chep-tay.xlsx', false, 6, 1),
        tracking('b/theo-doi.xlsx', false, 1, 0, 'TRƯỜNG B'),
      ],
      { folder: 'x', asOf: '2026-03-15' },
    );
    const row = (p: string) => report.rows.find((r) => r.path === p)!;
    expect(row('a/theo-doi-t3.xlsx').duplicateOf).toBe('');
    expect(row('a/theo-doi-t12.xlsx').duplicateOf).toBe('a/theo-doi-t3.xlsx');
    expect(row('a/chep-tay.xlsx').duplicateOf).toBe('a/theo-doi-t3.xlsx');
    expect(row('a/quy-che.xlsx').linked).toBe('a/theo-doi-t3.xlsx');
    expect(row('a/quy-che.xlsx').progress?.done).toBe(6);
    expect(report.totals.progress.done).toBe(7);
    expect(report.parties.find((p) => p.code === 'NT')).toMatchObject({
      schools: 2,
      ledTasks: 2,
      led: expect.objectContaining({ done: 7 }),
    });
  });

  it('totals errors per file and counts a file with errors once', () => {
    const bad = reg('a.xlsx', 'A', 2025, null, { counts: { error: 3, warning: 1, info: 0 } });
    const broken: FileSummary = {
      path: 'b.xlsx',
      kind: 'unreadable',
      counts: { error: 1, warning: 0, info: 0 },
      findings: [],
      findingsOmitted: 0,
    };
    const report = buildBatchReport([bad, broken], { folder: 'x', asOf: '2025-11-15' });
    expect(report.totals).toMatchObject({
      files: 2,
      filesWithErrors: 2,
      counts: { error: 4, warning: 1, info: 0 },
      byKind: { regulation: 1, unreadable: 1 },
    });
    expect(report.totals.progress).toEqual(emptyProgress());
  });
});
