// Office.js requirement sets, checked offline: every Excel member the add-in's code touches is in
// the manifest's minimum (ExcelApi 1.4) or is reached only behind an isSetSupported capability.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIN_EXCEL_API } from '../../src/office/host';
import { capabilityVersions, checkApiSets } from '../helpers/api-sets';

const ROOT = path.resolve(__dirname, '../..');
const HOST = readFileSync(path.join(ROOT, 'src/office/host.ts'), 'utf8');
const CAPS = capabilityVersions(HOST);
const tsFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
  );
const ADDIN = ['src/office', 'src/ribbon', 'src/pane', 'src/browser'].flatMap((d) => tsFiles(path.join(ROOT, d)));

describe('Excel requirement sets', () => {
  it('the manifest declares the minimum the code assumes', () => {
    const manifest = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
    expect(/<Set Name="ExcelApi" MinVersion="([\d.]+)"\/>/.exec(manifest)?.[1]).toBe(MIN_EXCEL_API);
    expect([...CAPS.keys()].sort()).toEqual([
      'collectionEvents',
      'createWorkbook',
      'dropdowns',
      'events',
      'freeze',
      'notes',
      'tableResize',
    ]);
  });

  const uses = checkApiSets(ADDIN, CAPS, MIN_EXCEL_API);

  it('lists every Excel member the add-in calls, with its set', () => {
    const lines = [...new Set(uses.map((u) => `${u.set} ${u.version}  ${u.member}  (${u.how})`))].sort();
    process.stdout.write(`Office.js members used by the add-in:\n  ${lines.join('\n  ')}\n`);
    const members = new Set(uses.map((u) => u.member));
    // The ones the capabilities exist for are all seen, so the check does look at real code.
    for (const m of [
      'Range.dataValidation',
      'Worksheet.freezePanes',
      'Worksheet.onChanged',
      'WorksheetCollection.onChanged',
    ])
      expect(members).toContain(m);
    expect(uses.length).toBeGreaterThan(30);
  });

  it('uses newer than the manifest minimum are all behind a capability check', () => {
    const newer = uses.filter((u) => u.version !== MIN_EXCEL_API && u.how !== 'within the minimum');
    expect(newer.length).toBeGreaterThan(0);
    expect(
      uses.filter((u) => !u.guarded).map((u) => `${u.file}:${u.line} ${u.member} (${u.set} ${u.version}): ${u.how}`),
    ).toEqual([]);
  });

  it('fails on an unguarded newer API, and on a call of a @requires function without a check', () => {
    const dir = path.join(ROOT, 'test-output', 'api-sets');
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'fixture.ts');
    writeFileSync(
      file,
      [
        'export async function bad(context: Excel.RequestContext) {',
        '  context.workbook.worksheets.getActiveWorksheet().freezePanes.freezeRows(1);',
        '}',
        'export async function good(context: Excel.RequestContext, caps: { freeze: boolean }) {',
        '  if (caps.freeze) context.workbook.worksheets.getActiveWorksheet().freezePanes.freezeRows(1);',
        '}',
        '/** @requires ExcelApi 1.8 */',
        'export function validate(range: Excel.Range) {',
        '  range.dataValidation.clear();',
        '}',
        'export function caller(range: Excel.Range, caps: { dropdowns: boolean }) {',
        '  validate(range);',
        '  if (caps.dropdowns) validate(range);',
        '}',
        '',
      ].join('\n'),
    );
    const found = checkApiSets([file], CAPS, MIN_EXCEL_API).map((u) => `${u.line} ${u.member} ${u.guarded}`);
    expect(found).toContain('2 Worksheet.freezePanes false');
    expect(found).toContain('5 Worksheet.freezePanes true');
    expect(found).toContain('9 Range.dataValidation true');
    expect(found).toContain('12 validate() false');
    expect(found).toContain('13 validate() true');
  });
});
