import type { Stats } from 'node:fs';
import type { MessageKey } from '../core/i18n';

/** What a path that is not a regular file is, in words (a FIFO, a device, a folder …). */
export function fileTypeKey(stat: Stats): MessageKey {
  if (stat.isDirectory()) return 'file.type.directory';
  if (stat.isFIFO()) return 'file.type.fifo';
  if (stat.isSocket()) return 'file.type.socket';
  if (stat.isCharacterDevice()) return 'file.type.charDevice';
  if (stat.isBlockDevice()) return 'file.type.blockDevice';
  if (stat.isSymbolicLink()) return 'file.type.symlink';
  return 'file.type.regular';
}
