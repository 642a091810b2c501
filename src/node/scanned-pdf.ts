// A scanned PDF (pages that are images, no text layer) read through OCR, when tesseract with its
// Vietnamese data is on the machine: each page rendered grey by Poppler's pdftoppm in a private
// temporary folder, read by tesseract (TSV: words with boxes and confidences), its ruled tables
// found on the picture, the text imported like any other and every value marked "Kiểm tra lại"
// with its page. Never a guess: without tesseract, one line says the PDF is a scan and how to get
// OCR. Bounded: a page limit and a time budget per page and in all, said in the message when hit;
// however the run ends, the helpers' process groups are stopped and the folder removed.
import { promises as fs, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UserError, type Lang } from '../core/i18n';
import { importText, type ImportResult } from '../core/import';
import { joinPages, pageFromWords, parseTesseractTsv, type OcrPage, type OcrText } from '../core/import/ocr';
import { markOcr, ocrNotes } from '../core/import/ocr-marks';
import { findTables, readPgm } from '../core/import/ocr-tables';
import { findProgram, runBounded, stopAll } from './bounded-run';
import { untilDone } from './outputs';

export interface ScanLimits {
  /** Most pages read. */
  pages: number;
  /** Most seconds for one page (render and OCR). */
  pageSeconds: number;
  /** Most seconds for the whole file (under the command's own watchdog of 120 s). */
  totalSeconds: number;
}

export const SCAN_LIMITS: ScanLimits = { pages: 20, pageSeconds: 60, totalSeconds: 100 };

/**
 * A4 at 400 dpi: the long side of every page in pixels, whatever size the PDF declares. At 300 dpi
 * tesseract lost the "/" of "15/QCPH-…" and misread bold capitals on our own export's scan.
 */
const LONG_SIDE_PX = 4677;

export interface ScanOptions {
  /** The page count the PDF reader found. */
  pages: number;
  lang?: Lang;
  limits?: Partial<ScanLimits>;
  env?: NodeJS.ProcessEnv;
}

export interface ScanImport extends ImportResult {
  ocr: OcrText & { seconds: number };
}

/** The OCR programs, or the one line that says what is missing (exit code 2, like bad input). */
async function ocrPrograms(file: string, pages: number, env: NodeJS.ProcessEnv) {
  const tesseract = findProgram('tesseract', env, env.TESSERACT);
  if (!tesseract) throw new UserError('import.scan.noOcr', { file, pages });
  const langs = await runBounded(tesseract, ['--list-langs'], { timeoutMs: 20_000, env }).catch(() => null);
  const listed = `${langs?.stdout ?? ''}\n${langs?.stderr ?? ''}`;
  if (!listed.split(/\r?\n/).some((l) => l.trim() === 'vie')) throw new UserError('import.scan.noVie', { file, pages });
  const pdftoppm = findProgram('pdftoppm', env, env.PDFTOPPM);
  if (!pdftoppm) throw new UserError('import.scan.noRenderer', { file, pages });
  return { tesseract, pdftoppm };
}

const shortDetail = (s: string) => s.trim().split(/\r?\n/).slice(-1)[0]?.slice(0, 200) || '?';

/**
 * Reads the scan at `file` (its bytes already read: `bytes`) through OCR. Throws a UserError with
 * one line when OCR is not available, the scan is over the limits, or a helper fails.
 */
export async function importScannedPdf(file: string, bytes: Uint8Array, options: ScanOptions): Promise<ScanImport> {
  const env = options.env ?? process.env;
  const limits = { ...SCAN_LIMITS, ...options.limits };
  const pages = options.pages;
  const programs = await ocrPrograms(file, pages, env);
  if (pages > limits.pages) throw new UserError('import.scan.tooManyPages', { file, pages, limit: limits.pages });

  const started = Date.now();
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'phoihop-ocr-'));
  const cleanup = () => {
    stopAll();
    rmSync(work, { recursive: true, force: true });
  };
  const done = untilDone(cleanup);
  // The helpers' own temporary files go in the folder that is removed; tesseract on one core
  // (several threads only slow it down on a shared machine).
  const helperEnv = { ...env, TMPDIR: work, TMP: work, TEMP: work, OMP_THREAD_LIMIT: '1' };
  try {
    const input = path.join(work, 'scan.pdf');
    await fs.writeFile(input, bytes);
    const read: OcrPage[] = [];
    for (let page = 1; page <= pages; page++) {
      const left = limits.totalSeconds * 1000 - (Date.now() - started);
      if (left <= 0)
        throw new UserError('import.scan.totalTime', { file, seconds: limits.totalSeconds, done: page - 1, pages });
      const deadline = Date.now() + Math.min(limits.pageSeconds * 1000, left);
      // The page stopped by whichever limit was the nearer.
      const overTime = () =>
        left < limits.pageSeconds * 1000
          ? new UserError('import.scan.totalTime', { file, seconds: limits.totalSeconds, done: page - 1, pages })
          : new UserError('import.scan.pageTime', { file, page, seconds: limits.pageSeconds });
      const image = path.join(work, `trang-${page}`);
      const render = await runBounded(
        programs.pdftoppm,
        [
          '-gray',
          '-scale-to',
          String(LONG_SIDE_PX),
          '-f',
          String(page),
          '-l',
          String(page),
          '-singlefile',
          input,
          image,
        ],
        { timeoutMs: Math.max(1, deadline - Date.now()), env: helperEnv, cwd: work },
      );
      if (render.timedOut) throw overTime();
      if (render.code !== 0)
        throw new UserError('import.scan.failed', {
          file,
          page,
          program: 'pdftoppm',
          detail: shortDetail(render.stderr),
        });
      const ocr = await runBounded(programs.tesseract, [`${image}.pgm`, 'stdout', '-l', 'vie', 'tsv'], {
        timeoutMs: Math.max(1, deadline - Date.now()),
        env: helperEnv,
        cwd: work,
      });
      if (ocr.timedOut) throw overTime();
      if (ocr.code !== 0)
        throw new UserError('import.scan.failed', {
          file,
          page,
          program: 'tesseract',
          detail: shortDetail(ocr.stderr),
        });
      const grey = readPgm(await fs.readFile(`${image}.pgm`));
      await fs.rm(`${image}.pgm`, { force: true });
      read.push(pageFromWords(parseTesseractTsv(ocr.stdout), grey ? findTables(grey) : []));
    }
    const text = joinPages(read);
    if (!/\p{L}/u.test(text.text)) throw new UserError('import.scan.empty', { file, pages });
    const lang = options.lang ?? 'vi';
    const result = importText(text.text, { lang });
    markOcr(result.extraction);
    ocrNotes(result.content, result.extraction, text, lang);
    return { ...result, ocr: { ...text, seconds: (Date.now() - started) / 1000 } };
  } finally {
    cleanup();
    done();
  }
}
