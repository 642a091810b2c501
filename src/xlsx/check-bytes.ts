// What exceljs should never be handed, checked on the bytes alone (no file system, so the CLI,
// batch workers and the browser pane share it): not a zip, encrypted, no workbook part, a zip bomb.
import { headKind, OLE_MAGIC, oleKind, startsWith } from '../core/file-kind';
import { inBoth, UserError } from '../core/i18n';
import { pasteableArgument } from '../core/safe-text';
import { zipDirectory } from './zip-read';

export const XLSX_LIMITS = {
  /** Largest input file read, in bytes. */
  fileBytes: 64 * 1024 * 1024,
  /** Largest total declared unpacked size of an .xlsx, in bytes. */
  unpackedBytes: 512 * 1024 * 1024,
  /** Largest unpacked size of one XML part the reader inflates (a sheet, the shared strings), in bytes. */
  partBytes: 48 * 1024 * 1024,
  /** Data rows per sheet: a regulation has a few thousand responsibility rows at most. */
  rowsPerSheet: 20_000,
};

export const megabytes = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;

/**
 * A document where a workbook was expected: the message suggests the import command, with the file
 * name quoted so that pasting it runs nothing else; a name no quoting makes safe is named only.
 */
export function documentNotWorkbook(kind: 'word' | 'text', file: string): UserError {
  const argument = pasteableArgument(file);
  const key = kind === 'word' ? 'input.wordDocument' : 'input.textDocument';
  return argument ? new UserError(key, { file, argument }) : new UserError(`${key}Unquotable`, { file });
}

/** On a file's first kilobytes: refuse what is neither a zip nor an OLE container, saying what it is. */
export function checkXlsxHead(head: Uint8Array, file: string): void {
  const kind = headKind(head);
  if (kind === 'file.kind.text') throw documentNotWorkbook('text', file);
  if (kind) throw new UserError('input.notAWorkbook', { file, what: inBoth(kind) });
}

/** Refuse what is not an .xlsx with what it really is (a legacy .xls, a Word document, a PDF …). */
function refuseNonZip(bytes: Uint8Array, file: string): void {
  if (startsWith(bytes, OLE_MAGIC)) {
    // Password-protected .xlsx files are OLE containers, as are legacy .xls and .doc files.
    const kind = oleKind(bytes);
    if (kind === 'encrypted') throw new UserError('input.encrypted', { file });
    if (kind === 'xls') throw new UserError('input.legacyXls', { file });
    if (kind === 'doc') throw new UserError('input.legacyDocument', { file });
    throw new UserError('input.oleUnknown', { file });
  }
  checkXlsxHead(bytes.subarray(0, 4096), file);
}

export function checkXlsxBytes(bytes: Uint8Array, file: string, unpackedLimit = XLSX_LIMITS.unpackedBytes): void {
  refuseNonZip(bytes, file);
  let total = 0;
  let hasWorkbook = false;
  let hasWordDocument = false;
  let largest: { name: string; size: number } | null = null;
  try {
    // The directory only: nothing is inflated before the declared sizes are known.
    for (const entry of zipDirectory(bytes)) {
      total += entry.size;
      if (/^xl\/workbook\.xml$/i.test(entry.name)) hasWorkbook = true;
      if (/^word\/document\.xml$/i.test(entry.name)) hasWordDocument = true;
      if (/\.xml$/i.test(entry.name) && entry.size > (largest?.size ?? XLSX_LIMITS.partBytes)) largest = entry;
    }
  } catch {
    throw new UserError('input.damagedZip', { file });
  }
  if (total > unpackedLimit)
    throw new UserError('input.zipBomb', { file, size: megabytes(total), limit: megabytes(unpackedLimit) });
  if (largest)
    throw new UserError('input.partTooLarge', {
      file,
      part: largest.name,
      size: megabytes(largest.size),
      limit: megabytes(XLSX_LIMITS.partBytes),
    });
  if (!hasWorkbook && hasWordDocument) throw documentNotWorkbook('word', file);
  if (!hasWorkbook) throw new UserError('input.noWorkbookPart', { file });
}
