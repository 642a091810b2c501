// phoihop verify on PDFs signed at test time by a throw-away CA: unsigned, signed once, signed
// twice in turn (incremental updates), a byte of a signed range changed, content appended after
// the signature, a certificate outside --trust, a certificate expired at signing time. Each gives
// DESIGN §10's JSON and exit code.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli';
import { makeCa, makeSigner, signPdf, simplePdf, type Identity } from '../helpers/sign-pdf';

const dir = tempDir('phoihop-verify-');
const trust = path.join(dir, 'trust');
let ca: Identity;
let other: Identity;
let nhung: Identity;
let huong: Identity;
let stranger: Identity;
let expired: Identity;

const write = (name: string, bytes: Uint8Array) => {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
};

async function verifyJson(file: string, ...extra: string[]) {
  const r = await runCli('verify', file, '--format', 'json', ...extra);
  return { code: r.code, json: r.code === 2 ? null : JSON.parse(r.stdout), stderr: r.stderr, stdout: r.stdout };
}

beforeAll(() => {
  ca = makeCa({ name: 'VNPT Certification Authority Test', organisation: 'VNPT Group' });
  other = makeCa({ name: 'Other Test CA', organisation: 'Elsewhere' });
  nhung = makeSigner({ name: 'Lê Thị Hồng Nhung', organisation: 'Trường Mầm non Hoa Mai' }, ca);
  huong = makeSigner({ name: 'Nguyễn Thị Hương', organisation: 'Công đoàn Trường Mầm non Hoa Mai' }, ca);
  stranger = makeSigner({ name: 'Người Lạ', organisation: 'Nơi khác' }, other);
  expired = makeSigner({ name: 'Trần Văn Cũ', organisation: 'Trường cũ' }, ca, {
    notBefore: new Date(Date.UTC(2020, 0, 1)),
    notAfter: new Date(Date.UTC(2024, 0, 1)),
  });
  mkdirSync(trust);
  writeFileSync(path.join(trust, 'vnpt-test.pem'), ca.pem);
});

