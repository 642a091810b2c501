// batch says when a signed PDF's signatures were made once one carries an RFC 3161 time-stamp,
// in `phoihop verify`'s words (one shared function): "ký lúc … (có dấu thời gian …)", or why the
// time-stamp gives no time. A PDF signed without one has no such note. Real files: PDFs signed at
// test time, one with a throw-away TSA's token over its signature, one with a token over other
// bytes; the report workbook read back with exceljs, the JSON and the English CSV beside it.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli';
import { makeCa, makeSigner, signPdf, simplePdf } from '../helpers/sign-pdf';
import { signPdfStamped } from '../helpers/timestamp-token';
import { readReport, type Row } from './report-reader';

const dir = tempDir('phoihop-batch-timestamps-');
const folder = path.join(dir, 'nop');
const signingTime = new Date(Date.UTC(2026, 9, 8, 2, 14));
const genTime = new Date(Date.UTC(2026, 9, 8, 2, 16, 30));

let files: Array<{ file: string; signature: { times: Array<Record<string, unknown>> } }>;
let summary: Row[];
let csvEn: string;

beforeAll(async () => {
  mkdirSync(folder, { recursive: true });
  const ca = makeCa({ name: 'Viettel-CA Test', organisation: 'Viettel Group' });
  const signer = makeSigner({ name: 'Trần Thị Lan', organisation: 'Trường Mầm non Hoa Mai' }, ca);
  const tsa = makeSigner({ name: 'Viettel TSA Test', organisation: 'Viettel Group' }, ca);
  const pdf = simplePdf('QUY CHE PHOI HOP 15/QCPH-MNHM');
  writeFileSync(path.join(folder, 'co-dau.pdf'), await signPdfStamped(pdf, signer, { tsa, genTime }, signingTime));
  writeFileSync(
    path.join(folder, 'dau-sai.pdf'),
    await signPdfStamped(pdf, signer, { tsa, genTime, imprint: 'other' }, signingTime),
  );
  writeFileSync(path.join(folder, 'khong-dau.pdf'), await signPdf(pdf, signer, signingTime));
  const report = path.join(dir, 'bao-cao.xlsx');
  const args = [folder, '--as-of', '01/11/2026', '--jobs', '1'];
  const r = await runCli('batch', ...args, '--format', 'json', '-o', report);
  expect(r.stderr).not.toMatch(/\bat \w+ \(/);
  files = JSON.parse(r.stdout).files;
  summary = (await readReport(report)).summary;
  csvEn = (await runCli('batch', ...args, '--format', 'csv', '--lang', 'en')).stdout;
});

const note = (file: string) => String(summary.find((r) => r['Tệp'] === file)!['Ghi chú']);

describe('batch: time-stamped signatures', () => {
  it('keeps each signature’s times in the JSON', () => {
    const times = (file: string) => files.find((f) => f.file === file)!.signature.times;
    expect(times('co-dau.pdf')).toEqual([
      {
        name: 'Trần Thị Lan',
        party: null,
        signedAt: '2026-10-08T09:14:00+07:00',
        timestampedAt: '2026-10-08T09:16:30+07:00',
        timestampProblem: null,
      },
    ]);
    expect(times('dau-sai.pdf')[0]).toMatchObject({ timestampedAt: null, timestampProblem: 'timestampMismatch' });
    expect(times('khong-dau.pdf')[0]).toMatchObject({ timestampedAt: null, timestampProblem: null });
  });

  it('says the time-stamp on the row in verify’s words, and nothing for a signature without one', () => {
    expect(note('co-dau.pdf')).toContain(
      'Chữ ký số: Trần Thị Lan ký lúc 08/10/2026 09:14 (có dấu thời gian 08/10/2026 09:16).',
    );
    expect(note('dau-sai.pdf')).toContain(
      'Chữ ký số: Trần Thị Lan ký lúc 08/10/2026 09:14 (dấu thời gian kèm chữ ký không khớp chữ ký hoặc không kiểm chứng được).',
    );
    expect(note('khong-dau.pdf')).not.toContain('Chữ ký số:');
    expect(note('khong-dau.pdf')).not.toContain('dấu thời gian');
  });

  it('the same words as `phoihop verify` prints for the same file', async () => {
    const verify = await runCli('verify', path.join(folder, 'co-dau.pdf'));
    const words = /ký lúc [^;]+\)/.exec(verify.stdout)![0];
    expect(words).toBe('ký lúc 08/10/2026 09:14 (có dấu thời gian 08/10/2026 09:16)');
    expect(note('co-dau.pdf')).toContain(words);
  });

  it('in English with --lang en', () => {
    const line = csvEn.split('\n').find((l) => l.startsWith('co-dau.pdf') || l.includes(',co-dau.pdf,'))!;
    expect(line).toContain('Digital signatures: Trần Thị Lan signed 08/10/2026 09:14 (time-stamped 08/10/2026 09:16).');
  });
});
