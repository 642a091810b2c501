// Nothing lost. Before any work, every output is checked against every input (by real path and
// by inode, so a symlink or a hard link to an input is caught), against the folders the command
// reads, against the other outputs and against what is already there: only a new path, or with
// --force/--overwrite an existing regular file, is written; never a device, a FIFO or a folder.
// Then all outputs are written atomically: a temporary file beside each target, flushed to disk,
// renamed over it (or, for a new file, linked to its name, which fails if the name appeared
// meanwhile) only when every one is complete. Temporary files are removed on every exit
// path (an error, a full disk, SIGINT/SIGTERM/SIGHUP, process.exit); a run killed outright
// (SIGKILL) leaves one behind, which the next write to the same target sweeps away.
import { constants as fsConstants, promises as fs, rmSync, type Stats } from 'node:fs';
import path from 'node:path';
import { UserError, bilingual, inBoth, type MessageKey } from '../core/i18n';
import { fileTypeKey } from './file-type';

export interface OutputPlan {
  /** Files the command reads (one that does not exist is the reader's to report). */
  inputs: string[];
  /** Folders the command reads (batch): no output may be written inside one. */
  folders?: string[];
  /** Files the command writes. */
  outputs: string[];
  /** An existing regular file may be replaced (--force or --overwrite). */
  replace: boolean;
}

interface Identity {
  real: string;
  dev: number;
  ino: number;
}

async function identity(file: string): Promise<Identity | null> {
  try {
    const real = await fs.realpath(file);
    const stat = await fs.stat(real);
    return { real, dev: stat.dev, ino: stat.ino };
  } catch {
    return null;
  }
}

/** The real path a new file at `file` would get: its folder's real path (as far as it exists) and its name. */
async function realTarget(file: string): Promise<string> {
  const abs = path.resolve(file);
  const tail: string[] = [];
  let dir = abs;
  for (;;) {
    try {
      return path.join(await fs.realpath(dir), ...tail.reverse());
    } catch {
      const parent = path.dirname(dir);
      if (parent === dir) return abs;
      tail.push(path.basename(dir));
      dir = parent;
    }
  }
}

const inside = (file: string, dir: string) => file.startsWith(dir.endsWith(path.sep) ? dir : dir + path.sep);

/** Refuse, with one line naming the file, any output that could lose data. */
export async function checkOutputs(plan: OutputPlan): Promise<void> {
  const inputs: Array<Identity & { file: string }> = [];
  for (const file of plan.inputs) {
    const id = await identity(file);
    if (id) inputs.push({ ...id, file });
  }
  const folders: Array<{ dir: string; real: string }> = [];
  for (const dir of plan.folders ?? []) folders.push({ dir, real: await realTarget(dir) });
  const seen = new Map<string, string>();
  for (const out of plan.outputs) {
    let stat: Stats | null = null;
    try {
      stat = await fs.stat(out);
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === 'ELOOP')
        throw new UserError('output.notRegular', { file: out, what: inBoth('file.type.symlinkLoop') });
      if (code !== 'ENOENT') throw new UserError('cli.cannotWrite', { file: out, detail: writeProblem(e) });
    }
    // /dev/stdout behind a pipe stats as a FIFO but has no real path: it is refused below as one.
    const real = stat ? await fs.realpath(out).catch(() => path.resolve(out)) : await realTarget(out);
    const other = seen.get(real);
    if (other !== undefined) throw new UserError('output.duplicate', { file: out, other });
    seen.set(real, out);
    for (const input of inputs) {
      if (real === input.real || (stat && stat.dev === input.dev && stat.ino === input.ino))
        throw new UserError('cli.outputIsInput', { file: out, input: input.file });
    }
    for (const folder of folders) {
      if (inside(real, folder.real) || real === folder.real)
        throw new UserError('output.insideFolder', { file: out, dir: folder.dir });
    }
    if (stat && !stat.isFile())
      throw new UserError('output.notRegular', { file: out, what: inBoth(fileTypeKey(stat)) });
    if (stat && !plan.replace) throw new UserError('output.exists', { file: out });
  }
}

const WRITE_PROBLEMS: Record<string, MessageKey> = {
  ENOSPC: 'write.noSpace',
  EDQUOT: 'write.noSpace',
  EFBIG: 'write.noSpace',
  EACCES: 'write.noPermission',
  EPERM: 'write.noPermission',
  EROFS: 'write.readOnly',
  ENOENT: 'write.noFolder',
  ENOTDIR: 'write.noFolder',
  EISDIR: 'file.type.directory',
};

/** A write error in words (a full disk, no permission …), the code itself for the rare rest. */
export function writeProblem(e: unknown): string | { vi: string; en: string } {
  const code = (e as { code?: string }).code;
  const key = code ? WRITE_PROBLEMS[code] : undefined;
  return key ? inBoth(key) : (code ?? String((e as Error)?.message ?? e));
}

// Temporary files being written now, and other work to undo (a LibreOffice run and its folder),
// removed by whichever exit path comes first.
const live = new Set<string>();
const cleanups = new Set<() => void>();
const SIGNALS: Array<[NodeJS.Signals, number]> = [
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
];
const handlers = new Map<NodeJS.Signals, () => void>();

