// Workbooks saved by other programs: the worked example re-saved by LibreOffice Calc and by
// openpyxl (with cell notes), and a signatory typed under the Người ký Table and saved by
// LibreOffice (which, unlike Excel, does not grow the Table). The CLI and the pane's upload path
// (src/browser/xlsx-chunk.ts, pure: the lean reader with fflate) read each the same as the original.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { gridsFromUpload } from '../../src/browser/xlsx-chunk';
import { readWorkbook } from '../../src/core/read-workbook';
import { BUILTIN_RULES } from '../../src/core/rules/builtin-rules';
import { createRuleRunner } from '../../src/core/rules/run-rules';
import { DEFAULT_SETTINGS } from '../../src/core/rules/settings';
import type { WorkbookContent } from '../../src/core/template/content';
import { writeRegulationWorkbook } from '../../src/xlsx/write-regulation';
import { exampleWith } from '../helpers/content-grids';
import { runCli, tempDir } from '../helpers/cli';

const WORK = tempDir('phoihop-saves-');
const PROFILE = `file://${path.join(WORK, 'lo-profile')}`;
// A day in the school year, before the review's warning period.
const AS_OF = '2027-03-01';

/** LibreOffice Calc opens the file and saves it as .xlsx (its own writer) into `dir`. */
function resaveWithLibreOffice(file: string, dir: string): string {
  mkdirSync(dir, { recursive: true });
  execFileSync(
    'soffice',
    [`-env:UserInstallation=${PROFILE}`, '--headless', '--norestore', '--convert-to', 'xlsx', '--outdir', dir, file],
    { stdio: 'pipe', timeout: 180_000 },
  );
  return path.join(dir, path.basename(file));
}

/** openpyxl (Debian's python3-openpyxl, with the system Python) loads the file and saves it. */
function resaveWithOpenpyxl(file: string, dir: string): string {
  mkdirSync(dir, { recursive: true });
  const out = path.join(dir, path.basename(file));
  const script = 'import sys, openpyxl\nopenpyxl.load_workbook(sys.argv[1]).save(sys.argv[2])';
  execFileSync('/usr/bin/python3', ['-c', script, file, out], { stdio: 'pipe' });
  return out;
}

async function write(content: WorkbookContent, name: string): Promise<string> {
  const file = path.join(WORK, name);
  writeFileSync(file, await writeRegulationWorkbook(content));
  return file;
}

interface Seen {
  ruleId: string;
  severity: string;
  sheet: string;
  cell: string | null;
  message: string;
}

/** What `phoihop validate` reports. */
async function cliFindings(file: string): Promise<Seen[]> {
  const r = await runCli('validate', file, '--format', 'json', '--as-of', AS_OF);
  expect(r.stderr).toBe('');
  return (JSON.parse(r.stdout) as { findings: Seen[] }).findings.map((f) => ({
    ruleId: f.ruleId,
    severity: f.severity,
    sheet: f.sheet,
    cell: f.cell,
    message: f.message,
  }));
}

/** What the pane shows for the same file picked in a browser: its upload reader, then the same rules. */
async function paneFindings(file: string): Promise<Seen[]> {
  const grids = await gridsFromUpload(new Uint8Array(readFileSync(file)), path.basename(file));
  const model = readWorkbook(grids, { source: path.basename(file) });
  const findings = await createRuleRunner(BUILTIN_RULES, { ...DEFAULT_SETTINGS, asOf: AS_OF }).run(model);
  return findings.map((f) => ({
    ruleId: f.ruleId,
    severity: f.severity,
    sheet: f.sheet,
    cell: f.cell,
    message: f.message.vi,
  }));
}

const parts = (file: string) => unzipSync(new Uint8Array(readFileSync(file)));

/** The worked example with findings of several kinds, a cell note among them. */
const checked = exampleWith((c) => {
  c.document.number = '15/qcph';
  c.blocks.signatories![1].capacity = '';
  c.blocks.responsibilities![2].cadence = '';
  c.blocks.responsibilities![5].months = 'T13';
  c.notes = { responsibilities: { 1: 'Kiểm tra lại: Chu kỳ lấy từ tiêu đề của điều hoặc mục.' } };
});

