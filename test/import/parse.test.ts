// The importer on documents written for these tests (not the seeds): every construct the
// issue lists, checked value by value, including what must stay empty.
import { describe, expect, it } from 'vitest';
import { importText } from '../../src/core/import';
import type { Extraction } from '../../src/core/import/types';
import { DOC_A, DOC_B, DOC_C, NFD_SENTENCE, TCVN3_SENTENCE, VNI_SENTENCE, toTcvn3 } from './documents';

const field = (x: Extraction, key: keyof Extraction['fields']) => x.fields[key]?.value;
const codes = (x: Extraction) => x.parties.map((p) => p.code).sort();
const sig = (x: Extraction) => x.signatories.map((s) => `${s.party}|${s.capacity}|${s.title}|${s.name}`);
const clause = (x: Extraction, id: string) => x.clauses.filter((c) => c.id === id);
const resp = (x: Extraction, id: string) => x.responsibilities.find((r) => r.clauseId === id);

describe('A: quy chế with Chương/Điều, two-column heading and signatures, supersession by number', () => {
  const x = importText(DOC_A).extraction;

  it('reads the heading from the two columns', () => {
    expect(field(x, 'kind')).toBe('Quy chế phối hợp');
    expect(field(x, 'managingAuthority')).toBe('PHÒNG GD&ĐT HUYỆN ĐÔNG ANH');
    expect(field(x, 'issuer')).toBe('TRƯỜNG MẦM NON HOA MAI');
    expect(field(x, 'number')).toBe('12/QCPH-MNHM');
    expect(field(x, 'place')).toBe('Đông Anh');
    expect(x.facts.issueDate).toBe('2025-09-05');
    expect(field(x, 'issueDate')).toBe('05/09/2025');
    expect(field(x, 'schoolYear')).toBe('2025-2026');
    expect(field(x, 'title')).toContain('Phối hợp giữa Chính quyền và Ban Chấp hành Công đoàn cơ sở');
    // every value knows its line
    expect(x.fields.number!.line).toBe(3);
    expect(x.fields.kind!.line).toBe(5);
  });

  it('splits a line citing two laws, and "… và Thông tư số …", into one row per instrument', () => {
    expect(x.legalBases.map((b) => [b.type, b.number, b.date, b.line])).toEqual([
      ['Luật', '50/2024/QH15', '2024-11-27', 9],
      ['Luật', '10/2022/QH15', '2022-11-10', 9],
      ['Thông tư', '52/2020/TT-BGDĐT', '2020-12-31', 10],
      ['Thông tư', '11/2020/TT-BGDĐT', '2020-05-19', 10],
    ]);
    expect(x.legalBases[0].summary).toBe('Luật Công đoàn');
    expect(x.legalBases[2].issuer).toBe('Bộ Giáo dục và Đào tạo');
    expect(x.legalBases[3].summary).toBe('hướng dẫn thực hiện dân chủ');
  });

  it('gives Điều, a), khoản and bullets stable ids, and converts the TCVN3 clause', () => {
    expect(x.clauses.map((c) => c.id)).toEqual([
      'D1',
      'D1-1',
      'D2',
      'D2.a',
      'D2.b',
      'D3',
      'D3.1',
      'D3.2',
      'D4',
      'D4-1',
      'D4-2',
      'D5',
    ]);
    expect(clause(x, 'D2.b')[0].text).toBe(TCVN3_SENTENCE);
    expect(clause(x, 'D3.1')[0]).toMatchObject({
      chapter: 'Chương II. NỘI DUNG PHỐI HỢP',
      article: 'Điều 3',
      paragraph: '1',
    });
    expect(x.conversions.filter((c) => c.line === 19).map((c) => c.encoding)).toEqual(Array(7).fill('tcvn3'));
  });

  it('maps BGH, Chính quyền, BCHCĐ, CĐCS and the party cell to standard codes', () => {
    expect(codes(x)).toEqual(['CB', 'CD', 'NT']);
  });

  it('reads a same-line two-column signature and the party cell signing after Nơi nhận', () => {
    expect(sig(x)).toEqual([
      'CD|TM.|Chủ tịch|Lê Thị Hương',
      'NT||Hiệu trưởng|Trần Văn Minh',
      'CB|TM.|Bí thư|Đinh Văn Khoa',
    ]);
    expect(x.recipients.map((r) => [r.recipient, r.purpose])).toEqual([
      ['Phòng GD&ĐT', 'để b/c'],
      ['BCH Công đoàn', ''],
      ['Lưu: VT', ''],
    ]);
  });

  it('drafts responsibilities with lead, support, cadence and month from the clauses', () => {
    expect(resp(x, 'D3.1')).toMatchObject({ lead: 'NT', support: ['CD'], cadence: 'Mỗi học kỳ', months: '' });
    expect(resp(x, 'D3.2')).toMatchObject({ lead: 'CD', support: ['NT'], cadence: 'Hàng năm', months: 'T9' });
    expect(resp(x, 'D4-1')).toMatchObject({ lead: 'CD', support: [], cadence: 'Đột xuất' });
    expect(resp(x, 'D4-2')).toMatchObject({ lead: 'NT', support: ['CD'], cadence: 'Hàng năm' });
    // A clause naming nobody gets no invented row.
    expect(resp(x, 'D1-1')).toBeUndefined();
  });

  it('records the version it replaces and takes effect from signing', () => {
    expect(field(x, 'supersedes')).toBe('Quy chế phối hợp số 08/QCPH-MNHM ngày 06/9/2024');
    expect(x.versions).toMatchObject([
      { number: '08/QCPH-MNHM', status: 'Đã bị thay thế', supersededBy: '12/QCPH-MNHM' },
      { number: '12/QCPH-MNHM', schoolYear: '2025-2026', issuedOn: '2025-09-05', status: '' },
    ]);
    expect(field(x, 'effectiveFrom')).toBe('Ngày ký');
  });

  it('invents nothing: unknown fields stay empty and the preamble is listed as not placed', () => {
    expect(x.fields.reviewCadence).toBeUndefined();
    expect(x.fields.adoptedAt).toBeUndefined();
    expect(x.fields.decision).toBeUndefined();
    expect(x.unplaced).toEqual([
      { line: 11, text: 'BGH và BCHCĐ thống nhất ban hành quy chế phối hợp như sau:', reason: 'preamble' },
    ]);
  });
});

