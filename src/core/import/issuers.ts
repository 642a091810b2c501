// Who issued a cited instrument. The words after "của" are not always a body: "… quyền hạn của
// Hiệu trường quy định tại Điều lệ …" is a sentence about a school role, and a Thông tư is never a
// principal's. Such words are not kept as the issuer; the number's symbol names the body when it
// can ("12/2011/TT-BGDĐT": Bộ Giáo dục và Đào tạo), and the clerk is asked to check either way.
import { fold } from './vocab';

/** Bodies a number's last symbol names (folded, without "&" or "-"). */
const SYMBOL_BODIES: Array<[RegExp, string]> = [
  [/^bgd(?:dt)?$/, 'Bộ Giáo dục và Đào tạo'],
  [/^cp$/, 'Chính phủ'],
  [/^qh\d*$/, 'Quốc hội'],
  [/^ubtvqh\d*$/, 'Ủy ban Thường vụ Quốc hội'],
  [/^ttg$/, 'Thủ tướng Chính phủ'],
  [/^bnv$/, 'Bộ Nội vụ'],
  [/^btc$/, 'Bộ Tài chính'],
  [/^byt$/, 'Bộ Y tế'],
  [/^bldtbxh$/, 'Bộ Lao động - Thương binh và Xã hội'],
  [/^tld$/, 'Tổng Liên đoàn Lao động Việt Nam'],
  [/^tw$/, 'Ban Chấp hành Trung ương'],
];

/** The body a document number's symbol names ("28/2020/TT-BGDĐT" → Bộ Giáo dục và Đào tạo), if one. */
export function issuerOfNumber(number: string): string | null {
  const symbol = number.split('/').slice(1).join('/');
  const last = fold(symbol).split(/[-/–]/).pop() ?? '';
  const key = last.replace(/[^a-z0-9]/g, '');
  return SYMBOL_BODIES.find(([re]) => re.test(key))?.[1] ?? null;
}

// A school or union role: it issues the school's own papers, never a law, decree or circular.
const ROLE =
  /^(?:pho\s+)?(?:hieu truong|chu tich|bi thu|to truong|truong ban)(?:\s+(?:nha truong|truong|cong doan|chi doan))?$/;
const STATE_TYPES = /^(?:luat|bo luat|nghi dinh|thong tu|thong tu lien tich|nghi quyet|chi thi|phap lenh|hien phap)$/;
// Words that make the "issuer" a piece of a sentence ("… Hiệu trường quy định tại Điều lệ …").
const SENTENCE = /(?<![a-z])(?:quy dinh|huong dan|tai dieu|tai khoan|duoc|nham|co trach nhiem|thuc hien)(?![a-z])/;
const BODY_START =
  /^(?:bo|chinh phu|quoc hoi|thu tuong|uy ban|ubnd|hdnd|hoi dong|so|phong|cong doan|tong lien doan|lien doan|ldld|ban|bch|dang|huyen uy|tinh uy|thanh uy|quan uy|trung uong|hoi|doan|truong|nha truong|trung tam|vien|cuc|tong cuc|van phong|mat tran|ubmttq|pgd|sgd|bgd|cdgd|cdcs)(?![a-z])/;

const roleForState = (f: string, type: string, number: string) =>
  ROLE.test(f) && (STATE_TYPES.test(fold(type)) || issuerOfNumber(number) !== null);

/**
 * The issuer of a cited instrument from the words after "của". A body followed by the rest of a
 * sentence keeps the body ("Bộ GD&ĐT quy định …" → Bộ GD&ĐT). Words that name no body (a piece
 * of a sentence, or a school role for an instrument only the state issues, or whose number names
 * another body) are `misread`: the issuer is then the body the number names, or none.
 */
export function readIssuer(issuer: string, type: string, number: string): { issuer: string; misread?: string } {
  const f = fold(issuer).replace(/\s+/g, ' ').trim();
  const cut = SENTENCE.exec(fold(issuer));
  const head = cut ? issuer.slice(0, cut.index).trim() : issuer;
  const fh = fold(head).replace(/\s+/g, ' ').trim();
  const named = fh && BODY_START.test(fh) && !roleForState(fh, type, number) && fh.split(' ').length <= 14;
  if (named) return { issuer: head.replace(/[\s,;:]+$/, '') };
  if (!f || (!cut && !roleForState(f, type, number) && f.split(' ').length <= 14)) return { issuer };
  return { issuer: issuerOfNumber(number) ?? '', misread: issuer };
}