describe('the worked example re-saved by other programs', () => {
  let original: string;
  let libreOffice: string;
  let openpyxl: string;
  let expected: Seen[];

  beforeAll(async () => {
    original = await write(checked, 'vi-du.xlsx');
    libreOffice = resaveWithLibreOffice(original, path.join(WORK, 'libreoffice'));
    openpyxl = resaveWithOpenpyxl(original, path.join(WORK, 'openpyxl'));
    expected = await cliFindings(original);
  });

  it('are really other writers’ files: openpyxl names its parts by absolute paths and keeps the note', () => {
    const rels = Object.entries(parts(openpyxl))
      .filter(([name]) => name.startsWith('xl/worksheets/_rels/'))
      .map(([, bytes]) => strFromU8(bytes))
      .join('\n');
    expect(rels).toMatch(/Target="\/xl\/tables\/table\d+\.xml"/);
    expect(rels).toMatch(/Target="\/xl\/comments\/comment\d+\.xml"/);
    expect(strFromU8(parts(libreOffice)['docProps/app.xml'])).toMatch(/LibreOffice/);
  });

  it('the original has findings of several rules, the note’s among them', () => {
    const rules = new Set(expected.map((f) => f.ruleId));
    expect(rules).toContain('imported-value-unconfirmed');
    expect(rules.size).toBeGreaterThanOrEqual(4);
  });

  for (const [name, pick] of [
    ['LibreOffice', () => libreOffice],
    ['openpyxl', () => openpyxl],
  ] as const) {
    it(`re-saved by ${name}: validate reports the same findings as on the original`, async () => {
      expect(await cliFindings(pick())).toEqual(expected);
    });

    it(`re-saved by ${name}: the pane reads it and shows the same findings as the CLI`, async () => {
      expect(await paneFindings(pick())).toEqual(expected);
    });
  }

  it('the pane shows the original’s findings as the CLI does', async () => {
    expect(await paneFindings(original)).toEqual(expected);
  });
});

/** Type one row of cells (inline text) under the last row of a sheet's data, as a clerk would. */
function typeRowUnder(file: string, sheet: string, cells: string[], out: string): void {
  const zip = parts(file);
  const workbook = strFromU8(zip['xl/workbook.xml']);
  const rid = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="([^"]+)"`).exec(workbook)![1];
  const rels = strFromU8(zip['xl/_rels/workbook.xml.rels']);
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)!;
  const part = `xl/${(target[1] ?? target[2]).replace(/^\/?xl\//, '')}`;
  const xml = strFromU8(zip[part]);
  const last = Math.max(...[...xml.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1])));
  const r = last + 1;
  const row =
    `<row r="${r}">` +
    cells
      .map((text, i) => `<c r="${String.fromCharCode(65 + i)}${r}" t="inlineStr"><is><t>${text}</t></is></c>`)
      .join('') +
    '</row>';
  zip[part] = strToU8(xml.replace('</sheetData>', `${row}</sheetData>`));
  writeFileSync(out, zipSync(zip));
}

describe('a signatory typed under the Người ký table in LibreOffice', () => {
  let before: string;
  let after: string;

  beforeAll(async () => {
    // The example without the parents' board's signatory, then that signatory typed on the next line.
    const content = exampleWith((c) => {
      c.blocks.signatories = c.blocks.signatories!.filter((s) => s.partyCode !== 'CMHS');
    });
    before = await write(content, 'thieu-nguoi-ky.xlsx');
    const typed = path.join(WORK, 'them-nguoi-ky.xlsx');
    typeRowUnder(before, 'Người ký', ['CMHS', 'Phạm Văn Minh', 'Trưởng ban', 'TM.', '08/10/2026'], typed);
    after = resaveWithLibreOffice(typed, path.join(WORK, 'libreoffice-typed'));
  });

  it('stays outside the Table in the file LibreOffice saved', () => {
    const tables = Object.entries(parts(after))
      .filter(([name]) => name.startsWith('xl/tables/'))
      .map(([, bytes]) => strFromU8(bytes));
    const signers = tables.find((t) => /displayName="NguoiKy"/.test(t))!;
    expect(/ ref="([^"]+)"/.exec(signers)![1]).toBe('A1:E4');
  });

  it('without it the parents’ board has no signatory', async () => {
    const findings = await cliFindings(before);
    expect(findings.filter((f) => f.ruleId === 'party-has-signatory').map((f) => f.message)).toEqual([
      expect.stringContaining('CMHS'),
    ]);
  });

  it('validate reads it as a signatory and says where, and the pane shows the same', async () => {
    const findings = await cliFindings(after);
    expect(findings).toEqual([
      {
        ruleId: 'rows-below-table',
        severity: 'info',
        sheet: 'Người ký',
        cell: 'A5',
        message: expect.stringContaining('dòng 5 nằm ngay dưới bảng NguoiKy (A1:E4)'),
      },
    ]);
    expect(await paneFindings(after)).toEqual(findings);
    const r = await runCli('validate', after, '--as-of', AS_OF);
    expect(r.code).toBe(0);
  });
});
