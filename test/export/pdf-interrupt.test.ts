// `export --pdf` interrupted while LibreOffice works (issue 31): by SIGTERM, SIGINT, SIGHUP or the
// watchdog, the run prints one line, stops LibreOffice and removes its temporary folder (a copy of
// the regulation and LibreOffice's profile). Each run gets a TMPDIR of its own to look into.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleContent } from '../../src/core/template/example';
import { findSoffice } from '../../src/node/pdf';
import { writeRegulationWorkbook } from '../../src/xlsx/write-regulation';
import { HANG_GUARD_MS } from '../helpers/hang-guard';
import { tempDir } from '../helpers/cli';
import { ensureBuilt, runChild } from '../helpers/child-cli';

/** Processes whose command line names this folder (LibreOffice started for this run). */
function processesIn(folder: string): string[] {
  const ps = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
  return ps.split('\n').filter((l) => l.includes(folder) && !l.includes('ps -eo'));
}

async function waitFor(test: () => boolean, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 100)))
    if (test()) return true;
  return test();
}

describe('export --pdf cleans up on every exit', () => {
  it.each([
    ['SIGTERM', 143, {}],
    ['SIGINT', 130, {}],
    ['SIGHUP', 129, {}],
    ['watchdog', 143, { PHOIHOP_TIME_LIMIT: '4' }],
  ] as const)('%s', { timeout: HANG_GUARD_MS }, async (how, code, env) => {
    expect(findSoffice(), 'LibreOffice (soffice) is needed: .ci/run installs it').not.toBeNull();
    ensureBuilt();
    const dir = tempDir('phoihop-pdf-stop-');
    const tmp = path.join(dir, 'tmp');
    mkdirSync(tmp);
    writeFileSync(path.join(dir, 'vi-du.xlsx'), await writeRegulationWorkbook(exampleContent()));
    const started = () => readdirSync(tmp).some((n) => n.startsWith('phoihop-pdf-')) && processesIn(tmp).length > 0;
    const run = runChild(
      ['export', path.join(dir, 'vi-du.xlsx'), '-o', path.join(dir, 'vb.docx'), '--pdf', path.join(dir, 'vb.pdf')],
      {
        timeoutMs: HANG_GUARD_MS,
        env: { TMPDIR: tmp, ...env },
        onSpawn: (child) => {
          if (how === 'watchdog') return;
          void waitFor(started, 200_000).then(() => child.kill(how));
        },
      },
    );
    const r = await run;
    // Only an interrupted run is checked: one that finished before the signal proves nothing.
    expect(r.code, r.stderr).toBe(code);
    expect(r.stderr.trim().split('\n').length, r.stderr).toBeLessThanOrEqual(2);
    expect(r.stderr).not.toMatch(/Lỗi nội bộ|\n\s+at /);
    expect(await waitFor(() => processesIn(tmp).length === 0, 20_000), processesIn(tmp).join('\n')).toBe(true);
    expect(readdirSync(tmp)).toEqual([]);
    expect(existsSync(path.join(dir, 'vb.docx'))).toBe(false);
    expect(existsSync(path.join(dir, 'vb.pdf'))).toBe(false);
  });
});
