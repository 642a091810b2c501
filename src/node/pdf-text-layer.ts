// Whether a PDF carries text (Word, LibreOffice, eDoc print their words into it) or only pictures
// of pages (a scan), and how many pages it has, read with pdf.js. Nothing in the PDF is run: no
// JavaScript (pdf.js never runs a document's scripts in Node), no eval, no fonts loaded.
// The PDF text-layer reader of issue 28 reads the same way; the two are folded together at merge.

/** Pages looked at for text: a scan shows it on its first pages already. */
const SAMPLE_PAGES = 5;
/** Letters a page with a text layer has at least (a scanner's stamp, a page number stay below). */
const LETTERS_PER_PAGE = 40;

export interface PdfTextLayer {
  pages: number;
  /** Letters found on the pages looked at. */
  letters: number;
  hasText: boolean;
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;
// Loaded on first use: most runs of the command line never meet a PDF.
const loadPdfJs = () => (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

/**
 * The page count and whether the PDF has a text layer; null when pdf.js cannot open it (encrypted,
 * damaged): the caller's own reader then says why, in its words.
 */
export async function pdfHasTextLayer(bytes: Uint8Array): Promise<PdfTextLayer | null> {
  const { getDocument } = await loadPdfJs();
  // pdf.js takes the buffer over; the caller's bytes stay whole.
  const task = getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: true,
    verbosity: 0,
  });
  try {
    const doc = await task.promise;
    const look = Math.min(doc.numPages, SAMPLE_PAGES);
    let letters = 0;
    let textPages = 0;
    for (let i = 1; i <= look; i++) {
      const content = await (await doc.getPage(i)).getTextContent();
      let n = 0;
      for (const item of content.items) if ('str' in item) n += (item.str.match(/\p{L}/gu) ?? []).length;
      letters += n;
      if (n >= LETTERS_PER_PAGE) textPages++;
    }
    return { pages: doc.numPages, letters, hasText: textPages > 0 && textPages * 2 >= look };
  } catch {
    return null;
  } finally {
    await task.destroy();
  }
}
