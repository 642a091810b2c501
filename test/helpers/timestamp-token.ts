// RFC 3161 time-stamp tokens made at test time: a throw-away time-stamping authority signs a TSTInfo
// that imprints the SHA-256 of a signature's value, and the token is put in the signer info's
// unsigned attribute id-aa-signatureTimeStampToken (as a signing tool asks a TSA to do). Built with
// node-forge's ASN.1 writer; nothing here is used by the product.
import { createHash } from 'node:crypto';
import forge from 'node-forge';
import { SignPdf } from '@signpdf/signpdf';
import { P12Signer } from '@signpdf/signer-p12';
import { p12Of, withPlaceholder, type Identity } from './sign-pdf';

const A = forge.asn1;
const T = A.Type;
const U = A.Class.UNIVERSAL;
const C = A.Class.CONTEXT_SPECIFIC;
type Node = forge.asn1.Asn1;

const oid = (o: string) => A.create(U, T.OID, false, A.oidToDer(o).getBytes());
const int = (n: number) => A.create(U, T.INTEGER, false, A.integerToDer(n).getBytes());
const octets = (bin: string) => A.create(U, T.OCTETSTRING, false, bin);
const seq = (...v: Node[]) => A.create(U, T.SEQUENCE, true, v);
const set = (...v: Node[]) => A.create(U, T.SET, true, v);
const tagged = (n: number, ...v: Node[]) => A.create(C, n, true, v);
const der = (n: Node) => A.toDer(n).getBytes();
const sha256 = (bin: string) => createHash('sha256').update(Buffer.from(bin, 'binary')).digest().toString('binary');
const SHA256 = () => seq(oid('2.16.840.1.101.3.4.2.1'), A.create(U, T.NULL, false, ''));
const ID = {
  signedData: '1.2.840.113549.1.7.2',
  tstInfo: '1.2.840.113549.1.9.16.1.4',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  rsa: '1.2.840.113549.1.1.1',
  token: '1.2.840.113549.1.9.16.2.14',
};

const generalizedTime = (d: Date) =>
  A.create(
    U,
    T.GENERALIZEDTIME,
    false,
    d
      .toISOString()
      .replace(/[-:T]/g, '')
      .replace(/\.\d+Z$/, 'Z'),
  );

/** A token by `tsa`, at `genTime`, over the bytes `imprinted` (the signature value it stamps). */
export function timestampToken(tsa: Identity, imprinted: string, genTime: Date): Node {
  const tstInfo = der(
    seq(int(1), oid('1.2.3.4.1'), seq(SHA256(), octets(sha256(imprinted))), int(77), generalizedTime(genTime)),
  );
  const attrs = [
    seq(oid(ID.contentType), set(oid(ID.tstInfo))),
    seq(oid(ID.messageDigest), set(octets(sha256(tstInfo)))),
  ];
  const md = forge.md.sha256.create();
  md.update(der(set(...attrs)));
  const signature = (tsa.key as forge.pki.rsa.PrivateKey).sign(md);
  const signerInfo = seq(
    int(1),
    seq(
      forge.pki.distinguishedNameToAsn1(tsa.cert.issuer),
      A.create(U, T.INTEGER, false, forge.util.hexToBytes(tsa.cert.serialNumber)),
    ),
    SHA256(),
    tagged(0, ...attrs),
    seq(oid(ID.rsa), A.create(U, T.NULL, false, '')),
    octets(signature),
  );
  const signedData = seq(
    int(3),
    set(SHA256()),
    seq(oid(ID.tstInfo), tagged(0, octets(tstInfo))),
    tagged(0, forge.pki.certificateToAsn1(tsa.cert)),
    set(signerInfo),
  );
  return seq(oid(ID.signedData), tagged(0, signedData));
}

/** What the signature's unsigned attribute holds: a token, or bytes that are not one. */
export type Stamp = { tsa: Identity; genTime: Date; imprint?: 'signature' | 'other' } | { garbage: string };

/** The CMS with the token added to its signer info as the unsigned attribute. */
function withToken(cms: Buffer, stamp: Stamp): Buffer {
  const top = A.fromDer(forge.util.createBuffer(cms.toString('binary')));
  const sd = (top.value as Node[])[1].value[0] as Node;
  const infos = sd.value as Node[];
  const si = (infos[infos.length - 1].value as Node[])[0];
  const fields = si.value as Node[];
  const value = fields[fields.length - 1].value as string;
  const token =
    'garbage' in stamp
      ? seq(octets(stamp.garbage))
      : timestampToken(stamp.tsa, stamp.imprint === 'other' ? `${value}x` : value, stamp.genTime);
  fields.push(tagged(1, seq(oid(ID.token), set(token))));
  return Buffer.from(der(top), 'binary');
}

class StampedSigner extends P12Signer {
  constructor(
    p12: Buffer,
    private readonly stamp: Stamp,
  ) {
    super(p12);
  }
  async sign(pdf: Buffer, signingTime?: Date): Promise<Buffer> {
    return withToken(await super.sign(pdf, signingTime), this.stamp);
  }
}

/** The PDF signed by `id`, the signature carrying `stamp` as its time-stamp. */
export async function signPdfStamped(pdf: Uint8Array, id: Identity, stamp: Stamp, signingTime: Date) {
  const placed = withPlaceholder(pdf, id, signingTime, 16384);
  return new Uint8Array(await new SignPdf().sign(placed, new StampedSigner(p12Of(id), stamp), signingTime));
}
