// A signature's RFC 3161 time-stamp (the unsigned attribute id-aa-signatureTimeStampToken): a
// time-stamping authority signed, at genTime, a TSTInfo imprinting the digest of the signature
// value. The time is reported only when the token reads and holds over that value; otherwise the
// signature is said to carry an unreadable or unverified time-stamp (never an error of the run).
import { parseCms, signatureHolds, type Digest, type ParsedSignature, type SignatureCheck } from './cms';
import { children, readNode, time } from './der';
import type { TimestampProblem } from '../signing-time';

export type Timestamp = { at: Date } | { problem: TimestampProblem };

/** genTime: TSTInfo ::= SEQUENCE { version, policy, messageImprint, serialNumber, genTime, … }. */
function genTime(tstInfo: Uint8Array): Date | null {
  try {
    const fields = children(tstInfo, readNode(tstInfo, 0));
    const at = fields[4];
    return at && at.tag === 0x18 ? time(tstInfo, at) : null;
  } catch {
    return null;
  }
}

export async function readTimestamp(
  sig: ParsedSignature,
  digest: Digest,
  check?: SignatureCheck,
): Promise<Timestamp | null> {
  if (!sig.timestampToken) return null;
  const token = parseCms(sig.timestampToken);
  if (typeof token === 'string' || !token.isTimestamp || !token.eContent) return { problem: 'timestampUnreadable' };
  const at = genTime(token.eContent);
  if (!at) return { problem: 'timestampUnreadable' };
  const holds = await signatureHolds(token, [sig.signature], digest, check);
  return holds ? { at } : { problem: 'timestampMismatch' };
}
