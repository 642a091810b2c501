// .docx bytes → the PDFs LibreOffice makes of them, many in one run (one start of LibreOffice for
// a whole corpus), in a temporary folder with a profile of its own; removed afterwards.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { findSoffice, sofficePdfArgs } from '../../src/node/pdf';

/** Each name (a file name without extension) → its PDF's bytes; a file LibreOffice could not print is left out. */
export function pdfsFromDocx(docs: Map<string, Uint8Array>): Map<string, Uint8Array> {
  const soffice = findSoffice();
  if (!soffice) throw new Error('LibreOffice (soffice) is needed to make the PDFs of this test');
  const work = mkdtempSync(path.join(tmpdir(), 'phoihop-pdfs-'));
  try {
    const files = [...docs].map(([name, bytes]) => {
      const file = path.join(work, `${name}.docx`);
      writeFileSync(file, bytes);
      return file;
    });
    const out = path.join(work, 'pdf');
    const made = (name: string) => existsSync(path.join(out, `${name}.pdf`));
    const run = (batch: string[]) => {
      const r = spawnSync(soffice, sofficePdfArgs(pathToFileURL(path.join(work, 'profile')).href, out, batch), {
        env: { ...process.env, TMPDIR: work },
        encoding: 'utf8',
        timeout: 590_000,
      });
      if (r.status !== 0) throw new Error(`LibreOffice failed: ${r.stderr}`);
    };
    run(files);
    // A long run now and then skips a file: those are converted again, each on its own.
    for (const name of [...docs.keys()].filter((n) => !made(n))) run([path.join(work, `${name}.docx`)]);
    return new Map(
      [...docs.keys()].filter(made).map((name) => [name, new Uint8Array(readFileSync(path.join(out, `${name}.pdf`)))]),
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
