// The end of a document: signature blocks and Nơi nhận. Word's two-column layouts arrive
// flattened ("title, title, name, name"), capacities come as TM., T/M, KT., ĐẠI DIỆN, a
// party may sign after Nơi nhận, and one person may sign for two bodies.
import { CAPACITIES } from '../layout';
import { normaliseCapacity } from '../capacity';
import type { ExtractedRecipient } from './types';
import { findMentions, fold, SURNAMES, type PartyDef } from './vocab';
import { capitalLetters } from '../vietnamese/letters';

export interface VLine {
  /** Index in the parser's line array. */
  idx: number;
  /** 1-based source line. */
  no: number;
  text: string;
}

export type TailClass = 'noise' | 'recipientsHead' | 'capacity' | 'title' | 'bodyTitle' | 'name';

const TITLE_WORDS =
  '(?:pho\\s+)?(?:hieu tr(?:u|)ong|chu tich|bi thu|truong ban|to truong|giam doc|truong phong|chu nhiem|thu truong|chanh van phong|truong khoa|thu ky|uy vien|tram truong|truong tram|truong cong an)';
const TITLE_RE = new RegExp(`^${TITLE_WORDS}(?![a-z])`);
const ABBREVIATED_TITLES: Record<string, string> = {
  ctcd: 'Chủ tịch công đoàn',
  'ct cd': 'Chủ tịch công đoàn',
  ctcdcs: 'Chủ tịch công đoàn cơ sở',
  btcd: 'Bí thư chi đoàn',
  'bt cd': 'Bí thư chi đoàn',
  btcb: 'Bí thư chi bộ',
  pht: 'Phó hiệu trưởng',
};
const NOISE =
  /^[([]?\s*(?:da ky|ky ten|ky,? ghi ro ho ten|ky va ghi ro ho ten|ky,? dong dau|da ky va dong dau|ky ten,? dong dau|dong dau|chu ky|ky so)\b.*$|^\.\/\.$|^[([]\s*[)\]]$/;
const RECIPIENTS_HEAD = /^noi nhan\s*:?\s*(.*)$/;
const CAPACITY =
  // "TM. BCH …", "TM BCH …", and "TM.BCH …" with no space after the dot.
  /^(T\s*\/\s*M|T\.\s*M|TM|K\s*\/\s*T|K\.\s*T|KT|T\.\s*U\.\s*Q|TUQ|T\.\s*L|TL)(?:\s*[.:]\s*|\s+)(\S.*)$|^(Q)\.\s*(\S.*)$/u;
const REPRESENT = /^(dai dien|thay mat)\s+(\S.*)$/;
const HONORIFIC = /^(?:ThS|Ths|TS|PGS\.?\s*TS|CN|KS|BS|NGƯT|NGND|Đ\/c|Đồng chí|Bà|Ông|Cô|Thầy)\.?\s+/u;
const MIDDLE = new Set([
  'thi',
  'van',
  'duc',
  'ngoc',
  'minh',
  'thanh',
  'huu',
  'quang',
  'xuan',
  'kim',
  'hong',
  'dinh',
  'cong',
  'ba',
  'trong',
  'quoc',
  'bao',
  'anh',
]);

const words = (s: string) => s.split(/\s+/).filter(Boolean);
const isUpper = (s: string) => capitalLetters(s) > 0;

export function capacityOf(text: string): { capacity: string; raw: string; rest: string } | null {
  const m = CAPACITY.exec(text);
  if (m) {
    const raw = (m[1] ?? m[3]).replace(/\s+/g, '');
    const rest = (m[2] ?? m[4]).trim();
    if (words(rest).length > 12) return null;
    return { capacity: normaliseCapacity(raw.includes('.') || raw.includes('/') ? raw : raw + '.'), raw, rest };
  }
  const r = REPRESENT.exec(fold(text));
  if (r && words(text).length <= 12) {
    const rest = text.slice(text.length - r[2].length).trim();
    return { capacity: r[1] === 'thay mat' ? 'TM.' : '', raw: text.slice(0, text.length - r[2].length).trim(), rest };
  }
  return null;
}

// Every title and its abbreviations start with one of these letters, folded: a line that does not
// is no title, whatever its length (splitting a line tries each of its prefixes).
const TITLE_FIRST = /^[bcghptu]/;

/** Whether a line starting as `text` does may be a title (isTitle of any line with its first letter). */
export const mayStartTitle = (text: string) => TITLE_FIRST.test(fold(text.charAt(0)));
/** The most words a title line has (an abbreviation has two at most). */
export const TITLE_MAX_WORDS = 10;

export function isTitle(text: string): boolean {
  if (!mayStartTitle(text)) return false;
  const f = fold(text).replace(/[.:]+$/, '');
  if (ABBREVIATED_TITLES[f]) return true;
  if (!TITLE_RE.test(f) || words(text).length > TITLE_MAX_WORDS || /[;,]$/.test(text)) return false;
  // "Trưởng ban …" in a sentence is not a title line: a title line is in capitals or short.
  return isUpper(text) || words(text).length <= 4;
}

/** A short line that names a body and nothing else: "Ban giám hiệu", "Chi đoàn", "BCH Công đoàn". */
export function isBodyTitle(text: string): boolean {
  if (words(text).length > 6 || /[;:.,]$/.test(text) || /^[-–•+*]/.test(text)) return false;
  const mentions = findMentions(text);
  if (mentions.length !== 1) return false;
  const m = mentions[0];
  const leftover = fold(text.slice(0, m.start) + text.slice(m.end))
    .replace(/\b(xa|phuong|thi tran|nha truong|truong|gv|giao vien)\b/g, '')
    .trim();
  return leftover.length === 0 || (isUpper(text) && words(leftover).length <= 3);
}

export function looksLikeName(text: string): boolean {
  const bare = text
    .replace(HONORIFIC, '')
    .replace(/[.,;]$/, '')
    .trim();
  const ws = words(bare);
  if (ws.length < 2 || ws.length > 6) return false;
  // Ê Đê, Gia Rai and K'Ho names carry an apostrophe: "H'Mai Êban", "K'Ling".
  const titleCase = ws.every((w) => /^\p{Lu}\p{Ll}*(?:['’]\p{Lu}\p{Ll}*)?$/u.test(w));
  const caps = ws.every((w) => /^\p{Lu}+(?:['’]\p{Lu}+)?$/u.test(w));
  if (!titleCase && !caps) return false;
  if (findMentions(bare).length > 0 || TITLE_RE.test(fold(bare))) return false;
  const first = fold(ws[0]).split(/['’]/)[0];
  if (SURNAMES.has(first)) return true;
  return titleCase && ws.length >= 3 && MIDDLE.has(fold(ws[1]));
}

/** "DUYỆT CỦA HIỆU TRƯỞNG", "XÁC NHẬN CỦA CHI BỘ": who approves, named after the approving words. */
const APPROVAL = /^(?:PHÊ DUYỆT|DUYỆT|XÁC NHẬN|Ý KIẾN)(?:\s+CỦA)?\s+(?=\p{Lu})/iu;

/** The line without its approving words: the title or body that signs. */
export const approvalRest = (text: string) => text.replace(APPROVAL, '');

export function classifyTail(text: string): TailClass | null {
  if (!text) return null;
  if (APPROVAL.test(text) && words(text).length <= 8) return classifyTail(approvalRest(text));
  const f = fold(text);
  if (NOISE.test(f)) return 'noise';
  if (RECIPIENTS_HEAD.test(f)) return 'recipientsHead';
  if (capacityOf(text)) return 'capacity';
  if (isTitle(text)) return 'title';
  if (isBodyTitle(text)) return 'bodyTitle';
  if (looksLikeName(text)) return 'name';
  return null;
}

const BULLET = /^[-–—•+*·]\s*/;

/** Lines of each Nơi nhận block in [from, to): the head and its items. */
export function recipientBlocks(lines: VLine[], from: number, to: number): Map<number, 'head' | 'item'> {
  const out = new Map<number, 'head' | 'item'>();
  for (let i = from; i < to; i++) {
    // Only a line whose first letter folds to n can read "noi nhan": the others are not folded whole.
    if (fold(lines[i].text.charAt(0)) !== 'n' || !RECIPIENTS_HEAD.test(fold(lines[i].text))) continue;
    out.set(i, 'head');
    let seenBullet = false;
    for (let j = i + 1; j < to; j++) {
      const t = lines[j].text;
      if (!t) continue;
      const bullet = BULLET.test(t);
      if (!bullet) {
        // A signature beside Nơi nhận (two columns on one line) interleaves with its items.
        const cls = classifyTail(t);
        if (cls === 'recipientsHead') break;
        if (cls && cls !== 'bodyTitle') continue;
        if (seenBullet || words(t).length > 15) break;
      }
      seenBullet ||= bullet;
      out.set(j, 'item');
    }
  }
  return out;
}

/** Where the tail (signatures, Nơi nhận) of [from, to) starts, or `to` when there is none. */
export function findTailStart(lines: VLine[], from: number, to: number): number {
  const blocks = recipientBlocks(lines, from, to);
  let start = to;
  let signals = 0;
  for (let i = to - 1; i >= from; i--) {
    const t = lines[i].text;
    if (!t) continue;
    const block = blocks.get(i);
    const cls = block ? 'recipients' : classifyTail(t);
    if (!cls) break;
    if (cls === 'recipients' || cls === 'capacity' || cls === 'title' || cls === 'bodyTitle') signals++;
    start = i;
  }
  if (signals === 0) return to;
  return start;
}

export interface SignatureGroup {
  caps: string[];
  capTexts: string[];
  body: string;
  bodyParty?: PartyDef;
  headTitle: string;
  headParty?: PartyDef;
  title: string;
  titleParty?: PartyDef;
  name: string;
  lines: number[];
  /** Opened by a body named alone ("TRƯỜNG MẦM NON …"): its title is the line under it, else the body. */
  bodyOnly?: boolean;
  /** Lines kept as written that are neither capacity, title nor name (the body alone, approving words). */
  written?: string[];
}

function partyOf(text: string): PartyDef | undefined {
  const f = fold(text).replace(/[.:]+$/, '');
  if (ABBREVIATED_TITLES[f]) return findMentions(ABBREVIATED_TITLES[f])[0]?.def;
  return findMentions(text)[0]?.def;
}

/** Titles a body never bears: a Bí thư leads no school, union or board; a Chủ tịch no Chi bộ or Đoàn; a Hiệu trưởng only the school. */
const TITLE_NOT_OF: Array<[RegExp, (code: string) => boolean]> = [
  [/^(?:pho )?bi thu(?![a-z])/, (c) => ['NT', 'CD', 'UBND', 'CMHS', 'MTTQ', 'PN', 'CCB', 'CGC'].includes(c)],
  [/^(?:pho )?chu tich(?![a-z])/, (c) => ['CB', 'CDTN', 'NT', 'DTNX'].includes(c)],
  [/^(?:pho )?hieu truong(?![a-z])/, (c) => c !== 'NT'],
];

/** Whether a signature's title can be that of the body (unknown bodies take any title). */
function titleFits(title: string, party: PartyDef | undefined): boolean {
  if (!party) return true;
  const f = fold(title);
  return !TITLE_NOT_OF.some(([re, not]) => re.test(f) && not(party.code));
}

export const groupParty = (g: SignatureGroup) => g.bodyParty ?? g.titleParty ?? g.headParty;

/** Group the signature lines of a tail in reading order. */
export function groupSignatures(lines: VLine[], onUnassigned: (v: VLine) => void): SignatureGroup[] {
  const groups: SignatureGroup[] = [];
  const compatible = (g: SignatureGroup, p?: PartyDef) => !p || !groupParty(g) || groupParty(g)!.code === p.code;
  // A block opened by a capacity still waiting for its title, of the same body.
  const waiting = (p?: PartyDef) =>
    groups.find((x) => x.caps.length > 0 && !x.title && !x.name && p && groupParty(x)?.code === p.code);
  for (const line of lines) {
    // "DUYỆT CỦA HIỆU TRƯỞNG" signs as HIỆU TRƯỞNG.
    const v = { ...line, text: approvalRest(line.text) };
    const cls = classifyTail(v.text);
    const approving = v.text !== line.text ? [line.text] : [];
    if (cls === 'capacity') {
      const cap = capacityOf(v.text)!;
      const restParty = partyOf(cap.rest);
      const restIsHeadTitle = isTitle(cap.rest);
      // The block this KT. goes with: the last one opened by a capacity and not yet titled (a body
      // named alone in the next column may have come in between).
      const last =
        [...groups].reverse().find((g) => g.caps.length > 0 && !g.title && !g.name) ?? groups[groups.length - 1];
      if (
        last &&
        !last.title &&
        !last.name &&
        last.caps.length > 0 &&
        ['KT.', 'Q.', 'TL.', 'TUQ.'].includes(cap.capacity) &&
        compatible(last, restParty)
      ) {
        // TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH: one block, two capacities.
        last.caps.push(cap.capacity);
        last.capTexts.push(v.text);
        if (restIsHeadTitle) last.headTitle = cap.rest;
        last.lines.push(v.no);
        continue;
      }
      groups.push({
        caps: [cap.capacity],
        capTexts: [v.text],
        body: restIsHeadTitle ? '' : cap.rest,
        bodyParty: restIsHeadTitle ? undefined : restParty,
        headTitle: restIsHeadTitle ? cap.rest : '',
        headParty: restIsHeadTitle ? restParty : undefined,
        title: '',
        name: '',
        lines: [v.no],
      });
    } else if (cls === 'bodyTitle' && waiting(partyOf(v.text))) {
      // "ĐẠI DIỆN CHI ĐOÀN" / "CHI ĐOÀN": the body named under a capacity is that block's title.
      const g = waiting(partyOf(v.text))!;
      g.title = v.text;
      g.titleParty = partyOf(v.text);
      g.lines.push(v.no);
    } else if (cls === 'bodyTitle') {
      // "TRƯỜNG MẦM NON HOA MAI" over "HIỆU TRƯỞNG": the body opens a block, the title under it is its title.
      groups.push({
        caps: [],
        capTexts: [],
        body: v.text,
        bodyParty: partyOf(v.text),
        headTitle: '',
        title: '',
        name: '',
        lines: [v.no],
        bodyOnly: true,
        written: [line.text],
      });
    } else if (cls === 'title') {
      const p = partyOf(v.text);
      // The blocks still waiting for a title that this one can be; one opened by TM./KT. first (a
      // body named alone may have its title on its own line, or none).
      const open = groups.filter((x) => !x.title && !x.name && compatible(x, p) && titleFits(v.text, groupParty(x)));
      const g = open.find((x) => x.caps.length > 0) ?? open[0];
      if (g) {
        g.title = v.text;
        g.titleParty = p;
        g.lines.push(v.no);
        g.written = [...(g.written ?? []), ...approving];
      } else
        groups.push({
          caps: [],
          capTexts: [],
          body: '',
          headTitle: '',
          title: v.text,
          titleParty: p,
          name: '',
          lines: [v.no],
          written: approving,
        });
    } else if (cls === 'name') {
      const g = groups.find((x) => !x.name);
      if (g) {
        // A body named alone with no title under it: the body is what the name signs as.
        if (g.bodyOnly && !g.title) {
          g.title = g.body;
          g.titleParty = g.bodyParty;
        }
        g.name = v.text
          .replace(HONORIFIC, '')
          .replace(/[.,;]$/, '')
          .trim();
        g.lines.push(v.no);
      } else onUnassigned(v);
    }
  }
  return groups;
}

/** "CHỦ TỊCH" → "Chủ tịch"; "CTCD" → "Chủ tịch công đoàn"; mixed case kept. */
export function tidyTitle(text: string): string {
  const f = fold(text).replace(/[.:]+$/, '');
  if (ABBREVIATED_TITLES[f]) return ABBREVIATED_TITLES[f];
  const t = text.replace(/[.:]+$/, '').trim();
  if (!isUpper(t)) return t;
  const lower = t.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

/** "NGUYỄN THỊ VIÊN" → "Nguyễn Thị Viên". */
export function tidyName(text: string): string {
  if (!isUpper(text)) return text;
  return words(text)
    .map((w) => {
      const l = w.toLocaleLowerCase('vi');
      return l.charAt(0).toLocaleUpperCase('vi') + l.slice(1);
    })
    .join(' ');
}

export const isKnownCapacity = (c: string) => CAPACITIES.includes(c);

const PURPOSE =
  /\s*\((để\s+)?(báo cáo|b\/c|thực hiện|t\/h|biết|phối hợp|theo dõi|chỉ đạo|lưu|thi hành|đăng website|niêm yết)[^)]*\)\s*$/iu;

export function readRecipient(v: VLine, headRest?: string): ExtractedRecipient | null {
  const raw = (headRest ?? v.text)
    .replace(BULLET, '')
    // "(Đã ký)" of the signature column flattened onto an item's line.
    .replace(/\s*[([]\s*(?:đã|da)\s+(?:ký|ky)\s*[)\]]\s*$/iu, '')
    .replace(/\s*\.\/\.\s*$/, '')
    .replace(/[\s;,.]+$/, '')
    .trim();
  if (!raw) return null;
  const m = PURPOSE.exec(raw);
  const recipient = m ? raw.slice(0, m.index).trim() : raw;
  const purpose = m ? m[0].trim().replace(/^\(|\)$/g, '') : '';
  return { recipient, purpose, text: raw, line: v.no };
}

export function recipientsHeadRest(text: string): string {
  const m = RECIPIENTS_HEAD.exec(fold(text));
  if (!m || !m[1]) return '';
  return text.slice(text.length - m[1].length).trim();
}