describe('B: kế hoạch liên tịch with roman sections, 1.1, a), + bullets, VNI and NFD text, flattened signatures', () => {
  const x = importText(DOC_B).extraction;

  it('reads kind, dates and the school year stated only in the body', () => {
    expect(field(x, 'kind')).toBe('Kế hoạch liên tịch');
    expect(x.facts.kind).toBe('ke_hoach_lien_tich');
    expect(field(x, 'title')).toBe('Phối hợp giữa nhà trường với Ban đại diện cha mẹ học sinh và các đoàn thể xã');
    expect(x.facts.issueDate).toBe('2024-10-14');
    expect(field(x, 'place')).toBe('Tân Lập');
    expect(field(x, 'managingAuthority')).toBe('UBND XÃ TÂN LẬP');
    expect(field(x, 'schoolYear')).toBe('2024-2025');
    expect(field(x, 'number')).toBeUndefined();
    // Written in capitals, the school reads in the form Nghị định 30 gives names: the type capitalised.
    expect(x.facts.school).toBe('Trường Tiểu học Tân Lập');
  });

  it('does not count a "Thực hiện Kế hoạch số …" line as a legal basis, and lists it with its reason', () => {
    expect(x.legalBases).toEqual([]);
    expect(x.unplaced.find((u) => u.text.startsWith('Thực hiện Kế hoạch số 45/KH-UBND'))?.reason).toBe('implementing');
  });

  it('numbers roman sections, 1.1, a) and + bullets', () => {
    expect(x.clauses.map((c) => c.id)).toEqual([
      'I-1',
      'II.1',
      'II.1.1',
      'II.1.2',
      'II.2',
      'II.2.a',
      'II.2.b',
      'II.2.b-1',
      'II.2.b-2',
      'II.2.c',
      'III-1',
    ]);
    expect(clause(x, 'II.2.b-1')[0]).toMatchObject({ chapter: 'II. NỘI DUNG', article: '2', paragraph: 'b-1' });
  });

  it('converts VNI words and composes NFD text', () => {
    expect(clause(x, 'II.1.2')[0].text).toBe(VNI_SENTENCE);
    expect(clause(x, 'II.2.c')[0].text).toBe(NFD_SENTENCE);
    expect(clause(x, 'II.2.c')[0].text).toBe(clause(x, 'II.2.c')[0].text.normalize('NFC'));
    expect(new Set(x.conversions.map((c) => c.encoding))).toEqual(new Set(['vni']));
  });

  it('maps BĐD CMHS, UBND, Hội LHPN, Hội CCB and a body outside the standard list', () => {
    expect(codes(x)).toEqual(['CCB', 'CMHS', 'HKH', 'NT', 'PN', 'UBND']);
    expect(x.parties.find((p) => p.code === 'HKH')).toMatchObject({
      standard: false,
      name: 'Hội Khuyến học xã',
      kind: 'Mặt trận, hội, đoàn thể',
    });
  });

  it('pairs titles and names of a flattened two-column block, with TM. + KT. stacked and T/M', () => {
    expect(sig(x)).toEqual([
      'UBND|TM.|Phó chủ tịch|Nguyễn Văn Bình',
      'CMHS|TM.|Trưởng ban|Phạm Thu Trang',
      'NT||Hiệu trưởng|Đỗ Thị Lan',
      'PN|TM.|Chủ tịch|Vũ Thị Mai',
    ]);
    expect(x.signatories[0].capacityText).toBe('TM. ỦY BAN NHÂN DÂN XÃ / KT. CHỦ TỊCH');
  });

  it('drafts roles from headings for bullets that name nobody, with cadence and pinned month', () => {
    expect(resp(x, 'II.1.1')).toMatchObject({ lead: 'NT', support: ['CMHS'], cadence: '3 lần/năm' });
    expect(resp(x, 'II.2.a')).toMatchObject({ lead: 'UBND', support: ['NT'], months: 'T8' });
    expect(resp(x, 'II.2.b-1')).toMatchObject({
      lead: 'PN',
      support: ['CCB', 'NT'],
      cadence: 'Hàng quý',
      months: 'T12',
      fromHeading: true,
    });
    expect(resp(x, 'II.2.c')).toMatchObject({ lead: 'HKH', cadence: 'Cuối năm học' });
  });

  it('lists no recipients and no supersession when the document has none', () => {
    expect(x.recipients).toEqual([]);
    expect(x.facts.supersedes).toBeNull();
    expect(x.versions).toEqual([]);
  });
});

