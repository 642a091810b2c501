// Hostile signed PDFs: each gives one clear line and stays within the limits (no hang, no
// exhausted memory, never a stack trace): a malformed ByteRange, a signature dictionary pointing
// outside the file, 1,000 signatures, a certificate with a 100 KB name, a loop of incremental
// updates (/Prev pointing back).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli';
import { makeCa, makeSigner, signPdf, simplePdf, type Identity } from '../helpers/sign-pdf';

const dir = tempDir('phoihop-verify-hostile-');
let ca: Identity;
let signed: Buffer;

const write = (name: string, bytes: Uint8Array) => {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
};

/** The signed file with its /ByteRange array's text replaced, padded to the same length. */
function withByteRange(text: string): Buffer {
  const s = signed.toString('latin1');
  const m = /\/ByteRange\s*\[[^\]]*\]/.exec(s)!;
  const replacement = `/ByteRange [${text}]`.padEnd(m[0].length, ' ');
  expect(replacement.length).toBe(m[0].length);
  return Buffer.from(s.slice(0, m.index) + replacement + s.slice(m.index + m[0].length), 'latin1');
}

beforeAll(async () => {
  ca = makeCa({ name: 'BKAV Test CA', organisation: 'BKAV' });
  signed = Buffer.from(await signPdf(simplePdf(), makeSigner({ name: 'Lê Văn Tư', organisation: 'Trường' }, ca)));
});

describe('hostile signed PDFs', () => {
  it('a malformed ByteRange: the signature is listed as not checkable, exit 1', async () => {
    const file = write('range-text.pdf', withByteRange('0 abc 12 x'));
    const r = await runCli('verify', file, '--format', 'json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).signatures[0]).toMatchObject({ intact: false, coversWholeFile: false });
    const text = await runCli('verify', file);
    expect(text.stdout).toMatch(/Chữ ký 1: .*vùng ký \("ByteRange" \[0 abc 12 x\]\) không hợp lệ/);
    // A range whose hole is not its own /Contents (another part of the file left unsigned).
    const shifted = write('range-hole.pdf', withByteRange('0 10 20 30'));
    expect((await runCli('verify', shifted)).stdout).toContain('không hợp lệ');
  });

  it('a signature dictionary pointing outside the file: one line saying so, exit 1', async () => {
    const file = write('outside.pdf', withByteRange('0 1 2 999999999'));
    const r = await runCli('verify', file);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/vùng ký trỏ ra ngoài tệp \(tới vị trí 1000000001 trong khi tệp chỉ dài \d+\)/);
  });

  it('1,000 signatures: refused with one line naming the limit, exit 2', async () => {
    const base = Buffer.from(simplePdf()).toString('latin1');
    let extra = '';
    for (let i = 0; i < 1000; i++)
      extra += `${100 + i} 0 obj\n<< /Type /Sig /ByteRange [0 10 20 10] /Contents <3082> >>\nendobj\n`;
    const file = write('thousand.pdf', Buffer.from(base + extra, 'latin1'));
    const r = await runCli('verify', file);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('có 1000 chữ ký, quá giới hạn 100');
  });

  it('a certificate with a 100 KB name: verified, the name cut where it is shown', async () => {
    const long = 'Nguyễn '.repeat(15_000);
    const signer = makeSigner({ name: long, organisation: 'Trường' }, ca);
    const file = write('long-name.pdf', await signPdf(simplePdf(), signer, undefined, 300_000));
    const r = await runCli('verify', file, '--format', 'json');
    expect(r.code).toBe(0);
    const name: string = JSON.parse(r.stdout).signatures[0].signer.name;
    expect(name.length).toBeLessThanOrEqual(201);
    expect(name.endsWith('…')).toBe(true);
    const text = await runCli('verify', file);
    expect(Math.max(...text.stdout.split('\n').map((l) => l.length))).toBeLessThan(1000);
  });

  it('a loop of incremental updates (/Prev pointing back to itself): one line, exit 2', async () => {
    const s = Buffer.from(simplePdf()).toString('latin1');
    const xref = Number(/startxref\s+(\d+)/.exec(s)![1]);
    const looped = s.replace('/Root 1 0 R >>', `/Root 1 0 R /Prev ${xref} >>`);
    const r = await runCli('verify', write('loop.pdf', Buffer.from(looped, 'latin1')));
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('nối vòng tròn');
  });
});