function removeLive(): void {
  for (const tmp of live) rmSync(tmp, { force: true });
  live.clear();
  for (const undo of cleanups) {
    try {
      undo();
    } catch {
      // Best effort on the way out: the next one still runs.
    }
  }
  cleanups.clear();
}

function guardSignals(): void {
  if (handlers.size > 0) return;
  process.once('exit', removeLive);
  for (const [signal, code] of SIGNALS) {
    const handler = () => {
      removeLive();
      try {
        process.stderr.write(bilingual('output.interrupted', { signal }) + '\n');
      } finally {
        process.exit(code);
      }
    };
    handlers.set(signal, handler);
    process.on(signal, handler);
  }
}

function releaseSignals(): void {
  if (live.size > 0 || cleanups.size > 0) return;
  for (const [signal, handler] of handlers) process.off(signal, handler);
  handlers.clear();
  process.off('exit', removeLive);
}

/**
 * Undo `cleanup` (synchronous) if the run ends before the work does: a signal, the watchdog, an
 * exit. The returned function says the work is over (and runs nothing).
 */
export function untilDone(cleanup: () => void): () => void {
  cleanups.add(cleanup);
  guardSignals();
  return () => {
    cleanups.delete(cleanup);
    releaseSignals();
  };
}

const TEMP_SUFFIX = '.tmp';
/**
 * The start of the target's name the temporary file carries: short enough that a target named up
 * to the file system's 255 bytes still has a temporary name (40 letters of 4 bytes at most).
 */
const stem = (target: string) => [...path.basename(target)].slice(0, 40).join('');
let staging = 0;
const tempName = (target: string) =>
  path.join(path.dirname(target), `.${stem(target)}.${process.pid}.${Date.now()}-${++staging}${TEMP_SUFFIX}`);

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as { code?: string }).code === 'EPERM';
  }
}

/** Temporary files a killed run left beside this target (their process is gone). */
async function sweepLeftovers(target: string): Promise<void> {
  const base = stem(target);
  const names = await fs.readdir(path.dirname(target)).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.startsWith(`.${base}.`) || !name.endsWith(TEMP_SUFFIX)) continue;
    const pid = Number(name.slice(base.length + 2).split('.')[0]);
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && !alive(pid))
      await fs.rm(path.join(path.dirname(target), name), { force: true });
  }
}

/**
 * A new file appears whole or not at all, and never over one that appeared since the check (a
 * second run writing the same name): a hard link fails if the name exists. File systems without
 * hard links (a USB stick's FAT) get an exclusive copy instead.
 */
async function createExclusively(tmp: string, target: string): Promise<void> {
  try {
    await fs.link(tmp, target);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw e;
    try {
      await fs.copyFile(tmp, target, fsConstants.COPYFILE_EXCL);
    } catch (copy) {
      if ((copy as { code?: string }).code !== 'EEXIST') await fs.rm(target, { force: true });
      throw copy;
    }
  }
  await fs.rm(tmp, { force: true });
}

export interface OutputFile {
  file: string;
  data: Uint8Array | string;
}

/**
 * Write every output atomically, after checking the plan again (a file may have appeared since
 * the command started): all temporary files first, then the renames, so a failure in any one
 * leaves every previous file as it was.
 */
export async function writeOutputs(plan: OutputPlan, files: OutputFile[]): Promise<void> {
  await checkOutputs(plan);
  const staged: Array<{ target: string; tmp: string; file: string }> = [];
  guardSignals();
  try {
    for (const { file, data } of files) {
      // Through a symlink to a regular file, the file it points at is replaced, not the link.
      const target = await fs.realpath(file).catch(() => path.resolve(file));
      const tmp = tempName(target);
      staged.push({ target, tmp, file });
      try {
        await fs.mkdir(path.dirname(target), { recursive: true });
        await sweepLeftovers(target);
        live.add(tmp);
        const handle = await fs.open(tmp, 'wx');
        try {
          await handle.writeFile(data);
          await handle.sync();
        } finally {
          await handle.close();
        }
      } catch (e) {
        throw new UserError('cli.cannotWrite', { file, detail: writeProblem(e) });
      }
    }
    const created: string[] = [];
    for (const { target, tmp, file } of staged) {
      try {
        if (plan.replace) await fs.rename(tmp, target);
        else {
          await createExclusively(tmp, target);
          created.push(target);
        }
      } catch (e) {
        // All or nothing: the new files this run already made go again.
        for (const made of created) await fs.rm(made, { force: true }).catch(() => undefined);
        if ((e as { code?: string }).code === 'EEXIST') throw new UserError('output.exists', { file });
        throw new UserError('cli.cannotWrite', { file, detail: writeProblem(e) });
      }
      live.delete(tmp);
    }
  } finally {
    for (const { tmp } of staged) {
      if (live.has(tmp)) {
        await fs.rm(tmp, { force: true }).catch(() => undefined);
        live.delete(tmp);
      }
    }
    releaseSignals();
  }
}

/** One output, replacing an existing file only when `replace` (the commands pass --force/--overwrite). */
export async function writeFileAtomic(
  target: string,
  data: Uint8Array | string,
  options: { inputs?: string[]; replace?: boolean } = {},
): Promise<void> {
  await writeOutputs({ inputs: options.inputs ?? [], outputs: [target], replace: options.replace ?? true }, [
    { file: target, data },
  ]);
}
