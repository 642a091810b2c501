// The time bound of a test, a hook or a child process a test waits on: a guard against a hang,
// never a measure of speed. Ten minutes is far past any honest run, even on a 2-core machine busy
// with another full test run (where LibreOffice renders have taken over 60 s); speed targets live
// in `npm run bench`, as ratios against a baseline measured side by side.
export const HANG_GUARD_MS = 600_000;
