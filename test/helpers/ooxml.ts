// The independent check of the Office files we write: ../shared/ooxml/check-ooxml.py validates
// every part against the ECMA-376 schemas and the rules Excel and Word enforce beyond them (a
// stand-in for the repair prompt). It needs Python 3 with lxml (Debian: python3-lxml, which .ci/run
// installs); without it the tests fail saying so, never pass unchecked.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
export const CHECKER = path.resolve(ROOT, '../shared/ooxml/check-ooxml.py');
const PYTHON = '/usr/bin/python3';

export interface OoxmlFinding {
  file: string;
  severity: 'ERROR' | 'WARN';
  check: string;
  part: string;
  line: number | null;
  message: string;
  where: string;
}

export interface OoxmlReport {
  file: string;
  errors: OoxmlFinding[];
  warnings: OoxmlFinding[];
}

let ready = false;
function needChecker(): void {
  if (ready) return;
  if (!existsSync(CHECKER)) throw new Error(`The OOXML checker is missing: ${CHECKER} (it lives in ../shared/ooxml).`);
  const lxml = spawnSync(PYTHON, ['-c', 'import lxml'], { encoding: 'utf8' });
  if (lxml.status !== 0)
    throw new Error(
      `${PYTHON} cannot import lxml, which ${CHECKER} needs: install python3-lxml (apt-get install python3-lxml; .ci/run does).`,
    );
  ready = true;
}

/** Every finding for each file, one checker run for all of them. */
export function ooxmlReports(files: string[]): OoxmlReport[] {
  needChecker();
  // Exit 1 means some file has an error: the findings are on stdout all the same.
  let out: string;
  try {
    out = execFileSync(PYTHON, [CHECKER, '--json', '--max', '1000', ...files], {
      encoding: 'utf8',
      maxBuffer: 256 << 20,
    });
  } catch (e) {
    const err = e as { status?: number; stdout?: string; stderr?: string };
    if (err.status !== 1 || !err.stdout) throw new Error(`${CHECKER} failed: ${err.stderr || String(e)}`);
    out = err.stdout;
  }
  const reports = out
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { file: string; errors: OoxmlFinding[]; warnings: OoxmlFinding[] })
    .map((r) => ({
      file: r.file,
      errors: r.errors.map((f) => ({ ...f, file: r.file })),
      warnings: r.warnings.map((f) => ({ ...f, file: r.file })),
    }));
  if (reports.length !== files.length)
    throw new Error(`${CHECKER} reported ${reports.length} of ${files.length} files`);
  return reports;
}

/** The errors (what Excel or Word would repair or refuse) in these files; none is the goal. */
export function checkOoxml(files: string[]): OoxmlFinding[] {
  return ooxmlReports(files).flatMap((r) => r.errors);
}

/** A finding as one line, for a failure message. */
export const findingLine = (f: OoxmlFinding) =>
  `${path.basename(f.file)} ${f.part}${f.line ? `:${f.line}` : ''} [${f.check}] ${f.message}`;