describe('C: a decision issuing the regulation, Markdown leftovers, repeated Điều, supersession by title', () => {
  const x = importText(DOC_C).extraction;

  it('keeps the decision apart: its number in "Quyết định ban hành", its date as the issue date', () => {
    expect(field(x, 'number')).toBeUndefined();
    expect(x.facts.decisionNumber).toBe('21/QĐ-MNSC');
    expect(field(x, 'decision')).toBe('Quyết định số 21/QĐ-MNSC ngày 02/10/2023 của Hiệu trưởng Trường Mầm non Sơn Ca');
    expect(x.facts.issueDate).toBe('2023-10-02');
    expect(field(x, 'kind')).toBe('Quy chế phối hợp');
    expect(field(x, 'title')).toBe('Phối hợp giữa Nhà trường và Chi đoàn năm học 2023-2024');
    expect(field(x, 'managingAuthority')).toBe('PHÒNG GD&ĐT QUẬN CẦU GIẤY');
    expect(field(x, 'place')).toBe('Cầu Giấy');
  });

  it("lists the decision's own articles as not placed, and its basis as a basis", () => {
    expect(x.unplaced.filter((u) => u.reason === 'decision').map((u) => u.line)).toEqual([9, 11, 12, 13]);
    expect(x.legalBases).toMatchObject([
      { type: 'Thông tư', number: '52/2020/TT-BGDĐT', summary: 'Điều lệ trường mầm non', issuer: 'Bộ GD&ĐT' },
    ]);
  });

  it('cleans **bold**, ## headings, smart quotes and NBSP, and tells the repeated Điều 3 apart as D3a', () => {
    // The source numbers two articles 3: the second gets a letter, as an inserted article does.
    expect(x.clauses.map((c) => c.id)).toEqual(['D1', 'D2', 'D3', 'D3.1', 'D3.2', 'D3a']);
    expect(clause(x, 'D1')[0].text).toBe('Chi đoàn là lực lượng xung kích trong các phong trào của nhà trường.');
    expect(clause(x, 'D2')[0].text).toContain('"từng quý"');
    expect(x.clauses.every((c) => !/[*#“”\u00a0]/.test(c.text))).toBe(true);
  });

  it('signs for the principal with KT., and the decision is signed by the principal', () => {
    expect(sig(x)).toEqual([
      'NT||Hiệu trưởng|Hoàng Thị Yến',
      'CDTN|TM.|Bí thư|Ngô Minh Tuấn',
      'NT|KT.|Phó hiệu trưởng|Lý Thị Hoa',
    ]);
    expect(codes(x)).toEqual(['CDTN', 'NT']);
  });

  it('records supersession written by title and school year, and a body that is not a party', () => {
    expect(field(x, 'supersedes')).toBe('Quy chế phối hợp giữa Nhà trường và Chi đoàn năm học 2022 – 2023');
    expect(x.versions[0]).toMatchObject({
      schoolYear: '2022-2023',
      status: 'Đã bị thay thế',
      supersededBy: 'Quy chế phối hợp năm học 2023-2024',
    });
    expect(resp(x, 'D3.1')).toMatchObject({ lead: 'CDTN', support: [], otherBodies: ['Công đoàn'], months: 'T9' });
    expect(resp(x, 'D2')).toMatchObject({ lead: 'NT', support: ['CDTN'], cadence: 'Hàng quý' });
  });
});

describe('smaller constructs', () => {
  it('reads a party-style number, a period instead of a school year, and KT./Q. capacities', () => {
    const doc = [
      'ĐẢNG BỘ XÃ AN BÌNH',
      'CHI BỘ TRƯỜNG THCS AN BÌNH',
      'Số 05-QC/CB',
      'An Bình, ngày 12 tháng 01 năm 2023',
      'QUY CHẾ',
      'Làm việc giữa Chi bộ và Chính quyền nhà trường giai đoạn 2022-2027',
      '1. Chi bộ lãnh đạo toàn diện; BGH tổ chức thực hiện.',
      '2. Định kỳ 3 tháng một lần Chi bộ họp với BGH.',
      'Q. HIỆU TRƯỞNG',
      'Mai Văn Sơn',
      'TM. CHI BỘ',
      'BÍ THƯ',
      'Lương Thị Hạnh',
    ].join('\n');
    const x = importText(doc).extraction;
    expect(field(x, 'number')).toBe('05-QC/CB');
    expect(field(x, 'managingAuthority')).toBe('ĐẢNG BỘ XÃ AN BÌNH');
    expect(field(x, 'issuer')).toBe('CHI BỘ TRƯỜNG THCS AN BÌNH');
    expect(field(x, 'schoolYear')).toBe('Giai đoạn 2022-2027');
    expect(sig(x)).toEqual(['NT|Q.||Mai Văn Sơn', 'CB|TM.|Bí thư|Lương Thị Hạnh']);
    expect(resp(x, '2')).toMatchObject({ lead: 'CB', support: ['NT'], cadence: 'Hàng quý' });
  });

  it('takes the kind from the number when there is no kind line, and keeps an unreadable line unplaced', () => {
    const doc = [
      'Số: 07/KHPH-THPT',
      '@@@ ### 12345',
      'Căn cứ tình hình thực tế của nhà trường;',
      '1. Nhà trường và Công đoàn tổ chức tổng kết cuối năm học.',
    ].join('\n');
    const x = importText(doc).extraction;
    expect(field(x, 'kind')).toBe('Kế hoạch phối hợp');
    expect(x.legalBases).toEqual([]);
    expect(x.unplaced).toEqual([
      { line: 2, text: '@@@ ### 12345', reason: 'unrecognized' },
      { line: 3, text: 'Căn cứ tình hình thực tế của nhà trường;', reason: 'context' },
    ]);
    expect(resp(x, '1')).toMatchObject({ lead: 'NT', support: ['CD'], cadence: 'Cuối năm học' });
  });

  it("reads Word's plain-text export: bullet glyphs and tabs, 1/ numbering, Nơi nhận beside the signature", () => {
    const doc = [
      'UBND HUYỆN THANH TRÌ',
      'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO',
      'TRƯỜNG TIỂU HỌC TAM HIỆP',
      'Số: 03/KH-THTH                                Thanh Trì, ngày 5/9/2024',
      'KẾ HOẠCH',
      'Phối hợp giữa Nhà trường và Hội Cha mẹ học sinh năm học 2024 - 2025',
      '1/ Nhà trường tổ chức họp cha mẹ học sinh 3 lần/năm.',
      '2/ Ban đại diện CMHS phối hợp với GVCN:',
      '•\tthăm hỏi học sinh khó khăn;',
      'o\tvận động học sinh ra lớp.',
      'Nơi nhận:                                           HIỆU TRƯỞNG',
      '- Như trên;',
      '- Lưu: VT.                                          (Đã ký)',
      '',
      '                                                     Nguyễn Văn An',
    ].join('\n');
    const x = importText(doc).extraction;
    expect(field(x, 'managingAuthority')).toBe('UBND HUYỆN THANH TRÌ – PHÒNG GIÁO DỤC VÀ ĐÀO TẠO');
    expect(field(x, 'number')).toBe('03/KH-THTH');
    expect(x.facts.issueDate).toBe('2024-09-05');
    expect(field(x, 'schoolYear')).toBe('2024-2025');
    expect(x.clauses.map((c) => [c.id, c.text])).toEqual([
      ['1', 'Nhà trường tổ chức họp cha mẹ học sinh 3 lần/năm.'],
      ['2', 'Ban đại diện CMHS phối hợp với GVCN:'],
      ['2-1', 'thăm hỏi học sinh khó khăn;'],
      ['2-2', 'vận động học sinh ra lớp.'],
    ]);
    expect(sig(x)).toEqual(['NT||Hiệu trưởng|Nguyễn Văn An']);
    expect(x.recipients.map((r) => r.text)).toEqual(['Như trên', 'Lưu: VT']);
    expect(codes(x)).toEqual(['CMHS', 'NT']);
    expect(resp(x, '2-2')).toMatchObject({ lead: 'CMHS', fromHeading: true });
    expect(x.unplaced).toEqual([]);
  });

  it('reads ĐẠI DIỆN blocks with titles in ordinary case and an honorific, and where it was adopted', () => {
    const doc = [
      'TP. Hồ Chí Minh, ngày 05 tháng 9 năm 2024',
      'QUY CHẾ PHỐI HỢP',
      'GIỮA BAN GIÁM HIỆU VÀ BAN CHẤP HÀNH CÔNG ĐOÀN',
      'NĂM HỌC 2024-2025',
      'Điều 1: Mục đích',
      '1.1. BGH và BCH CĐ phối hợp chặt chẽ.',
      'Điều 2: Hiệu lực',
      'Quy chế được thông qua tại Hội nghị cán bộ, viên chức, người lao động ngày 20/9/2024.',
      'ĐẠI DIỆN BCH CÔNG ĐOÀN\t\tĐẠI DIỆN NHÀ TRƯỜNG',
      'Chủ tịch\t\tHiệu trưởng',
      '',
      'Ths. Lâm Ngọc Hà\t\tKhổng Minh Tuấn',
    ].join('\n');
    const x = importText(doc).extraction;
    expect(field(x, 'place')).toBe('TP. Hồ Chí Minh');
    expect(field(x, 'title')).toBe('QUY CHẾ PHỐI HỢP GIỮA BAN GIÁM HIỆU VÀ BAN CHẤP HÀNH CÔNG ĐOÀN NĂM HỌC 2024-2025');
    expect(field(x, 'adoptedAt')).toBe('Hội nghị cán bộ, viên chức, người lao động ngày 20/9/2024');
    expect(x.clauses.map((c) => c.id)).toEqual(['D1', 'D1.1.1', 'D2', 'D2-1']);
    // ĐẠI DIỆN is not a capacity of the list: it stays empty and the words are kept.
    expect(x.signatories.map((s) => [s.party, s.capacity, s.capacityText, s.title, s.name])).toEqual([
      ['CD', '', 'ĐẠI DIỆN BCH CÔNG ĐOÀN', 'Chủ tịch', 'Lâm Ngọc Hà'],
      ['NT', '', 'ĐẠI DIỆN NHÀ TRƯỜNG', 'Hiệu trưởng', 'Khổng Minh Tuấn'],
    ]);
    expect(x.parties.map((p) => [p.code, p.name])).toEqual([
      ['NT', 'Ban giám hiệu'],
      ['CD', 'Ban chấp hành công đoàn'],
    ]);
    expect(x.facts.school).toBeNull();
  });

  it('reads a block with the date left blank for signing, and a "Số" without its number', () => {
    const doc = [
      'TRƯỜNG MẦM NON ÁNH DƯƠNG',
      'Số:      /QCPH-MNAD',
      'Hà Đông, ngày     tháng     năm 2025',
      'QUY CHẾ PHỐI HỢP GIỮA NHÀ TRƯỜNG VÀ CÔNG ĐOÀN NĂM HỌC 2025-2026',
      'Điều 1. Nhà trường phối hợp với Công đoàn tổ chức Hội nghị viên chức.',
    ].join('\n');
    const x = importText(doc).extraction;
    expect(field(x, 'number')).toBe('/QCPH-MNAD');
    expect(field(x, 'place')).toBe('Hà Đông');
    expect(x.facts.issueDate).toBeNull();
    expect(field(x, 'issueDate')).toBeUndefined();
    expect(field(x, 'schoolYear')).toBe('2025-2026');
  });

  it('converts an upper-case TCVN3 heading (.VnTimeH text) keeping its capitals, but not a word that is valid Unicode alone', () => {
    // "KÕ HO¹CH": ¹ never occurs in Unicode Vietnamese, so HO¹CH is TCVN3, and KÕ goes with it.
    const heading = toTcvn3('kế hoạch').toUpperCase();
    expect(heading).toBe('KÕ HO¹CH');
    const x = importText([heading, 'Phối hợp năm học 2024-2025'].join('\n')).extraction;
    expect(field(x, 'kind')).toBe('Kế hoạch phối hợp');
    expect(x.conversions.map((c) => c.to)).toEqual(['KẾ', 'HOẠCH']);
    // "CHÕ" alone is also the Unicode word "chõ": without evidence it is left as written.
    expect(importText('QUY CHÕ').extraction.conversions).toEqual([]);
  });
});

describe('Phổ biến: a line that says the regulation was made known, with a date', () => {
  const withLines = (...extra: string[]) =>
    DOC_A.replace('Điều 5. Quy chế này', `${extra.join('\n')}\nĐiều 5. Quy chế này`);
  const doc = withLines(
    'Điều 6. Quy chế đã được phổ biến tới toàn thể cán bộ, giáo viên, nhân viên tại Hội nghị viên chức ngày 10/9/2025.',
    'Điều 7. Ban Chấp hành Công đoàn đã phổ biến quy chế đến đoàn viên qua nhóm Zalo ngày 12/9/2025.',
    'Điều 8. Quy chế được phổ biến đến cha mẹ trẻ sau khi ký.',
  );
  const result = importText(doc);

  it('reads each dated record: the party that speaks, else the school; the date, how and to whom', () => {
    expect(
      result.extraction.disseminations.map(({ party, date, method, audience }) => [party, date, method, audience]),
    ).toEqual([
      ['NT', '2025-09-10', 'Hội nghị', 'toàn thể cán bộ, giáo viên, nhân viên'],
      ['CD', '2025-09-12', 'Zalo', 'đoàn viên'],
    ]);
  });

  it('fills the Phổ biến sheet, each row noting its line; a document that says nothing leaves it empty', () => {
    const rows = result.content.blocks.disseminations!;
    expect(rows.map((r) => [r.partyCode, r.method])).toEqual([
      ['NT', 'Hội nghị'],
      ['CD', 'Zalo'],
    ]);
    expect(rows[0].date).toEqual(new Date(Date.UTC(2025, 8, 10)));
    const line = result.extraction.disseminations[0].line;
    expect(result.content.notes!.disseminations![0]).toContain(String(line));
    expect(importText(DOC_A).content.blocks.disseminations).toEqual([]);
  });
});

describe('what prompted a decision', () => {
  it('keeps "Theo đề nghị của …", wrapped over two lines, out of the clauses and lists it', () => {
    const x = importText(`UBND HUYỆN HỒ SEN
TRƯỜNG THCS BÌNH MINH
Số: 21/QĐ-THCSBM
QUYẾT ĐỊNH
Về việc ban hành Quy chế phối hợp giữa Nhà trường và Công đoàn
HIỆU TRƯỞNG TRƯỜNG THCS BÌNH MINH
Căn cứ Luật Giáo dục năm 2019;
Theo đề nghị của Chủ tịch Công đoàn tại Tờ
trình số 03/TTr-CĐ ngày 01/9/2025,`).extraction;
    expect(x.clauses).toEqual([]);
    expect(x.unplaced.filter((u) => u.reason === 'implementing').map((u) => u.text)).toEqual([
      'Theo đề nghị của Chủ tịch Công đoàn tại Tờ',
      'trình số 03/TTr-CĐ ngày 01/9/2025,',
    ]);
    expect(x.legalBases).toHaveLength(1);
  });
});
