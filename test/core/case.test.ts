// A title typed in capitals, reused inside a sentence, is written the Vietnamese way: sentence
// case, abbreviations and the workbook's own names keep their capitals, nothing changes case
// inside a word.
import { describe, expect, it } from 'vitest';
import { caseVocabulary, inSentence, isAbbreviation, isShouting, sentenceCase } from '../../src/core/vietnamese/case';

const MID_WORD = /\p{Ll}\p{Lu}/u;

describe('sentence case for a title reused in a sentence', () => {
  const vocab = caseVocabulary({
    names: ['Trường Mầm non Hoa Sữa', 'Ban chấp hành Chi đoàn', 'Long Biên'],
    sentences: ['Quy chế phối hợp giữa Chính quyền và Chi đoàn năm học 2023 – 2024'],
  });

  it('lowers a title typed in capitals, keeping the names the workbook writes with capitals', () => {
    const title = 'PHỐI HỢP GIỮA CHÍNH QUYỀN VÀ CHI ĐOÀN NĂM HỌC 2024 - 2025';
    expect(inSentence(title, vocab)).toBe('phối hợp giữa Chính quyền và Chi đoàn năm học 2024 - 2025');
    expect(sentenceCase(title, vocab)).toBe('Phối hợp giữa Chính quyền và Chi đoàn năm học 2024 - 2025');
  });

  it('lowers a kind line in capitals run into an ordinary title, and the capital its next line began with', () => {
    // How an import stores "QUY CHẾ PHỐI HỢP" over "Giữa Nhà trường và …" typed on two lines.
    const title = 'PHỐI HỢP Giữa Nhà trường và Ban chấp hành Công đoàn năm học 2025-2026';
    const v = caseVocabulary({ names: ['Nhà trường', 'Ban chấp hành Công đoàn'], sentences: [`QUY CHẾ ${title}`] });
    expect(inSentence(title, v)).toBe('phối hợp giữa Nhà trường và Ban chấp hành Công đoàn năm học 2025-2026');
    expect(sentenceCase(title, v)).toBe('Phối hợp giữa Nhà trường và Ban chấp hành Công đoàn năm học 2025-2026');
    // A name after an abbreviation keeps its capital: only a phrase of words in capitals is a kind line.
    expect(inSentence('giữa BGH và Ban chấp hành Công đoàn', v)).toBe('giữa BGH và Ban chấp hành Công đoàn');
  });

  it('keeps abbreviations (no Vietnamese syllable) and numbers in capitals', () => {
    const title = 'PHỐI HỢP GIỮA BGH VÀ BCH CĐ TRƯỜNG THCS TỔ 3, NĂM HỌC 2024-2025 THEO CV 12/GD&ĐT';
    const out = inSentence(title);
    expect(out).toBe('phối hợp giữa BGH và BCH CĐ trường THCS tổ 3, năm học 2024-2025 theo CV 12/GD&ĐT');
    expect(MID_WORD.test(out)).toBe(false);
  });

  it('gives the school its capitals from the party names, and a sentence start is no evidence', () => {
    const v = caseVocabulary({
      names: ['Trường Mầm non Hoa Sữa'],
      sentences: ['Phối hợp tốt. Các bên thực hiện.'],
    });
    expect(inSentence('PHỐI HỢP GIỮA TRƯỜNG MẦM NON HOA SỮA VÀ CÔNG ĐOÀN', v)).toBe(
      'phối hợp giữa Trường Mầm non Hoa Sữa và công đoàn',
    );
  });

  it('takes the majority of the workbook when a word is written both ways', () => {
    const v = caseVocabulary({
      names: [],
      sentences: ['Lãnh đạo của Đảng ủy xã.', 'Sự chỉ đạo của Đảng và Nhà nước.', 'Tổ chức của Đảng.'],
    });
    expect(inSentence('GIỮA ĐẢNG, CHÍNH QUYỀN VÀ CÁC ĐOÀN THỂ', v)).toBe('giữa Đảng, chính quyền và các đoàn thể');
  });

  it('keeps text typed in ordinary case as typed, lowering only a first word that is no name', () => {
    expect(inSentence('Phối hợp giữa chính quyền và Công Đoàn', vocab)).toBe('phối hợp giữa chính quyền và Công Đoàn');
    expect(inSentence('Trường Mầm non Hoa Sữa năm học 2024', vocab)).toBe('Trường Mầm non Hoa Sữa năm học 2024');
    expect(inSentence('UBND xã Hòa Bình')).toBe('UBND xã Hòa Bình');
    expect(inSentence('Báo cáo')).toBe('báo cáo');
    expect(inSentence('BÁO CÁO')).toBe('báo cáo');
  });

  it('tells capitals typed for a whole title from an abbreviation in ordinary text', () => {
    expect(isShouting('QUY CHẾ PHỐI HỢP')).toBe(true);
    expect(isShouting('Phối hợp GIỮA NHÀ TRƯỜNG VÀ CÔNG ĐOÀN')).toBe(true);
    expect(isShouting('Phối hợp giữa BGH và BCH CĐ')).toBe(false);
    expect(isShouting('UBND')).toBe(false);
    expect(isAbbreviation('THCS')).toBe(true);
    expect(isAbbreviation('GD&ĐT')).toBe(true);
    expect(isAbbreviation('ĐOÀN')).toBe(false);
    expect(isAbbreviation('474/QCPH-MNHS-CT')).toBe(true);
  });
});
