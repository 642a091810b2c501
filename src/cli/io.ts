// Where the CLI's text goes; tests swap it to capture output.
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
