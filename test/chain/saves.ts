// Other programs saving our workbooks, for the chain's tests: LibreOffice Calc (soffice
// --convert-to xlsx) and openpyxl, each run once over any number of files.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { SheetGrid } from '../../src/core/grid';
import { readTrackingWorkbook, type TrackingData } from '../../src/core/tracking-book/read-tracking';
import { readXlsxBytes } from '../../src/node/regulation-file';

export const PROGRAMS = ['LibreOffice', 'openpyxl'] as const;
export type Program = (typeof PROGRAMS)[number];

/** `files` saved by `program` into `dir` under the same names; `work` holds LibreOffice's profile. */
export function resave(program: Program, files: string[], dir: string, work: string): void {
  mkdirSync(dir, { recursive: true });
  if (program === 'LibreOffice') {
    const profile = `file://${path.join(work, 'lo-profile')}`;
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'xlsx',
        '--outdir',
        dir,
        ...files,
      ],
      { stdio: 'pipe', timeout: 900_000 },
    );
    return;
  }
  const script = [
    'import sys, os, openpyxl',
    'out = sys.argv[1]',
    'for f in sys.argv[2:]: openpyxl.load_workbook(f).save(os.path.join(out, os.path.basename(f)))',
  ].join('\n');
  execFileSync('/usr/bin/python3', ['-c', script, dir, ...files], { stdio: 'pipe', timeout: 900_000 });
}

/** Every cell note of a workbook, by sheet and cell. */
export const notesOf = (grids: SheetGrid[]) =>
  Object.fromEntries(grids.flatMap((g) => Object.entries(g.notes ?? {}).map(([cell, n]) => [`${g.name}!${cell}`, n])));

/** A tracking workbook file as agenda and report read it. */
export function trackingOf(file: string): TrackingData {
  const { grids, properties } = readXlsxBytes(new Uint8Array(readFileSync(file)), file);
  return readTrackingWorkbook(grids, properties, { source: file });
}
