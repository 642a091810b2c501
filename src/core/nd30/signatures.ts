// Signature blocks and Nơi nhận (Nghị định 30, Điều 13 and Phụ lục I mục II.7, II.9): the
// capacity line (TM. before the collective's name, KT./Q./TL./TUQ. before the head's title),
// the signer's title, room for the signature and seal, the name; Nơi nhận with "Lưu: VT" last.
import type { RegulationModel } from '../model';
import { normaliseCapacity } from '../capacity';
import { clean, foldKey } from '../text';
import { inSentence } from '../vietnamese/case';
import type { SignatureBlock } from './document';
import { PHRASES } from './phrases';

/** "Phó Hiệu trưởng" → "Hiệu trưởng": the head a deputy signs for. */
function headTitle(title: string, partyCode: string): string {
  const t = clean(title).replace(/^(?:phó|quyền)\s+/iu, '');
  if (t && t !== clean(title)) return t.charAt(0).toLocaleUpperCase('vi') + t.slice(1);
  return partyCode === 'NT' ? PHRASES.principal : clean(title);
}

/** A signature block for each signatory of a signing party; a party that only takes part in the work signs nothing. */
export function signatureBlocks(model: RegulationModel): SignatureBlock[] {
  const names = new Map(model.parties.map((p) => [p.code, clean(p.name)]));
  const supporting = new Set(model.parties.filter((p) => !p.signs).map((p) => p.code));
  return model.signatories
    .filter((s) => !supporting.has(s.partyCode))
    .map((s) => {
      const capacity = normaliseCapacity(s.capacity);
      const title = clean(s.title);
      const party = names.get(s.partyCode) ?? '';
      let lines: string[] = [];
      if (capacity === 'TM.') lines = [`TM. ${party || s.partyCode}`];
      else if (capacity === 'KT.' || capacity === 'TL.' || capacity === 'TUQ.')
        lines = [`${capacity} ${headTitle(s.title, s.partyCode)}`];
      else if (capacity === 'Q.') lines = [`Q. ${headTitle(s.title, s.partyCode)}`];
      else if (capacity) lines = [`${capacity} ${party}`];
      // A body's officer signing without a capacity (the commune's vice-chair): "ĐẠI DIỆN" names the
      // body, as joint documents write it, without claiming a TM. the workbook does not give.
      else if (s.partyCode !== 'NT' && party) lines = [`${PHRASES.represent} ${party}`];
      const sameAsCapacity = capacity === 'Q.' && lines[0] === `Q. ${title}`;
      return { capacity: lines, title: sameAsCapacity ? '' : title, name: clean(s.name) };
    });
}

const isArchive = (s: string) => /^lưu\s*:?\s*vt\b/iu.test(clean(s));

/**
 * Nơi nhận: one recipient a line with its purpose in brackets ("UBND xã Hòa Bình (báo cáo)"),
 * the archive line "Lưu: VT" last and as the Decree writes it. The writer adds "- " and ";"/".".
 */
export function recipientLines(recipients: Array<{ recipient: string; purpose: string }>): string[] {
  const rows = recipients.filter((r) => clean(r.recipient));
  const line = (r: { recipient: string; purpose: string }) => {
    const purpose = clean(r.purpose);
    if (isArchive(r.recipient) || !purpose) return clean(r.recipient);
    return `${clean(r.recipient)} (${inSentence(purpose)})`;
  };
  return [...rows.filter((r) => !isArchive(r.recipient)), ...rows.filter((r) => isArchive(r.recipient))].map(line);
}

export const isArchiveLine = isArchive;
export const sameText = (a: string, b: string) => foldKey(a) === foldKey(b);
