import { describe, expect, it } from 'vitest';
import { foldKey, splitCodes, canonicalTones } from '../../src/core/text';
import {
  parseCadence,
  parseDate,
  parseMonths,
  parseSchoolYear,
  isoFromExcelSerial,
  excelSerialFromIso,
} from '../../src/core/values';

describe('dates as clerks type them', () => {
  it.each([
    ['07/10/2024', '2024-10-07'],
    ['7/10/2024', '2024-10-07'],
    ['ngày 07 tháng 10 năm 2024', '2024-10-07'],
    ['Long Biên, ngày 07 tháng 10 năm 2024', '2024-10-07'],
    ['ngày  14/10/2023', '2023-10-14'],
    ['ngày 5 tháng 9 năm 2023', '2023-09-05'],
    ['2024-10-07', '2024-10-07'],
    ['07-10-2024', '2024-10-07'],
    ['31/02/2024', null],
    ['29/02/2024', '2024-02-29'],
    ['29/02/2023', null],
    ['hôm qua', null],
    ['', null],
  ])('%s → %s', (text, iso) => expect(parseDate(text)).toBe(iso));

  it('reads Excel dates and serial numbers (what Office.js returns)', () => {
    expect(parseDate(new Date(Date.UTC(2024, 9, 7)))).toBe('2024-10-07');
    expect(parseDate(45572)).toBe('2024-10-07');
    expect(isoFromExcelSerial(excelSerialFromIso('2026-02-28'))).toBe('2026-02-28');
  });
});

describe('school years', () => {
  it.each([
    ['2024-2025', { text: '2024-2025', valid: true, kind: 'year' }],
    ['2024 - 2025', { text: '2024-2025', valid: true }],
    ['2024–2025', { text: '2024-2025', valid: true }],
    ['Năm học 2023 – 2024', { text: '2023-2024', valid: true }],
    ['Giai đoạn 2022-2027', { text: 'Giai đoạn 2022-2027', kind: 'period', valid: true }],
    ['2024-2026', { valid: false }],
  ])('%s', (text, want) => expect(parseSchoolYear(text)).toMatchObject(want));
  it('is null for what is not a school year', () => {
    expect(parseSchoolYear('2021')).toBeNull();
    expect(parseSchoolYear('năm nay')).toBeNull();
  });
});

describe("cadence free text (the seeds' own vocabulary)", () => {
  it.each([
    ['Hàng tháng', 'Hàng tháng', false],
    ['hằng quý', 'Hàng quý', false],
    ['từng học kỳ', 'Mỗi học kỳ', false],
    ['mỗi năm 02 lần', '2 lần/năm', false],
    ['2 lần/năm', '2 lần/năm', false],
    ['Định kỳ 3 tháng một lần', 'Hàng quý', false],
    ['định kỳ 6 tháng 1 lần', '2 lần/năm', false],
    ['đầu năm học', 'Đầu năm học', false],
    ['đầu năm', 'Đầu năm học', false],
    ['cuối năm học', 'Cuối năm học', false],
    ['thường xuyên', 'Thường xuyên', false],
    ['Hàng năm', 'Hàng năm', false],
    ['đột xuất', 'Đột xuất', false],
    ['một lần', 'Một lần', false],
    ['3 lần/năm', '3 lần/năm', false],
    ['định kỳ sơ kết, tổng kết', '2 lần/năm', false],
    ['hàng tháng, quý', 'Hàng tháng', true],
    ['từng quý, năm', 'Hàng quý', true],
    ['hàng tháng, học kỳ', 'Hàng tháng', true],
    ['HÀNG TUẦN', 'Hàng tuần', false],
  ])('%s → %s', (text, value, compound) => {
    const r = parseCadence(text);
    expect(r.value).toBe(value);
    expect(r.compound).toBe(compound);
  });
  it('is null when no cadence is named', () => {
    expect(parseCadence('định kỳ').value).toBeNull();
    expect(parseCadence('').value).toBeNull();
  });
});

describe('pinned months', () => {
  it('reads T10, T1, T4 and words', () => {
    expect(parseMonths('T10, T1, T4').months).toEqual([10, 1, 4]);
    expect(parseMonths('tháng 10 và tháng 1').months).toEqual([10, 1]);
    expect(parseMonths('T9; T9').months).toEqual([9]);
    expect(parseMonths('T10, T13, abc')).toEqual({ months: [10], invalid: ['t13', 'abc'] });
  });
});

describe('text keys', () => {
  it('folds case, NFD, tone placement and dashes', () => {
    expect(foldKey('  Mã  Điều Khoản ')).toBe(foldKey('mã điều khoản'));
    expect(foldKey('Mã điều khoản'.normalize('NFD'))).toBe(foldKey('Mã điều khoản'));
    expect(canonicalTones('CỘNG HOÀ, Thuỷ, hoá')).toBe('CỘNG HÒA, Thủy, hóa');
    expect(foldKey('2023 – 2024')).toBe('2023-2024');
  });
  it('splits party code lists', () => {
    expect(splitCodes('CD, cdtn; CMHS và UBND')).toEqual(['CD', 'CDTN', 'CMHS', 'UBND']);
    expect(splitCodes('')).toEqual([]);
  });
});

describe('tone placement', () => {
  it('moves the mark of oa, oe, uy but leaves qu- words alone', () => {
    expect(canonicalTones('thuỷ, hoà, khoẻ')).toBe('thủy, hòa, khỏe');
    expect(canonicalTones('hàng quý, Quý, quỳ')).toBe('hàng quý, Quý, quỳ');
  });
});
