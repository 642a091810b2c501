// The pure parts of reading a scan (issue 28): tesseract's TSV → words; a page's words → lines
// (columns as tabs, wrapped lines joined, the page number and specks set aside, ruled tables cell by
// cell from the picture's own rules); pages joined with where each line came from; every value
// then marked "ocr" with its page, in the workbook notes and in the JSON. The whole chain, with
// tesseract on a real scan, is in scanned-pdf.test.ts (slow lane).
import { describe, expect, it } from 'vitest';
import { importText } from '../../src/core/import';
import { joinPages, pageFromWords, parseTesseractTsv, UNSURE_BELOW, type OcrWord } from '../../src/core/import/ocr';
import { markOcr, ocrJson, ocrNotes } from '../../src/core/import/ocr-marks';
import { findTables, readPgm, type GreyImage } from '../../src/core/import/ocr-tables';
import { DOCUMENT_FIELDS } from '../../src/core/layout';
import { checkOfNote } from '../../src/core/unconfirmed';

const HEADER = 'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext';
/** A TSV row of a word (level 5). */
const row = (block: number, line: number, n: number, left: number, top: number, text: string, conf = 95) =>
  ['5', '1', block, '1', line, n, left, top, Math.max(10, text.length * 20), 40, conf, text].join('\t');

/** Words of one line laid out from `left`, 20 px a letter and a 12 px space. */
function line(key: string, left: number, top: number, text: string, conf = 95): OcrWord[] {
  let x = left;
  return text.split(' ').map((w) => {
    const word = { text: w, conf, left: x, top, width: w.length * 20, height: 40, lineKey: key };
    x += w.length * 20 + 12;
    return word;
  });
}

describe('tesseract TSV', () => {
  it('gives the words with their boxes and confidences, skipping the header and the rows that are not words', () => {
    const tsv = [
      HEADER,
      '1\t1\t0\t0\t0\t0\t0\t0\t2481\t3508\t-1\t',
      '4\t1\t1\t1\t1\t0\t100\t200\t900\t40\t-1\t',
      row(1, 1, 1, 100, 200, 'TRƯỜNG'),
      row(1, 1, 2, 240, 200, 'MÃM', 49.98),
      row(1, 1, 3, 330, 200, ' '),
    ].join('\n');
    expect(parseTesseractTsv(tsv)).toEqual([
      { text: 'TRƯỜNG', conf: 95, left: 100, top: 200, width: 120, height: 40, lineKey: '1.1.1' },
      { text: 'MÃM', conf: 49.98, left: 240, top: 200, width: 60, height: 40, lineKey: '1.1.1' },
    ]);
  });
});

