// What a sentence says the document replaces, as the import reads it into Thay thế văn bản: to the
// sentence's end, or where the sentence turns to the new document (its effect, its start). The
// wordings are invented for these tests.
import { describe, expect, it } from 'vitest';
import { namedReplacement, statedReplacement } from '../../src/core/replaced-document';

describe('what a sentence says is replaced', () => {
  it('ends where the sentence turns to the new document', () => {
    expect(statedReplacement('Kế hoạch này thay thế Kế hoạch phối hợp số 3/KH-THAB và có hiệu lực từ ngày ký.')).toBe(
      'Kế hoạch phối hợp số 3/KH-THAB',
    );
    expect(statedReplacement('Quy chế này thay thế Quy chế phối hợp năm học 2019-2020, kể từ ngày 05/9/2020.')).toBe(
      'Quy chế phối hợp năm học 2019-2020',
    );
    expect(
      namedReplacement(
        'Bản quy chế này thực hiện từ ngày ký và thay thế cho các quy chế phối hợp trước đây, được áp dụng cho cả hai bên.',
      ),
    ).toBe('Các quy chế phối hợp trước đây');
  });

  it('reads to the sentence’s end otherwise, whatever the document is named by', () => {
    expect(statedReplacement('Quy chế này thay thế 298/QCPH-MNSM.')).toBe('298/QCPH-MNSM');
    expect(
      namedReplacement('Quy chế có hiệu lực kể từ ngày ký và thay thế Quy chế số 8/QC-THAB ngày 2/9/2019./.'),
    ).toBe('Quy chế số 8/QC-THAB ngày 2/9/2019');
    expect(statedReplacement('Quy chế này được ban hành lần đầu, không thay thế văn bản nào.')).toBe('Không');
    expect(namedReplacement('Phó Hiệu trưởng là người thay thế khi Hiệu trưởng đi vắng.')).toBeNull();
  });
});
