// The PDF geometry on synthetic pages: text items placed as Word and LibreOffice place them, read
// back into the lines the importer wants (pdf-lines.ts, pdf-text.ts). No PDF reader here.
import { describe, expect, it } from 'vitest';
import { importText } from '../../src/core/import';
import { pageLines, type PdfItem, type PdfPage } from '../../src/core/import/pdf-lines';
import { pdfToText } from '../../src/core/import/pdf-text';

const H = 842;
// Half an em a letter: a rough Times width, enough for the geometry.
let order = 0;
const at = (text: string, x: number, top: number, size = 13): PdfItem => ({
  text,
  x,
  y: H - top,
  width: text.length * size * 0.5,
  size,
  order: order++,
});
const page = (...items: PdfItem[]): PdfPage => ({ width: 595, height: H, items });
const lines = (...pages: PdfPage[]) => pdfToText(pages).text.split('\n');

// A body 85..552: a full line of 71 letters at 13 pt is 461.5 wide.
const FULL = 'Phối hợp tổ chức các phong trào thi đua, bồi dưỡng chuyên môn cho các ';

describe('items → lines', () => {
  it('puts items on one baseline together, left to right, with a space where the PDF left a gap', () => {
    const [l] = pageLines(page(at('Hạnh', 150, 100), at('Độc lập', 100, 100)), 1);
    expect(l.segments.map((s) => s.text)).toEqual(['Độc lập Hạnh']);
  });

  it('cuts a line into segments at a gap of columns, and leaves out rotated and blank items', () => {
    const stamp: PdfItem = { ...at('BẢN NHÁP', 200, 300), rotated: true };
    const [l, ...rest] = pageLines(
      page(at('Số: 12/QC-TH', 100, 100), at(' ', 178, 100), at('Hà Nội, ngày 5', 330, 100), stamp),
      1,
    );
    expect(l.segments.map((s) => s.text)).toEqual(['Số: 12/QC-TH', 'Hà Nội, ngày 5']);
    expect(rest).toEqual([]);
  });
});

describe('text drawn over text', () => {
  it('keeps both lines whole when a text box is laid over the body on the same baseline', () => {
    // The body's line is drawn first; the box's two columns later, over it and beside it.
    const body = at('QUY CHẾ PHỐI HỢP', 85, 100);
    order += 10;
    const box = at('TRƯỜNG MẦM NON AN HÒA', 90, 100.5);
    order += 3;
    const right = at('Độc lập - Tự do', 340, 100);
    const ls = pageLines(page(box, body, right), 1);
    expect(ls.map((l) => l.segments.map((s) => s.text))).toEqual([
      ['QUY CHẾ PHỐI HỢP'],
      ['TRƯỜNG MẦM NON AN HÒA', 'Độc lập - Tự do'],
    ]);
  });
});

describe('typed spaces', () => {
  it('keeps a run of spaces drawn between two pieces (a slot left to fill) in the line; a tab parts columns', () => {
    // LibreOffice draws "Số:      /QC" as "Số:", a blank item as wide as the spaces, "/QC"; a tab likewise.
    const blank = (x: number, top: number, width: number) => ({ ...at(' ', x, top), width });
    const [number, date] = pageLines(
      page(
        at('Số:', 100, 100),
        blank(119.5, 100, 20),
        at('/QC-MN', 139.5, 100),
        at('Số 3', 100, 130),
        blank(126, 130, 60),
        at('Hà Nội, ngày 5', 186, 130),
      ),
      1,
    );
    // 20 pt at 13 pt is six spaces of a quarter em.
    expect(number.segments.map((s) => s.text)).toEqual(['Số:      /QC-MN']);
    expect(date.segments.map((s) => s.text)).toEqual(['Số 3', 'Hà Nội, ngày 5']);
  });
});

