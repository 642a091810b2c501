// Setup file of the fast lane (npm run test:fast): no test there may start a child process —
// LibreOffice, Chromium, python, the built CLI. Every way of starting one throws, and a test that
// catches that error still fails after it, so a new heavy test cannot pass here unnoticed: it
// belongs in SLOW_TESTS in vitest.config.mts, which `npm test` runs too.
import childProcess from 'node:child_process';
import { syncBuiltinESMExports } from 'node:module';
import { afterEach } from 'vitest';

const started: string[] = [];
const WAYS = ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork'] as const;

for (const way of WAYS) {
  (childProcess as unknown as Record<string, unknown>)[way] = (command: unknown, args: unknown) => {
    const line = [command, ...(Array.isArray(args) ? args : [])].join(' ').slice(0, 120);
    started.push(`${way}(${line})`);
    throw new Error(
      `The fast lane starts no child process, and this test called ${way}(${line}). ` +
        'Add its file to SLOW_TESTS in vitest.config.mts (npm test runs it; npm run test:fast does not).',
    );
  };
}
// Named imports (`import { spawn } from 'node:child_process'`) see the replacements too.
syncBuiltinESMExports();

afterEach(() => {
  if (started.length === 0) return;
  const seen = started.splice(0);
  throw new Error(
    `This test started a child process (${seen.join('; ')}); the fast lane allows none. ` +
      'Add its file to SLOW_TESTS in vitest.config.mts.',
  );
});
