#!/usr/bin/env node
// npm run test:fast: the four type checks, lint and the fast lane of unit tests (no LibreOffice,
// no Chromium, no child process; see vitest.config.mts). The checks run side by side, one per
// core, and keep caches in build/.cache, so a second run re-checks only what changed; `npm test`
// runs the same checks without caches, then both lanes. Prints the time of each step.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = path.join('build', '.cache');
const bin = (pkg, file) => path.join(ROOT, 'node_modules', pkg, file);
const tsc = (project, name) => [
  `tsc -p ${project}`,
  bin('typescript', 'bin/tsc'),
  ['-p', project, '--noEmit', '--incremental', '--tsBuildInfoFile', path.join(CACHE, `${name}.tsbuildinfo`)],
];

const CHECKS = [
  tsc('tsconfig.test.json', 'test'),
  tsc('tsconfig.json', 'cli'),
  tsc('tsconfig.pane.json', 'pane'),
  tsc('src/core/tsconfig.json', 'core'),
  [
    'eslint',
    bin('eslint', 'bin/eslint.js'),
    ['--max-warnings', '0', '--cache', '--cache-location', path.join(CACHE, 'eslint'), '.'],
  ],
  [
    'prettier',
    bin('prettier', 'bin/prettier.cjs'),
    ['--check', '--log-level', 'warn', '--cache', '--cache-location', path.join(CACHE, 'prettier'), '.'],
  ],
];

/** Run one step with this Node; its output is kept and shown only when it fails. */
function run([name, entry, args], stdio = 'pipe') {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [entry, ...args], { cwd: ROOT, stdio });
    let output = '';
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      process.stderr.write(`test:fast: ${name} ${code === 0 ? 'ok' : 'FAILED'} (${seconds} s)\n`);
      if (code !== 0) process.stderr.write(output);
      resolve(code === 0);
    });
  });
}

const started = Date.now();
mkdirSync(path.join(ROOT, CACHE), { recursive: true });
const queue = [...CHECKS];
let passed = true;
const worker = async () => {
  for (let step = queue.shift(); step; step = queue.shift()) passed = (await run(step)) && passed;
};
await Promise.all(Array.from({ length: Math.min(availableParallelism(), CHECKS.length) }, worker));
if (passed)
  passed = await run(
    ['unit tests', bin('vitest', 'vitest.mjs'), ['run', '--project', 'fast', ...process.argv.slice(2)]],
    'inherit',
  );
process.stderr.write(`test:fast: ${passed ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
process.exitCode = passed ? 0 : 1;
