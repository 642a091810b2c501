// One PDF signature's CMS SignedData (pkijs + asn1js): who signed (the certificate named by the
// signer info), when (the signing-time attribute), and whether it holds: the signed attributes'
// messageDigest equals the digest of the signed bytes, and the signature over those attributes
// verifies with the certificate's key. The host computes the bytes' digest (node:crypto in the
// CLI, WebCrypto in the pane); pkijs checks the signature with the platform's WebCrypto.
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

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
};

/** A name longer than this is cut where it is shown (a hostile certificate may carry 100 KB). */
export const NAME_LIMIT = 200;

export interface ParsedSignature {
  signedData: pkijs.SignedData;
  signerInfo: pkijs.SignerInfo;
  certificate: pkijs.Certificate | null;
  /** Every certificate carried in the signature. */
  carried: pkijs.Certificate[];
  digest: DigestName | null;
  signingTime: Date | null;
  /** The encapsulated content (adbe.pkcs7.sha1, RFC 3161 timestamps), else null (detached). */
  eContent: Uint8Array | null;
  isTimestamp: boolean;
}

export type CmsProblem = 'notCms' | 'noSigner' | 'noCertificate' | 'unsupportedDigest';

const cut = (s: string) => (s.length > NAME_LIMIT ? `${s.slice(0, NAME_LIMIT)}…` : s);

export function nameField(name: pkijs.RelativeDistinguishedNames, oid: string): string {
  const hit = name.typesAndValues.find((t) => t.type === oid);
  if (!hit) return '';
  const value = (hit.value as { valueBlock?: { value?: unknown } }).valueBlock?.value;
  return typeof value === 'string' ? cut(value.normalize('NFC').trim()) : '';
}

export const commonName = (name: pkijs.RelativeDistinguishedNames) => nameField(name, OID.commonName);
export const organisation = (name: pkijs.RelativeDistinguishedNames) => nameField(name, OID.organisation);

/** A serial number as upper-case hex, sign padding removed. */
export function serialHex(cert: pkijs.Certificate): string {
  const bytes = cert.serialNumber.valueBlock.valueHexView;
  let i = 0;
  while (i < bytes.length - 1 && bytes[i] === 0) i++;
  return Array.from(bytes.subarray(i), (b) => b.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
}

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);

function signerCertificate(info: pkijs.SignerInfo, certs: pkijs.Certificate[]): pkijs.Certificate | null {
  const sid = info.sid as pkijs.IssuerAndSerialNumber | asn1js.OctetString;
  if (sid instanceof pkijs.IssuerAndSerialNumber) {
    const serial = sid.serialNumber.valueBlock.valueHexView;
    const bySerial = certs.filter((c) => sameBytes(c.serialNumber.valueBlock.valueHexView, serial));
    return bySerial.find((c) => c.issuer.isEqual(sid.issuer)) ?? (bySerial.length === 1 ? bySerial[0] : null);
  }
  const keyId = (sid as asn1js.OctetString).valueBlock.valueHexView;
  return (
    certs.find((c) => {
      const ext = c.extensions?.find((e) => e.extnID === '2.5.29.14');
      const parsed = ext?.parsedValue as asn1js.OctetString | undefined;
      return parsed ? sameBytes(parsed.valueBlock.valueHexView, keyId) : false;
    }) ?? null
  );
}

export function parseCms(der: Uint8Array): ParsedSignature | CmsProblem {
  let signedData: pkijs.SignedData;
  try {
    const asn1 = asn1js.fromBER(der);
    if (asn1.offset === -1) return 'notCms';
    const info = new pkijs.ContentInfo({ schema: asn1.result });
    if (info.contentType !== OID.signedData) return 'notCms';
    signedData = new pkijs.SignedData({ schema: info.content });
  } catch {
    return 'notCms';
  }
  const signerInfo = signedData.signerInfos[0];
  if (!signerInfo) return 'noSigner';
  const carried = (signedData.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate);
  const certificate = signerCertificate(signerInfo, carried);
  const attrs = signerInfo.signedAttrs?.attributes ?? [];
  const timeAttr = attrs.find((a) => a.type === OID.signingTime)?.values[0] as asn1js.UTCTime | undefined;
  let signingTime: Date | null = null;
  try {
    signingTime = timeAttr ? (timeAttr as asn1js.UTCTime).toDate() : null;
  } catch {
    signingTime = null;
  }
  const e = signedData.encapContentInfo;
  const eContent = e?.eContent ? new Uint8Array(e.eContent.getValue()) : null;
  return {
    signedData,
    signerInfo,
    certificate,
    carried,
    digest: DIGESTS[signerInfo.digestAlgorithm.algorithmId] ?? null,
    signingTime: signingTime && !Number.isNaN(signingTime.getTime()) ? signingTime : null,
    eContent,
    isTimestamp: e?.eContentType === OID.tstInfo,
  };
}

