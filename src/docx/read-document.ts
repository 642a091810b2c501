// A regulation file's bytes → its text: .docx through mammoth, a Word 97 .doc through read-doc,
// .txt in UTF-8, UTF-16 or a Windows code page, a PDF's text layer through pdf.js (src/pdf, loaded
// on first use); an RTF or an Excel file is refused with a message saying what to do. Host-neutral:
// the CLI and the task pane both call it with bytes.
import { strFromU8 } from 'fflate';
import { oleKind } from '../core/file-kind';
import { inBoth, UserError } from '../core/i18n';
import type { LineConversion } from '../core/import/clean';
import { convertLegacyLine } from '../core/vietnamese/legacy';
import { isVietnameseSyllable, strippedShare } from '../core/vietnamese/syllable';
import { docText } from './read-doc';
import { DocxTooLarge, docxToText, unzipDocx } from './read-docx';

export type DocumentFormat = 'txt' | 'docx' | 'doc' | 'pdf';

export interface DocumentText {
  format: DocumentFormat;
  text: string;
  conversions: LineConversion[];
  /** A .doc that holds macros (never run: only its text is read). */
  macros?: boolean;
  /** A PDF's pages, and the page each line of `text` came from. */
  pages?: number;
  pageOfLine?: number[];
  /** A PDF's page numbers and running headers and footers, left out of `text`. */
  setAside?: number;
}

/** Largest total unpacked size of a .docx's XML parts (a regulation's are well under 2 MB). */
export const DOCX_UNPACKED_LIMIT = 24 * 1024 * 1024;

const startsWith = (b: Uint8Array, magic: number[]) => magic.every((m, i) => b[i] === m);
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const PDF = [0x25, 0x50, 0x44, 0x46];
const RTF = [0x7b, 0x5c, 0x72, 0x74, 0x66];

/** "%PDF-" in the first kilobyte, where readers look for it, after no line of text. */
export function isPdf(b: Uint8Array): boolean {
  if (startsWith(b, PDF)) return true;
  const head = new TextDecoder('latin1').decode(b.subarray(0, 1024));
  const at = head.indexOf('%PDF-');
  return at > 0 && !head.slice(0, at).includes('\n');
}

/**
 * A PDF's text layer as the importer reads it. A PDF with no text at all (a scan) is refused here
 * with one line; the CLI's OCR path calls `readPdfText` itself to learn that before it comes here.
 */
async function readPdf(bytes: Uint8Array, file: string, hooks: DocumentHooks): Promise<DocumentText> {
  const { readPdfText } = await import('../pdf/read-pdf');
  const pdf = await readPdfText(bytes, file);
  if (!pdf.hasTextLayer) throw new UserError('pdf.scanned', { file, pages: pdf.pages });
  // Only a text layer is handed on: a scan's signed-copies step must still learn it has none.
  hooks.pdfText?.(pdf.text);
  const { text, pages, pageOfLine, setAside } = pdf;
  return { format: 'pdf', text, conversions: [], pages, pageOfLine, setAside };
}

/**
 * Limits a real regulation never comes near (a few hundred clauses, a few thousand lines, well
 * under a megabyte of text), checked before anything is parsed: a text file's size, and the
 * number and length of lines of any document's text.
 */
export const DOCUMENT_LIMITS = {
  textBytes: 8 * 1024 * 1024,
  lines: 50_000,
  lineChars: 100_000,
};

function checkTextLimits(bytes: Uint8Array, file: string): void {
  if (bytes.length > DOCUMENT_LIMITS.textBytes)
    throw new UserError('import.textTooLarge', {
      file,
      size: Math.round((bytes.length / 1048576) * 10) / 10,
      limit: DOCUMENT_LIMITS.textBytes / 1048576,
    });
}

function checkLineLimits(text: string, file: string): void {
  let lines = 1;
  let longest = 0;
  let start = 0;
  for (let i = text.indexOf('\n'); ; i = text.indexOf('\n', i + 1)) {
    const end = i < 0 ? text.length : i;
    longest = Math.max(longest, end - start);
    if (i < 0) break;
    start = i + 1;
    if (++lines > DOCUMENT_LIMITS.lines)
      throw new UserError('import.tooManyLines', { file, limit: DOCUMENT_LIMITS.lines });
  }
  if (longest > DOCUMENT_LIMITS.lineChars)
    throw new UserError('import.lineTooLong', { file, chars: longest, limit: DOCUMENT_LIMITS.lineChars });
}

