// Hostile input, round two (issue 31): small files that once took gigabytes or minutes. Each is
// built here, imported by the real CLI in a child process, and must end with a result or one clear
// line, no stack trace, no internal error, under 512 MB, its input unchanged. The time limit only
// guards against a hang (generous on purpose: a loaded 2-core machine must not fail it); each run's
// time and peak memory are printed, and `npm run bench` holds the speed targets.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exampleContent } from '../../src/core/template/example';
import { writeRegulationWorkbook } from '../../src/xlsx/write-regulation';
import { HANG_GUARD_MS } from '../helpers/hang-guard';
import { runCli, tempDir } from '../helpers/cli';
import { ensureBuilt, runChild } from '../helpers/child-cli';
import { numbered, page, spanned, styleChain } from './inputs';

const CEILING_MB = 512;
const dir = tempDir('phoihop-resources-');
const table: string[] = [];

const CASES: Array<[string, string, () => Uint8Array | string]> = [
  ['Roman list starting at 10^20', 'la-ma-1e20.docx', () => numbered('100000000000000000000')],
  ['Roman list starting at 1e400', 'la-ma-1e400.docx', () => numbered('1e400')],
  ['Roman list starting at 10^9', 'la-ma-1e9.docx', () => numbered('1000000000')],
  ['table cells spanning 2,000,000,000 columns', 'gridspan.docx', () => spanned('2000000000')],
  ['a chain of 200,000 styles', 'kieu-200k.docx', () => styleChain(200_000)],
  ['a chain of 4,900 styles, under the limit', 'kieu-4900.docx', () => styleChain(4_900)],
  [
    'a web table with colspan=999 on every cell',
    'colspan.txt',
    () =>
      page(
        `<table>${Array.from({ length: 400 }, () => `<tr>${'<td colspan=999>Tháng 9</td>'.repeat(10)}</tr>`).join('')}</table>`,
      ),
  ],
  ['an unclosed <script> in 1 MB of text', 'script.txt', () => page(`${'<script>var a = 1;'.repeat(60_000)}`)],
  ['an unclosed comment opened 100,000 times', 'comment.txt', () => page(`${'<!-- x '.repeat(100_000)}`)],
  [
    '99,000 combining marks on one letter',
    'dau.txt',
    () => `QUY CHẾ PHỐI HỢP\na${'\u0301'.repeat(99_000)}\nĐiều 1. Phạm vi\n`,
  ],
  [
    'one 100,000-letter word in capitals',
    'tu-dai.txt',
    () => `QUY CHẾ PHỐI HỢP\n${'A'.repeat(100_000)}\nĐiều 1. Phạm vi\n`,
  ],
];

afterAll(() => {
  console.log(['| input | exit | peak MB | ms |', '|---|---|---|---|', ...table].join('\n'));
});

describe('hostile documents end within bounds, with a result or one clear line', () => {
  it.each(CASES)('%s', { timeout: HANG_GUARD_MS }, async (label, name, make) => {
    ensureBuilt();
    const input = path.join(dir, name);
    const data = make();
    writeFileSync(input, data);
    const before = createHash('sha256').update(readFileSync(input)).digest('hex');
    const outDir = tempDir('phoihop-resources-out-');
    const r = await runChild(['import', input, '-o', path.join(outDir, 'ket-qua.xlsx')], { timeoutMs: HANG_GUARD_MS });
    table.push(`| ${label} | ${r.code} | ${r.peakMb} | ${r.ms} |`);
    const context = `${label}\n${r.stderr.slice(0, 1500)}`;
    expect(r.timedOut, context).toBe(false);
    expect([0, 2], context).toContain(r.code);
    expect(r.stderr, context).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)|Lỗi nội bộ|internal error/i);
    if (r.code === 2) expect(r.stderr.trim().split('\n'), context).toHaveLength(1);
    else expect(readdirSync(outDir)).toEqual(['ket-qua.xlsx']);
    expect(r.peakMb, context).not.toBeNull();
    expect(r.peakMb!, context).toBeLessThan(CEILING_MB);
    expect(createHash('sha256').update(readFileSync(input)).digest('hex')).toBe(before);
  });
});

