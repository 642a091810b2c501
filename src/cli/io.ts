// Where the CLI's text goes; tests swap it to capture output.
import { bilingual, inBoth } from '../core/i18n';
import { writeProblem } from '../node/outputs';

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  isTTY: boolean;
  /** Whether a progress display may be drawn on stderr (a terminal, not CI). Absent = no. */
  progress?: boolean;
}

export const processIO: CliIO = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  get isTTY() {
    return !!process.stdout.isTTY && !process.env.NO_COLOR && !process.env.CI;
  },
  get progress() {
    return !!process.stderr.isTTY && !process.env.CI;
  },
};

let guarded = false;

/**
 * A write error on stdout or stderr (a full disk behind `> file`, a closed pipe behind `| head`)
 * ends the run with one line on stderr (if stderr still takes it) and exit 2, never a stack trace.
 */
export function guardStandardStreams(): void {
  if (guarded) return;
  guarded = true;
  for (const [stream, name] of [
    [process.stdout, 'stdout'],
    [process.stderr, 'stderr'],
  ] as const) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      const detail = e.code === 'EPIPE' ? inBoth('write.closedPipe') : writeProblem(e);
      if (name === 'stdout') {
        try {
          process.stderr.write(bilingual('cli.outputWriteFailed', { stream: name, detail }) + '\n');
        } catch {
          // stderr is gone too: the exit code says it.
        }
      }
      process.exit(2);
    });
  }
}
