// How a signature stands for its party (thể thức ký, Nghị định 30/2020): the capacity written
// before the title (TM., KT., TUQ., TL., Q.) and whether the party is a collective body that signs
// "TM.". Shared by the rules, the importer and the Word export.
import { STANDARD_PARTIES } from './layout';
import { clean, stripMarks } from './text';

const COLLECTIVE_NAME =
  /\b(bch|ban chap hanh|chi bo|chi doan|cap uy|dang uy|ban dai dien|ban dd|hoi dong|uy ban|ubnd|ubmttq|mat tran|hoi\b|cong doan|doan thanh nien)/;
const STANDARD_COLLECTIVE = new Map(STANDARD_PARTIES.map((p) => [p.code, p.collective]));

export function isCollectiveParty(code: string, name: string, kind: string): boolean {
  const known = STANDARD_COLLECTIVE.get(code);
  if (known !== undefined) return known;
  const text = stripMarks(`${name} ${kind}`).toLowerCase();
  return COLLECTIVE_NAME.test(text);
}

/** `T/M`, `TM`, `t.m.`, `Thay mặt` → `TM.`; the same for the other capacities (CAPACITIES). */
export function normaliseCapacity(raw: string): string {
  const t = stripMarks(clean(raw)).toUpperCase().replace(/\s+/g, ' ');
  if (!t) return '';
  if (/^(T\s*\/\s*M|T\.?\s*M\.?|THAY MAT)(\s|$)/.test(t)) return 'TM.';
  if (/^(K\.?\s*T\.?|KY THAY)(\s|$)/.test(t)) return 'KT.';
  if (/^(T\.?\s*U\.?\s*Q\.?|THUA UY QUYEN)(\s|$)/.test(t)) return 'TUQ.';
  if (/^(T\.?\s*L\.?|THUA LENH)(\s|$)/.test(t)) return 'TL.';
  if (/^(Q\.?|QUYEN)(\s|$)/.test(t)) return 'Q.';
  return clean(raw);
}
