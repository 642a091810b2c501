// Text as it really arrives: legacy encodings converted per word only when the result is
// Vietnamese, NFD and "Unicode tổ hợp" composed, Word/Markdown leftovers cleaned, columns kept
// apart, and text files decoded from UTF-16 or a Windows code page.
import { describe, expect, it } from 'vitest';
import { cleanDocument, convertLegacyLine, decodeTcvn3, decodeVni, isVietnameseSyllable } from '../../src/core/import';
import { decodeText } from '../../src/docx/read-document';
import { toTcvn3, toVni } from './documents';
import { stripHtml } from '../../src/core/import/html';

const ALL_LETTERS =
  'a à á ả ã ạ ă ằ ắ ẳ ẵ ặ â ầ ấ ẩ ẫ ậ e è é ẻ ẽ ẹ ê ề ế ể ễ ệ i ì í ỉ ĩ ị o ò ó ỏ õ ọ ô ồ ố ổ ỗ ộ ơ ờ ớ ở ỡ ợ u ù ú ủ ũ ụ ư ừ ứ ử ữ ự y ỳ ý ỷ ỹ ỵ đ'.split(
    ' ',
  );

describe('legacy encodings', () => {
  it('decodes every TCVN3 letter', () => {
    for (const letter of ALL_LETTERS) expect(decodeTcvn3(toTcvn3(letter))).toBe(letter);
    expect(decodeTcvn3(toTcvn3('ĂÂÊÔƠƯĐ'))).toBe('ĂÂÊÔƠƯĐ');
    expect(decodeTcvn3('c«ng t¸c')).toBe('công tác');
    expect(decodeTcvn3('30°C')).toBeNull(); // ° is outside the table
  });

  it('decodes VNI-Windows, longest marks first, capitals included', () => {
    expect(decodeVni('Coâng')).toBe('Công');
    expect(decodeVni('Tröôøng')).toBe('Trường');
    expect(decodeVni('Ñoaøn')).toBe('Đoàn');
    expect(decodeVni('TRÖÔØNG')).toBe('TRƯỜNG');
    expect(decodeVni('naêm')).toBe('năm');
    expect(decodeVni('aé')).toBe('ắ');
    expect(decodeVni('sô')).toBe('sơ'); // VNI ô is ơ
    expect(decodeVni('eê')).toBeNull(); // a breve only after a
    for (const word of ['nghiêng', 'quyết', 'trường', 'học', 'thủy', 'khuyến', 'đoàn', 'ý', 'kiến', 'mỹ', 'lịch', 'sử'])
      expect(decodeVni(toVni(word))).toBe(word);
  });

  it('converts a legacy phrase inside a Unicode line and nothing else', () => {
    const line = `Điều 2: Phối hợp chỉ đạo các tổ thực hiện ${toTcvn3('công tác chuyên môn')}.`;
    const r = convertLegacyLine(line);
    expect(r.text).toBe('Điều 2: Phối hợp chỉ đạo các tổ thực hiện công tác chuyên môn.');
    expect(r.conversions.map((c) => c.to)).toEqual(['công', 'tác', 'chuyên', 'môn']);
  });

  it('converts a whole VNI line and words that only make sense next to converted ones', () => {
    const r = convertLegacyLine(toVni('một buổi sinh hoạt chuyên môn mỗi tháng'));
    expect(r.text).toBe('một buổi sinh hoạt chuyên môn mỗi tháng');
    expect(new Set(r.conversions.map((c) => c.encoding))).toEqual(new Set(['vni']));
  });

  it('leaves alone what only looks legacy: symbols, quotes, valid Unicode words', () => {
    for (const s of [
      'Nhiệt độ 30°C vào tháng 6',
      'Trích «trích dẫn» nguyên văn',
      '© 2024 Trường Mầm non',
      'Công tác chuyên môn là trọng tâm',
      'Giá 1½ triệu đồng',
    ]) {
      expect(convertLegacyLine(s)).toEqual({ text: s, conversions: [] });
    }
  });

  it("puts back a TCVN3 ư that printing dropped (U+00AD is Unicode's soft hyphen) only where nothing else reads", () => {
    const line = toTcvn3('Nhà trường phối hợp với người lao động được thương yêu');
    const printed = line.replace(/\u00ad/g, '');
    expect(printed).not.toBe(line);
    expect(convertLegacyLine(printed).text).toBe('Nhà trường phối hợp với người lao động được thương yêu');
    // "mới", "hơn", "lời" need no ư: left as they read.
    expect(convertLegacyLine(toTcvn3('mới hơn lời chơi')).text).toBe('mới hơn lời chơi');
  });

  it('follows a font: .VnTime forces TCVN3, and .VnTimeH gives capitals', () => {
    expect(convertLegacyLine('QUY CHÕ', 'tcvn3', true).text).toBe('QUY CHẾ');
    expect(convertLegacyLine('mét', 'tcvn3').text).toBe('một');
    expect(convertLegacyLine('mét').text).toBe('mét'); // without the font, "mét" is a Unicode word
  });
});

