// The host side of `verify`: the PDF's bytes (held to a size limit), its digests with node:crypto
// (streamed over the signed ranges, never copied), the trust anchors of a --trust folder, and the
// PDF's text for the comparison with the workbook.
import { constants, createHash, createPublicKey, verify, type Hash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type * as pkijs from 'pkijs';
import { UserError } from '../core/i18n';
import { certificateOf, type Digest, type SignatureCheck, type StepHash } from '../core/signatures/cms';
import { readInputFile } from './files';

/** A signed regulation is a few MB at most; a scanned one with many pages stays well under this. */
export const PDF_BYTES_LIMIT = 200 * 1024 * 1024;

const NODE_DIGEST: Record<string, string> = {
  'SHA-1': 'sha1',
  'SHA-256': 'sha256',
  'SHA-384': 'sha384',
  'SHA-512': 'sha512',
};

export const nodeDigest: Digest = async (algorithm, parts) => {
  const hash = createHash(NODE_DIGEST[algorithm]);
  for (const p of parts) hash.update(p);
  return new Uint8Array(hash.digest());
};

/** Hashing in steps: the signatures' shared start is hashed once (see range-digests.ts). */
function stepHash(hash: Hash): StepHash {
  return {
    update: (part) => void hash.update(part),
    copy: () => stepHash(hash.copy()),
    digest: () => new Uint8Array(hash.digest()),
  };
}
nodeDigest.start = (algorithm) => stepHash(createHash(NODE_DIGEST[algorithm]));

const RSA_PSS = '1.2.840.113549.1.1.10';

/** A signature checked by node:crypto (RSA PKCS#1 v1.5 and PSS, ECDSA, Ed25519), from the key's DER. */
export const nodeCheck: SignatureCheck = async ({ spki, algorithm, digest, data, signature }) => {
  try {
    const key = createPublicKey({ key: Buffer.from(spki), format: 'der', type: 'spki' });
    const hash = key.asymmetricKeyType === 'ed25519' ? null : NODE_DIGEST[digest];
    const options =
      algorithm === RSA_PSS
        ? { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_AUTO }
        : key;
    return verify(hash, data, options, signature);
  } catch {
    return false;
  }
};

export async function readPdfFile(file: string): Promise<Uint8Array> {
  return readInputFile(file, PDF_BYTES_LIMIT);
}

const PEM = /-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g;
const ANCHOR_FILE = /\.(pem|crt|cer)$/i;
const ANCHOR_FILE_LIMIT = 1024 * 1024;

/** Every certificate in the folder's .pem, .crt and .cer files (PEM, several to a file, or DER). */
export async function readTrustAnchors(dir: string): Promise<pkijs.Certificate[]> {
  let names: string[];
  try {
    names = (await fs.readdir(dir)).filter((n) => ANCHOR_FILE.test(n)).sort();
  } catch {
    throw new UserError('input.notFound', { file: dir });
  }
  const anchors: pkijs.Certificate[] = [];
  for (const name of names) {
    const file = path.join(dir, name);
    const bytes = await readInputFile(file, ANCHOR_FILE_LIMIT);
    const text = Buffer.from(bytes).toString('latin1');
    const ders = text.includes('-----BEGIN CERTIFICATE-----')
      ? [...text.matchAll(PEM)].map((m) => new Uint8Array(Buffer.from(m[1].replace(/\s+/g, ''), 'base64')))
      : [bytes];
    for (const der of ders) {
      const cert = certificateOf(der);
      if (!cert) throw new UserError('verify.badAnchor', { file });
      anchors.push(cert);
    }
  }
  if (anchors.length === 0) throw new UserError('verify.noAnchors', { dir });
  return anchors;
}
