// Words of the domain, matched on folded text (lower case, no diacritics, đ → d) so that
// typos in marks and capitals ("Công Đoàn", "CÔNG ĐOÀN", "cong doan") all match.
import { STANDARD_PARTIES } from '../layout';
import { allMatches } from '../matches';

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

/** Wrap alternatives so they match whole words only. */
export const word = (alternatives: string) => `(?<![a-z0-9])(?:${alternatives})(?![a-z0-9])`;

export interface PartyDef {
  code: string;
  /** Name proposed when the document's own wording is not usable. */
  name: string;
  kind: string;
  standard: boolean;
  pattern: RegExp;
  /** Only counts in a title ("giữa Đảng, chính quyền và …"): elsewhere "Đảng" is the national party. */
  titleOnly?: boolean;
}

const std = (code: string) => STANDARD_PARTIES.find((p) => p.code === code)!;
const def = (code: string, alternatives: string, extra: Partial<PartyDef> = {}): PartyDef => {
  const s = std(code);
  return { code, name: s.name, kind: s.kind, standard: true, pattern: new RegExp(word(alternatives), 'g'), ...extra };
};
const other = (code: string, name: string, alternatives: string, kind = 'Mặt trận, hội, đoàn thể'): PartyDef => ({
  code,
  name,
  kind,
  standard: false,
  pattern: new RegExp(word(alternatives), 'g'),
});

const SCHOOL_TYPES =
  'mam non|mn|mau giao|mg|tieu hoc|th|thcs|thpt|trung hoc co so|trung hoc pho thong|pho thong|lien cap|th ?& ?thcs|thcs ?& ?thpt|nha tre';
// "trờng" is "trường" that lost its horn in a legacy conversion: before a school type it can be nothing else.
// A school of several levels names them all: "Trường TH, THCS và THPT Văn Hiến".
export const SCHOOL_TYPE_RE = new RegExp(
  // "Trường TH Lúa Vàng", and the school as its union's unit names it: "CĐCS TH Lúa Vàng".
  `(?<![a-z0-9])(?:tr(?:u|)ong|cdcs|cd) (?:${SCHOOL_TYPES})(?:\\s*(?:,|&|va)\\s*(?:${SCHOOL_TYPES}))*(?![a-z0-9])`,
  'g',
);

/** Every body a regulation names, longest forms first within each; overlaps keep the longest match. */
export const PARTY_DEFS: PartyDef[] = [
  other(
    'DTNX',
    'Đoàn thanh niên xã',
    '(?:bch |ban chap hanh )?doan thanh nien (?:cong san (?:ho chi minh )?)?(?:xa|phuong|thi tran)|(?:bch |ban chap hanh )?doan (?:xa|phuong|thi tran)|xa doan',
    'Đoàn thanh niên',
  ),
  other('LHTN', 'Hội Liên hiệp thanh niên xã', 'hoi lien hiep thanh nien(?: viet nam)?(?: xa| phuong)?'),
  other('DU', 'Đảng ủy xã', 'dang uy(?: xa| phuong| thi tran)?', 'Khác'),
  other('HND', 'Hội Nông dân', 'hoi nong dan(?: xa| phuong)?'),
  other('HKH', 'Hội Khuyến học', 'hoi khuyen hoc(?: xa| phuong)?'),
  other('CTD', 'Hội Chữ thập đỏ', 'hoi chu thap do(?: xa| phuong)?'),
  other('NCT', 'Hội Người cao tuổi', 'hoi nguoi cao tuoi(?: xa| phuong)?'),
  other('CA', 'Công an xã', 'cong an (?:xa|phuong|thi tran)', 'Chính quyền địa phương'),
  other('TYT', 'Trạm y tế xã', 'tram y te(?: xa| phuong)?', 'Chính quyền địa phương'),
  other('LDLD', 'Liên đoàn Lao động', 'lien doan lao dong(?: huyen| quan| thanh pho| tinh)?', 'Công đoàn'),
  def(
    'MTTQ',
    'ub ?mttq|uy ban mat tran(?: to quoc(?: viet nam)?)?|(?:ban thuong truc )?mat tran to quoc(?: viet nam)?|mttq|mat tran(?: xa| phuong)',
  ),
  def('UBND', 'ubnd|uy ban nhan dan|chinh quyen dia phuong|chinh quyen (?:xa|phuong|thi tran)'),
  def('PN', 'hoi (?:lien hiep )?phu nu(?: viet nam)?|hoi lhpn|lhpn|hoi pn|phu nu xa'),
  def('CCB', 'hoi cuu chien binh|hoi ccb|ccb|cuu chien binh'),
  def('CGC', 'hoi cuu giao chuc|hoi cgc|cuu giao chuc'),
  def(
    'CMHS',
    '(?:ban dai dien|bdd|bd) (?:hoi )?(?:cha me (?:hoc sinh|tre em|tre|hs)|cha me|cmhs|cmte|cmt)|hoi (?:cha me (?:hoc sinh|tre em|tre)|cmhs|cmte|cmt)|cha me (?:hoc sinh|tre em|tre)|cmhs|cmte|hoi phu huynh|ban phu huynh|phu huynh hoc sinh',
  ),
  def('DN', '(?:cac )?doanh nghiep|cong ty'),
  def('CB', '(?:bch |ban chap hanh )?chi bo|chi uy|cap uy(?: chi bo)?'),
  def('CB', 'dang', { titleOnly: true }),
  def(
    'CDTN',
    '(?:bch |ban chap hanh )?chi doan(?: thanh nien| giao vien| gv)?|(?:bch |ban chap hanh )?(?<!cong )doan truong|doan thanh nien(?: cong san)?(?: ho chi minh)?|doan tncs(?: hcm| ho chi minh)?|doan tn',
  ),
  def(
    'CD',
    '(?:bch |bhc |ban chap hanh )?cong doan(?: co so)?|bchcdcs|bch cdcs|bchcd|bch cd|ban chap hanh cd|cdcs|ctcd|ct cd|chu tich cd(?:cs)?',
  ),
  def(
    'NT',
    // The school side goes by many names: Thủ trưởng cơ quan, Ban lãnh đạo, chuyên môn đồng cấp (CQCM).
    `nha tr(?:u|)ong|ban giam hieu|bgh|chinh quyen(?! dia phuong| xa| phuong| thi tran)|(?:pho )?hieu truong|truong (?:${SCHOOL_TYPES})|thu truong(?: co quan| don vi)?|(?:ban )?lanh dao(?: nha truong| truong| co quan)|ban lanh dao|cqcm|co quan chuyen mon|chuyen mon dong cap`,
  ),
];

