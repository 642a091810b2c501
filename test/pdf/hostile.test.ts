// Hostile PDFs, built here: encrypted (by qpdf), with JavaScript that would run on opening, 10,000
// pages declared, objects nested 200,000 deep, cut off halfway, a scan with no text. Each is
// imported by the built CLI in a child process and ends with a result or one clear Vietnamese line,
// no stack trace, under 512 MB, its input unchanged; nothing in it is ever run.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runChild } from '../helpers/child-cli';
import { tempDir } from '../helpers/cli';
import { HANG_GUARD_MS } from '../helpers/hang-guard';

const CEILING_MB = 512;
const dir = tempDir('phoihop-pdf-hostile-');
const table: string[] = [];

/** A PDF of these objects (numbered from 1, the catalogue first), with a correct cross-reference table. */
function pdf(objects: string[], trailer = ''): Uint8Array {
  let out = '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailer}>>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

const stream = (s: string) => `<< /Length ${s.length} >>\nstream\n${s}\nendstream`;
const text = (lines: string[]) =>
  stream(`BT /F1 12 Tf ${lines.map((l, i) => `1 0 0 1 72 ${760 - 16 * i} Tm (${l}) Tj`).join(' ')} ET`);
const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
const REGULATION = ['QUY CHE PHOI HOP', 'Dieu 1. Pham vi ap dung.', 'Dieu 2. Trach nhiem cac ben.'];

/** One page of text; `catalogue` adds to the catalogue (an OpenAction, say). */
const onePage = (catalogue = '', pages = '<< /Type /Pages /Kids [3 0 R] /Count 1 >>') =>
  pdf([
    `<< /Type /Catalog /Pages 2 0 R ${catalogue}>>`,
    pages,
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    text(REGULATION),
    FONT,
  ]);

const CASES: Array<[string, string, () => Uint8Array, RegExp | null]> = [
  [
    'encrypted with a password',
    'mat-khau.pdf',
    () => {
      const plain = path.join(dir, 'ro.pdf');
      const locked = path.join(dir, 'khoa.pdf');
      writeFileSync(plain, onePage());
      execFileSync('qpdf', ['--encrypt', 'mo', 'chu', '256', '--', plain, locked]);
      return new Uint8Array(readFileSync(locked));
    },
    /được đặt mật khẩu/,
  ],
  [
    'JavaScript run on opening',
    'javascript.pdf',
    () => onePage(`/OpenAction << /S /JavaScript /JS (app.alert\\(1\\); this.exportDataObject\\({cName: "x"}\\);) >> `),
    null,
  ],
  [
    '10,000 pages declared',
    'muoi-nghin-trang.pdf',
    () => onePage('', `<< /Type /Pages /Kids [${'3 0 R '.repeat(10_000)}] /Count 10000 >>`),
    /khai báo 10000 trang, vượt giới hạn 300 trang/,
  ],
  [
    'an array nested 200,000 deep',
    'long-nhau.pdf',
    () => onePage(`/Nested ${'['.repeat(200_000)}${']'.repeat(200_000)} `),
    null,
  ],
  [
    'cut off halfway',
    'cut-doi.pdf',
    () => {
      const whole = onePage();
      return whole.subarray(0, Math.floor(whole.length / 2));
    },
    null,
  ],
  [
    'a scan: pages with no text',
    'ban-quet.pdf',
    () =>
      pdf([
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
        stream('0 0 1 rg 72 600 200 100 re f'),
      ]),
    // Without OCR the line says how to get it; with tesseract installed, that OCR read nothing.
    /là bản quét (\(1 trang chỉ có ảnh, không có lớp chữ\)|1 trang nhưng nhận dạng chữ \(OCR\) không đọc được chữ nào)/,
  ],
];

afterAll(() => {
  console.log(['| input | exit | peak MB | ms | first line |', '|---|---|---|---|---|', ...table].join('\n'));
});

describe('hostile PDFs end within bounds, with a result or one clear line', () => {
  it.each(CASES)('%s', { timeout: HANG_GUARD_MS }, async (label, name, make, said) => {
    ensureBuilt();
    const input = path.join(dir, name);
    writeFileSync(input, make());
    const before = createHash('sha256').update(readFileSync(input)).digest('hex');
    const outDir = tempDir('phoihop-pdf-hostile-out-');
    const r = await runChild(['import', input, '-o', path.join(outDir, 'ket-qua.xlsx')], { timeoutMs: HANG_GUARD_MS });
    table.push(`| ${label} | ${r.code} | ${r.peakMb} | ${r.ms} | ${r.stderr.trim().split('\n')[0]} |`);
    const context = `${label}\n${r.stderr.slice(0, 1500)}`;
    expect(r.timedOut, context).toBe(false);
    expect([0, 2], context).toContain(r.code);
    expect(r.stderr, context).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)|Lỗi nội bộ|internal error|Warning/i);
    if (said) expect(r.stderr, context).toMatch(said);
    if (r.code === 2) expect(r.stderr.trim().split('\n'), context).toHaveLength(1);
    else expect(readdirSync(outDir)).toEqual(['ket-qua.xlsx']);
    expect(r.peakMb!, context).toBeLessThan(CEILING_MB);
    expect(createHash('sha256').update(readFileSync(input)).digest('hex')).toBe(before);
  });
});
