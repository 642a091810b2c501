// A scanned PDF made in the test, as a school's scanner makes one: each page of a real PDF
// rendered to a JPEG picture (pdftoppm), and the pictures put back together as a PDF that has
// only images (DCTDecode image XObjects), no text layer. Written by hand: a PDF of pictures
// needs a catalogue, a page tree, and per page a content stream that paints its image.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Width, height and colour components of a baseline or progressive JPEG (its SOF marker). */
export function jpegSize(jpeg: Uint8Array): { width: number; height: number; components: number } {
  let i = 2;
  while (i + 9 < jpeg.length) {
    if (jpeg[i] !== 0xff) throw new Error('not a JPEG marker');
    const marker = jpeg[i + 1];
    const length = (jpeg[i + 2] << 8) | jpeg[i + 3];
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker))
      return {
        height: (jpeg[i + 5] << 8) | jpeg[i + 6],
        width: (jpeg[i + 7] << 8) | jpeg[i + 8],
        components: jpeg[i + 9],
      };
    i += 2 + length;
  }
  throw new Error('no SOF marker in the JPEG');
}

/** A PDF whose pages are these JPEG pictures, each at `dpi` (its page size follows). */
export function imagePdf(jpegs: Uint8Array[], dpi: number): Uint8Array {
  const chunks: Buffer[] = [];
  const offsets: number[] = [];
  let size = 0;
  const put = (data: string | Uint8Array) => {
    const b = typeof data === 'string' ? Buffer.from(data, 'latin1') : Buffer.from(data);
    chunks.push(b);
    size += b.length;
  };
  const object = (n: number, body: string | Array<string | Uint8Array>) => {
    offsets[n] = size;
    put(`${n} 0 obj\n`);
    for (const part of Array.isArray(body) ? body : [body]) put(part);
    put('\nendobj\n');
  };
  put('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n');
  // Objects: 1 catalogue, 2 page tree, then per page: page, contents, image.
  const pageIds = jpegs.map((_, k) => 3 + 3 * k);
  object(1, '<< /Type /Catalog /Pages 2 0 R >>');
  object(2, `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${jpegs.length} >>`);
  jpegs.forEach((jpeg, k) => {
    const { width, height, components } = jpegSize(jpeg);
    const [w, h] = [(width * 72) / dpi, (height * 72) / dpi].map((v) => v.toFixed(2));
    const [page, contents, image] = [pageIds[k], pageIds[k] + 1, pageIds[k] + 2];
    object(
      page,
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w} ${h}] /Resources << /XObject << /Im0 ${image} 0 R >> >> /Contents ${contents} 0 R >>`,
    );
    const paint = `q ${w} 0 0 ${h} 0 0 cm /Im0 Do Q`;
    object(contents, `<< /Length ${paint.length} >>\nstream\n${paint}\nendstream`);
    const space = components === 1 ? '/DeviceGray' : components === 4 ? '/DeviceCMYK' : '/DeviceRGB';
    object(image, [
      `<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace ${space} /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpeg.length} >>\nstream\n`,
      jpeg,
      '\nendstream',
    ]);
  });
  const count = 3 + 3 * jpegs.length;
  const xref = size;
  put(`xref\n0 ${count}\n0000000000 65535 f \n`);
  for (let n = 1; n < count; n++) put(`${String(offsets[n]).padStart(10, '0')} 00000 n \n`);
  put(`trailer\n<< /Size ${count} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return Buffer.concat(chunks);
}

/** The scan of a PDF: its pages rendered grey at `dpi` as JPEG pictures, in an image-only PDF. */
export function scanOf(pdf: string, out: string, dpi = 200): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'phoihop-scan-'));
  execFileSync('pdftoppm', ['-r', String(dpi), '-gray', '-jpeg', '-jpegopt', 'quality=85', pdf, path.join(dir, 'p')]);
  const pages = readdirSync(dir)
    .filter((f) => f.endsWith('.jpg'))
    .sort((a, b) => Number(/(\d+)\.jpg$/.exec(a)![1]) - Number(/(\d+)\.jpg$/.exec(b)![1]));
  writeFileSync(
    out,
    imagePdf(
      pages.map((f) => readFileSync(path.join(dir, f))),
      dpi,
    ),
  );
  rmSync(dir, { recursive: true, force: true });
  return out;
}

/** A one-page PDF with no text at all (no content even): what pdf.js sees of a scan, at its smallest. */
export function pageWithoutText(): string {
  return [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj',
    'trailer << /Root 1 0 R >>',
    '%%EOF',
  ].join('\n');
}
