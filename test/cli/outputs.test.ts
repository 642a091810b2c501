// Nothing lost: no command replaces an existing file without --force/--overwrite, none writes
// onto one of its inputs (however it is named), onto a device or FIFO, or inside the folder it
// checks; a run stopped by a real signal, killed outright or meeting a full disk leaves the
// previous file byte for byte and no temporary file behind.
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  linkSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  watch,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { exampleContent } from '../../src/core/template/example';
import { writeRegulationWorkbook } from '../../src/xlsx/write-regulation';
import { largeContent } from '../../bench/generate';
import { runCli, tempDir } from '../helpers/cli';
import { ensureBuilt, runChild, type ChildResult } from '../helpers/child-cli';
import { HANG_GUARD_MS } from '../helpers/hang-guard';

const dir = tempDir('phoihop-outputs-');
const PREVIOUS = Buffer.from('the previous file, kept byte for byte');

const oneLine = (s: string) => s.trim().split('\n');
const temps = (folder: string) => readdirSync(folder).filter((n) => n.endsWith('.tmp'));

async function readableWorkbook(file: string): Promise<number> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.length;
}

let regulation: string;
let docx: string;
beforeAll(async () => {
  ensureBuilt();
  regulation = path.join(dir, 'quy-che.xlsx');
  writeFileSync(regulation, await writeRegulationWorkbook(exampleContent()));
  docx = path.join(dir, 'quy-che.txt');
  writeFileSync(
    docx,
    'QUY CHẾ PHỐI HỢP\ngiữa Nhà trường và Công đoàn\nĐiều 1. Phạm vi\nNhà trường chủ trì, Công đoàn phối hợp họp hàng tháng.\n',
  );
});

describe('an existing output is replaced only with --force or --overwrite', () => {
  const commands: Array<[string, (out: string) => string[]]> = [
    ['template', (out) => ['template', '-o', out]],
    ['import', (out) => ['import', docx, '-o', out]],
    ['track', (out) => ['track', regulation, '-o', out]],
    ['renew', (out) => ['renew', regulation, '-o', out, '--number', '01/QC-X', '--date', '07/10/2026']],
    ['export', (out) => ['export', regulation, '-o', out]],
    ['batch -o', (out) => ['batch', path.join(dir, 'ho-so'), '-o', out]],
    ['batch --html', (out) => ['batch', path.join(dir, 'ho-so'), '--html', out]],
  ];
  for (const [name, argv] of commands) {
    it(`${name}: refuses in one line, then replaces with --overwrite and with --force`, async () => {
      mkdirSync(path.join(dir, 'ho-so'), { recursive: true });
      writeFileSync(path.join(dir, 'ho-so', 'truong.xlsx'), readFileSync(regulation));
      const out = path.join(dir, `${name.replace(/\W+/g, '-')}.out`);
      writeFileSync(out, PREVIOUS);
      const refused = await runCli(...argv(out));
      expect(refused.code).toBe(2);
      expect(oneLine(refused.stderr)).toHaveLength(1);
      expect(refused.stderr).toContain(`Tệp ${out} đã có nên không ghi đè; thêm --force (hoặc --overwrite)`);
      expect(readFileSync(out)).toEqual(PREVIOUS);
      // batch is the slow one (worker threads): --html shows --force alone.
      for (const flag of name === 'batch --html' ? ['--force'] : ['--overwrite', '--force']) {
        writeFileSync(out, PREVIOUS);
        const replaced = await runCli(...argv(out), flag);
        expect(replaced.code, replaced.stderr).toBeLessThan(2);
        expect(readFileSync(out).equals(PREVIOUS)).toBe(false);
      }
      expect(temps(dir)).toEqual([]);
    });
  }
});

