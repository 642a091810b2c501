// The built launcher (bin/phoihop.js) in a real process, as a user runs it: the exit code, and
// which stream each answer goes to. Everything else about help and mistakes runs in-process in
// help.test.ts.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, ensureBuilt } from '../helpers/child-cli';

function phoihop(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const version = JSON.parse(readFileSync('package.json', 'utf8')).version as string;

beforeAll(() => ensureBuilt());

describe('bin/phoihop.js in a process of its own', () => {
  it('--version prints the version on stdout and exits 0', () => {
    const r = phoihop('--version');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(`${version}\n`);
    expect(r.stderr).toBe('');
  });

  it('a mistyped command is answered on stderr, nothing on stdout, exit 2', () => {
    const r = phoihop('valdate', 'a.xlsx');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^Lệnh không hợp lệ: "valdate"\. Có phải ý bạn là "validate"\?/);
  });
});
