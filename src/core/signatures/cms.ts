// One PDF signature's CMS SignedData: who signed (the certificate the signer info names), when
// (the signing-time attribute), and whether it holds: the signed attributes' messageDigest equals
// the digest of the signed bytes, and the signature over those attributes verifies with the
// certificate's key. Read with the DER walker (der.ts); the host computes digests and checks the
// signature (node:crypto in the CLI); pkijs, over WebCrypto, is the fallback checker and builds
// certificate chains against the --trust anchors.
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { bytesOf, children, DerError, oid, rawOf, readNode, sameBytes, text, time, type DerNode } from './der';

export type DigestName = 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512';

const DIGESTS: Record<string, DigestName> = {
  '1.3.14.3.2.26': 'SHA-1',
  '2.16.840.1.101.3.4.2.1': 'SHA-256',
  '2.16.840.1.101.3.4.2.2': 'SHA-384',
  '2.16.840.1.101.3.4.2.3': 'SHA-512',
};
const OID = {
  signedData: '1.2.840.113549.1.7.2',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  commonName: '2.5.4.3',
  organisation: '2.5.4.10',
  tstInfo: '1.2.840.113549.1.9.16.1.4',
  timeStampToken: '1.2.840.113549.1.9.16.2.14',
  subjectKeyId: '2.5.29.14',
};

/** A name longer than this is cut where it is shown (a hostile certificate may carry 100 KB). */
export const NAME_LIMIT = 200;

export interface NameParts {
  cn: string;
  o: string;
}

export interface Cert {
  der: Uint8Array;
  serial: Uint8Array;
  issuerDer: Uint8Array;
  issuer: NameParts;
  subject: NameParts;
  notBefore: Date | null;
  notAfter: Date | null;
  spki: Uint8Array;
  keyId: Uint8Array | null;
}

export interface ParsedSignature {
  certificate: Cert | null;
  /** Every certificate carried in the signature. */
  carried: Cert[];
  digest: DigestName | null;
  signingTime: Date | null;
  /** The signed attributes as signed (re-tagged SET), or null. */
  signedAttrs: Uint8Array | null;
  messageDigest: Uint8Array | null;
  signatureAlgorithm: string;
  signature: Uint8Array;
  /** The encapsulated content (adbe.pkcs7.sha1, RFC 3161 timestamps), else null (detached). */
  eContent: Uint8Array | null;
  isTimestamp: boolean;
  /** The RFC 3161 token of the unsigned attribute id-aa-signatureTimeStampToken, as DER, or null. */
  timestampToken: Uint8Array | null;
}

export type CmsProblem = 'notCms' | 'noSigner' | 'noCertificate' | 'unsupportedDigest';

const cut = (s: string) => {
  const t = s.normalize('NFC').trim();
  return t.length > NAME_LIMIT ? `${t.slice(0, NAME_LIMIT)}…` : t;
};

function nameParts(buf: Uint8Array, name: DerNode): NameParts {
  const out: NameParts = { cn: '', o: '' };
  for (const rdn of children(buf, name))
    for (const atv of children(buf, rdn)) {
      const [type, value] = children(buf, atv);
      if (!type || !value) continue;
      const id = oid(buf, type);
      // Read a little past the limit, so that a 100 KB name is never decoded whole.
      if (id === OID.commonName && !out.cn) out.cn = cut(text(buf, value, NAME_LIMIT * 4 + 8));
      if (id === OID.organisation && !out.o) out.o = cut(text(buf, value, NAME_LIMIT * 4 + 8));
    }
  return out;
}

function readCert(buf: Uint8Array, node: DerNode): Cert {
  const [tbs] = children(buf, node);
  const f = children(buf, tbs);
  let i = f[0]?.tag === 0xa0 ? 1 : 0;
  const serial = f[i++];
  i++; // signature algorithm
  const issuer = f[i++];
  const validity = f[i++];
  const subject = f[i++];
  const spki = f[i++];
  if (!serial || !issuer || !validity || !subject || !spki) throw new DerError('certificate');
  const [nb, na] = children(buf, validity);
  let keyId: Uint8Array | null = null;
  const ext = f.find((x) => x.tag === 0xa3);
  if (ext)
    for (const e of children(buf, children(buf, ext)[0])) {
      const parts = children(buf, e);
      if (oid(buf, parts[0]) === OID.subjectKeyId) {
        const wrapped = parts[parts.length - 1];
        keyId = bytesOf(buf, readNode(buf, wrapped.body, wrapped.bodyEnd));
      }
    }
  return {
    der: rawOf(buf, node),
    serial: bytesOf(buf, serial),
    issuerDer: rawOf(buf, issuer),
    issuer: nameParts(buf, issuer),
    subject: nameParts(buf, subject),
    notBefore: nb ? time(buf, nb) : null,
    notAfter: na ? time(buf, na) : null,
    spki: rawOf(buf, spki),
    keyId,
  };
}

