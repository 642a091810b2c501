// Words of the domain, matched on folded text (lower case, no diacritics, đ → d) so that
// typos in marks and capitals ("Công Đoàn", "CÔNG ĐOÀN", "cong doan") all match.
import { STANDARD_PARTIES } from '../layout';
import { allMatches } from '../matches';
import { CADENCE_PHRASE, DOC_TYPES, DOC_TYPE_ALT, fold } from '../folded-words';

// fold, the document types and the cadence words live in the shared base (src/core/folded-words.ts),
// where the export and the rules read with them too; the import's modules import them from here.
export { CADENCE_PHRASE, DOC_TYPES, DOC_TYPE_ALT, fold };

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
