// verify of a signed 100-page PDF (two signatures, one incremental update each) against the
// digests of its signed byte ranges alone (node:crypto SHA-256, the least any check must do),
// side by side in one process. Target: verify ≤ 2 × the digests.
import { createHash, randomBytes } from 'node:crypto';
import { verifyPdf } from '../src/core/signatures/verify';
import { scanSignatures } from '../src/core/signatures/pdf-scan';
import { nodeCheck, nodeDigest } from '../src/node/verify-file';
import { makeCa, makeSigner, signPdf } from '../test/helpers/sign-pdf';
import { ratio, type Figure } from './harness';

/** A PDF of `pages` pages, each with a page of text and a 20 KB image stream (as a scanned stamp would be). */
export function manyPagePdf(pages: number): Uint8Array {
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n', 'latin1')];
  const offsets: number[] = [];
  let size = parts[0].length;
  const add = (body: Buffer | string) => {
    offsets.push(size);
    const n = offsets.length;
    const chunk = Buffer.concat([
      Buffer.from(`${n} 0 obj\n`, 'latin1'),
      typeof body === 'string' ? Buffer.from(body, 'latin1') : body,
      Buffer.from('\nendobj\n', 'latin1'),
    ]);
    parts.push(chunk);
    size += chunk.length;
    return n;
  };
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add('PAGES');
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>');
  const kids: number[] = [];
  for (let p = 0; p < pages; p++) {
    let text = 'BT /F1 11 Tf 72 780 Td 14 TL\n';
    for (let l = 0; l < 48; l++)
      text += `(Dieu ${p + 1}.${l + 1}. Phoi hop thuc hien nhiem vu nam hoc, trang ${p + 1}) '\n`;
    text += 'ET';
    const content = add(`<< /Length ${text.length} >>\nstream\n${text}\nendstream`);
    const pixels = randomBytes(20_000);
    const image = add(
      Buffer.concat([
        Buffer.from(
          `<< /Type /XObject /Subtype /Image /Width 100 /Height 200 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length ${pixels.length} >>\nstream\n`,
          'latin1',
        ),
        pixels,
        Buffer.from('\nendstream', 'latin1'),
      ]),
    );
    kids.push(
      add(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${content} 0 R /Resources << /Font << /F1 3 0 R >> /XObject << /Im1 ${image} 0 R >> >> >>`,
      ),
    );
  }
  // The page tree, written last in place of its placeholder (same object number 2).
  const pagesObj = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${pages} >>`;
  const before = parts[2].length;
  parts[2] = Buffer.from(`2 0 obj\n${pagesObj}\nendobj\n`, 'latin1');
  const shift = parts[2].length - before;
  for (let i = 2; i < offsets.length; i++) offsets[i] += shift;
  size += shift;
  let xref = `xref\n0 ${offsets.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) xref += `${String(o).padStart(10, '0')} 00000 n \n`;
  xref += `trailer\n<< /Size ${offsets.length + 1} /Root 1 0 R >>\nstartxref\n${size}\n%%EOF\n`;
  parts.push(Buffer.from(xref, 'latin1'));
  return new Uint8Array(Buffer.concat(parts));
}

export async function verifyFigures(pages = 100): Promise<Figure[]> {
  const ca = makeCa({ name: 'VNPT Certification Authority Bench', organisation: 'VNPT Group' });
  let pdf = manyPagePdf(pages);
  for (const name of ['Trần Thị Lan', 'Nguyễn Thị Hương']) pdf = await signPdf(pdf, makeSigner({ name }, ca));
  const scan = scanSignatures(pdf);
  if (!scan.ok || scan.fields.length !== 2) throw new Error('bench PDF: expected two signatures');
  const ranges = scan.fields.map((f) => f.byteRange);
  const check = await verifyPdf(pdf, 'bench.pdf', { digest: nodeDigest, check: nodeCheck, anchors: null });
  if ('problem' in check || !check.signatures.every((s) => s.intact)) throw new Error('bench PDF does not verify');
  const digestsAlone = () => {
    for (const [a, b, c, d] of ranges)
      createHash('sha256')
        .update(pdf.subarray(a, a + b))
        .update(pdf.subarray(c, c + d))
        .digest();
  };
  const r = await ratio(
    () => verifyPdf(pdf, 'bench.pdf', { digest: nodeDigest, check: nodeCheck, anchors: null }),
    digestsAlone,
    15,
    5,
  );
  const mb = Math.round((pdf.length / 2 ** 20) * 10) / 10;
  return [
    { name: `verify, ${pages}-page signed PDF (${mb} MB, 2 signatures)`, value: r.candidateMs, unit: 'ms' },
    { name: `SHA-256 of its signed ranges alone`, value: r.baselineMs, unit: 'ms' },
    {
      name: `verify ÷ digests alone, ${pages} pages`,
      value: r.ratio,
      unit: '×',
      baseline: 'node:crypto SHA-256 over the same byte ranges',
      target: '≤ 2',
      pass: r.ratio <= 2,
    },
  ];
}
