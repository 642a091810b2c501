// The sentences renew moves on, rewrites or reports, one wording at a time (the CLI tests in
// test/cli/renew-sentences.test.ts run the same over real files).
import { describe, expect, it } from 'vitest';
import { canChi, renewText, type YearShift } from '../../src/core/renew-text';
import { parseSchoolYear } from '../../src/core/values';

const shift = (change: Partial<YearShift> = {}): YearShift => ({
  from: parseSchoolYear('2024-2025')!,
  to: parseSchoolYear('2025-2026')!,
  oldNumber: '474/QCPH-MNHS-CT',
  oldIssueDate: '2024-10-07',
  newNumber: '',
  newIssueDate: null,
  olderNumbers: ['298/QCPH-MNHS'],
  ownYear: null,
  ...change,
});

describe('renewText', () => {
  it('names the Tết of a year by its can chi', () => {
    expect([2022, 2023, 2024, 2025, 2026].map(canChi)).toEqual([
      'Nhâm Dần',
      'Quý Mão',
      'Giáp Thìn',
      'Ất Tỵ',
      'Bính Ngọ',
    ]);
  });

  it('moves the regulation’s own year, however written, and the Tết of that year', () => {
    const r = renewText(
      'Thực hiện nhiệm vụ NĂM HỌC 2024 – 2025; chào mừng XUÂN ẤT TỴ và Tết Nguyên đán Ất Tỵ.',
      shift(),
    );
    expect(r.text).toBe('Thực hiện nhiệm vụ NĂM HỌC 2025 – 2026; chào mừng XUÂN BÍNH NGỌ và Tết Nguyên đán Bính Ngọ.');
    expect(r.stale).toEqual([]);
  });

  it('rewrites the document a sentence replaces to this one, keeping how its date was written', () => {
    const r = renewText(
      'Quy chế này thay thế Quy chế số 298 /QCPH-MNHS ngày 5 tháng 10 năm 2023, có hiệu lực kể từ ngày ký.',
      shift(),
    );
    expect(r.text).toBe(
      'Quy chế này thay thế Quy chế số 474/QCPH-MNHS-CT ngày 7 tháng 10 năm 2024, có hiệu lực kể từ ngày ký.',
    );
    expect(r.replacement).toEqual({
      before: 'Quy chế số 298 /QCPH-MNHS ngày 5 tháng 10 năm 2023',
      after: 'Quy chế số 474/QCPH-MNHS-CT ngày 7 tháng 10 năm 2024',
    });
  });

  it('leaves a sentence that already replaces this document alone, and a stand-in who "thay thế" someone', () => {
    for (const text of [
      'Quy chế này thay thế Quy chế số 474/QCPH-MNHS-CT năm học 2024-2025.',
      'Khi Hiệu trưởng vắng mặt, Phó hiệu trưởng là người thay thế điều hành công việc.',
    ]) {
      const r = renewText(text, shift());
      expect(r.text).toBe(text);
      expect([r.replacement, r.stale, r.unclear]).toEqual([null, [], []]);
    }
  });

  it('reports, and does not change, what it cannot decide', () => {
    const r = renewText(
      'Tổng kết năm học 2023-2024, họp ngày 15/9/2024 và tháng 5/2025; thực hiện Kế hoạch số 19/KH-MN ngày 27/9/2024 về nhiệm vụ năm học 2024-2025.',
      shift(),
    );
    expect(r.text).toBe(
      'Tổng kết năm học 2023-2024, họp ngày 15/9/2024 và tháng 5/2025; thực hiện Kế hoạch số 19/KH-MN ngày 27/9/2024 về nhiệm vụ năm học 2024-2025.',
    );
    // The plan cited is last year's: its year is not moved (the citation would become false), it is reported.
    expect(r.stale).toEqual(['năm học 2023-2024', '15/9/2024', 'tháng 5/2025', 'năm học 2024-2025']);
  });

  it('does not report the year of a law, a period, or a document cited by its date', () => {
    const r = renewText(
      'Theo Luật Giáo dục năm 2024 và Thông tư số 12/2024/TT-BGDĐT ngày 10/10/2024; giai đoạn 2021-2025.',
      shift(),
    );
    expect(r.stale).toEqual([]);
  });

  it('writes the new number and date where the text names this document’s, when they are given', () => {
    const text = 'Quy chế số 474/QCPH-MNHS-CT có hiệu lực từ ngày 07/10/2024.';
    expect(renewText(text, shift()).stale).toEqual(['số 474/QCPH-MNHS-CT', '07/10/2024']);
    const r = renewText(text, shift({ newNumber: '21/QCPH-MNHS-CT', newIssueDate: '2025-10-06' }));
    expect(r.text).toBe('Quy chế số 21/QCPH-MNHS-CT có hiệu lực từ ngày 06/10/2025.');
    expect(r.stale).toEqual([]);
  });

  it('moves a title named by its calendar year, and reports an older document’s number', () => {
    expect(renewText('KẾ HOẠCH PHỐI HỢP NĂM 2024', shift({ ownYear: 2024 })).text).toBe('KẾ HOẠCH PHỐI HỢP NĂM 2025');
    expect(renewText('Tiếp tục thực hiện Quy chế 298/QCPH-MNHS.', shift()).stale).toEqual(['298/QCPH-MNHS']);
  });

  it('with no number of its own, cannot say which number a replaced document should have', () => {
    const r = renewText('Quy chế này thay thế Quy chế số 298/QCPH-MNHS.', shift({ oldNumber: '' }));
    expect(r.text).toBe('Quy chế này thay thế Quy chế số 298/QCPH-MNHS.');
    expect(r.unclear).toEqual(['298/QCPH-MNHS']);
  });

  it('gives what the first replacement sentence replaces, as it now reads, from the document on', () => {
    const by = (text: string, change: Partial<YearShift> = {}) => renewText(text, shift(change)).replaces;
    expect(
      by('Bản quy chế này thay thế cho Quy chế phối hợp giữa Nhà trường và Đội Thiếu niên năm học 2023 - 2024.'),
    ).toBe('Quy chế phối hợp giữa Nhà trường và Đội Thiếu niên năm học 2024 - 2025');
    expect(by('Kế hoạch này thay thế Kế hoạch số 298/QCPH-MNHS, kể từ ngày ký.')).toBe('Kế hoạch số 474/QCPH-MNHS-CT');
    // Only the first: the import reads the first sentence that says it.
    expect(by('Quy chế này thay thế Quy chế năm học 2023-2024. Quy chế này thay thế Quy chế số 298/QCPH-MNHS.')).toBe(
      'Quy chế năm học 2024-2025',
    );
    // Left as written when it cannot be decided: what it names, for the caller to see it is not the previous version.
    expect(by('Quy chế này thay thế Quy chế số 298/QCPH-MNHS.', { oldNumber: '' })).toBe('Quy chế số 298/QCPH-MNHS');
    expect(by('Phó Hiệu trưởng là người thay thế khi Hiệu trưởng đi vắng.')).toBeNull();
    expect(by('')).toBeNull();
  });

  it('leaves a sentence repealing or ending a named document as written, and gives it to be listed', () => {
    for (const text of [
      'Bãi bỏ Quy chế phối hợp số 298/QCPH-MNHS ngày 5/10/2023.',
      'Kế hoạch liên tịch năm học 2023 - 2024 giữa hai bên không còn hiệu lực kể từ ngày ký Quy chế này.',
      'Quy chế số 474/QCPH-MNHS-CT hết hiệu lực khi văn bản mới được ký.',
    ]) {
      const r = renewText(text, shift({ newNumber: '21/QCPH-MNHS-CT' }));
      expect(r.text).toBe(text);
      expect(r.ended).toEqual([text]);
      expect(r.replaces).toBeNull();
    }
  });

  it('does not take this document’s own end, or an unnamed repeal, for another document ending', () => {
    for (const text of [
      'Quy chế này hết hiệu lực khi có quy chế mới được ban hành.',
      'Những quy định trước đây trái với Quy chế này đều bãi bỏ.',
      'Quy chế này sẽ không còn hiệu lực vào cuối năm học 2024-2025.',
    ])
      expect(renewText(text, shift()).ended).toEqual([]);
  });
});