export interface Mention {
  code: string;
  def: PartyDef;
  start: number;
  end: number;
  /** The words as written. */
  surface: string;
}

/** Bodies named in a text, left to right, overlaps resolved to the longest. */
// One memo for titles, one for the rest: keyed by the text itself, whose hash the string keeps,
// rather than by a new string made for each look-up.
const mentionMemo = new Map<string, Mention[]>();
const titleMentionMemo = new Map<string, Mention[]>();

/** Bodies named in a text, left to right, overlaps resolved to the longest. The result is shared: do not change it. */
export function findMentions(text: string, opts: { title?: boolean } = {}): Mention[] {
  const memo = opts.title ? titleMentionMemo : mentionMemo;
  const hit = memo.get(text);
  if (hit) return hit;
  const found = scanMentions(text, opts);
  if (mentionMemo.size + titleMentionMemo.size > 20000) {
    mentionMemo.clear();
    titleMentionMemo.clear();
  }
  memo.set(text, found);
  return found;
}

function scanMentions(text: string, opts: { title?: boolean }): Mention[] {
  const folded = fold(text);
  const all: Mention[] = [];
  for (const d of PARTY_DEFS) {
    if (d.titleOnly) {
      if (!opts.title) continue;
      // "Đảng" as a party of the title, not "Đảng ủy", "Đảng bộ", "đảng viên", "Đảng, Nhà nước".
      d.pattern.lastIndex = 0;
      for (const m of allMatches(folded, d.pattern)) {
        const after = folded.slice(m.index! + m[0].length, m.index! + m[0].length + 12);
        if (/^ (uy|bo|vien|cong san)|^,? nha nuoc/.test(after)) continue;
        all.push({
          code: d.code,
          def: d,
          start: m.index!,
          end: m.index! + m[0].length,
          surface: text.slice(m.index!, m.index! + m[0].length),
        });
      }
      continue;
    }
    for (const m of allMatches(folded, d.pattern)) {
      all.push({
        code: d.code,
        def: d,
        start: m.index!,
        end: m.index! + m[0].length,
        surface: text.slice(m.index!, m.index! + m[0].length),
      });
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: Mention[] = [];
  for (const m of all) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) {
      if (m.end - m.start > last.end - last.start) out[out.length - 1] = m;
      continue;
    }
    out.push(m);
  }
  return out;
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
 * Family names that open a name, Kinh, Tày and Nùng (Bế, Lục), and of the Central Highlands (Ksor,
 * Siu; Ê Đê names open with Y or H' and end with the clan: "Y Bhin Niê"). A capitalised line
 * starting with one is a person. Văn is left out: it is a middle name far more often.
 */
export const SURNAMES = new Set(
  'nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dao doan dinh luong truong mai ha ta cao lam to quach vuong kieu chu trieu thai luu dam kim nong lo la hua trinh tang mac lai khuc phung giap tu diep chau au ninh doan than tong nghiem quan hau ung son thach lang lu la y ma sam hoa an bach banh biem cam can cu dien giang han hong khong kha khong lac lieu linh lung man mong nhan ong phi quang ton thang thieu tieu tiet trac tri uong vi vien xa be luc nguy hoang ha h k ksor ro siu rah nay kpa rmah ale dieu danh lieng'.split(
    ' ',
  ),
);

/**
 * Cadence words as documents write them (folded): "từng học kỳ", "hàng tháng, quý", "mỗi năm 02
 * lần". The lookahead names the letters and digits the phrases start with (keep it in step): it
 * changes no match, and lets most places be passed over at once.
 */
export const CADENCE_PHRASE =
  /(?<![a-z])(?=[tdhmcskb\d])(?:th(?:u|)ong xuyen|dot xuat|dinh ky(?: (?:\d+|mot|hai|ba|sau) thang (?:mot|1|01) lan| so ket,? tong ket| hang (?:tuan|thang|quy|nam))?|(?:hang|tung|moi) (?:ngay|tuan|thang|quy|hoc ky|nam(?: hoc)?)(?:,? (?:quy|nam|hoc ky|thang))?(?: (?:\d+|mot|hai|ba) lan)?|\d+ lan ?\/ ?nam(?: hoc)?|(?:1|01|mot) lan ?\/ ?(?:thang|tuan|quy|hoc ky)|(?:moi|mot) nam(?: hoc)? (?:\d+|mot|hai|ba) lan|(?:\d+|hai|ba) lan (?:mot|moi|trong) nam(?: hoc)?|dau nam(?: hoc)?|cuoi nam(?: hoc)?|so ket,? tong ket|khi (?:co )?(?:yeu cau|can(?: thiet)?|phat sinh|viec dot xuat)|(?:hop |mot cach )?bat thuong|(?:dau|cuoi|sau) (?:cac |tung )?hoc ky(?! (?:i|ii|1|2)(?![a-z\d])))(?![a-z])/g;
