// .docx bytes → what LibreOffice saves of them (PDF or Word 97 .doc), for tests over a whole
// corpus. One start of LibreOffice per batch of files, and two LibreOffice processes at once, each
// with a profile of its own (two cannot share one): a single run over 364 files took over ten
// minutes and now and then skipped a file. Files with the same bytes are converted once. All in a
// temporary folder, removed afterwards.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { findSoffice } from '../../src/node/pdf';
import { HANG_GUARD_MS } from './hang-guard';

export type OfficeTarget = 'pdf' | 'doc';

const FILTER: Record<OfficeTarget, string> = { pdf: 'pdf', doc: 'doc:MS Word 97' };

export interface ConvertOptions {
  /** Files per start of LibreOffice. */
  batch?: number;
  /** LibreOffice processes at once. */
  processes?: number;
}

function runSoffice(soffice: string, args: string[], work: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(soffice, args, { env: { ...process.env, TMPDIR: work }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const guard = setTimeout(() => child.kill('SIGKILL'), HANG_GUARD_MS);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(guard);
      if (code === 0) resolve();
      else reject(new Error(`LibreOffice ended with ${code}: ${stderr}`));
    });
  });
}

/** Each name → the bytes LibreOffice saved of its .docx as `target`; a file it could not save is left out. */
export async function convertDocx(
  docs: Map<string, Uint8Array>,
  target: OfficeTarget,
  { batch = 40, processes = 2 }: ConvertOptions = {},
): Promise<Map<string, Uint8Array>> {
  const soffice = findSoffice();
  if (!soffice) throw new Error('LibreOffice (soffice) is needed to convert the files of this test');
  const work = mkdtempSync(path.join(tmpdir(), `phoihop-${target}s-`));
  try {
    // One file per distinct content, named by its hash.
    const hashOf = new Map<string, string>();
    const inDir = path.join(work, 'in');
    const out = path.join(work, 'out');
    mkdirSync(inDir);
    for (const [name, bytes] of docs) {
      const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 24);
      hashOf.set(name, hash);
      writeFileSync(path.join(inDir, `${hash}.docx`), bytes);
    }
    const hashes = [...new Set(hashOf.values())];
    const made = (hash: string) => existsSync(path.join(out, `${hash}.${target}`));
    const convert = async (todo: string[]) => {
      const batches: string[][] = [];
      for (let i = 0; i < todo.length; i += batch) batches.push(todo.slice(i, i + batch));
      const lane = async (k: number) => {
        const profile = pathToFileURL(path.join(work, `profile-${k}`)).href;
        for (let b = k; b < batches.length; b += processes) {
          const files = batches[b].map((h) => path.join(inDir, `${h}.docx`));
          await runSoffice(
            soffice,
            [
              `-env:UserInstallation=${profile}`,
              '--headless',
              '--norestore',
              '--convert-to',
              FILTER[target],
              '--outdir',
              out,
              ...files,
            ],
            work,
          );
        }
      };
      await Promise.all(Array.from({ length: Math.min(processes, batches.length) }, (_, k) => lane(k)));
    };
    await convert(hashes);
    // A run of LibreOffice now and then skips a file: what it left is converted again, once.
    await convert(hashes.filter((h) => !made(h)));
    const bytesOf = new Map(
      hashes.filter(made).map((h) => [h, new Uint8Array(readFileSync(path.join(out, `${h}.${target}`)))]),
    );
    return new Map([...hashOf].filter(([, h]) => bytesOf.has(h)).map(([name, h]) => [name, bytesOf.get(h)!]));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
