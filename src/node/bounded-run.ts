// Running a helper program (pdftoppm, tesseract) under a time limit: in a process group of its
// own, so that a timeout, Ctrl+C or the command's watchdog stops it and everything it started.
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import path from 'node:path';

/** An executable on PATH (or at the path `override` names), or null. */
export function findProgram(name: string, env: NodeJS.ProcessEnv, override?: string): string | null {
  if (override) return override;
  const dirs = (env.PATH ?? '').split(path.delimiter).filter(Boolean);
  for (const dir of dirs) {
    const file = path.join(dir, process.platform === 'win32' ? `${name}.exe` : name);
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      // not here
    }
  }
  return null;
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Stopped because the time ran out. */
  timedOut: boolean;
}

/** Output kept from a helper (a page's TSV is some 100 kB). */
const OUTPUT_LIMIT = 16 * 1024 * 1024;

/** The running groups, so that a cleanup on a signal can stop them. */
const running = new Set<number>();

function killGroup(pid: number): void {
  try {
    process.kill(process.platform === 'win32' ? pid : -pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** Stops every helper still running (for the command's cleanup on a signal). */
export function stopAll(): void {
  for (const pid of running) killGroup(pid);
  running.clear();
}

export function runBounded(
  program: string,
  args: string[],
  options: { timeoutMs: number; env: NodeJS.ProcessEnv; cwd?: string },
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, {
      cwd: options.cwd,
      env: options.env,
      detached: process.platform !== 'win32',
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true,
    });
    const pid = child.pid;
    if (pid !== undefined) running.add(pid);
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d) => {
      if (stdout.length < OUTPUT_LIMIT) stdout += d;
    });
    child.stderr?.on('data', (d) => {
      if (stderr.length < 65536) stderr += d;
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      if (pid !== undefined) killGroup(pid);
    }, options.timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      if (pid !== undefined) running.delete(pid);
      reject(err);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (pid !== undefined) running.delete(pid);
      resolve({ code, stdout, stderr, timedOut });
    });
  });
}
