// A tracking workbook needs a school year; when the regulation names none, the refusal suggests
// the --year the workbook's own text implies, else the school year of today (never a fixed year).
import { describe, expect, it } from 'vitest';
import { UserError, t } from '../../src/core/i18n';
import { exampleContent } from '../../src/core/template/example';
import { buildTrackingSpec } from '../../src/core/tracking/spec';
import { localToday } from '../../src/core/deadline';
import { runCli, tempDir } from '../helpers/cli';
import { modelOf } from '../helpers/content-grids';
import { regulationFile } from './helpers';

const noYear = (schoolYear: string, issueDate: string) => {
  const c = exampleContent();
  c.document.schoolYear = schoolYear;
  c.document.issueDate = issueDate;
  c.document.effectiveFrom = '';
  c.document.effectiveTo = '';
  return c;
};

function refusal(schoolYear: string, issueDate: string, today: string, wanted?: string): string {
  try {
    buildTrackingSpec(modelOf(noYear(schoolYear, issueDate)), { generator: 'test', today, schoolYear: wanted });
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    const err = e as UserError;
    return t('vi', err.key, err.data);
  }
  throw new Error('not refused');
}

describe('the --year a refusal suggests', () => {
  it.each([
    ['', '', '2026-12-03', '2026-2027'],
    ['', '', '2027-03-01', '2026-2027'],
    ['', '', '2027-09-10', '2027-2028'],
    ['năm học 2024', '', '2026-12-03', '2024-2025'],
    ['', '31/02/2025', '2026-12-03', '2024-2025'], // not a date, but its month and year say the school year
  ])('Năm học "%s", Ngày ban hành "%s", today %s → %s', (year, date, today, suggested) => {
    const text = refusal(year, date, today);
    expect(text).toContain(`--year ${suggested}`);
    expect(text).not.toContain('2025-2026');
  });

  it('a bad --year is answered with an example of the year the workbook implies', () => {
    expect(refusal('', '', '2026-12-03', '2026/27')).toContain('(ghi như 2026-2027)');
  });

  it('the command suggests the school year of the real today', async () => {
    const [y, m] = localToday().split('-').map(Number);
    const start = m >= 8 ? y : y - 1;
    const input = await regulationFile(noYear('', ''));
    const r = await runCli('track', input, '-o', `${tempDir()}/so.xlsx`, '--force');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--year ${start}-${start + 1}`);
  });
});