export type Digest = (algorithm: DigestName, parts: Uint8Array[]) => Promise<Uint8Array>;

/**
 * Whether the signature holds over the signed bytes (given as their parts, the byte ranges):
 * messageDigest equals their digest (or, with encapsulated content, the content names that digest)
 * and the signature over the signed attributes verifies with the signer's key.
 */
export async function signatureHolds(sig: ParsedSignature, ranges: Uint8Array[], digest: Digest): Promise<boolean> {
  if (!sig.certificate || !sig.digest) return false;
  const attrs = sig.signerInfo.signedAttrs;
  const rangesDigest = await digest(sig.digest, ranges);
  let signedContentDigest = rangesDigest;
  if (sig.eContent) {
    // adbe.pkcs7.sha1 signs the ranges' SHA-1; an RFC 3161 token signs a TSTInfo that imprints them.
    if (sig.isTimestamp) {
      const tst = new pkijs.TSTInfo({ schema: asn1js.fromBER(sig.eContent).result });
      const alg = DIGESTS[tst.messageImprint.hashAlgorithm.algorithmId];
      if (!alg) return false;
      const imprint = new Uint8Array(tst.messageImprint.hashedMessage.valueBlock.valueHexView);
      if (!sameBytes(imprint, await digest(alg, ranges))) return false;
    } else if (!sameBytes(sig.eContent, await digest('SHA-1', ranges))) return false;
    signedContentDigest = await digest(sig.digest, [sig.eContent]);
  }
  let data: Uint8Array;
  if (attrs) {
    const md = attrs.attributes.find((a) => a.type === OID.messageDigest)?.values[0] as asn1js.OctetString | undefined;
    if (!md || !sameBytes(new Uint8Array(md.valueBlock.valueHexView), signedContentDigest)) return false;
    data = new Uint8Array(attrs.encodedValue);
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
  try {
    const crypto = pkijs.getCrypto(true);
    const rsa = sig.signerInfo.signatureAlgorithm.algorithmId === '1.2.840.113549.1.1.1';
    return await crypto.verifyWithPublicKey(
      data,
      sig.signerInfo.signature,
      sig.certificate.subjectPublicKeyInfo,
      sig.signerInfo.signatureAlgorithm,
      rsa ? sig.digest : undefined,
    );
  } catch {
    return false;
  }
}

/** Whether the certificate was within its validity period at `when`. */
export function validAt(cert: pkijs.Certificate, when: Date): boolean {
  return cert.notBefore.value.getTime() <= when.getTime() && when.getTime() <= cert.notAfter.value.getTime();
}

/** Whether the signer's certificate chains, at the signing time, to one of the anchors. */
export async function chainsTo(sig: ParsedSignature, anchors: pkijs.Certificate[], when: Date): Promise<boolean> {
  if (!sig.certificate || anchors.length === 0) return false;
  try {
    const engine = new pkijs.CertificateChainValidationEngine({
      trustedCerts: anchors,
      certs: [sig.certificate, ...sig.carried.filter((c) => c !== sig.certificate)],
      checkDate: when,
    });
    const result = await engine.verify();
    return result.result === true;
  } catch {
    return false;
  }
}

/** A certificate from its DER bytes (a --trust file), or null. */
export function certificateOf(der: Uint8Array): pkijs.Certificate | null {
  try {
    const asn1 = asn1js.fromBER(der);
    if (asn1.offset === -1) return null;
    return new pkijs.Certificate({ schema: asn1.result });
  } catch {
    return null;
  }
}
