// Mojibake whose invisible bytes LibreOffice's PDF printed as one glyph (U+0092) or a browser's copy
// dropped: each lost byte is guessed among the syllables its word can make (lost-bytes.ts). Invented
// lines, damaged here as they are in the wild, and read back: the common syllable of these
// documents before the commoner letter, a listed pair with its neighbour, a place's name where a
// name stands, the case of the neighbours.
import { describe, expect, it } from 'vitest';
import { COMMON_PAIRS, COMMON_SYLLABLES, PLACE_NAMES, SURNAMES } from '../../src/core/vietnamese/common-syllables';
import { blurredControl, repairMojibake } from '../../src/core/vietnamese/mojibake';
import { isVietnameseSyllable } from '../../src/core/vietnamese/syllable';
import { CORPUS } from '../import/corpus';

const mojibake = (s: string) => new TextDecoder('windows-1252').decode(Buffer.from(s, 'utf8'));
/** As LibreOffice prints it: every control character one glyph, no soft hyphen, &nbsp; a space. */
const printed = (s: string) =>
  mojibake(s)
    .replace(/[\u0080-\u009f]/g, '\u0092')
    .replace(/\u00ad/g, '')
    .replace(/\u00a0/g, ' ');
/** As a browser's copy gives it: the control characters and the soft hyphen gone. */
const copied = (s: string) =>
  mojibake(s)
    .replace(/[\u0080-\u009f\u00ad]/g, '')
    .replace(/\u00a0/g, ' ');
const fromPdf = (line: string) => repairMojibake(printed(line), '\u0092').text;
const fromCopy = (line: string) => repairMojibake(copied(line)).text;