describe('paragraphs', () => {
  it('starts a paragraph at each legal basis, however short the line above', () => {
    const text = lines(
      page(at('Căn cứ Luật Công đoàn năm 2012 và các văn bản;', 85, 100), at('Căn cứ Điều lệ.', 85, 114)),
    );
    expect(text).toEqual(['Căn cứ Luật Công đoàn năm 2012 và các văn bản;', 'Căn cứ Điều lệ.']);
  });

  it('joins a line the PDF wrapped, and starts a paragraph where the writer broke the line', () => {
    const text = lines(
      page(
        at(FULL.slice(0, 65), 113, 100),
        at('giáo viên.', 85, 114),
        at('Điều 2. Chế độ họp', 113, 130),
        at(FULL, 85, 144),
        at('Cuối.', 85, 158),
        at('Ngắn.', 85, 172),
        at('Dòng sau.', 85, 186),
      ),
    );
    expect(text).toEqual([
      `${FULL.slice(0, 65)} giáo viên.`,
      'Điều 2. Chế độ họp',
      `${FULL}Cuối.`,
      'Ngắn.',
      'Dòng sau.',
    ]);
  });

  it('starts a paragraph at a point or a part numbered with a slash ("2/.", "IV/."), however full the line above', () => {
    const text = lines(
      page(
        at(`2/. ${FULL.slice(0, 66)}`, 85, 100),
        at('3/. Chi đoàn tổ chức kỷ niệm ngày thành lập Đoàn vào tháng 3, hằng năm vào', 85, 114),
        at('IV/. TỔ CHỨC THỰC HIỆN :', 85, 128),
      ),
    );
    expect(text).toEqual([
      `2/. ${FULL.slice(0, 66)}`.trimEnd(),
      '3/. Chi đoàn tổ chức kỷ niệm ngày thành lập Đoàn vào tháng 3, hằng năm vào',
      'IV/. TỔ CHỨC THỰC HIỆN :',
    ]);
  });

  it('joins a paragraph the PDF wrapped where its first line was all capitals, and keeps a title over small letters apart', () => {
    // A whole document typed as one paragraph: the wrap falls inside the Quốc hiệu.
    const caps = 'PHÒNG GD&ĐT HUYỆN AN LẠC TRƯỜNG THCS AN LẠC CỘNG HÒA XÃ HỘI CHỦ';
    const text = lines(
      page(
        at(caps, 85, 100),
        at('NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 5/QC-THCS', 85, 114),
        at('QUY CHẾ PHỐI HỢP', 250, 140),
        at('giữa nhà trường và Công đoàn', 230, 154),
      ),
    );
    expect(text).toEqual([
      `${caps} NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 5/QC-THCS`,
      'QUY CHẾ PHỐI HỢP',
      'giữa nhà trường và Công đoàn',
    ]);
  });

  it('joins "2023-" and "2024" without a space', () => {
    expect(lines(page(at(`${FULL.slice(0, 64)}2023-`, 85, 100), at('2024.', 85, 114)))).toEqual([
      `${FULL.slice(0, 64)}2023-2024.`,
    ]);
  });
});

