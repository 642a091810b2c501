// What leaves the project is safe for what opens it next (issue 31): a CSV a spreadsheet opens
// runs no formula, an .ics a calendar reads holds only the project's events, a suggested command a
// clerk pastes runs nothing but phoihop, a terminal shows escape codes instead of obeying them, a
// roster CSV with a stray quote or a wrong row is refused with its line, and a code with a
// zero-width joiner is the code it looks like. Each output is read back by an independent reader.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { cleanCode, csvCell, oneLine, pasteableArgument, visibleControls } from '../../src/core/safe-text';
import { exampleContent } from '../../src/core/template/example';
import { writeRegulationWorkbook } from '../../src/xlsx/write-regulation';
import { HANG_GUARD_MS } from '../helpers/hang-guard';
import { runCli, tempDir } from '../helpers/cli';

const FORMULA = '=HYPERLINK("http://127.0.0.1/x","bấm")';

describe('safe text, unit by unit', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+84 912', "'+84 912"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['-2+3', "'-2+3"],
    ['\tx', "'\tx"],
    ['-12', '-12'],
    ['-7.5%', '-7.5%'],
    ['Trường "A", xã B', '"Trường ""A"", xã B"'],
    ['=a,b', `"'=a,b"`],
  ])('csvCell(%j) = %j', (input, want) => expect(csvCell(input)).toBe(want));

  it('one line: line breaks and controls become spaces, direction marks go', () => {
    expect(oneLine('Trường A\r\nBEGIN:VEVENT\u0007\u202e')).toBe('Trường A BEGIN:VEVENT');
  });

  it('visible controls: escape codes and direction overrides are shown, lines and tabs kept', () => {
    expect(visibleControls('a\u001b[31mb\u202ec\n\td')).toBe('a<U+001B>[31mb<U+202E>c\n\td');
  });

  it('codes lose zero-width characters', () => expect(cleanCode('C\u200dD\u200b\u2060')).toBe('CD'));

  it.each([
    ['quy che 2025.docx', '"quy che 2025.docx"'],
    ['C:\\Hồ sơ\\quy chế (bản 2).docx', '"C:\\Hồ sơ\\quy chế (bản 2).docx"'],
    ['a$(touch x).docx', null],
    ['a`id`.docx', null],
    ['a"; id; ".docx', null],
    ['50%.docx', null],
    ['a!b.docx', null],
  ])('pasteable %j → %j', (input, want) => expect(pasteableArgument(input)).toBe(want));
});

describe('batch --format csv opened by LibreOffice: no formula', () => {
  const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

  // LibreOffice's start-up on a loaded machine: the bound only guards against a hang.
  it(
    'school names, the managing body and file names that start with = + - @ stay text',
    { timeout: HANG_GUARD_MS },
    async () => {
      expect(soffice, 'LibreOffice (soffice) is needed: .ci/run installs it').toBe(true);
      const dir = tempDir('phoihop-csv-injection-');
      const folder = path.join(dir, 'ho-so');
      const c = exampleContent();
      c.document.issuer = FORMULA;
      c.document.managingAuthority = '+SUM(1;2)';
      const { mkdirSync } = await import('node:fs');
      mkdirSync(folder);
      writeFileSync(path.join(folder, '=1+2.xlsx'), await writeRegulationWorkbook(c));
      writeFileSync(path.join(folder, '@b.xlsx'), await writeRegulationWorkbook(exampleContent()));
      const run = await runCli('batch', folder, '--format', 'csv');
      expect(run.stderr).not.toMatch(/Lỗi nội bộ/);
      const csv = path.join(dir, 'tong-hop.csv');
      writeFileSync(csv, run.stdout);
      expect(run.stdout).toContain("'=1+2.xlsx");
      // LibreOffice opens the CSV as a clerk would and saves what it made of it.
      const out = spawnSync(
        'soffice',
        [
          '--headless',
          '--infilter=CSV:44,34,76,1',
          '--convert-to',
          'xlsx',
          '--outdir',
          dir,
          `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`,
          csv,
        ],
        { encoding: 'utf8', timeout: HANG_GUARD_MS },
      );
      expect(out.status, out.stderr).toBe(0);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path.join(dir, 'tong-hop.xlsx'));
      let formulas = 0;
      let cells = 0;
      wb.eachSheet((ws) =>
        ws.eachRow((row) =>
          row.eachCell((cell) => {
            cells++;
            if (cell.formula || (typeof cell.value === 'object' && cell.value && 'formula' in cell.value)) formulas++;
          }),
        ),
      );
      expect(cells).toBeGreaterThan(20);
      expect(formulas).toBe(0);
    },
  );
});

