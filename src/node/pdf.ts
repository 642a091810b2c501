// A .docx converted to PDF by LibreOffice, when it is installed: headless, with a profile of its
// own (a desktop LibreOffice the user has open is never touched), in a temporary folder; the
// command writes the bytes with its other outputs.
import { spawn } from 'node:child_process';
import { promises as fs, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findProgram } from './bounded-run';
import { pathToFileURL } from 'node:url';
import { untilDone } from './outputs';

const CANDIDATES = ['soffice', 'libreoffice'];
const TIMEOUT_MS = 180_000;

/** The soffice executable on PATH (or $SOFFICE), or null. */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.SOFFICE) return env.SOFFICE;
  for (const name of CANDIDATES) {
    const found = findProgram(name, env);
    if (found) return found;
  }
  return null;
}

/** LibreOffice's PDF export filter asked for PDF/A-2b (its SelectPdfVersion 2), for archiving. */
const PDFA_2B = 'pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}';

export interface PdfOptions {
  /** PDF/A-2b instead of a plain PDF. */
  pdfa?: boolean;
}

/** LibreOffice's arguments to print `files` as PDF into `outDir`, with a profile of its own (runs side by side). */
export function sofficePdfArgs(
  profileUrl: string,
  outDir: string,
  files: string[],
  options: PdfOptions = {},
): string[] {
  return [
    `-env:UserInstallation=${profileUrl}`,
    '--headless',
    '--norestore',
    '--convert-to',
    options.pdfa ? PDFA_2B : 'pdf',
    '--outdir',
    outDir,
    ...files,
  ];
}

/**
 * The PDF LibreOffice makes of these .docx bytes; throws with LibreOffice's own words on failure.
 * However the run ends (a signal, the watchdog, Ctrl+C), LibreOffice is stopped and the temporary
 * folder (a copy of the regulation and LibreOffice's profile) removed.
 */
export async function pdfFromDocx(soffice: string, docx: Uint8Array, options: PdfOptions = {}): Promise<Uint8Array> {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'phoihop-pdf-'));
  let group: number | undefined;
  const stop = () => {
    // LibreOffice runs as a group (soffice → oosplash → soffice.bin): all of it goes.
    if (group !== undefined) {
      try {
        process.kill(-group, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    rmSync(work, { recursive: true, force: true });
  };
  const done = untilDone(stop);
  try {
    const profile = pathToFileURL(path.join(work, 'profile')).href;
    const input = path.join(work, 'van-ban.docx');
    await fs.writeFile(input, docx);
    await new Promise<void>((resolve, reject) => {
      const child = spawn(soffice, sofficePdfArgs(profile, work, [input], options), {
        // LibreOffice's own temporary files go in the folder that is removed, not the system's.
        env: { ...process.env, TMPDIR: work, TMP: work, TEMP: work },
        detached: process.platform !== 'win32',
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      group = child.pid;
      let stderr = '';
      child.stderr?.on('data', (d) => (stderr += d));
      const timer = setTimeout(() => {
        stop();
        reject(new Error(`LibreOffice did not finish in ${TIMEOUT_MS / 1000} s`));
      }, TIMEOUT_MS);
      child.on('error', (err) => {
        clearTimeout(timer);
        reject(err);
      });
      child.on('close', (code) => {
        clearTimeout(timer);
        group = undefined;
        if (code === 0) resolve();
        else reject(new Error(stderr.trim() || `LibreOffice exited with ${code}`));
      });
    });
    try {
      return await fs.readFile(path.join(work, 'van-ban.pdf'));
    } catch {
      throw new Error('no PDF produced');
    }
  } finally {
    stop();
    done();
  }
}