/** A serial number as upper-case hex, sign padding removed. */
export function serialHex(cert: Cert): string {
  let i = 0;
  while (i < cert.serial.length - 1 && cert.serial[i] === 0) i++;
  return Array.from(cert.serial.subarray(i), (b) => b.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
}

const withoutLeadingZeros = (b: Uint8Array) => {
  let i = 0;
  while (i < b.length - 1 && b[i] === 0) i++;
  return b.subarray(i);
};

export function parseCms(der: Uint8Array): ParsedSignature | CmsProblem {
  try {
    const top = readNode(der, 0);
    const [type, wrapped] = children(der, top);
    if (!type || oid(der, type) !== OID.signedData || !wrapped) return 'notCms';
    const sd = children(der, children(der, wrapped)[0]);
    const encap = children(der, sd[2]);
    const eType = oid(der, encap[0]);
    let eContent: Uint8Array | null = null;
    if (encap[1]) {
      const inner = children(der, encap[1])[0];
      // An OCTET STRING, or (BER) a constructed one in pieces.
      eContent =
        inner.tag === 0x04
          ? bytesOf(der, inner)
          : Uint8Array.from(children(der, inner).flatMap((p) => Array.from(bytesOf(der, p))));
    }
    const certNode = sd.find((n, i) => i > 2 && n.tag === 0xa0);
    const carried = certNode
      ? children(der, certNode)
          .filter((n) => n.tag === 0x30)
          .map((n) => readCert(der, n))
      : [];
    const infos = sd[sd.length - 1];
    const info = infos && infos.tag === 0x31 ? children(der, infos)[0] : undefined;
    if (!info) return 'noSigner';
    const si = children(der, info);
    const sid = si[1];
    const digestAlg = oid(der, children(der, si[2])[0]);
    let k = 3;
    const attrsNode = si[k]?.tag === 0xa0 ? si[k++] : null;
    const sigAlg = oid(der, children(der, si[k++])[0]);
    const signature = bytesOf(der, si[k]);
    const unsigned = si[k + 1]?.tag === 0xa1 ? si[k + 1] : null;
    let timestampToken: Uint8Array | null = null;
    for (const attr of unsigned ? children(der, unsigned) : []) {
      const [t, values] = children(der, attr);
      const value = values && children(der, values)[0];
      if (t && oid(der, t) === OID.timeStampToken && value && !timestampToken) timestampToken = rawOf(der, value);
    }
    let certificate: Cert | null = null;
    if (sid.tag === 0x30) {
      const [issuer, serial] = children(der, sid);
      const want = withoutLeadingZeros(bytesOf(der, serial));
      const bySerial = carried.filter((c) => sameBytes(withoutLeadingZeros(c.serial), want));
      certificate =
        bySerial.find((c) => sameBytes(c.issuerDer, rawOf(der, issuer))) ??
        (bySerial.length === 1 ? bySerial[0] : null);
    } else {
      const keyId = bytesOf(der, sid);
      certificate = carried.find((c) => c.keyId && sameBytes(c.keyId, keyId)) ?? null;
    }
    let signedAttrs: Uint8Array | null = null;
    let messageDigest: Uint8Array | null = null;
    let signingTime: Date | null = null;
    if (attrsNode) {
      signedAttrs = Uint8Array.from(rawOf(der, attrsNode));
      signedAttrs[0] = 0x31;
      for (const attr of children(der, attrsNode)) {
        const [t, values] = children(der, attr);
        const id = oid(der, t);
        const value = children(der, values)[0];
        if (id === OID.messageDigest && value) messageDigest = bytesOf(der, value);
        if (id === OID.signingTime && value) signingTime = time(der, value);
      }
    }
    return {
      certificate,
      carried,
      digest: DIGESTS[digestAlg] ?? null,
      signingTime,
      signedAttrs,
      messageDigest,
      signatureAlgorithm: sigAlg,
      signature,
      eContent,
      isTimestamp: eType === OID.tstInfo,
      timestampToken,
    };
  } catch {
    return 'notCms';
  }
}

/** A hash fed in steps, whose state can be copied (to finish two digests that share a start). */
export interface StepHash {
  update(part: Uint8Array): void;
  copy(): StepHash;
  digest(): Uint8Array;
}

/** The digest of the parts, in order; `start`, when the host has it, hashes in steps. */
export type Digest = ((algorithm: DigestName, parts: Uint8Array[]) => Promise<Uint8Array>) & {
  start?: (algorithm: DigestName) => StepHash;
};

/** Checks a signature over `data` with the key of `spki` (DER SubjectPublicKeyInfo). */
export type SignatureCheck = (args: {
  spki: Uint8Array;
  algorithm: string;
  digest: DigestName;
  data: Uint8Array;
  signature: Uint8Array;
}) => Promise<boolean>;

/** The fallback checker: pkijs over the platform's WebCrypto (the pane). */
export const webCryptoCheck: SignatureCheck = async ({ spki, algorithm, digest, data, signature }) => {
  try {
    const key = pkijs.PublicKeyInfo.fromBER(Uint8Array.from(spki));
    const crypto = pkijs.getCrypto(true);
    const rsa = algorithm === '1.2.840.113549.1.1.1';
    return await crypto.verifyWithPublicKey(
      Uint8Array.from(data),
      new asn1js.OctetString({ valueHex: Uint8Array.from(signature) }),
      key,
      new pkijs.AlgorithmIdentifier({ algorithmId: algorithm }),
      rsa ? digest : undefined,
    );
  } catch {
    return false;
  }
};

function tstImprint(tst: Uint8Array): { alg: DigestName | null; hash: Uint8Array } {
  const f = children(tst, readNode(tst, 0));
  const imprint = children(tst, f[2]);
  return { alg: DIGESTS[oid(tst, children(tst, imprint[0])[0])] ?? null, hash: bytesOf(tst, imprint[1]) };
}

/** The algorithm the signed byte ranges are hashed with (an RFC 3161 token's imprint, SHA-1 for adbe.pkcs7.sha1). */
export function rangeAlgorithm(sig: ParsedSignature): DigestName | null {
  if (!sig.eContent) return sig.digest;
  if (!sig.isTimestamp) return 'SHA-1';
  try {
    return tstImprint(sig.eContent).alg;
  } catch {
    return null;
  }
}

/**
 * Whether the signature holds over the signed bytes (given as their parts, the byte ranges):
 * messageDigest equals their digest (or, with encapsulated content, the content names that digest)
 * and the signature over the signed attributes verifies with the signer's key.
 */
export async function signatureHolds(
  sig: ParsedSignature,
  ranges: Uint8Array[],
  digest: Digest,
  check: SignatureCheck = webCryptoCheck,
): Promise<boolean> {
  if (!sig.certificate || !sig.digest) return false;
  try {
    let contentDigest: Uint8Array;
    if (sig.eContent) {
      // adbe.pkcs7.sha1 signs the ranges' SHA-1; an RFC 3161 token signs a TSTInfo that imprints them.
      if (sig.isTimestamp) {
        const { alg, hash } = tstImprint(sig.eContent);
        if (!alg || !sameBytes(hash, await digest(alg, ranges))) return false;
      } else if (!sameBytes(sig.eContent, await digest('SHA-1', ranges))) return false;
      contentDigest = await digest(sig.digest, [sig.eContent]);
    } else contentDigest = await digest(sig.digest, ranges);
    let data: Uint8Array;
    if (sig.signedAttrs) {
      if (!sig.messageDigest || !sameBytes(sig.messageDigest, contentDigest)) return false;
      data = sig.signedAttrs;
    } else {
      // No signed attributes: the signature is over the content itself.
      const parts = sig.eContent ? [sig.eContent] : ranges;
      data = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
      let at = 0;
      for (const p of parts) {
        data.set(p, at);
        at += p.length;
      }
    }
    return await check({
      spki: sig.certificate.spki,
      algorithm: sig.signatureAlgorithm,
      digest: sig.digest,
      data,
      signature: sig.signature,
    });
  } catch {
    return false;
  }
}

/** Whether the certificate was within its validity period at `when`. */
export function validAt(cert: Cert, when: Date): boolean {
  const t = when.getTime();
  return (!cert.notBefore || cert.notBefore.getTime() <= t) && (!cert.notAfter || t <= cert.notAfter.getTime());
}

/** A certificate from its DER bytes (a --trust file), for pkijs's chain engine; or null. */
export function certificateOf(der: Uint8Array): pkijs.Certificate | null {
  try {
    const asn1 = asn1js.fromBER(Uint8Array.from(der));
    if (asn1.offset === -1) return null;
    return new pkijs.Certificate({ schema: asn1.result });
  } catch {
    return null;
  }
}

/** Whether the signer's certificate chains, at the signing time, to one of the anchors. */
export async function chainsTo(sig: ParsedSignature, anchors: pkijs.Certificate[], when: Date): Promise<boolean> {
  if (!sig.certificate || anchors.length === 0) return false;
  try {
    const signer = certificateOf(sig.certificate.der);
    const others = sig.carried.filter((c) => c !== sig.certificate).map((c) => certificateOf(c.der));
    if (!signer) return false;
    const engine = new pkijs.CertificateChainValidationEngine({
      trustedCerts: anchors,
      certs: [signer, ...others.filter((c): c is pkijs.Certificate => c !== null)],
      checkDate: when,
    });
    return (await engine.verify()).result === true;
  } catch {
    return false;
  }
}