describe('agenda --ics read by ical.js: only the project’s events', () => {
  it('a school name with line breaks cannot start a property or an event', async () => {
    const dir = tempDir('phoihop-ics-injection-');
    const c = exampleContent();
    const evil =
      'TRƯỜNG MẦM NON HOA MAI\nEND:VCALENDAR\nBEGIN:VEVENT\nUID:evil@x\nSUMMARY:Bấm vào đây\nURL:http://127.0.0.1/\nEND:VEVENT';
    c.document.issuer = evil;
    writeFileSync(path.join(dir, 'qc.xlsx'), await writeRegulationWorkbook(c));
    const track = await runCli('track', path.join(dir, 'qc.xlsx'), '-o', path.join(dir, 'so.xlsx'), '--force');
    expect(track.code, track.stderr).toBe(0);
    const ics = path.join(dir, 'lich.ics');
    const plain = await runCli('agenda', path.join(dir, 'so.xlsx'), '--as-of', '15/12/2026', '--ics', ics);
    expect(plain.code, plain.stderr).toBe(0);
    const text = readFileSync(ics, 'utf8');
    const cal = new ICAL.Component(ICAL.parse(text));
    const events = cal.getAllSubcomponents('vevent');
    const said = Number(/(\d+)/.exec(plain.stderr.split('\n').find((l) => l.includes('lich.ics')) ?? '')?.[1]);
    expect(events.length).toBe(said);
    expect(events.map((e) => String(e.getFirstPropertyValue('uid')))).not.toContain('evil@x');
    expect(events.some((e) => e.getFirstProperty('url'))).toBe(false);
    expect(text.split(/\r?\n/).filter((l) => l === 'BEGIN:VEVENT').length).toBe(said);
  });
});

describe('the suggested import command runs nothing but phoihop', () => {
  it.each(['quy chế; echo pwned.docx', 'a$(touch pwned).docx', 'b`touch pwned`.docx', "c'; touch pwned; '.docx"])(
    '%s',
    async (name) => {
      const dir = tempDir('phoihop-suggest-');
      const folder = path.join(dir, 'ho-so');
      const { mkdirSync, copyFileSync } = await import('node:fs');
      mkdirSync(folder);
      // A Word file where a workbook was expected: a zip with word/document.xml.
      const { zipSync } = await import('fflate');
      writeFileSync(
        path.join(folder, name),
        zipSync({
          'word/document.xml': new TextEncoder().encode('<w:document/>'),
          '[Content_Types].xml': new Uint8Array(),
        }),
      );
      copyFileSync(path.join(folder, name), path.join(dir, 'copy.docx'));
      const run = await runCli('validate', path.join(folder, name));
      const said = run.stderr + run.stdout;
      const command = /phoihop import (.*?) -o quy-che\.xlsx/.exec(said)?.[0];
      if (command) {
        // bash reads the line as a clerk's shell would, with phoihop standing for a printer of its arguments.
        const shown = spawnSync('bash', ['-c', `phoihop() { printf '%s\\n' "$@"; }; ${command}`], {
          cwd: dir,
          encoding: 'utf8',
        });
        expect(shown.stdout.split('\n').slice(0, 4)).toEqual(['import', path.join(folder, name), '-o', 'quy-che.xlsx']);
      } else {
        expect(said).toMatch(/đổi tên tệp/);
      }
      expect(readdirSync(dir).sort()).toEqual(['copy.docx', 'ho-so']);
    },
  );
});