describe('a page of words → lines', () => {
  it('joins two columns read as separate blocks into one line with a tab, level with each other', () => {
    const page = pageFromWords([
      ...line('1.1.1', 100, 100, 'UBND XÃ HÒA BÌNH'),
      ...line('1.1.2', 100, 160, 'TRƯỜNG MẦM NON HOA MAI'),
      ...line('2.1.1', 1200, 102, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
      ...line('2.1.2', 1250, 158, 'Độc lập - Tự do - Hạnh phúc'),
    ]);
    expect(page.lines).toEqual([
      'UBND XÃ HÒA BÌNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'TRƯỜNG MẦM NON HOA MAI\tĐộc lập - Tự do - Hạnh phúc',
    ]);
  });

  it('joins a line that only wrapped, keeps a paragraph that ended short, and sets the page number aside', () => {
    // The text runs from x 100 to about x 1300: "giữa" reaches the edge, so the next line runs on.
    const page = pageFromWords([
      ...line('0.0.1', 700, 20, '2'),
      ...line('1.1.1', 100, 100, 'Điều 1. Phạm vi và đối tượng áp dụng: quy chế quy định việc giữa'),
      ...line('1.1.2', 100, 160, 'Nhà trường với Công đoàn.'),
      ...line('1.1.3', 100, 220, 'Điều 2. Chế độ họp.'),
      ...line('1.1.4', 100, 280, 'Nhà trường họp hàng tháng.'),
    ]);
    expect(page.lines).toEqual([
      'Điều 1. Phạm vi và đối tượng áp dụng: quy chế quy định việc giữa Nhà trường với Công đoàn.',
      'Điều 2. Chế độ họp.',
      'Nhà trường họp hàng tháng.',
    ]);
  });

  it('counts the characters of words tesseract was unsure of, and drops the specks it read as marks', () => {
    const page = pageFromWords([
      ...line('0.1.1', 100, 40, 'Căn cứ Luật Công đoàn số 50/2024/QH15 ngày 27/11/2024 của Quốc hội;'),
      ...line('1.1.1', 100, 100, 'TRƯƠNG', 91),
      ...line('1.1.1', 240, 100, 'MÃM', UNSURE_BELOW - 1),
      ...line('1.1.1', 320, 100, 'NON', 93),
      ...line('1.1.2', 100, 160, '.„', 20),
      ...line('1.1.3', 100, 220, '.Phụ', 60),
      ...line('1.1.3', 200, 220, 'lục', 92),
      // A speck far smaller than a letter, whatever it was read as; a list's dash is kept.
      { text: 'Ô„„', conf: 16, left: 900, top: 240, width: 9, height: 8, lineKey: '1.1.3' },
      ...line('1.1.4', 100, 280, '-', 40),
      ...line('1.1.4', 130, 280, 'Lưu VT.', 93),
    ]);
    expect(page.lines.slice(1)).toEqual(['TRƯƠNG MÃM NON', 'Phụ lục', '- Lưu VT.']);
    expect(page.characters).toBe(51 + 6 + 3 + 3 + 3 + 3 + 5);
    expect(page.unsure).toBe(3 + 3);
  });
});

/** A white page with black rules drawn on it. */
function ruled(
  width: number,
  height: number,
  hs: Array<[number, number, number]>,
  vs: Array<[number, number, number]>,
) {
  const pixels = new Uint8Array(width * height).fill(255);
  for (const [y, x0, x1] of hs) for (let t = 0; t < 3; t++) pixels.fill(0, (y + t) * width + x0, (y + t) * width + x1);
  for (const [x, y0, y1] of vs) for (let y = y0; y < y1; y++) pixels.fill(0, y * width + x, y * width + x + 3);
  return { width, height, pixels } satisfies GreyImage;
}

describe('ruled tables', () => {
  // A table of 3 rows and 3 columns from x 100 to 1900, y 1000 to 1600, under a rule that is no table (the motto's).
  const img = ruled(
    2000,
    2800,
    [
      [300, 800, 1300],
      [1000, 100, 1903],
      [1200, 100, 1903],
      [1400, 100, 1903],
      [1600, 100, 1903],
    ],
    [
      [100, 1000, 1603],
      [400, 1000, 1603],
      [1200, 1000, 1603],
      [1900, 1000, 1603],
    ],
  );

  it('are found from the rules of the picture: rows between horizontal rules, columns at the vertical ones', () => {
    const tables = findTables(img);
    expect(tables).toHaveLength(1);
    expect(tables[0].rows.map((r) => [r.top, r.bottom])).toEqual([
      [1001, 1201],
      [1201, 1401],
      [1401, 1601],
    ]);
    expect(tables[0].rows[0].cols).toEqual([101, 401, 1201, 1901]);
    expect(findTables(ruled(2000, 2800, [[300, 800, 1300]], []))).toEqual([]);
  });

  it('give each word its cell: one line a row, a cell that wrapped joined, a new paragraph after <br>', () => {
    const words = [
      ...line('1.1.1', 100, 100, 'PHÂN CÔNG THỰC HIỆN'),
      ...line('2.1.1', 120, 1050, 'STT'),
      ...line('2.1.1', 420, 1050, 'Nhiệm vụ'),
      ...line('2.1.1', 1220, 1050, 'Phối hợp'),
      ...line('2.2.1', 120, 1250, '1'),
      // "Họp giao ban giữa Ban Giám" fills the cell to x ≈ 1160: "hiệu" runs on.
      ...line('2.2.1', 420, 1250, 'Họp giao ban giữa Ban Giám'),
      ...line('2.2.2', 420, 1300, 'hiệu'),
      // "Nhà trường" ends short: the next body starts a paragraph of its own.
      ...line('2.2.3', 1220, 1250, 'Nhà trường'),
      ...line('2.2.4', 1220, 1300, 'Chi đoàn'),
      ...line('2.3.1', 120, 1450, '2'),
      ...line('2.3.1', 420, 1450, 'Sơ kết'),
    ];
    expect(pageFromWords(words, findTables(img)).lines).toEqual([
      'PHÂN CÔNG THỰC HIỆN',
      '| STT | Nhiệm vụ | Phối hợp |',
      '| 1 | Họp giao ban giữa Ban Giám hiệu | Nhà trường<br>Chi đoàn |',
      '| 2 | Sơ kết |  |',
    ]);
  });

  it('a table running over a page break has its header row read once', () => {
    const header = '| STT | Nhiệm vụ | Phối hợp |';
    const joined = joinPages([
      { lines: ['Phụ lục', header, '| 1 | Họp | CD |'], characters: 20, unsure: 1 },
      {
        lines: ['| STT | Nhiệm vụ | Phối họp |'.replace('họp', 'hợp'), '| 2 | Sơ kết | CD |'],
        characters: 12,
        unsure: 2,
      },
    ]);
    expect(joined.text.split('\n')).toEqual(['Phụ lục', header, '| 1 | Họp | CD |', '| 2 | Sơ kết | CD |']);
    expect(joined.origins).toEqual([
      { page: 1, line: 1 },
      { page: 1, line: 2 },
      { page: 1, line: 3 },
      { page: 2, line: 2 },
    ]);
    expect([joined.pages, joined.characters, joined.unsure]).toEqual([2, 32, 3]);
  });

  it('a grey PGM is read as pdftoppm writes it, anything else is not', () => {
    const head = new TextEncoder().encode('P5\n# pdftoppm\n3 2\n255\n');
    const pgm = new Uint8Array([...head, 0, 128, 255, 255, 0, 7]);
    expect(readPgm(pgm)).toEqual({ width: 3, height: 2, pixels: new Uint8Array([0, 128, 255, 255, 0, 7]) });
    expect(readPgm(new TextEncoder().encode('P6\n3 2\n255\n'))).toBeNull();
    expect(readPgm(head)).toBeNull();
  });
});

describe('every value read by OCR is marked with its page', () => {
  // Two "pages": the heading and body on page 1, the signatures on page 2 (the school is named
  // only in the body, so that value is also inferred).
  const page1 = [
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'Số: 07/QCPH-THSM\tSông Mây, ngày 05 tháng 10 năm 2025',
    'QUY CHẾ PHỐI HỢP',
    'giữa Nhà trường và Công đoàn năm học 2025-2026',
    'Căn cứ Luật Công đoàn số 50/2024/QH15 ngày 27/11/2024 của Quốc hội;',
    'Điều 1. Trường Tiểu học Sông Mây và Công đoàn phối hợp thực hiện nhiệm vụ năm học.',
    'Điều 2. Nhà trường phối hợp với Công đoàn tổ chức hội nghị hằng năm.',
  ];
  const page2 = ['HIỆU TRƯỞNG\tTM. BCH CÔNG ĐOÀN', '\tCHỦ TỊCH', 'Hồ Thị Lan\tMai Văn Phú', 'Nơi nhận:', '- Lưu: VT.'];
  const ocr = joinPages([
    { lines: page1, characters: 300, unsure: 4 },
    { lines: page2, characters: 60, unsure: 0 },
  ]);
  const { extraction, content } = importText(ocr.text);
  markOcr(extraction);
  ocrNotes(content, extraction, ocr, 'vi');

  it('the extraction says "ocr" for every value, keeping what else to check', () => {
    const values = [
      ...Object.values(extraction.fields),
      ...extraction.parties,
      ...extraction.signatories,
      ...extraction.legalBases,
      ...extraction.recipients,
      ...extraction.responsibilities,
    ];
    expect(values.length).toBeGreaterThan(10);
    expect(values.filter((v) => v!.confidence !== 'ocr')).toEqual([]);
    expect(extraction.fields.issuer?.checks).toContain('schoolInBody');
  });

  it('every note of every row and field opens with "Kiểm tra lại: đọc bằng OCR, trang N"', () => {
    const notes = content.notes!;
    let rows = 0;
    for (const [key, block] of Object.entries(content.blocks)) {
      (block ?? []).forEach((_, i) => {
        rows++;
        expect(checkOfNote(notes[key as keyof typeof notes]![i]), `${key} ${i}`).toMatch(/^đọc bằng OCR, trang [12] /);
      });
    }
    expect(rows).toBeGreaterThan(6);
    const fields = DOCUMENT_FIELDS.map((f, i) => [f.key, notes.document![i]] as const).filter(
      ([k]) => content.document[k],
    );
    for (const [key, note] of fields) expect(checkOfNote(note), key).toMatch(/^đọc bằng OCR, trang 1 /);
    // An inferred value keeps its own reason after the OCR one; the note's source line stays.
    const issuer = notes.document![DOCUMENT_FIELDS.findIndex((f) => f.key === 'issuer')];
    expect(checkOfNote(issuer)).toMatch(/^đọc bằng OCR, trang 1 \(dòng 7 của trang\).*; tên trường lấy từ nội dung/);
    expect(issuer.split('\n')[1]).toMatch(/^Đọc từ dòng 7: /);
    const signer = notes.signatories![1];
    expect(checkOfNote(signer)).toMatch(/^đọc bằng OCR, trang 2 \(dòng 1 của trang\)/);
  });

  it('an appendix whose label OCR glued to a mark ("2Phụ lục") is still read as the table of tasks', () => {
    const withAppendix = [
      ...page1,
      ...page2,
      '2Phụ lục',
      'PHÂN CÔNG THỰC HIỆN',
      '| STT | Nhiệm vụ | Chủ trì | Phối hợp | Chu kỳ | Thời điểm | Mã điều khoản |',
      '| 1 | Tổ chức hội nghị viên chức | Nhà trường | Công đoàn | Hàng năm | T9 | D2 |',
    ].join('\n');
    const x = importText(withAppendix).extraction;
    expect(x.signatories.map((s) => s.name)).toEqual(['Hồ Thị Lan', 'Mai Văn Phú']);
    expect(x.responsibilities.filter((r) => r.read).map((r) => [r.clauseId, r.cadence, r.months])).toEqual([
      ['D2', 'Hàng năm', 'T9'],
    ]);
  });

  it('an appendix whose header OCR misread still ends the signatures, its rows left to the clerk', () => {
    const rows = [
      '| SIT | Nhiệm vụ | Chủtrì | Phốihợp |',
      '| 1 | Tổ chức hội nghị viên chức | Nhà trường | Công đoàn |',
    ];
    const x = importText([...page1, ...page2, 'Phụ lục', 'PHÂN CÔNG THỰC HIỆN', ...rows].join('\n')).extraction;
    expect(x.signatories.map((s) => s.name)).toEqual(['Hồ Thị Lan', 'Mai Văn Phú']);
    expect(x.recipients.map((r) => r.text)).toEqual(['Lưu: VT']);
    const unplaced = x.unplaced.map((u) => u.text);
    expect(unplaced).toEqual(expect.arrayContaining(['Phụ lục', 'PHÂN CÔNG THỰC HIỆN', rows[1]]));
    expect(unplaced.filter((u) => u.startsWith('| SIT |'))).toHaveLength(1);
  });

  it('the JSON gives every value its source page and line', () => {
    const json = ocrJson(extraction, ocr);
    expect(json.fields.number).toMatchObject({
      value: '07/QCPH-THSM',
      confidence: 'ocr',
      source: { page: 1, line: 3 },
      text: expect.stringContaining('Số: 07/QCPH-THSM'),
    });
    expect(json.signatories.map((s) => [s.name, s.source])).toEqual([
      ['Hồ Thị Lan', { page: 2, line: 1 }],
      ['Mai Văn Phú', { page: 2, line: 1 }],
    ]);
    for (const c of json.clauses) expect(c.source.page).toBe(1);
    expect(json.recipients[0].source).toEqual({ page: 2, line: 5 });
  });
});