describe('phoihop verify', () => {
  it('an unsigned PDF: no signatures, exit 1', async () => {
    const { code, json } = await verifyJson(write('unsigned.pdf', simplePdf()));
    expect(code).toBe(1);
    expect(json).toEqual({
      file: expect.stringContaining('unsigned.pdf'),
      signatures: [],
      modifiedAfterLastSignature: false,
    });
    const text = await runCli('verify', path.join(dir, 'unsigned.pdf'));
    expect(text.stdout).toContain('chưa có chữ ký số nào');
  });

  it('signed once: signer, organisation, issuer, serial, signing time; intact, whole file; exit 0', async () => {
    const file = write('signed.pdf', await signPdf(simplePdf(), nhung));
    const { code, json } = await verifyJson(file);
    expect(code).toBe(0);
    expect(json.signatures).toHaveLength(1);
    const [s] = json.signatures;
    expect(s).toMatchObject({
      signer: { name: 'Lê Thị Hồng Nhung', organisation: 'Trường Mầm non Hoa Mai' },
      issuer: 'VNPT Certification Authority Test',
      serial: nhung.cert.serialNumber.toUpperCase().replace(/^0+/, ''),
      signedAt: '2025-09-22T09:14:00+07:00',
      intact: true,
      coversWholeFile: true,
      trusted: null,
      party: null,
    });
    expect(json.modifiedAfterLastSignature).toBe(false);
    const text = await runCli('verify', file);
    expect(text.stdout).toContain('Lê Thị Hồng Nhung, 22/09/2025 09:14 — còn nguyên vẹn');
    expect(text.stdout).toContain('VNPT-CA');
    expect(text.stdout).toContain('chưa đối chiếu chuỗi chứng thư');
    const en = await runCli('verify', file, '--lang', 'en');
    expect(en.stdout).toContain('intact');
  });

  it('signed twice in turn: both in signing order, the first no longer covers the whole file; exit 0', async () => {
    const once = await signPdf(simplePdf(), nhung);
    const twice = await signPdf(once, huong, new Date(Date.UTC(2025, 8, 23, 1, 30)));
    const { code, json } = await verifyJson(write('twice.pdf', twice), '--trust', trust);
    expect(code).toBe(0);
    expect(json.signatures.map((s: { signer: { name: string } }) => s.signer.name)).toEqual([
      'Lê Thị Hồng Nhung',
      'Nguyễn Thị Hương',
    ]);
    expect(json.signatures.map((s: { intact: boolean }) => s.intact)).toEqual([true, true]);
    expect(json.signatures.map((s: { coversWholeFile: boolean }) => s.coversWholeFile)).toEqual([false, true]);
    expect(json.signatures.map((s: { trusted: boolean }) => s.trusted)).toEqual([true, true]);
    expect(json.signatures[1].signedAt).toBe('2025-09-23T08:30:00+07:00');
    expect(json.modifiedAfterLastSignature).toBe(false);
  });

  it('a byte of a signed range changed: not intact, exit 1', async () => {
    const signed = await signPdf(simplePdf('Quy che phoi hop 2026'), nhung);
    const at = Buffer.from(signed).indexOf('2026');
    const changed = new Uint8Array(signed);
    changed[at + 3] = '7'.charCodeAt(0);
    const { code, json } = await verifyJson(write('changed.pdf', changed));
    expect(code).toBe(1);
    expect(json.signatures[0]).toMatchObject({ intact: false, coversWholeFile: true });
    const text = await runCli('verify', path.join(dir, 'changed.pdf'));
    expect(text.stdout).toContain('ĐÃ BỊ THAY ĐỔI');
  });

  it('content appended after the signature: still intact, but modified after the last signature; exit 1', async () => {
    const signed = await signPdf(simplePdf(), nhung);
    const extra = Buffer.from('\n6 0 obj\n<< /Note (them sau khi ky) >>\nendobj\n', 'latin1');
    const { code, json } = await verifyJson(write('appended.pdf', Buffer.concat([signed, extra])));
    expect(code).toBe(1);
    expect(json.signatures[0]).toMatchObject({ intact: true, coversWholeFile: false });
    expect(json.modifiedAfterLastSignature).toBe(true);
    const text = await runCli('verify', path.join(dir, 'appended.pdf'));
    expect(text.stdout).toContain('nội dung được thêm sau chữ ký cuối cùng');
  });

  it('a certificate outside --trust: intact but not trusted; exit 1 (exit 0 without --trust)', async () => {
    const file = write('stranger.pdf', await signPdf(simplePdf(), stranger));
    const { code, json } = await verifyJson(file, '--trust', trust);
    expect(code).toBe(1);
    expect(json.signatures[0]).toMatchObject({ intact: true, trusted: false });
    expect((await verifyJson(file)).code).toBe(0);
    // Its own chain carried in the signature is never an anchor.
    const trustOther = path.join(dir, 'trust-other');
    mkdirSync(trustOther);
    writeFileSync(path.join(trustOther, 'other.crt'), Buffer.from(other.pem));
    expect((await verifyJson(file, '--trust', trustOther)).json.signatures[0].trusted).toBe(true);
  });

  it('a certificate expired at signing time: not trusted, exit 1 even without --trust', async () => {
    const file = write('expired.pdf', await signPdf(simplePdf(), expired));
    const withTrust = await verifyJson(file, '--trust', trust);
    expect(withTrust.code).toBe(1);
    expect(withTrust.json.signatures[0]).toMatchObject({ intact: true, trusted: false, expiredAtSigning: true });
    const without = await verifyJson(file);
    expect(without.code).toBe(1);
    expect(without.json.signatures[0].trusted).toBe(null);
    expect((await runCli('verify', file)).stdout).toContain('hết hạn');
  });

  it('not a PDF, a missing file, bad usage: exit 2 with one line', async () => {
    const notPdf = await runCli('verify', write('not.pdf', new TextEncoder().encode('hello')));
    expect(notPdf.code).toBe(2);
    expect(notPdf.stderr.trim().split('\n')).toHaveLength(1);
    expect(notPdf.stderr).toContain('không phải tệp PDF');
    expect((await runCli('verify', path.join(dir, 'absent.pdf'))).code).toBe(2);
    expect((await runCli('verify')).code).toBe(2);
    expect((await runCli('verify', 'a.pdf', '--format', 'xml')).code).toBe(2);
    const emptyTrust = path.join(dir, 'empty-trust');
    mkdirSync(emptyTrust);
    const r = await runCli('verify', path.join(dir, 'signed.pdf'), '--trust', emptyTrust);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('không có chứng thư nào');
    expect((await runCli('verify', '--help')).code).toBe(0);
  });
});
