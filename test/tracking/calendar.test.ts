// The month plan: each cadence's default months through the default calendar, pinned months,
// the notes for contradictions, and calendar overrides (with their errors).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/i18n';
import {
  DEFAULT_CALENDAR,
  everyMonth,
  parseCalendar,
  parseCalendarText,
  planMonths,
  type SchoolCalendar,
} from '../../src/core/tracking-book/calendar';
import { CADENCES, parseCadence, parseMonths, type Cadence } from '../../src/core/values';

const plan = (cadence: string, months = '', calendar: SchoolCalendar = DEFAULT_CALENDAR) =>
  planMonths(parseCadence(cadence), parseMonths(months), calendar, cadence);
const kinds = (p: ReturnType<typeof plan>) => p.notes.map((n) => n.kind);

describe('default months per cadence (DESIGN.md §4)', () => {
  const SCHOOL = [9, 10, 11, 12, 1, 2, 3, 4, 5];
  const expected: Record<Cadence, number[]> = {
    'Thường xuyên': SCHOOL,
    'Hàng tuần': SCHOOL,
    'Hàng tháng': SCHOOL,
    'Hàng quý': [9, 12, 3, 6],
    'Mỗi học kỳ': [1, 5],
    '2 lần/năm': [1, 5],
    '3 lần/năm': [9, 1, 5],
    'Hàng năm': [5],
    'Đầu năm học': [9],
    'Cuối năm học': [5],
    'Một lần': [],
    'Đột xuất': [],
  };
  it.each(CADENCES.map((c) => [c]))('%s', (cadence) => {
    const p = plan(cadence);
    expect(p.months).toEqual(expected[cadence]);
    expect(p.cadence).toBe(cadence);
    expect(p.source).toBe(expected[cadence].length ? 'default' : 'none');
    // Only a one-off task without a month is a problem; Đột xuất has no planned month by nature.
    expect(kinds(p)).toEqual(cadence === 'Một lần' ? ['needsMonth'] : []);
  });

  it('recognises free text the way the reader does', () => {
    expect(plan('định kỳ 3 tháng một lần').months).toEqual([9, 12, 3, 6]);
    expect(plan('từng học kỳ').months).toEqual([1, 5]);
    expect(plan('mỗi năm 02 lần').months).toEqual([1, 5]);
    expect(plan('hằng tháng').months).toEqual(SCHOOL);
  });
});

describe('pinned months (Thời điểm)', () => {
  it('win over the default and come out in school-year order', () => {
    const p = plan('Hàng năm', 'T11');
    expect(p).toMatchObject({ months: [11], source: 'pinned', notes: [] });
    expect(plan('Hàng quý', 'T3, T10, T1, T7').months).toEqual([10, 1, 3, 7]);
    expect(plan('Một lần', 'tháng 10').months).toEqual([10]);
  });

  it('a monthly task pinned to one month is reported, and the pinned month is used', () => {
    const p = plan('Hàng tháng', 'T10');
    expect(p.months).toEqual([10]);
    expect(kinds(p)).toEqual(['pinnedFew']);
    expect(p.notes[0].data).toMatchObject({ cadence: 'Hàng tháng', months: 'T10' });
  });

  it('a monthly task pinned to part of the year is fine', () => {
    expect(plan('Hàng tháng', 'T9, T10, T11, T12').notes).toEqual([]);
  });

  it('a count the cadence cannot have is reported', () => {
    expect(kinds(plan('Mỗi học kỳ', 'T1'))).toEqual(['pinnedCount']);
    expect(plan('Mỗi học kỳ', 'T1').notes[0].data).toMatchObject({ expected: 2, count: 1 });
    expect(kinds(plan('Hàng năm', 'T10, T4'))).toEqual(['pinnedCount']);
    expect(kinds(plan('Một lần', 'T10, T11'))).toEqual(['pinnedCount']);
    expect(plan('3 lần/năm', 'T9, T1, T5').notes).toEqual([]);
  });

  it('a month outside the plan of its cadence is reported', () => {
    const start = plan('Đầu năm học', 'T3');
    expect(start.months).toEqual([3]);
    expect(kinds(start)).toEqual(['pinnedOutside']);
    expect(start.notes[0].data).toMatchObject({ outside: 'T3', window: 'T9, T10, T11' });
    expect(plan('Đầu năm học', 'T10').notes).toEqual([]);
    expect(kinds(plan('Cuối năm học', 'T12'))).toEqual(['pinnedOutside']);
    // A monthly task pinned into the summer when the calendar does not count it.
    expect(kinds(plan('Hàng tháng', 'T5, T6, T7'))).toEqual(['pinnedOutside']);
  });

  it('an ad-hoc task with months is placed there and reported', () => {
    const p = plan('Đột xuất', 'T2');
    expect(p.months).toEqual([2]);
    expect(kinds(p)).toEqual(['adHocPinned']);
  });

  it('tokens that are not months are reported and ignored', () => {
    const p = plan('Hàng năm', 'T13, T4');
    expect(p.months).toEqual([4]);
    expect(kinds(p)).toEqual(['invalidMonths']);
    expect(p.notes[0].data.tokens).toBe('t13');
  });
});

