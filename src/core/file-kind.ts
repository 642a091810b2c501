// What a file really is, from its bytes alone (any host: CLI, batch workers, the pane), so that
// a message can say "this is a PDF" or "a legacy .xls renamed .xlsx" instead of guessing from
// the name. Only the first bytes are looked at, except in an OLE container, whose stream names
// tell a legacy workbook from a legacy Word document from a password-protected Office file.
import type { MessageKey } from './i18n';

export const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
export const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export const startsWith = (b: Uint8Array, magic: number[]) =>
  b.length >= magic.length && magic.every((m, i) => b[i] === m);

/** An OLE (Compound File) stream name, as its directory stores it: UTF-16LE. */
function hasStreamName(bytes: Uint8Array, name: string, limit: number): boolean {
  outer: for (let i = 0; i + name.length * 2 <= limit; i++) {
    for (let k = 0; k < name.length; k++)
      if (bytes[i + 2 * k] !== name.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    return true;
  }
  return false;
}

export type OleKind = 'encrypted' | 'xls' | 'doc' | 'other';

/** What an OLE container holds: a password-protected .xlsx/.docx, a legacy .xls, a legacy .doc. */
export function oleKind(bytes: Uint8Array): OleKind {
  const limit = Math.min(bytes.length, 4 << 20);
  if (hasStreamName(bytes, 'EncryptionInfo', limit)) return 'encrypted';
  if (hasStreamName(bytes, 'Workbook', limit) || hasStreamName(bytes, 'Book', limit)) return 'xls';
  if (hasStreamName(bytes, 'WordDocument', limit)) return 'doc';
  return 'other';
}

const HEADS: Array<[number[], MessageKey]> = [
  [[0x25, 0x50, 0x44, 0x46], 'file.kind.pdf'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'file.kind.rtf'],
  [[0x89, 0x50, 0x4e, 0x47], 'file.kind.image'],
  [[0xff, 0xd8, 0xff], 'file.kind.image'],
  [[0x47, 0x49, 0x46, 0x38], 'file.kind.image'],
  [[0x52, 0x61, 0x72, 0x21], 'file.kind.archive'],
  [[0x37, 0x7a, 0xbc, 0xaf], 'file.kind.archive'],
  [[0x1f, 0x8b], 'file.kind.archive'],
];

/**
 * What a file that is neither a zip nor an OLE container is, from its first few kilobytes:
 * null for those two (their content decides), else the phrase naming it.
 */
export function headKind(head: Uint8Array): MessageKey | null {
  if (startsWith(head, ZIP_MAGIC) || startsWith(head, OLE_MAGIC)) return null;
  if (head.length === 0) return 'file.kind.empty';
  for (const [magic, key] of HEADS) if (startsWith(head, magic)) return key;
  // Control bytes other than tab and line breaks mean a binary file (UTF-8 and the legacy
  // code pages have none in text).
  let control = 0;
  for (const b of head) if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  if (control > 4) return 'file.kind.binary';
  let prefix = '';
  for (let i = 0; i < Math.min(head.length, 64); i++) prefix += String.fromCharCode(head[i]);
  if (/^\s*<(!doctype html|html)/i.test(prefix)) return 'file.kind.html';
  return 'file.kind.text';
}
