// A basis issued by two bodies together names both after its date: "… ngày 21/09/2021 giữa Phòng
// … và Liên đoàn …", and, as union–school agreements are cited, "… ngày 05/9/2023 thoả thuận giữa
// Sở … với Công đoàn ngành …". Both bodies are its issuer; what it is about stays its summary
// (the agreement's parties were dropped, and the exported Căn cứ no longer said whose it was).
import { describe, expect, it } from 'vitest';
import { parseBasisLine } from '../../src/core/import/bases';

describe('a basis issued by two bodies', () => {
  it('"thoả thuận giữa A với B" after the date names both as its issuer', () => {
    const [b] = parseBasisLine(
      '- Căn cứ văn bản số 12/TTLT-SGDĐT-CĐN ngày 05/9/2023 thoả thuận giữa Sở Giáo dục và Đào tạo với Công đoàn ngành Giáo dục tỉnh về quan hệ công tác;',
      1,
    );
    expect(b).toMatchObject({
      number: '12/TTLT-SGDĐT-CĐN',
      issuer: 'Sở Giáo dục và Đào tạo với Công đoàn ngành Giáo dục tỉnh',
      summary: 'quan hệ công tác',
    });
  });

  it('"giữa A và B" right after the date, as before', () => {
    const [b] = parseBasisLine(
      'Căn cứ Quy chế số 01/QCPH ngày 21/09/2021 giữa Phòng Giáo dục và Đào tạo và Liên đoàn Lao động huyện về phối hợp công tác;',
      1,
    );
    expect(b.issuer).toBe('Phòng Giáo dục và Đào tạo và Liên đoàn Lao động huyện');
  });

  it('other words between the date and "giữa" are not read as an issuer', () => {
    const [b] = parseBasisLine(
      'Căn cứ Kế hoạch số 20/KH-THCSQT ngày 15/9/2025 phân công nhiệm vụ giữa các tổ chuyên môn;',
      1,
    );
    expect(b.issuer).toBe('');
  });
});