describe('Vietnamese syllables', () => {
  it('accepts syllables of every onset and rhyme family', () => {
    for (const s of [
      'a',
      'nghiêng',
      'quốc',
      'gì',
      'giếng',
      'khuỷu',
      'thuở',
      'khuếch',
      'huỳnh',
      'người',
      'rượu',
      'oẳn',
      'xoong',
      'Trường',
      'ĐOÀN',
      'yêu',
    ]) {
      expect(isVietnameseSyllable(s), s).toBe(true);
    }
  });
  it('rejects what no Vietnamese word looks like', () => {
    for (const s of ['cỏc', 'cac', 'ôtrớch', 'dẫnằ', 'abc', 'xyz', 'nghiêngg', 'cóà', '30', 'công-tác'])
      expect(isVietnameseSyllable(s), s).toBe(false);
  });
});

describe('cleanDocument', () => {
  const one = (s: string) => cleanDocument(s).lines[0];

  it('composes NFD and "Unicode tổ hợp" text to NFC', () => {
    const nfd = 'Hội nghị viên chức đầu năm học'.normalize('NFD');
    expect(one(nfd).text).toBe('Hội nghị viên chức đầu năm học');
    // Windows keyboard style: precomposed ô/ơ/ư, combining tone mark
    const toHop = 'C\u00f4\u0301ng \u0111oa\u0300n';
    expect(one(toHop).text).toBe('Cống đoàn');
    expect(one(toHop).text).toBe(one(toHop).text.normalize('NFC'));
  });

  it('removes Word and Markdown leftovers', () => {
    expect(one('## **2. Thực hiện quy chế dân chủ**').text).toBe('2. Thực hiện quy chế dân chủ');
    expect(one('*Căn cứ Điều lệ Đoàn;*').text).toBe('Căn cứ Điều lệ Đoàn;');
    expect(one('* Mục một').text).toBe('- Mục một');
    expect(one('1\\. Nội dung').text).toBe('1. Nội dung');
    expect(one('“Xây dựng trường học hạnh phúc” và ‘an toàn’').text).toBe(
      '"Xây dựng trường học hạnh phúc" và \'an toàn\'',
    );
    expect(one('Nhà\u00a0trường\u200b  và\tCông đoàn\u00ad').text).toBe('Nhà trường và Công đoàn');
    expect(one('\u00d0oàn thanh niên').text).toBe('Đoàn thanh niên');
  });

  it('puts tones in the new place, but never moves the tone of qu-', () => {
    expect(one('Hoà bình, thuỷ lợi, hoá học, quý, quá, Quỳnh').text).toBe(
      'Hòa bình, thủy lợi, hóa học, quý, quá, Quỳnh',
    );
  });

  it('keeps two-column lines apart, but not list labels or blanks left for hand-filling', () => {
    expect(one('TRƯỜNG MN HOA SEN\t\tĐộc lập - Tự do - Hạnh phúc').segments).toEqual([
      'TRƯỜNG MN HOA SEN',
      'Độc lập - Tự do - Hạnh phúc',
    ]);
    expect(one('Nơi nhận:                         HIỆU TRƯỞNG').segments).toEqual(['Nơi nhận:', 'HIỆU TRƯỞNG']);
    expect(one('1.\tNhà trường chủ trì').segments).toEqual(['1. Nhà trường chủ trì']);
    expect(one('Số:        /QĐ-MN\t\tHà Nội, ngày      tháng      năm 2025').segments).toEqual([
      'Số: /QĐ-MN',
      'Hà Nội, ngày tháng năm 2025',
    ]);
  });

  it('cuts columns a web page merged with one space, where the left part is a heading or signature line', () => {
    const cases: Array<[string, string[]]> = [
      [
        'UBND HUYỆN AN LẠC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        ['UBND HUYỆN AN LẠC', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ],
      [
        'TRƯỜNG TIỂU HỌC BÌNH MINH Độc lập - Tự do - Hạnh phúc',
        ['TRƯỜNG TIỂU HỌC BÌNH MINH', 'Độc lập - Tự do - Hạnh phúc'],
      ],
      ['Số 12/QC-THBM Bình Minh , ngày 15 tháng 9 năm 2023', ['Số 12/QC-THBM', 'Bình Minh , ngày 15 tháng 9 năm 2023']],
      ['Số: /QC-MNHS Hương Sen, ngày tháng năm 20…', ['Số: /QC-MNHS', 'Hương Sen, ngày tháng năm 20…']],
      ['Nơi nhận: TM. BCH CÔNG ĐOÀN HIỆU TRƯỞNG', ['Nơi nhận:', 'TM. BCH CÔNG ĐOÀN', 'HIỆU TRƯỞNG']],
      ['KT. HIỆU TRƯỞNG PHÓ HIỆU TRƯỞNG', ['KT. HIỆU TRƯỞNG', 'PHÓ HIỆU TRƯỞNG']],
      ['- Phòng GD&ĐT (b/c); CHỦ TỊCH', ['- Phòng GD&ĐT (b/c);', 'CHỦ TỊCH']],
      ['- Lưu VT. Trần Thị Mai Lê Văn Hùng', ['- Lưu VT.', 'Trần Thị Mai', 'Lê Văn Hùng']],
      ['Đinh Thị Mơ Hà Thị Vân Cao Văn Lực', ['Đinh Thị Mơ', 'Hà Thị Vân', 'Cao Văn Lực']],
      ["Y Bhin Niê H'Mai Êban", ['Y Bhin Niê', "H'Mai Êban"]],
      ['Quan Thị Lý Bế Văn Thắng', ['Quan Thị Lý', 'Bế Văn Thắng']],
      // One name, one body, one sentence: never cut.
      ['Tôn Nữ Thị Kim Chi', ['Tôn Nữ Thị Kim Chi']],
      ['Nguyễn Thị Thu An', ['Nguyễn Thị Thu An']],
      ['ĐẢNG BỘ XÃ AN BÌNH', ['ĐẢNG BỘ XÃ AN BÌNH']],
      ['PHÓ HIỆU TRƯỞNG', ['PHÓ HIỆU TRƯỞNG']],
      ['II. TRÁCH NHIỆM CỦA HIỆU TRƯỞNG', ['II. TRÁCH NHIỆM CỦA HIỆU TRƯỞNG']],
      [
        'Hiệu trưởng phối hợp với Chủ tịch công đoàn tổ chức hội nghị. CHỦ TỊCH CÔNG ĐOÀN ký biên bản.',
        ['Hiệu trưởng phối hợp với Chủ tịch công đoàn tổ chức hội nghị. CHỦ TỊCH CÔNG ĐOÀN ký biên bản.'],
      ],
      ['- Lưu VT. Hồ sơ năm học', ['- Lưu VT. Hồ sơ năm học']],
      ['TM. Trường mầm non Thắng Thủy', ['TM. Trường mầm non Thắng Thủy']],
      [
        'HIỆU TRƯỞNG Phan Văn Long TM. BCH CÔNG ĐOÀN CHỦ TỊCH Võ Thị Hạnh',
        ['HIỆU TRƯỞNG', 'Phan Văn Long', 'TM. BCH CÔNG ĐOÀN', 'CHỦ TỊCH', 'Võ Thị Hạnh'],
      ],
      ['Nơi nhận: - Đảng ủy xã (b/c); T/M CHI BỘ BÍ THƯ', ['Nơi nhận:', '- Đảng ủy xã (b/c);', 'T/M CHI BỘ', 'BÍ THƯ']],
      ['CHỦ TỊCH (Đã ký) Trần Thị Mai', ['CHỦ TỊCH', '(Đã ký)', 'Trần Thị Mai']],
      [
        'PHÒNG GD&ĐT HUYỆN AN LẠC TRƯỜNG TIỂU HỌC BÌNH MINH Số 12/QC-THBM',
        ['PHÒNG GD&ĐT HUYỆN AN LẠC', 'TRƯỜNG TIỂU HỌC BÌNH MINH', 'Số 12/QC-THBM'],
      ],
      [
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Bình Minh, ngày 15 tháng 9 năm 2023',
        ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Bình Minh, ngày 15 tháng 9 năm 2023'],
      ],
      ['CÔNG ĐOÀN TRƯỜNG THCS AN PHÚ', ['CÔNG ĐOÀN TRƯỜNG THCS AN PHÚ']],
      ['Biên bản họp (đã ký) được lưu tại văn phòng.', ['Biên bản họp (đã ký) được lưu tại văn phòng.']],
    ];
    for (const [line, segments] of cases) expect(one(line).segments, line).toEqual(segments);
  });

  it('numbers lines as the file does, blank lines included', () => {
    const doc = cleanDocument('\ufeffA\r\n\r\nB\rC\nD');
    expect(doc.lines.map((l) => [l.no, l.text])).toEqual([
      [1, 'A'],
      [2, ''],
      [3, 'B'],
      [4, 'C'],
      [5, 'D'],
    ]);
  });
});

describe('decodeText (text files)', () => {
  const sample = 'Quy chế phối hợp giữa nhà trường và công đoàn năm học 2024-2025';

  it('reads UTF-8, with or without BOM, and UTF-16 with or without BOM', () => {
    const utf8 = new TextEncoder().encode(sample);
    expect(decodeText(utf8)).toBe(sample);
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe(sample);
    const utf16 = new Uint8Array(sample.length * 2);
    for (let i = 0; i < sample.length; i++) {
      utf16[2 * i] = sample.charCodeAt(i) & 0xff;
      utf16[2 * i + 1] = sample.charCodeAt(i) >> 8;
    }
    expect(decodeText(new Uint8Array([0xff, 0xfe, ...utf16]))).toBe(sample);
    expect(decodeText(utf16)).toBe(sample);
  });

  it('reads a Windows-1258 file (Vietnamese code page, combining tones)', () => {
    // "Quy chế phối hợp" in CP1258: ế = ê (EA) + acute (EC); ố = ô (F4) + acute; ợ = ơ (F5) + dot (F2)
    const bytes = new Uint8Array([
      0x51, 0x75, 0x79, 0x20, 0x63, 0x68, 0xea, 0xec, 0x20, 0x70, 0x68, 0xf4, 0xec, 0x69, 0x20, 0x68, 0xf5, 0xf2, 0x70,
    ]);
    expect(decodeText(bytes).normalize('NFC')).toBe('Quy chế phối hợp');
  });

  it('reads a TCVN3 file saved as single bytes, leaving the conversion to the importer', () => {
    const legacy = toTcvn3('Quy chế phối hợp giữa nhà trường và công đoàn');
    const bytes = Uint8Array.from([...legacy].map((c) => c.charCodeAt(0)));
    const text = decodeText(bytes);
    expect(text).toBe(legacy);
    expect(cleanDocument(text).lines[0].text).toBe('Quy chế phối hợp giữa nhà trường và công đoàn');
  });

  it('cuts a whole document posted as one line where its parts begin, and never an ordinary long line', () => {
    const oneLine =
      'UBND XÃ AN HÒA TRƯỜNG MẦM NON AN HÒA CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ' +
      'Số: 04/QC-MNAH An Hòa, ngày 09 tháng 9 năm 2025 QUY CHẾ PHỐI HỢP GIỮA NHÀ TRƯỜNG VÀ CÔNG ĐOÀN ' +
      'Căn cứ Luật Công đoàn số 50/2024/QH15; Hai bên thống nhất như sau: Điều 1. Nhà trường phối hợp với ' +
      'Công đoàn tổ chức Hội nghị viên chức hằng năm. Điều 2. Công đoàn vận động đoàn viên thi đua mỗi học kỳ. ' +
      'TM. BCH CÔNG ĐOÀN CHỦ TỊCH Lê Thị Hoa HIỆU TRƯỞNG Phạm Văn Nam';
    expect(cleanDocument(oneLine).lines[0].segments).toEqual([
      'UBND XÃ AN HÒA',
      'TRƯỜNG MẦM NON AN HÒA',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 04/QC-MNAH',
      'An Hòa, ngày 09 tháng 9 năm 2025',
      'QUY CHẾ PHỐI HỢP GIỮA NHÀ TRƯỜNG VÀ CÔNG ĐOÀN',
      'Căn cứ Luật Công đoàn số 50/2024/QH15; Hai bên thống nhất như sau:',
      'Điều 1. Nhà trường phối hợp với Công đoàn tổ chức Hội nghị viên chức hằng năm.',
      'Điều 2. Công đoàn vận động đoàn viên thi đua mỗi học kỳ.',
      'TM. BCH CÔNG ĐOÀN',
      'CHỦ TỊCH',
      'Lê Thị Hoa',
      'HIỆU TRƯỞNG',
      'Phạm Văn Nam',
    ]);
    const longClause = `Nhà trường phối hợp với Công đoàn, căn cứ kết quả năm học trước, ${'tổ chức các hoạt động thi đua, '.repeat(14)}hằng năm.`;
    expect(longClause.length).toBeGreaterThan(400);
    expect(cleanDocument(longClause).lines[0].segments).toEqual([longClause]);
  });
});

describe('stripHtml and the line breaks of a table of tasks', () => {
  it('gives back a text whose only markup is the rows’ line breaks as it is, and strips any other', () => {
    const rows = 'Điều 1\n| 1 | Họp | NT<br>CĐ | Một lần |\n| 2 | Thi | CĐ<br/>NT | T11 |';
    expect(stripHtml(rows)).toBe(rows);
    expect(stripHtml('| 1 | Họp | NT<br>CĐ |\n<p>Điều 1</p><div>x</div>')).toBe('| 1 | Họp | NT<br>CĐ |\nĐiều 1\nx\n');
    expect(stripHtml('| 1 | Họp | NT<br>CĐ |\nA &amp; B')).toBe('| 1 | Họp | NT<br>CĐ |\nA & B');
    // A `<` that is no markup stays, as before.
    expect(stripHtml('| 1 | a<b | NT<br>CĐ |\nx > y')).toBe('| 1 | a<b | NT<br>CĐ |\nx > y');
  });
});