const vietnameseScore = (text: string) => {
  let score = 0;
  for (const w of text.split(/[^\p{L}]+/u)) if (/[^\x00-\x7f]/.test(w) && isVietnameseSyllable(w)) score++;
  return score;
};

/** Bytes of a text file → text. UTF-8 first; else the Windows code page that reads as more Vietnamese. */
export function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  // UTF-16 without a byte-order mark: every other byte is zero in Latin text.
  const sample = bytes.subarray(0, 4096);
  let zeroOdd = 0;
  let zeroEven = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) i % 2 ? zeroOdd++ : zeroEven++;
  if (sample.length > 8 && zeroOdd > sample.length / 4) return new TextDecoder('utf-16le').decode(bytes);
  if (sample.length > 8 && zeroEven > sample.length / 4) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // A legacy file: Windows-1258 (Vietnamese), or Latin-1 bytes of a TCVN3/VNI font.
    const cp1258 = new TextDecoder('windows-1258').decode(bytes).normalize('NFC');
    const latin = new TextDecoder('windows-1252').decode(bytes);
    const legacy = latin
      .split('\n')
      .map((l) => convertLegacyLine(l).text)
      .join('\n');
    return vietnameseScore(cp1258) >= vietnameseScore(legacy) ? cp1258 : latin;
  }
}

export interface DocumentHooks {
  /** A PDF's text layer as pdf.js read it ('' for a scan), for a caller that needs it again (batch's signed copies). */
  pdfText?: (text: string) => void;
}

export async function readDocumentBytes(
  bytes: Uint8Array,
  file: string,
  hooks: DocumentHooks = {},
): Promise<DocumentText> {
  let result: DocumentText;
  if (startsWith(bytes, OLE)) {
    const kind = oleKind(bytes);
    if (kind === 'encrypted') throw new UserError('input.encryptedDocument', { file });
    if (kind === 'xls') throw new UserError('import.notDocument', { file, what: inBoth('file.kind.xls') });
    result = { format: 'doc', conversions: [], ...docText(bytes, file) };
  } else if (startsWith(bytes, RTF)) {
    throw new UserError('import.unsupported', { file, detail: inBoth('import.rtf') });
  } else if (isPdf(bytes)) {
    result = await readPdf(bytes, file, hooks);
  } else if (startsWith(bytes, ZIP)) {
    let entries;
    try {
      entries = unzipDocx(bytes, DOCX_UNPACKED_LIMIT);
    } catch (e) {
      if (e instanceof DocxTooLarge)
        throw new UserError('input.zipBomb', { file, size: e.megabytes, limit: DOCX_UNPACKED_LIMIT / 1048576 });
      throw new UserError('input.damagedZip', { file });
    }
    if (!entries['word/document.xml']) {
      const what = entries['xl/workbook.xml'] ? 'import.isWorkbook' : 'import.noWordPart';
      throw new UserError('import.unsupported', { file, detail: inBoth(what) });
    }
    try {
      const docx = await docxToText(entries);
      result = { format: 'docx', ...docx };
    } catch (e) {
      // The Word reader does not know the file's name; the message does.
      if (e instanceof UserError) throw e.data.file === '' ? new UserError(e.key, { ...e.data, file }) : e;
      // The XML parser's own text (line and column, entity names) means nothing to a clerk.
      // Name the cause only when it is there: declarations (DTD, entities) are refused; else it is damage.
      const declares = Object.keys(entries).some(
        (name) => name.endsWith('.xml') && /<!(?:DOCTYPE|ENTITY)/i.test(strFromU8(entries[name].subarray(0, 4096))),
      );
      throw new UserError('import.unsupported', {
        file,
        detail: inBoth(declares ? 'import.declarationsInWord' : 'import.brokenWord'),
      });
    }
  } else {
    checkTextLimits(bytes, file);
    const text = decodeText(bytes);
    // Control characters other than tab and line breaks mean a binary file.
    const control = text.slice(0, 8192).match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
    if (control > 4) throw new UserError('import.unsupported', { file, detail: inBoth('import.notText') });
    result = { format: 'txt', text, conversions: [] };
  }
  checkLineLimits(result.text, file);
  if (!/\p{L}/u.test(result.text)) throw new UserError('import.empty', { file });
  // Guessing a regulation out of a text that lost its Vietnamese letters would only mislead.
  const stripped = strippedShare(result.text);
  if (stripped !== null) throw new UserError('import.stripped', { file, percent: Math.round(stripped * 100) });
  return result;
}