describe('compound and missing cadences', () => {
  it('a compound keeps its most frequent part and says so', () => {
    const p = plan('hàng tháng, quý');
    expect(p.cadence).toBe('Hàng tháng');
    expect(p.months).toEqual(everyMonth(DEFAULT_CALENDAR));
    expect(kinds(p)).toEqual(['compound']);
    expect(p.notes[0].data).toMatchObject({
      raw: 'hàng tháng, quý',
      parts: 'Hàng tháng, Hàng quý',
      used: 'Hàng tháng',
    });
  });

  it('no cadence: no month, unless Thời điểm names some', () => {
    expect(plan('')).toMatchObject({ months: [], source: 'none', cadence: null });
    expect(kinds(plan(''))).toEqual(['noCadence']);
    expect(kinds(plan('khi nào rảnh'))).toEqual(['noCadence']);
    const pinned = plan('', 'T10, T3');
    expect(pinned).toMatchObject({ months: [10, 3], source: 'pinned' });
    expect(kinds(pinned)).toEqual(['noCadencePinned']);
  });
});

describe('calendar files', () => {
  it('the default calendar is the documented JSON file, with a reason for every cadence', () => {
    const json = JSON.parse(readFileSync('src/core/tracking-book/default-calendar.json', 'utf8'));
    expect(Object.keys(json.cadences).sort()).toEqual([...CADENCES].sort());
    for (const rule of Object.values(json.cadences) as Array<{ why?: string }>)
      expect(rule.why?.length).toBeGreaterThan(10);
    expect(json.about.vi).toBeTruthy();
    expect(json.about.en).toBeTruthy();
    expect(DEFAULT_CALENDAR.countSummer).toBe(false);
  });

  it('an override changes only what it names: counting the summer', () => {
    const summer = parseCalendarText('{"countSummer": true}', 'he.json');
    expect(plan('Hàng tháng', '', summer).months).toEqual([9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(plan('Hàng tháng', 'T5, T6, T7', summer).notes).toEqual([]);
    expect(plan('Hàng quý', '', summer).months).toEqual([9, 12, 3, 6]);
  });

  it('an override of one cadence, in any spelling of its name and months', () => {
    const cal = parseCalendarText(
      JSON.stringify({
        name: 'Phường An Bình',
        cadences: { 'hang quy': { months: ['T11', 'T2', 'T5', 'T8'] }, 'Mỗi học kỳ': { months: [12, 5] } },
      }),
      'ab.json',
    );
    expect(cal.name).toBe('Phường An Bình');
    expect(plan('Hàng quý', '', cal).months).toEqual([11, 2, 5, 8]);
    expect(plan('Mỗi học kỳ', '', cal).months).toEqual([12, 5]);
    expect(plan('3 lần/năm', '', cal).months).toEqual([9, 1, 5]);
    // The default calendar itself is untouched.
    expect(plan('Hàng quý').months).toEqual([9, 12, 3, 6]);
  });

  const bad: Array<[string, string, RegExp]> = [
    ['{"countSummer": "có"}', 'countSummer', /true hoặc false/],
    ['{"cadences": {"Hàng quý": {"months": [9, 13]}}}', 'cadences.Hàng quý.months[1]', /"13" không phải tháng/],
    ['{"cadences": {"Hai tuần": {"months": [9]}}}', 'cadences.Hai tuần', /không phải chu kỳ/],
    ['{"cadences": {"Hàng quý": {"month": [9]}}}', 'cadences.Hàng quý.month', /khóa không dùng được/],
    ['{"schoolMonths": []}', 'schoolMonths', /ít nhất một tháng/],
    ['{"summer": true}', 'summer', /khóa không dùng được/],
    ['[1, 2]', '(gốc)', /đối tượng JSON/],
  ];
  it.each(bad)('%s is refused naming the field', (text, field, message) => {
    let error: unknown;
    try {
      parseCalendarText(text, 'lich.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserError);
    const line = (error as UserError).line();
    expect(line).toContain('lich.json');
    expect(line).toContain(`"${field}"`);
    expect(line).toMatch(message);
    expect((error as UserError).text('en')).toMatch(/School calendar file lich\.json/);
  });

  it('text that is not JSON is refused with the parser detail', () => {
    expect(() => parseCalendarText('{countSummer: true', 'lich.json')).toThrow(UserError);
    expect(() => parseCalendarText('\uFEFF{"countSummer": true}', 'bom.json')).not.toThrow();
  });

  it('a complete calendar without a base must list every cadence', () => {
    expect(() => parseCalendar({ schoolMonths: [9], cadences: {} }, 'full.json')).toThrow(/this cadence is missing/);
  });
});