describe('the terminal shows, never obeys', () => {
  it('agenda prints a task’s escape codes and direction overrides visibly', async () => {
    const dir = tempDir('phoihop-tty-');
    const c = exampleContent();
    c.blocks.responsibilities![2].task = 'Họp giao ban \u001b[2J\u001b[31mĐỎ\u202eabc';
    writeFileSync(path.join(dir, 'qc.xlsx'), await writeRegulationWorkbook(c));
    expect((await runCli('track', path.join(dir, 'qc.xlsx'), '-o', path.join(dir, 'so.xlsx'))).code).toBe(0);
    const run = await runCli('agenda', path.join(dir, 'so.xlsx'), '--as-of', '15/12/2026');
    expect(run.code, run.stderr).toBe(0);
    // The workbook keeps the override (an escape code does not survive XML); the terminal gets it shown.
    expect(run.stdout).toContain('<U+202E>abc');
    expect(run.stdout).not.toMatch(/[\u001b\u202e]/);
  });

  it('a party code typed with a zero-width joiner is the code it looks like', async () => {
    const dir = tempDir('phoihop-zw-');
    const c = exampleContent();
    c.blocks.responsibilities![0].lead = 'C\u200dD';
    writeFileSync(path.join(dir, 'qc.xlsx'), await writeRegulationWorkbook(c));
    const run = await runCli('validate', path.join(dir, 'qc.xlsx'), '--format', 'json');
    expect(run.code, run.stdout).toBe(0);
    expect(
      JSON.parse(run.stdout).findings.filter((f: { ruleId: string }) => f.ruleId === 'responsibility-lead-known'),
    ).toEqual([]);
  });
});

describe('a roster CSV that would lose schools is refused with its line', () => {
  const folderWith = async () => {
    const dir = tempDir('phoihop-roster-csv-');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(path.join(dir, 'ho-so'));
    writeFileSync(path.join(dir, 'ho-so', 'a.xlsx'), await writeRegulationWorkbook(exampleContent()));
    return dir;
  };
  /** batch over a folder of one workbook, with this CSV as its roster. */
  const batchWithRoster = async (csv: string) => {
    const dir = await folderWith();
    writeFileSync(path.join(dir, 'ds.csv'), csv);
    return runCli('batch', path.join(dir, 'ho-so'), '--roster', path.join(dir, 'ds.csv'), '--format', 'json');
  };
  it.each([
    [
      'a stray quote',
      'Mã,Tên trường\nT1,Trường Mầm non Hoa Mai\nT2,"Trường Tiểu học A\nT3,Trường B\nT4,Trường C\n',
      /dòng 3\b.*ngoặc kép/,
    ],
    [
      'a name with a comma and no quotes',
      'Mã,Tên trường\nT1,Trường Mầm non Hoa Mai\nT2,Trường A, xã B\n',
      /dòng 3\b.*3 cột.*2/,
    ],
  ])('%s', async (_, csv, message) => {
    const run = await batchWithRoster(csv);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain('ds.csv');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a quote inside a name (not at its start) is a letter, every school kept', async () => {
    const run = await batchWithRoster('Mã,Tên trường\nT1,Trường Mầm non Hoa Mai\nT2,Trường "Sao Mai\nT3,Trường B\n');
    expect(run.stderr).not.toMatch(/Lỗi nội bộ/);
    expect(JSON.parse(run.stdout).roster.totals.schools).toBe(3);
  });
});

describe('the HTML report shows a direction override, never obeys it', () => {
  it('a file named "x\\u202Excod.xlsx" (shown as "xdocx.xlsx" if obeyed) is written with the override visible', async () => {
    const dir = tempDir('phoihop-html-rtl-');
    const { mkdirSync } = await import('node:fs');
    const folder = path.join(dir, 'ho-so');
    mkdirSync(folder);
    const name = 'x\u202excod.xlsx';
    writeFileSync(path.join(folder, name), await writeRegulationWorkbook(exampleContent()));
    const html = path.join(dir, 'bao-cao.html');
    const run = await runCli('batch', folder, '--html', html);
    expect(run.stderr).not.toMatch(/Lỗi nội bộ/);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('x&lt;U+202E&gt;xcod.xlsx');
    expect(page).not.toContain('\u202e');
  });
});
