// A throw-away certificate authority and PDF signing for the tests: node:crypto makes the keys
// (fast), node-forge the certificates and the PKCS#12, @signpdf adds the signature in an
// incremental update. Nothing here is used by the product.
import { generateKeyPairSync } from 'node:crypto';
import forge from 'node-forge';
import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { SignPdf } from '@signpdf/signpdf';
import { P12Signer } from '@signpdf/signer-p12';

export interface Identity {
  cert: forge.pki.Certificate;
  key: forge.pki.PrivateKey;
  /** The certificate as PEM, to put in a --trust folder. */
  pem: string;
  /** The chain carried in the signature, leaf first. */
  chain: forge.pki.Certificate[];
}

export interface Subject {
  name: string;
  organisation?: string;
}

let serialSeed = 0x1a2b3c;

function newKey() {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const key = forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
  const rsa = key as forge.pki.rsa.PrivateKey;
  return { key, publicKey: forge.pki.setRsaPublicKey(rsa.n, rsa.e) };
}

const dn = (s: Subject) => [
  { name: 'commonName', value: s.name, valueTagClass: forge.asn1.Type.UTF8 as unknown as forge.asn1.Class },
  ...(s.organisation
    ? [
        {
          name: 'organizationName',
          value: s.organisation,
          valueTagClass: forge.asn1.Type.UTF8 as unknown as forge.asn1.Class,
        },
      ]
    : []),
  { name: 'countryName', value: 'VN' },
];

export interface CertOptions {
  notBefore?: Date;
  notAfter?: Date;
}

function certify(subject: Subject, issuer: Identity | null, options: CertOptions, ca: boolean): Identity {
  const { key, publicKey } = newKey();
  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKey;
  cert.serialNumber = (serialSeed++).toString(16).padStart(8, '0') + 'ab';
  cert.validity.notBefore = options.notBefore ?? new Date(Date.UTC(2024, 0, 1));
  cert.validity.notAfter = options.notAfter ?? new Date(Date.UTC(2030, 0, 1));
  cert.setSubject(dn(subject));
  cert.setIssuer(issuer ? issuer.cert.subject.attributes : dn(subject));
  cert.setExtensions([
    { name: 'basicConstraints', cA: ca, critical: true },
    {
      name: 'keyUsage',
      critical: true,
      ...(ca ? { keyCertSign: true, cRLSign: true } : { digitalSignature: true, nonRepudiation: true }),
    },
  ]);
  cert.sign((issuer?.key ?? key) as never, forge.md.sha256.create());
  return { cert, key, pem: forge.pki.certificateToPem(cert), chain: [cert, ...(issuer?.chain ?? [])] };
}

export const makeCa = (subject: Subject, options: CertOptions = {}) => certify(subject, null, options, true);
export const makeSigner = (subject: Subject, ca: Identity, options: CertOptions = {}) =>
  certify(subject, ca, options, false);

/** The signer as a PKCS#12 (no passphrase), its chain beside it as @signpdf puts it in the signature. */
export function p12Of(id: Identity): Buffer {
  const asn1 = forge.pkcs12.toPkcs12Asn1(id.key as never, id.chain, '', { algorithm: '3des' });
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
}

/** The PDF with an empty signature field for `id`, `signatureLength` bytes, as a signing tool makes it. */
export function withPlaceholder(pdf: Uint8Array, id: Identity, signingTime: Date, signatureLength: number): Buffer {
  return plainAddPlaceholder({
    pdfBuffer: Buffer.from(pdf),
    reason: 'Ký ban hành',
    contactInfo: '',
    name: id.cert.subject.getField('CN')?.value ?? 'signer',
    location: 'Việt Nam',
    signingTime,
    signatureLength,
  });
}

/** The PDF with one more signature by `id`, appended as an incremental update. */
export async function signPdf(
  pdf: Uint8Array,
  id: Identity,
  signingTime = new Date(Date.UTC(2025, 8, 22, 2, 14)),
  signatureLength = 8192,
) {
  const placed = withPlaceholder(pdf, id, signingTime, signatureLength);
  return new Uint8Array(await new SignPdf().sign(placed, new P12Signer(p12Of(id)), signingTime));
}

/**
 * The PDF signed in turn by each of `signers` (certified by `ca`), an hour apart from `first`:
 * the PDF after each signature, the last one signed by all.
 */
export async function signInTurn(
  pdf: Uint8Array,
  signers: Subject[],
  ca: Identity,
  first = new Date(Date.UTC(2026, 9, 8, 2, 0)),
): Promise<Uint8Array[]> {
  const steps: Uint8Array[] = [];
  for (const [i, subject] of signers.entries()) {
    pdf = await signPdf(pdf, makeSigner(subject, ca), new Date(first.getTime() + i * 3600_000));
    steps.push(pdf);
  }
  return steps;
}

/** A small one-page PDF with a classic cross-reference table (what @signpdf's placeholder reads). */
export function simplePdf(text = 'Quy che phoi hop'): Uint8Array {
  const stream = `BT /F1 14 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}
