// A PDF's bytes → its text as the importer reads it, for Node and the pane alike. pdf.js (loaded
// on first use: in the pane it is a chunk of its own, its worker a file in dist/) gives each
// page's text items with their positions; the core (import/pdf-text.ts) rebuilds lines, columns
// and tables from them. Nothing in the PDF is ever run: no scripts, no eval, no fonts loaded, no
// forms; only the text layer is read, within a page count, a text size and a time budget.
import { UserError } from '../core/i18n';
import type { PdfItem, PdfPage } from '../core/import/pdf-lines';
import { pdfToText } from '../core/import/pdf-text';

export const PDF_LIMITS = {
  /** A regulation with its appendices runs to a few dozen pages. */
  pages: 300,
  /** Text items over all pages (a page of dense text has a few hundred). */
  items: 400_000,
  /** Seconds to read the whole text layer. */
  seconds: 60,
};

export interface PdfRead {
  /** Pages the PDF has. */
  pages: number;
  /** False when no page has any text: a scan, to be read by OCR or not at all. */
  hasTextLayer: boolean;
  text: string;
  /** The 1-based page of each line of `text`. */
  pageOfLine: number[];
  /** Page numbers and running headers and footers left out of `text`. */
  setAside: number;
}

/** Where the pane serves pdf.js's worker from (set by the browser adapter); Node runs it in-process. */
export const pdfWorker = { src: '' };

type PdfJs = typeof import('pdfjs-dist');

async function loadPdfJs(): Promise<PdfJs> {
  const pdfjs = (await import(/* webpackChunkName: "pdfjs" */ 'pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;
  if (pdfWorker.src) pdfjs.GlobalWorkerOptions.workerSrc = pdfWorker.src;
  return pdfjs;
}

interface TextItemLike {
  str?: string;
  transform?: number[];
  width?: number;
}

function itemOf(raw: TextItemLike, order: number, x0: number, y0: number): PdfItem | null {
  const t = raw.transform;
  if (typeof raw.str !== 'string' || !t || t.length < 6) return null;
  const size = Math.hypot(t[2], t[3]);
  return {
    // pdf.js folds the micro sign (µ) into Greek mu (μ); in a Vietnamese text µ is a TCVN3 letter (à).
    text: raw.str.replace(/\u03bc/g, '\u00b5'),
    x: t[4] - x0,
    y: t[5] - y0,
    width: raw.width ?? 0,
    size,
    order,
    rotated: Math.abs(t[1]) > 0.01 * Math.abs(t[0]) || Math.abs(t[2]) > 0.01 * Math.abs(t[3]) || t[0] <= 0,
  };
}

/** pdf.js's own error names → the one line a clerk reads. */
function refusal(e: unknown, file: string): UserError {
  if (e instanceof UserError) return e;
  const name = (e as { name?: string } | null)?.name ?? '';
  if (name === 'PasswordException') return new UserError('pdf.encrypted', { file });
  return new UserError('pdf.damaged', { file });
}

/** Read a PDF's text layer; `file` names it in messages. */
export async function readPdfText(bytes: Uint8Array, file: string, limits = PDF_LIMITS): Promise<PdfRead> {
  const pdfjs = await loadPdfJs();
  const started = Date.now();
  const overTime = () => Date.now() - started > limits.seconds * 1000;
  const task = pdfjs.getDocument({
    // pdf.js takes the buffer over (and refuses a Node Buffer): a plain copy keeps the caller's bytes.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    enableXfa: false,
    disableFontFace: true,
    useSystemFonts: false,
    disableAutoFetch: true,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    const doc = await task.promise;
    if (doc.numPages > limits.pages)
      throw new UserError('pdf.tooManyPages', { file, pages: doc.numPages, limit: limits.pages });
    const pages: PdfPage[] = [];
    let items = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      if (overTime()) throw new UserError('pdf.tooSlow', { file, seconds: limits.seconds });
      const page = await doc.getPage(n);
      const [x0, y0, x1, y1] = page.view;
      const content = await page.getTextContent({ disableNormalization: false });
      const read = content.items.map((it, i) => itemOf(it as TextItemLike, i, x0, y0)).filter((it) => it !== null);
      items += read.length;
      if (items > limits.items) throw new UserError('pdf.tooMuchText', { file, limit: limits.items });
      pages.push({ width: x1 - x0, height: y1 - y0, items: read });
      page.cleanup();
    }
    const hasTextLayer = pages.some((p) => p.items.some((it) => it.text.trim()));
    const text = hasTextLayer ? pdfToText(pages) : { text: '', pageOfLine: [], setAside: 0 };
    return { pages: doc.numPages, hasTextLayer, ...text };
  } catch (e) {
    throw refusal(e, file);
  } finally {
    await task.destroy();
  }
}