describe('a school year outside any real one', () => {
  it.each(['0000-0001', '9998-9999'])('%s: renew says so in one line, validate names the cell', async (year) => {
    const content = exampleContent();
    content.document.schoolYear = year;
    const file = path.join(dir, `nam-${year}.xlsx`);
    writeFileSync(file, await writeRegulationWorkbook(content));
    const renewed = await runCli('renew', file, '-o', path.join(dir, `nam-${year}-moi.xlsx`));
    expect(renewed.code, renewed.stderr).toBe(2);
    expect(renewed.stderr.trim().split('\n')).toHaveLength(1);
    expect(renewed.stderr).toContain(year);
    expect(renewed.stderr).not.toMatch(/Lỗi nội bộ|không lường trước/);
    const checked = await runCli('validate', file, '--format', 'json');
    const findings = JSON.parse(checked.stdout).findings as Array<{ ruleId: string; cell: string }>;
    expect(findings.filter((f) => f.ruleId === 'school-year-format').map((f) => f.cell)).toEqual(['B9']);
  });
});

describe('a school calendar nested 200,000 deep', () => {
  it('track says so in one line', async () => {
    const calendar = path.join(dir, 'lich-sau.json');
    writeFileSync(calendar, `{"schoolMonths":${'['.repeat(200_000)}${']'.repeat(200_000)}}`);
    const file = path.join(dir, 'vi-du.xlsx');
    writeFileSync(file, await writeRegulationWorkbook(exampleContent()));
    const r = await runCli('track', file, '-o', path.join(dir, 'so-sau.xlsx'), '--calendar', calendar);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/lich-sau\.json lồng nhau sâu quá 16 tầng/);
  });
});

describe('a calendar of more events than any school has', () => {
  it('agenda --ics on 19,010 monthly tasks says so in one line, under 512 MB, writing nothing', async () => {
    ensureBuilt();
    const content = exampleContent();
    const [first] = content.blocks.responsibilities!;
    content.blocks.responsibilities = Array.from({ length: 19_010 }, (_, i) => ({
      ...first,
      no: i + 1,
      task: `Nhiệm vụ hằng tháng số ${i + 1}`,
      cadence: 'Hàng tháng',
      months: '',
    }));
    const file = path.join(dir, 'nhieu-viec.xlsx');
    writeFileSync(file, await writeRegulationWorkbook(content));
    const tracked = await runCli('track', file, '-o', path.join(dir, 'so-nhieu.xlsx'));
    expect(tracked.code, tracked.stderr).toBe(0);
    const ics = path.join(dir, 'lich-nhieu.ics');
    const r = await runChild(['agenda', path.join(dir, 'so-nhieu.xlsx'), '--as-of', '15/12/2026', '--ics', ics]);
    table.push(`| agenda --ics, 19,010 tasks | ${r.code} | ${r.peakMb} | ${r.ms} |`);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/so-nhieu\.xlsx cho ra \d{6} sự kiện lịch, quá giới hạn 20000/);
    expect(r.peakMb!).toBeLessThan(CEILING_MB);
    expect(readdirSync(dir)).not.toContain('lich-nhieu.ics');
  });
});

describe('rosters past any country', () => {
  it.each([
    [
      '1,000,000 rows',
      () => `Mã,Tên trường\n${Array.from({ length: 1_000_000 }, (_, i) => `T${i},Trường số ${i}`).join('\n')}\n`,
      /50000 dòng/,
    ],
    [
      'one cell of 60 MB',
      () => `Mã,Tên trường\nT1,${'A'.repeat(60 * 1024 * 1024)}\n`,
      /dòng 2: một ô dài quá 1000 ký tự/,
    ],
  ])('%s: refused in one line, under 512 MB', async (_, make, message) => {
    ensureBuilt();
    const folder = path.join(dir, 'ho-so-roster');
    const { mkdirSync, existsSync } = await import('node:fs');
    if (!existsSync(folder)) mkdirSync(folder);
    writeFileSync(path.join(folder, 'a.xlsx'), await writeRegulationWorkbook(exampleContent()));
    const roster = path.join(dir, 'ds-lon.csv');
    writeFileSync(roster, make());
    const r = await runChild(['batch', folder, '--roster', roster, '--format', 'json'], { timeoutMs: HANG_GUARD_MS });
    table.push(`| roster of ${_} | ${r.code} | ${r.peakMb} | ${r.ms} |`);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    expect(r.peakMb!).toBeLessThan(CEILING_MB);
  });
});
