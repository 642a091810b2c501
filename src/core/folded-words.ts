// Text folded for matching words (lower case, no marks, đ → d, one unit per unit so that offsets
// map back) and the words of the domain matched on it that more than one feature reads with: the
// import reads a document with them, the export and the rules read back what the import would.

// One folded unit per UTF-16 unit, computed on first sight (0 = not yet).
const FOLD_TABLE = new Uint16Array(0x2000);
function foldUnit(c: number): number {
  const ch = String.fromCharCode(c);
  let f = ch === 'đ' || ch === 'Đ' ? 'd' : (ch.normalize('NFD')[0] ?? ch).toLowerCase();
  if (f.length !== 1) f = ch;
  return (FOLD_TABLE[c] = f.charCodeAt(0));
}
const foldMemo = new Map<string, string>();
const QUI = /(?<![a-z])qui(?![a-z])/g;

/** Lower case without marks, one UTF-16 unit per unit so offsets map back to the original. */
export function fold(s: string): string {
  const hit = foldMemo.get(s);
  if (hit !== undefined) return hit;
  // The units in a plain array handed to String.fromCharCode (a typed array spread into it, or
  // a string grown unit by unit, costs several times more); a unit past the table is kept.
  const n = s.length;
  const units: number[] = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    units[i] = c < 0x2000 ? FOLD_TABLE[c] || foldUnit(c) : c;
  }
  let r = '';
  for (let i = 0; i < n; i += 8192) r += String.fromCharCode.apply(null, n <= 8192 ? units : units.slice(i, i + 8192));
  // "Qui chế", "hàng quí": the old spelling of quy, same length, so every keyword matches both.
  if (r.includes('qui')) r = r.replace(QUI, 'quy');
  if (foldMemo.size > 20000) foldMemo.clear();
  foldMemo.set(s, r);
  return r;
}

/** Document types, folded, longest first, with the way they are written. */
export const DOC_TYPES: Array<[string, string]> = [
  ['thong tu lien tich', 'Thông tư liên tịch'],
  ['nghi quyet lien tich', 'Nghị quyết liên tịch'],
  ['ke hoach lien tich', 'Kế hoạch liên tịch'],
  ['ke hoach phoi hop', 'Kế hoạch phối hợp'],
  ['quy che phoi hop', 'Quy chế phối hợp'],
  ['van ban hop nhat', 'Văn bản hợp nhất'],
  ['bo luat', 'Bộ luật'],
  ['hien phap', 'Hiến pháp'],
  ['phap lenh', 'Pháp lệnh'],
  ['nghi dinh', 'Nghị định'],
  ['nghi quyet', 'Nghị quyết'],
  ['thong tu', 'Thông tư'],
  ['quyet dinh', 'Quyết định'],
  ['chi thi', 'Chỉ thị'],
  ['ket luan', 'Kết luận'],
  ['cong van', 'Công văn'],
  ['cong dien', 'Công điện'],
  ['huong dan', 'Hướng dẫn'],
  ['ke hoach', 'Kế hoạch'],
  ['quy che', 'Quy chế'],
  ['quy dinh', 'Quy định'],
  ['dieu le', 'Điều lệ'],
  ['thong bao', 'Thông báo'],
  ['chuong trinh', 'Chương trình'],
  ['to trinh', 'Tờ trình'],
  ['bao cao', 'Báo cáo'],
  ['van ban', 'Văn bản'],
  ['luat', 'Luật'],
  // Names that lost their toned letters in a failed conversion ("Căn c lut CĐ và ngh định s 133").
  ['ngh dinh', 'Nghị định'],
  ['ch th', 'Chỉ thị'],
  ['lut', 'Luật'],
];
export const DOC_TYPE_ALT = DOC_TYPES.map(([f]) => f.replace(/ /g, '\\s+')).join('|');

/**
 * Cadence words as documents write them (folded): "từng học kỳ", "hàng tháng, quý", "mỗi năm 02
 * lần". The lookahead names the letters and digits the phrases start with (keep it in step): it
 * changes no match, and lets most places be passed over at once.
 */
export const CADENCE_PHRASE =
  /(?<![a-z])(?=[tdhmcskb\d])(?:th(?:u|)ong xuyen|dot xuat|dinh ky(?: (?:\d+|mot|hai|ba|sau) thang (?:mot|1|01) lan| so ket,? tong ket| hang (?:tuan|thang|quy|nam))?|(?:hang|tung|moi) (?:ngay|tuan|thang|quy|hoc ky|nam(?: hoc)?)(?:,? (?:quy|nam|hoc ky|thang))?(?: (?:\d+|mot|hai|ba) lan)?|\d+ lan ?\/ ?nam(?: hoc)?|(?:1|01|mot) lan ?\/ ?(?:thang|tuan|quy|hoc ky)|(?:moi|mot) nam(?: hoc)? (?:\d+|mot|hai|ba) lan|(?:\d+|hai|ba) lan (?:mot|moi|trong) nam(?: hoc)?|dau nam(?: hoc)?|cuoi nam(?: hoc)?|so ket,? tong ket|khi (?:co )?(?:yeu cau|can(?: thiet)?|phat sinh|viec dot xuat)|(?:hop |mot cach )?bat thuong|(?:dau|cuoi|sau) (?:cac |tung )?hoc ky(?! (?:i|ii|1|2)(?![a-z\d])))(?![a-z])/g;
