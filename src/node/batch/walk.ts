// The folder walk: every entry under DIR, sub-folders included, in a stable order. Only paths
// are collected (a few bytes each), never contents. Every entry gets a row in the report:
// regular files go to the workers (which say what each one really is), and anything that
// cannot be read as a file (a FIFO, a device, a symlink loop, a dangling link, a link to a
// folder) is named here without ever being opened, so nothing can block or fill memory.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { MessageKey } from '../../core/i18n';
import { fileTypeKey } from '../file-type';

export interface WalkResult {
  /** Regular files (or links to one), relative to the folder, with forward slashes. */
  files: string[];
  /** Entries that are not regular files, with what they are. */
  others: Array<{ rel: string; what: MessageKey }>;
  /** Sub-folders that could not be listed (relative, forward slashes). */
  unreadableDirs: string[];
}

const toPosix = (p: string) => p.split(path.sep).join('/');

/**
 * Excel's lock files (`~$name.xlsx`) and hidden files (a Mac's .DS_Store, ours: atomic-write
 * temporaries) are the only entries without a row.
 */
function skipped(name: string): boolean {
  return name.startsWith('~$') || name.startsWith('.');
}

async function linkTarget(full: string): Promise<MessageKey | 'file'> {
  try {
    const stat = await fs.stat(full);
    if (stat.isFile()) return 'file';
    // A link to a folder is not followed (no cycles, no leaving the folder).
    if (stat.isDirectory()) return 'file.type.linkToFolder';
    return fileTypeKey(stat);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ELOOP') return 'file.type.symlinkLoop';
    return 'file.type.dangling';
  }
}

export async function listEntries(dir: string): Promise<WalkResult> {
  const root = path.resolve(dir);
  const result: WalkResult = { files: [], others: [], unreadableDirs: [] };
  const pending = [root];
  while (pending.length > 0) {
    const current = pending.pop()!;
    let entries;
    try {
      entries = await fs.readdir(current, { withFileTypes: true });
    } catch {
      if (current === root) throw new Error(`cannot list ${dir}`);
      result.unreadableDirs.push(toPosix(path.relative(root, current)));
      continue;
    }
    for (const entry of entries) {
      if (skipped(entry.name)) continue;
      const full = path.join(current, entry.name);
      const rel = toPosix(path.relative(root, full));
      if (entry.isDirectory()) pending.push(full);
      else if (entry.isFile()) result.files.push(rel);
      else if (entry.isSymbolicLink()) {
        const what = await linkTarget(full);
        if (what === 'file') result.files.push(rel);
        else result.others.push({ rel, what });
      } else {
        const stat = await fs.lstat(full).catch(() => null);
        result.others.push({ rel, what: stat ? fileTypeKey(stat) : 'file.type.dangling' });
      }
    }
  }
  return result;
}
