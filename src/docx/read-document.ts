// A regulation file's bytes → its text: .docx through mammoth, .txt in UTF-8, UTF-16 or a
// Windows code page; a legacy .doc, an RTF, a PDF or an Excel file is refused with a message
// saying what to do. Host-neutral: the CLI and the task pane both call it with bytes.
import { msg, UserError } from '../core/i18n';
import type { LineConversion } from '../core/import/clean';
import { convertLegacyLine } from '../core/vietnamese/legacy';
import { isVietnameseSyllable } from '../core/vietnamese/syllable';
import { docxToText, unzipDocx } from './read-docx';

export type DocumentFormat = 'txt' | 'docx';

export interface DocumentText {
  format: DocumentFormat;
  text: string;
  conversions: LineConversion[];
}

/** Largest total unpacked size of a .docx. */
export const DOCX_UNPACKED_LIMIT = 256 * 1024 * 1024;

const startsWith = (b: Uint8Array, magic: number[]) => magic.every((m, i) => b[i] === m);
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const PDF = [0x25, 0x50, 0x44, 0x46];
const RTF = [0x7b, 0x5c, 0x72, 0x74, 0x66];

/** An OLE container holding "EncryptionInfo" is a password-protected Office Open XML file. */
function isEncryptedPackage(bytes: Uint8Array): boolean {
  const needle = 'EncryptionInfo';
  const limit = Math.min(bytes.length, 1 << 20);
  outer: for (let i = 0; i + needle.length * 2 <= limit; i++) {
    for (let k = 0; k < needle.length; k++)
      if (bytes[i + 2 * k] !== needle.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    return true;
  }
  return false;
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

export async function readDocumentBytes(bytes: Uint8Array, file: string): Promise<DocumentText> {
  if (startsWith(bytes, OLE)) {
    if (isEncryptedPackage(bytes)) throw new UserError('input.encrypted', { file });
    throw new UserError('input.legacyDoc', { file });
  }
  if (startsWith(bytes, RTF))
    throw new UserError('import.unsupported', {
      file,
      detail: msg('detail.rtf'),
    });
  if (startsWith(bytes, PDF))
    throw new UserError('import.unsupported', {
      file,
      detail: msg('detail.pdf'),
    });
  let result: DocumentText;
  if (startsWith(bytes, ZIP)) {
    let entries;
    try {
      entries = unzipDocx(bytes, DOCX_UNPACKED_LIMIT);
    } catch (e) {
      throw new UserError('import.unsupported', {
        file,
        detail: msg('detail.damagedOrHugeZip', {}, (e as Error).message),
      });
    }
    if (!entries['word/document.xml']) {
      const what = msg(entries['xl/workbook.xml'] ? 'detail.excelNotWord' : 'detail.noWordDocument');
      throw new UserError('import.unsupported', { file, detail: what });
    }
    try {
      const docx = await docxToText(entries);
      result = { format: 'docx', ...docx };
    } catch (e) {
      throw new UserError('import.unsupported', {
        file,
        detail: msg('detail.wordUnreadable', {}, (e as Error).message),
      });
    }
  } else {
    const text = decodeText(bytes);
    // Control characters other than tab and line breaks mean a binary file.
    const control = text.slice(0, 8192).match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
    if (control > 4) throw new UserError('import.unsupported', { file, detail: msg('detail.notText') });
    result = { format: 'txt', text, conversions: [] };
  }
  if (!/\p{L}/u.test(result.text)) throw new UserError('import.empty', { file });
  return result;
}
