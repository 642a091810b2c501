// Vietnamese certification authorities, recognised by the names on their certificates so that a
// clerk reads "VNPT-CA" rather than a distinguished name. Recognition says who issued, never that
// the issuer is trusted: trust comes only from the anchors given with --trust.
import { stripMarks } from '../text';

const AUTHORITIES: Array<[RegExp, string]> = [
  [/government|chinh phu|ban co yeu|\bgca\b/, 'Ban Cơ yếu Chính phủ (CA Chính phủ)'],
  [/national root|\bnrca\b|bo thong tin|ministry of information/, 'Trung tâm Chứng thực điện tử quốc gia (Root CA)'],
  [/vnpt/, 'VNPT-CA'],
  [/viettel/, 'Viettel-CA'],
  [/misa/, 'MISA-CA'],
  [/\bfpt/, 'FPT-CA'],
  [/bkav/, 'BKAV-CA'],
  [/nacencomm|\bca2\b/, 'CA2 (Nacencomm)'],
  [/safe-?ca/, 'SAFE-CA'],
  [/newtel/, 'NEWTEL-CA'],
  [/\bcmc/, 'CMC-CA'],
  [/\befy/, 'EFY-CA'],
  [/vina-?ca|vinaca/, 'VINA-CA'],
  [/easy-?ca/, 'EASYCA'],
  [/smart-?sign/, 'SmartSign'],
  [/trust-?ca/, 'TrustCA'],
];

/** The authority's short name when one of `names` (issuer CN, issuer O) is a known Vietnamese CA. */
export function knownAuthority(...names: string[]): string | null {
  const text = stripMarks(names.join(' ')).toLowerCase();
  for (const [re, label] of AUTHORITIES) if (re.test(text)) return label;
  return null;
}
