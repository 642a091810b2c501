// A signature carrying an RFC 3161 time-stamp (id-aa-signatureTimeStampToken), the token made at
// test time by a throw-away TSA: verify reports the TSA's time (genTime) as timestampedAt and in
// the clerk's line, beside signedAt (the CMS signing time) and the exit code of DESIGN §10; a token
// that is not one, or that stamps another signature, is one clear note, never a crash.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli';
import { makeCa, makeSigner, signPdf, simplePdf, type Identity } from '../helpers/sign-pdf';
import { signPdfStamped } from '../helpers/timestamp-token';

const dir = tempDir('phoihop-timestamp-');
let signer: Identity;
let tsa: Identity;
const signingTime = new Date(Date.UTC(2025, 8, 22, 2, 14));
const genTime = new Date(Date.UTC(2025, 8, 22, 2, 16, 30));

const write = (name: string, bytes: Uint8Array) => {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
};

async function verify(file: string, ...extra: string[]) {
  const json = await runCli('verify', file, '--format', 'json', ...extra);
  const text = await runCli('verify', file, ...extra);
  return { code: json.code, json: JSON.parse(json.stdout), text: text.stdout, textCode: text.code };
}

beforeAll(() => {
  const ca = makeCa({ name: 'Viettel-CA Test', organisation: 'Viettel Group' });
  signer = makeSigner({ name: 'Lê Thị Hồng Nhung', organisation: 'Trường Mầm non Hoa Mai' }, ca);
  tsa = makeSigner({ name: 'Viettel TSA Test', organisation: 'Viettel Group' }, ca);
});

describe('verify: RFC 3161 time-stamps', () => {
  it('reads the time-stamp time beside the signing time, exit 0', async () => {
    const file = write('stamped.pdf', await signPdfStamped(simplePdf(), signer, { tsa, genTime }, signingTime));
    const { code, json, text, textCode } = await verify(file);
    expect(code).toBe(0);
    expect(textCode).toBe(0);
    expect(json.signatures).toHaveLength(1);
    expect(json.signatures[0]).toMatchObject({
      signer: { name: 'Lê Thị Hồng Nhung' },
      signedAt: '2025-09-22T09:14:00+07:00',
      timestampedAt: '2025-09-22T09:16:30+07:00',
      timestampProblem: null,
      intact: true,
    });
    expect(text).toContain('ký lúc 22/09/2025 09:14 (có dấu thời gian 22/09/2025 09:16); còn nguyên vẹn');
    const en = await runCli('verify', file, '--lang', 'en');
    expect(en.stdout).toContain('(time-stamped 22/09/2025 09:16)');
  });

  it('a signature without a time-stamp has timestampedAt null and no note', async () => {
    const file = write('plain.pdf', await signPdf(simplePdf(), signer, signingTime));
    const { code, json, text } = await verify(file);
    expect(code).toBe(0);
    expect(json.signatures[0]).toMatchObject({ timestampedAt: null, timestampProblem: null });
    expect(text).not.toContain('dấu thời gian');
  });

  it('a malformed token is reported as unreadable, the signature still checked', async () => {
    const file = write(
      'garbage.pdf',
      await signPdfStamped(simplePdf(), signer, { garbage: 'không phải dấu thời gian' }, signingTime),
    );
    const { code, json, text } = await verify(file);
    expect(code).toBe(0);
    expect(json.signatures[0]).toMatchObject({
      intact: true,
      timestampedAt: null,
      timestampProblem: 'dấu thời gian kèm chữ ký không đọc được',
    });
    expect(text).toContain('(dấu thời gian kèm chữ ký không đọc được)');
    expect(text).not.toMatch(/Error|at \w+ \(/);
  });

  it('a token stamping other bytes than this signature gives no time, said so', async () => {
    const file = write(
      'other.pdf',
      await signPdfStamped(simplePdf(), signer, { tsa, genTime, imprint: 'other' }, signingTime),
    );
    const { json, text } = await verify(file);
    expect(json.signatures[0]).toMatchObject({ intact: true, timestampedAt: null });
    expect(json.signatures[0].timestampProblem).toContain('không khớp chữ ký');
    expect(text).toContain('không khớp chữ ký hoặc không kiểm chứng được');
  });
});