describe('lost bytes guessed among the syllables a word can make', () => {
  it('takes the syllable common in these documents, not the commoner letter', () => {
    // "C?NG" can be CÀNG, CÁNG, CÔNG …: à is the commoner letter, công the commoner word.
    expect(printed('CÔNG ĐOÀN')).toContain('\u0092');
    expect(fromPdf('CÔNG ĐOÀN')).toBe('CÔNG ĐOÀN');
    for (const line of [
      'PHÒNG GIÁO DỤC',
      'SỐ LƯỢNG HỌC SINH',
      'PHỐI HỢP VỚI CHỦ TỊCH',
      'Tôn trọng và phối hợp với nhau.',
    ])
      expect(fromPdf(line), line).toBe(line);
  });

  it('chooses between common syllables by the pair a word makes with its neighbour', () => {
    // Alone, trường is commoner than trưởng; after HIỆU (itself a guess: HIỂU, HIỆU …) it is trưởng.
    expect(fromPdf('HIỆU TRƯỞNG')).toBe('HIỆU TRƯỞNG');
    expect(fromPdf('NHÀ TRƯỜNG')).toBe('NHÀ TRƯỜNG');
    expect(fromPdf('BAN CHẤP HÀNH CÔNG ĐOÀN')).toBe('BAN CHẤP HÀNH CÔNG ĐOÀN');
    // động is commoner than đồng, đối than đội: a pair says otherwise.
    expect(fromPdf('HOẠT ĐỘNG CỦA HỘI ĐỒNG')).toBe('HOẠT ĐỘNG CỦA HỘI ĐỒNG');
    expect(fromPdf('ĐỐI VỚI ĐỘI NGŨ')).toBe('ĐỐI VỚI ĐỘI NGŨ');
    expect(fromPdf('THỦ TRƯỞNG ĐƠN VỊ')).toBe('THỦ TRƯỞNG ĐƠN VỊ');
    // "Thị" after a family name, "phó" only before a title.
    expect(fromPdf('Quách Thị Lựu')).toBe('Quách Thị Lựu');
    expect(fromPdf('PHÓ HIỆU TRƯỞNG')).toBe('PHÓ HIỆU TRƯỞNG');
  });

  it("reads a place's name where a name stands, and the common word elsewhere", () => {
    // LÀM is commoner than LÂM, but after XÃ or a school's kind comes a name.
    expect(fromPdf('LÀM VIỆC')).toBe('LÀM VIỆC');
    expect(fromPdf('XÃ TÂN LÂM')).toBe('XÃ TÂN LÂM');
    expect(fromPdf('TRƯỜNG THCS PHÚ SƠN')).toBe('TRƯỜNG THCS PHÚ SƠN');
  });

  it('gives a word that shows only its first letter the case of its neighbours', () => {
    // "S?" shows only its S: small after it beside an abbreviation, capitals among capitals.
    expect(fromPdf('Số: 15/QC-THCS')).toBe('Số: 15/QC-THCS');
    expect(fromPdf('BÁO CÁO SỐ LIỆU')).toBe('BÁO CÁO SỐ LIỆU');
    // A second column set with spaces begins a sentence; one space does not.
    expect(fromPdf('TRƯỜNG THCS AN PHÚ      Độc lập - Tự do')).toBe('TRƯỜNG THCS AN PHÚ      Độc lập - Tự do');
    expect(fromPdf('Nhà trường và đoàn thể')).toBe('Nhà trường và đoàn thể');
    // Ý printed blurred has no small form there: a capital, rather than no syllable.
    expect(fromPdf('Ý KIẾN ĐÓNG GÓP')).toBe('Ý KIẾN ĐÓNG GÓP');
  });

  it('keeps a word whose no-break space was its letter whole ("vào", never "và o")', () => {
    const line = 'Đưa vào dạy học và sinh hoạt chuyên môn.';
    expect(printed(line)).toContain('vÃ o');
    expect(fromPdf(line)).toBe(line);
    expect(fromCopy(line)).toBe(line);
  });

  it('repairs a line copied from a browser the same way', () => {
    const line = 'QUY CHẾ PHỐI HỢP GIỮA NHÀ TRƯỜNG VÀ CÔNG ĐOÀN NĂM HỌC 2025-2026';
    expect(fromCopy(line)).toBe(line);
    expect(fromPdf(line)).toBe(line);
  });

  it('guesses a quote or a dash whose bytes were lost, from where it stands, and repairs its line', () => {
    // “ ” – are E2 80 and one more byte, all but E2 invisible: the line was left as it was.
    const line = 'Phong trào “Trường học hạnh phúc” năm học 2024 – 2025, xã Ea H’Leo.';
    expect(printed(line)).toContain('â\u0092\u0092');
    expect(copied(line)).toContain('â');
    expect(fromPdf(line)).toBe(line);
    expect(fromCopy(line)).toBe(line);
    expect(fromPdf('Thời gian: 2021–2025 (“Kế hoạch”)')).toBe('Thời gian: 2021–2025 (“Kế hoạch”)');
  });

  it('reads a long line of garbage word by word, each word within its budget', () => {
    // Capitals with several lost bytes each, no syllable among them: every word takes the
    // commonest letters, and the line comes back as long as it went in.
    const word = printed('ĐỒĐỒĐỒĐỒ');
    const line = Array.from({ length: 2000 }, () => word).join(' ');
    const { text } = repairMojibake(line, '\u0092');
    expect(text.split(' ')).toHaveLength(2000);
    expect(blurredControl([line])).toBe('\u0092');
  });

  it('reads back the corpus lines as a PDF prints them: 97.5% of words with their letters, 96% with their tones too', () => {
    const fold = (w: string) =>
      w
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[đĐ]/g, 'd')
        .toLowerCase();
    let words = 0;
    let exact = 0;
    let letters = 0;
    // The damaged documents' text is already damaged: their source lines are in damaged.ts.
    for (const doc of CORPUS.filter((d) => !/^c1[789]-/.test(d.id)))
      for (const line of doc.text.split('\n')) {
        if (!/[^\x00-\x7f]/.test(line)) continue;
        const want = line.normalize('NFC').split(/\s+/);
        const got = fromPdf(line).split(/\s+/);
        words += want.length;
        if (got.length !== want.length) continue;
        want.forEach((w, k) => {
          if (got[k] === w) exact++;
          if (fold(got[k]) === fold(w)) letters++;
        });
      }
    console.log(`[lost bytes] corpus as a PDF prints it: ${exact}/${words} words exact, ${letters} with their letters`);
    expect(words).toBeGreaterThan(5000);
    expect(letters / words).toBeGreaterThan(0.975);
    expect(exact / words).toBeGreaterThan(0.96);
  });

  it('lists only real syllables, and pairs of words', () => {
    const words = [COMMON_SYLLABLES, PLACE_NAMES, SURNAMES].flatMap((list) => list.split(/\s+/).filter(Boolean));
    expect(words.filter((w) => !isVietnameseSyllable(w))).toEqual([]);
    const pairs = COMMON_PAIRS.split(/[|\n]/).filter(Boolean);
    expect(pairs.filter((p) => p.split(' ').length !== 2)).toEqual([]);
    expect(pairs.length).toBeGreaterThan(100);
    expect(new Set(words).size).toBeGreaterThan(400);
  });
});