describe('the heading and the signatures, in two columns', () => {
  it("ends the signatures at the signers' names: a line on one side below them comes after them", () => {
    const text = lines(
      page(
        at('TM. CÔNG ĐOÀN', 110, 100),
        at('HIỆU TRƯỞNG', 340, 100),
        at('CHỦ TỊCH', 125, 113),
        at('Hồ Thị Sen', 115, 126),
        at('Võ Văn Quang', 345, 126),
        at('Tin khác', 85, 140),
      ),
    );
    expect(text).toEqual(['TM. CÔNG ĐOÀN', 'CHỦ TỊCH', 'Hồ Thị Sen', 'HIỆU TRƯỞNG', 'Võ Văn Quang', 'Tin khác']);
  });

  it('reads two signature boxes box after box from where their lines start, whatever their words', () => {
    // A mojibake page: its titles are no words before the page is repaired. Each box's lines are
    // set two lines apart, and the title alone on the left starts where its box's lines start.
    const boxes = (titleAt: number) =>
      lines(
        page(
          at('TM. BCH CÃNG ÄOÃN', 85, 300),
          at('HIá»U TRÆ¯á»NG', 340, 300),
          at('CHá»¦ Tá»CH', titleAt, 326),
          at('TÃ´ Thá» Máºn', 85, 339),
          at('Kha VÄn BÃ¬nh', 340, 339),
        ),
      );
    expect(boxes(85)).toEqual(['TM. BCH CÃNG ÄOÃN', 'CHá»¦ Tá»CH', 'TÃ´ Thá» Máºn', 'HIá»U TRÆ¯á»NG', 'Kha VÄn BÃ¬nh']);
    // A line that starts elsewhere, as far from both, is the page's own: read where it stands.
    expect(boxes(120)).toEqual([
      'TM. BCH CÃNG ÄOÃN',
      'HIá»U TRÆ¯á»NG',
      'CHá»¦ Tá»CH',
      'TÃ´ Thá» Máºn',
      'Kha VÄn BÃ¬nh',
    ]);
  });

  it("ends Nơi nhận beside a signature at the signer's name: the next line on the left is no recipient", () => {
    const text = lines(
      page(
        at('Nơi nhận:', 85, 100),
        at('HIỆU TRƯỞNG', 340, 100),
        at('- Như Điều 2;', 85, 113),
        at('- Lưu: VT.', 85, 126),
        at('Mạc Thị Thanh', 340, 126),
        at('- Phòng GD&ĐT;', 85, 139),
        at('QUY CHẾ', 85, 152),
      ),
    );
    expect(text).toEqual([
      'Nơi nhận:',
      '- Như Điều 2;',
      '- Lưu: VT.',
      '- Phòng GD&ĐT;',
      'HIỆU TRƯỞNG',
      'Mạc Thị Thanh',
      'QUY CHẾ',
    ]);
  });

  it('reads the left column, then the right, each line a line', () => {
    const text = lines(
      page(
        at('UBND XÃ HÒA BÌNH', 127, 60),
        at('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 300, 60),
        at('TRƯỜNG MẦM NON HOA MAI', 100, 73),
        at('Độc lập - Tự do - Hạnh phúc', 330, 73),
        at('Số: 15/QCPH-MNHM', 110, 100),
        at('Hòa Bình, ngày 08 tháng 10 năm 2026', 320, 100),
        at('QUY CHẾ PHỐI HỢP', 250, 130),
      ),
    );
    expect(text).toEqual([
      'UBND XÃ HÒA BÌNH',
      'TRƯỜNG MẦM NON HOA MAI',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 15/QCPH-MNHM',
      'Hòa Bình, ngày 08 tháng 10 năm 2026',
      'QUY CHẾ PHỐI HỢP',
    ]);
  });

  it('puts back the word a column set with tabs ran past the margin, and keeps a title after a row apart', () => {
    const shown = pageLines(
      page(
        at('PHÒNG GD&ĐT HUYỆN NAM SƠN', 85, 60),
        at('CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT', 357, 60),
        at('NAM', 85, 73),
        at('TRƯỜNG THCS LÊ LỢI', 85, 86),
        at('Độc lập – Tự do – Hạnh phúc', 357, 86),
        at('Số: 14/KH-THCSLL', 85, 99),
        at('Nam Sơn, ngày 02 tháng 10 năm 2025 nay', 305, 99),
        at('QUYẾT ĐỊNH', 85, 112),
        at('TM. CÔNG ĐOÀN', 110, 140),
        at('HIỆU TRƯỞNG', 460, 140),
        at('CHỦ TỊCH', 125, 153),
        at(FULL, 85, 180),
      ),
      1,
    ).map((l) => l.segments.map((s) => s.text));
    expect(shown.slice(0, 6)).toEqual([
      ['PHÒNG GD&ĐT HUYỆN NAM SƠN', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ['TRƯỜNG THCS LÊ LỢI', 'Độc lập – Tự do – Hạnh phúc'],
      ['Số: 14/KH-THCSLL', 'Nam Sơn, ngày 02 tháng 10 năm 2025 nay'],
      ['QUYẾT ĐỊNH'],
      ['TM. CÔNG ĐOÀN', 'HIỆU TRƯỞNG'],
      ['CHỦ TỊCH'],
    ]);
  });

  it('joins a capacity that ran over its cell, keeps the title under it apart, and gives all four signers', () => {
    const body = 'Quy chế có hiệu lực từ ngày ký.';
    const text = lines(
      page(
        at(body, 113, 60),
        at('HIỆU TRƯỞNG', 150, 100),
        at('TM. BAN CHẤP HÀNH CÔNG ĐOÀN', 325, 100),
        at('CƠ SỞ', 410, 113),
        at('CHỦ TỊCH', 405, 126),
        at('Trần Thị Lan', 160, 200),
        at('Nguyễn Thị Hương', 378, 200),
        at('TM. BAN CHẤP HÀNH CHI ĐOÀN', 90, 240),
        at('TM. BAN ĐẠI DIỆN CHA MẸ TRẺ', 330, 240),
        at('BÍ THƯ', 160, 253),
        at('TRƯỞNG BAN', 390, 253),
        at('Lê Thị Mai', 168, 330),
        at('Phạm Văn Minh', 386, 330),
      ),
    );
    expect(text.slice(1)).toEqual([
      'HIỆU TRƯỞNG',
      'TM. BAN CHẤP HÀNH CÔNG ĐOÀN CƠ SỞ',
      'CHỦ TỊCH',
      'Trần Thị Lan',
      'Nguyễn Thị Hương',
      'TM. BAN CHẤP HÀNH CHI ĐOÀN',
      'BÍ THƯ',
      'TM. BAN ĐẠI DIỆN CHA MẸ TRẺ',
      'TRƯỞNG BAN',
      'Lê Thị Mai',
      'Phạm Văn Minh',
    ]);
    const names = importText(text.join('\n')).extraction.signatories.map((s) => s.name);
    expect(names).toEqual(['Trần Thị Lan', 'Nguyễn Thị Hương', 'Lê Thị Mai', 'Phạm Văn Minh']);
  });
});

describe('three signatures or more side by side', () => {
  it('reads each column top to bottom, as Word reads the cells, and Nơi nhận after the names', () => {
    const text = lines(
      page(
        at('TM. UBND XÃ', 85, 100),
        at('TM. HỘI LHPN XÃ', 200, 100),
        at('TM. BAN ĐẠI DIỆN', 320, 100),
        at('HIỆU TRƯỞNG', 450, 100),
        at('CHỦ TỊCH', 85, 113),
        at('CHỦ TỊCH', 200, 113),
        at('CMHS', 320, 113),
        at('Hứa Thị Mai', 450, 113),
        at('Lâm Văn Quyết', 85, 126),
        at('Nông Thị Hà', 200, 126),
        at('TRƯỞNG BAN', 320, 126),
        at('Vi Văn Tuấn', 320, 139),
        at('Nơi nhận:', 85, 160),
        at('- Lưu: VT.', 85, 173),
      ),
    );
    expect(text).toEqual([
      'TM. UBND XÃ',
      'CHỦ TỊCH',
      'Lâm Văn Quyết',
      'TM. HỘI LHPN XÃ',
      'CHỦ TỊCH',
      'Nông Thị Hà',
      'TM. BAN ĐẠI DIỆN CMHS',
      'TRƯỞNG BAN',
      'Vi Văn Tuấn',
      'HIỆU TRƯỞNG',
      'Hứa Thị Mai',
      'Nơi nhận:',
      '- Lưu: VT.',
    ]);
    const names = importText(text.join('\n')).extraction.signatories.map((s) => s.name);
    expect(names.sort()).toEqual(['Hứa Thị Mai', 'Lâm Văn Quyết', 'Nông Thị Hà', 'Vi Văn Tuấn']);
  });
});

describe('tables', () => {
  // Cells drawn one after the other, as Word and LibreOffice draw them.
  const header = (top: number) => [
    at('STT', 95, top),
    at('Nhiệm vụ', 170, top),
    at('Chủ trì', 290, top),
    at('Phối hợp', 380, top),
    at('Chu kỳ', 470, top),
  ];
  const row = (top: number, no: string, task: string[], lead: string, support: string[], cadence: string) => [
    at(no, 100, top),
    ...task.map((t, i) => at(t, 130, top + 13 * i)),
    at(lead, 275, top),
    ...support.map((t, i) => at(t, 360, top + 13 * i)),
    at(cadence, 465, top),
  ];

  it('reads a table of tasks a row a line, a cell wrapped joined, a party a line kept apart', () => {
    const text = lines(
      page(
        ...header(100),
        ...row(120, '1', ['Phổ biến quy chế', 'tới giáo viên'], 'Nhà trường', ['Công đoàn', 'Chi đoàn'], 'Một lần'),
        ...row(160, '2', ['Họp giao ban'], 'Công đoàn', ['Nhà trường'], 'Hàng tháng'),
      ),
    );
    expect(text).toEqual([
      '| STT | Nhiệm vụ | Chủ trì | Phối hợp | Chu kỳ |',
      '| 1 | Phổ biến quy chế tới giáo viên | Nhà trường | Công đoàn<br>Chi đoàn | Một lần |',
      '| 2 | Họp giao ban | Công đoàn | Nhà trường | Hàng tháng |',
    ]);
  });

  it('goes on over a page break, its header repeated at the top of the page kept out of the running header', () => {
    const footer = (n: number) => at(`Trang ${n}`, 280, 820, 10);
    const result = pdfToText([
      page(...header(100), ...row(120, '1', ['Phổ biến quy chế'], 'Nhà trường', ['Công đoàn'], 'Một lần'), footer(1)),
      page(...header(60), ...row(80, '2', ['Họp giao ban'], 'Công đoàn', ['Nhà trường'], 'Hàng tháng'), footer(2)),
    ]);
    expect(result.text.split('\n')).toEqual([
      '| STT | Nhiệm vụ | Chủ trì | Phối hợp | Chu kỳ |',
      '| 1 | Phổ biến quy chế | Nhà trường | Công đoàn | Một lần |',
      '| 2 | Họp giao ban | Công đoàn | Nhà trường | Hàng tháng |',
    ]);
    expect(result.pageOfLine).toEqual([1, 1, 2]);
    expect(result.setAside).toBe(2);
  });
});

describe('page numbers, running headers and footers', () => {
  it('are set aside; each line says its page', () => {
    const running = (n: number) => [
      at(String(n), 297, 40),
      at('Trường Mầm non Hoa Mai - Quy chế phối hợp', 150, 815, 10),
    ];
    const result = pdfToText([
      page(at('Điều 1. Phạm vi.', 113, 100), ...running(1)),
      page(at('Điều 2. Trách nhiệm.', 113, 100), ...running(2)),
      page(at('Điều 3. Hiệu lực.', 113, 100), ...running(3)),
    ]);
    expect(result.text.split('\n')).toEqual(['Điều 1. Phạm vi.', 'Điều 2. Trách nhiệm.', 'Điều 3. Hiệu lực.']);
    expect(result.pageOfLine).toEqual([1, 2, 3]);
    expect(result.setAside).toBe(6);
  });
});
