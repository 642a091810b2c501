// The folder walk: every workbook under DIR, sub-folders included, in a stable order. Only
// paths are collected (a few bytes each), never contents.
import { promises as fs } from 'node:fs';
import path from 'node:path';

/** Extensions batch looks at; .xls is included so that a legacy file gets a row saying so. */
export const WORKBOOK_EXTENSIONS = ['.xlsx', '.xlsm', '.xls'];

export interface WalkResult {
  /** Paths relative to the folder, with forward slashes. */
  files: string[];
  /** Sub-folders that could not be listed (relative, forward slashes). */
  unreadableDirs: string[];
}

const toPosix = (p: string) => p.split(path.sep).join('/');

/** Excel's lock files (`~$name.xlsx`) and hidden files (ours included: atomic-write temporaries) are skipped. */
function skipped(name: string): boolean {
  return name.startsWith('~$') || name.startsWith('.');
}

export async function listWorkbooks(dir: string, options: { exclude?: string[] } = {}): Promise<WalkResult> {
  const root = path.resolve(dir);
  const exclude = new Set((options.exclude ?? []).map((p) => path.resolve(p)));
  const files: string[] = [];
  const unreadableDirs: string[] = [];
  const pending = [root];
  while (pending.length > 0) {
    const current = pending.pop()!;
    let entries;
    try {
      entries = await fs.readdir(current, { withFileTypes: true });
    } catch {
      if (current === root) throw new Error(`cannot list ${dir}`);
      unreadableDirs.push(toPosix(path.relative(root, current)));
      continue;
    }
    for (const entry of entries) {
      if (skipped(entry.name)) continue;
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) {
        pending.push(full);
        continue;
      }
      let isFile = entry.isFile();
      // A symbolic link to a file is followed; one to a folder is not (no cycles).
      if (entry.isSymbolicLink())
        isFile = await fs.stat(full).then(
          (s) => s.isFile(),
          () => false,
        );
      if (!isFile || exclude.has(full)) continue;
      if (!WORKBOOK_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) continue;
      files.push(toPosix(path.relative(root, full)));
    }
  }
  return { files, unreadableDirs };
}
