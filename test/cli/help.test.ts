// The command line behaves as command lines do: help per command, version, "did you mean".
// Run in-process through main() with captured output; launcher.test.ts runs the built launcher
// (bin/phoihop.js) in a real process for the exit codes and streams a user sees.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/main';
import { runCli } from '../helpers/cli';

const phoihop = (...args: string[]) => runCli(...args);

const version = JSON.parse(readFileSync('package.json', 'utf8')).version as string;

describe('phoihop help and version', async () => {
  it('--help lists every command, in Vietnamese by default and in English with --lang en', async () => {
    const vi = await phoihop('--help');
    expect(vi.code).toBe(0);
    expect(vi.stdout).toMatch(/^Cách dùng: phoihop <lệnh> \[tùy chọn\]/);
    for (const name of Object.keys(COMMANDS)) expect(vi.stdout).toMatch(new RegExp(`^  ${name} +\\S`, 'm'));
    const en = await phoihop('--help', '--lang', 'en');
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/^Usage: phoihop <command> \[options\]/);
    expect(en.stdout).not.toMatch(/Cách dùng/);
  });

  it('with no command prints the commands on stderr and exits 2', async () => {
    const r = await phoihop();
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/Các lệnh:/);
  });

  it.each(Object.keys(COMMANDS))('%s --help, -h and help %s print its usage and every option', async (name) => {
    const r = await phoihop(name, '--help');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^Cách dùng: phoihop ${name}\\b`));
    expect(r.stdout).toMatch(/^ {2}-h, --help +xem hướng dẫn này$/m);
    expect(r.stdout).toMatch(/^ {6}--lang vi\|en +ngôn ngữ/m);
    expect((await phoihop(name, '-h')).stdout).toBe(r.stdout);
    expect((await phoihop('help', name)).stdout).toBe(r.stdout);
    // Even with other, wrong arguments, --help wins.
    expect((await phoihop(name, '--bogus', '--help')).code).toBe(0);
  });

  it('track --help names each option, its value and its help in the chosen language', async () => {
    const vi = (await phoihop('track', '--help')).stdout;
    expect(vi).toMatch(/^Cách dùng: phoihop track TỆP\.xlsx -o RA\.xlsx \[--calendar TỆP\.json\]/);
    expect(vi).toMatch(/^ {2}-o, --output RA\.xlsx +sổ theo dõi sẽ ghi \(bắt buộc\)$/m);
    expect(vi).toMatch(/^ {6}--force +vẫn lập sổ theo dõi khi quy chế còn lỗi/m);
    const en = (await phoihop('track', '--help', '--lang', 'en')).stdout;
    expect(en).toMatch(/^Usage: phoihop track FILE\.xlsx -o OUT\.xlsx/);
    expect(en).toMatch(/^ {2}-o, --output OUT\.xlsx +the tracking workbook to write \(required\)$/m);
    expect(en).not.toMatch(/sổ theo dõi/);
  });

  it('batch --help shows the defaults and wraps long lines', async () => {
    const out = (await phoihop('batch', '--help')).stdout;
    expect(out).toMatch(/--timeout GIÂY +.*\(mặc định: 120\)/);
    expect(out).toMatch(/-f, --format stylish\|json/);
    for (const line of out.split('\n')) expect(line.length, line).toBeLessThanOrEqual(100);
  });

  it.each([['--version'], ['-V']])('%s prints the version from package.json', async (flag) => {
    const r = await phoihop(flag);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${version}\n`);
  });
});

describe('phoihop mistakes', async () => {
  it.each([
    ['valdate', 'validate'],
    ['trak', 'track'],
    ['rule', 'rules'],
    ['renwe', 'renew'],
  ])('a mistyped command %s suggests %s and exits 2', async (typed, meant) => {
    const r = await phoihop(typed, 'a.xlsx');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `Lệnh không hợp lệ: "${typed}". Có phải ý bạn là "${meant}"? / Unknown command "${typed}". Did you mean "${meant}"?\n`,
    );
  });

  it('a command far from every name gets no guess, only where to look', async () => {
    const r = await phoihop('frobnicate');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Lệnh không hợp lệ: "frobnicate"\. Gõ "phoihop --help" để xem các lệnh\. \/ /);
    expect(r.stderr).not.toMatch(/ý bạn là/);
  });

  it.each([
    ['validate', '--fromat', '--format'],
    ['track', '--forse', '--force'],
    ['batch', '--max-finding', '--max-findings'],
    ['renew', '--numbr', '--number'],
  ])('%s with a mistyped option %s suggests %s and exits 2', async (command, typed, meant) => {
    const r = await phoihop(command, 'a.xlsx', typed, 'x');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      new RegExp(`^Tùy chọn không hợp lệ cho lệnh ${command}: "${typed}"\\. Có phải ý bạn là "${meant}"\\? / `),
    );
    expect(r.stderr).toMatch(new RegExp(`Did you mean "${meant}"\\?\\n$`));
  });

  it('an option no command has points to the command help; one that belongs to another command gets no guess', async () => {
    const r = await phoihop('validate', 'a.xlsx', '--calendar', 'x.json');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/"--calendar"\. Gõ "phoihop validate --help" để xem các tùy chọn\./);
  });

  it('values are checked against the declared choices, and flags take none', async () => {
    expect((await phoihop('rules', '--format', 'xml')).stderr).toMatch(/"xml" không hợp lệ cho --format.*text, json/);
    expect((await phoihop('template', '-o', 'x.xlsx', '--example=yes')).stderr).toMatch(
      /^Tùy chọn --example không nhận giá trị\./,
    );
    expect((await phoihop('track', 'a.xlsx', '-o')).stderr).toMatch(/^Tùy chọn --output cần một giá trị\./);
  });
});