describe('an output is never one of the inputs, nor a device, a FIFO or inside the checked folder', () => {
  it('refuses the input by name, by symlink and by hard link, the calendar, the rules file and a batch member', async () => {
    const folder = path.join(dir, 'thu-muc');
    mkdirSync(folder, { recursive: true });
    const member = path.join(folder, 'truong-a.xlsx');
    writeFileSync(member, readFileSync(regulation));
    const calendar = path.join(dir, 'lich.json');
    writeFileSync(calendar, '{"countSummer": true}');
    const rules = path.join(dir, 'luat.json');
    writeFileSync(rules, '{"id": "recipients-archive", "severity": "off"}');
    const link = path.join(dir, 'lien-ket.xlsx');
    symlinkSync(regulation, link);
    const hard = path.join(dir, 'cung-inode.xlsx');
    linkSync(regulation, hard);
    const inputs = [regulation, member, calendar, rules];
    const before = inputs.map((f) => readFileSync(f));
    const cases: Array<[string[], RegExp]> = [
      [['track', regulation, '-o', regulation], /chính là tệp đầu vào/],
      [['track', regulation, '-o', link, '--force'], /chính là tệp đầu vào/],
      [['renew', regulation, '-o', hard, '--force'], /chính là tệp đầu vào/],
      [['track', regulation, '--calendar', calendar, '-o', calendar, '--force'], /chính là tệp đầu vào/],
      [['track', regulation, '--rules', rules, '-o', rules, '--force'], /chính là tệp đầu vào/],
      [['import', docx, '-o', docx, '--force'], /chính là tệp đầu vào/],
      [['export', regulation, '-o', link, '--force'], /chính là tệp đầu vào/],
      [['export', regulation, '--rules', rules, '-o', rules, '--force'], /chính là tệp đầu vào/],
      [['export', regulation, '-o', path.join(dir, 'y.docx'), '--pdf', path.join(dir, 'y.docx')], /trùng nhau/],
      [['batch', folder, '-o', member, '--force'], /nằm trong thư mục đầu vào/],
      [['batch', folder, '--html', path.join(folder, 'bao-cao.html')], /nằm trong thư mục đầu vào/],
      [['batch', folder, '--rules', rules, '-o', rules, '--force'], /chính là tệp đầu vào/],
      [['batch', folder, '-o', path.join(dir, 'x.out'), '--html', path.join(dir, 'x.out')], /trùng nhau/],
      [['template', '-o', '/dev/full', '--force'], /thiết bị ký tự/],
      [['template', '-o', dir, '--force'], /thư mục/],
    ];
    const fifo = path.join(dir, 'ong.xlsx');
    execFileSync('mkfifo', [fifo]);
    cases.push([['template', '-o', fifo, '--force'], /đường ống có tên/]);
    for (const [argv, message] of cases) {
      const r = await runCli(...argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(oneLine(r.stderr), argv.join(' ')).toHaveLength(1);
      expect(r.stderr, argv.join(' ')).toMatch(message);
    }
    expect(inputs.map((f) => readFileSync(f))).toEqual(before);
    expect(readdirSync(folder)).toEqual(['truong-a.xlsx']);
    expect(existsSync(path.join(dir, 'x.out'))).toBe(false);
    expect(existsSync(path.join(dir, 'y.docx'))).toBe(false);
    expect(temps(dir)).toEqual([]);
  });
});

/**
 * Run `track` on a large regulation onto an existing file, freeze the child (SIGSTOP) the moment
 * its temporary file appears, and if it is still mid-write deliver `signal` before letting it go.
 */
async function interruptWhileWriting(
  source: string,
  out: string,
  signal: NodeJS.Signals,
): Promise<{ midWrite: boolean; result: ChildResult }> {
  const folder = path.dirname(out);
  let midWrite = false;
  let watcher: ReturnType<typeof watch> | undefined;
  const result = await runChild(['track', source, '-o', out, '--force'], {
    timeoutMs: HANG_GUARD_MS,
    onSpawn: (child) => {
      watcher = watch(folder, (_event, name) => {
        if (!name || !String(name).endsWith('.tmp') || midWrite || !child.pid) return;
        child.kill('SIGSTOP');
        midWrite = temps(folder).length > 0;
        if (midWrite) child.kill(signal);
        child.kill('SIGCONT');
      });
    },
  });
  watcher?.close();
  return { midWrite, result };
}

describe('a run stopped while writing leaves the previous file and no temporary file', () => {
  let big: string;
  beforeAll(async () => {
    big = path.join(dir, 'lon.xlsx');
    writeFileSync(big, await writeRegulationWorkbook(largeContent(6000)));
  });

  for (const [signal, exitCode] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    it(`${signal}: exit ${exitCode} with one line, or a complete new file if the rename came first`, async () => {
      const folder = tempDir('phoihop-signal-');
      const out = path.join(folder, 'so-theo-doi.xlsx');
      let interrupted = 0;
      for (let attempt = 0; attempt < 12 && interrupted < 2; attempt++) {
        writeFileSync(out, PREVIOUS);
        const { midWrite, result } = await interruptWhileWriting(big, out, signal);
        expect(temps(folder)).toEqual([]);
        if (midWrite && result.code === exitCode) {
          interrupted++;
          expect(readFileSync(out)).toEqual(PREVIOUS);
          expect(result.stderr).toContain(`Đã dừng (${signal}) trước khi ghi xong`);
          expect(result.stderr).not.toMatch(/Lỗi nội bộ|at .*\.js:\d+/);
        } else {
          // The signal came after the rename: the new workbook is whole.
          expect(result.code, result.stderr).toBe(1);
          expect(await readableWorkbook(out)).toBeGreaterThan(0);
        }
      }
      expect(interrupted).toBeGreaterThan(0);
    });
  }

  it('SIGKILL: the previous file is intact and the next run sweeps the leftover temporary file', async () => {
    const folder = tempDir('phoihop-kill-');
    const out = path.join(folder, 'so-theo-doi.xlsx');
    let left: string[] = [];
    for (let attempt = 0; attempt < 12 && left.length === 0; attempt++) {
      writeFileSync(out, PREVIOUS);
      const { midWrite } = await interruptWhileWriting(big, out, 'SIGKILL');
      if (midWrite) {
        expect(readFileSync(out)).toEqual(PREVIOUS);
        left = temps(folder);
      }
    }
    expect(left).toHaveLength(1);
    const again = await runChild(['track', big, '-o', out, '--force']);
    expect(again.code).toBe(1);
    expect(temps(folder)).toEqual([]);
    expect(await readableWorkbook(out)).toBeGreaterThan(0);
  });
});

describe('a full disk', () => {
  it('on a 40 KB tmpfs: one line saying the disk is full, the previous file intact, no temporary file', async () => {
    const mount = tempDir('phoihop-full-');
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=40k', 'tmpfs', mount]);
    try {
      const out = path.join(mount, 'mau.xlsx');
      const first = await runChild(['template', '--example', '-o', out]);
      expect(first.code).toBe(0);
      const previous = readFileSync(out);
      const again = await runChild(['template', '--example', '-o', out, '--force']);
      expect(again.code).toBe(2);
      expect(oneLine(again.stderr)).toHaveLength(1);
      expect(again.stderr).toContain(`Không ghi được tệp ${out}: ổ đĩa đã đầy.`);
      expect(readFileSync(out)).toEqual(previous);
      expect(readdirSync(mount)).toEqual(['mau.xlsx']);
    } finally {
      execFileSync('umount', [mount]);
      rmSync(mount, { recursive: true, force: true });
    }
  });

  it('stdout onto /dev/full: one line on stderr and exit 2, no stack trace', async () => {
    const r = await runChild(['rules'], { stdio: ['ignore', openFull(), 'pipe'] });
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toEqual([
      'Không ghi được kết quả ra stdout: ổ đĩa đã đầy. / Cannot write the output to stdout: the disk is full.',
    ]);
  });
});

function openFull(): number {
  return openSync('/dev/full', 'w');
}
