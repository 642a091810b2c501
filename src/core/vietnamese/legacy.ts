// Legacy Vietnamese encodings inside Unicode text: TCVN3 (ABC, .VnTime fonts)
// is one Latin-1 code point per letter; VNI-Windows is a base letter followed by a mark
// character. Text is converted word by word, and only when the result is a valid Vietnamese
// syllable, because one TCVN3 phrase in a Unicode document is what really arrives.
import { unitTable } from './letters';
import { isVietnameseSyllable } from './syllable';

export type LegacyEncoding = 'tcvn3' | 'vni';

// TCVN3 code point → letter (74 entries; toned capitals share the lowercase code points).
const TCVN3_PAIRS: Array<[number, string]> = [
  [0xa1, 'Ă'],
  [0xa2, 'Â'],
  [0xa3, 'Ê'],
  [0xa4, 'Ô'],
  [0xa5, 'Ơ'],
  [0xa6, 'Ư'],
  [0xa7, 'Đ'],
  [0xa8, 'ă'],
  [0xa9, 'â'],
  [0xaa, 'ê'],
  [0xab, 'ô'],
  [0xac, 'ơ'],
  [0xad, 'ư'],
  [0xae, 'đ'],
  [0xb5, 'à'],
  [0xb6, 'ả'],
  [0xb7, 'ã'],
  [0xb8, 'á'],
  [0xb9, 'ạ'],
  [0xbb, 'ằ'],
  [0xbc, 'ẳ'],
  [0xbd, 'ẵ'],
  [0xbe, 'ắ'],
  [0xc6, 'ặ'],
  [0xc7, 'ầ'],
  [0xc8, 'ẩ'],
  [0xc9, 'ẫ'],
  [0xca, 'ấ'],
  [0xcb, 'ậ'],
  [0xcc, 'è'],
  [0xce, 'ẻ'],
  [0xcf, 'ẽ'],
  [0xd0, 'é'],
  [0xd1, 'ẹ'],
  [0xd2, 'ề'],
  [0xd3, 'ể'],
  [0xd4, 'ễ'],
  [0xd5, 'ế'],
  [0xd6, 'ệ'],
  [0xd7, 'ì'],
  [0xd8, 'ỉ'],
  [0xdc, 'ĩ'],
  [0xdd, 'í'],
  [0xde, 'ị'],
  [0xdf, 'ò'],
  [0xe1, 'ỏ'],
  [0xe2, 'õ'],
  [0xe3, 'ó'],
  [0xe4, 'ọ'],
  [0xe5, 'ồ'],
  [0xe6, 'ổ'],
  [0xe7, 'ỗ'],
  [0xe8, 'ố'],
  [0xe9, 'ộ'],
  [0xea, 'ờ'],
  [0xeb, 'ở'],
  [0xec, 'ỡ'],
  [0xed, 'ớ'],
  [0xee, 'ợ'],
  [0xef, 'ù'],
  [0xf1, 'ủ'],
  [0xf2, 'ũ'],
  [0xf3, 'ú'],
  [0xf4, 'ụ'],
  [0xf5, 'ừ'],
  [0xf6, 'ử'],
  [0xf7, 'ữ'],
  [0xf8, 'ứ'],
  [0xf9, 'ự'],
  [0xfa, 'ỳ'],
  [0xfb, 'ỷ'],
  [0xfc, 'ỹ'],
  [0xfd, 'ý'],
  [0xfe, 'ỵ'],
];
const TCVN3 = new Map(TCVN3_PAIRS.map(([code, letter]) => [String.fromCharCode(code), letter]));

// VNI-Windows. Combining marks: tones and vowel shapes, composed with NFC afterwards.
const ACUTE = '\u0301';
const GRAVE = '\u0300';
const HOOK = '\u0309';
const TILDE = '\u0303';
const DOT = '\u0323';
const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';

const VNI_TONE = new Map<string, string>([
  ['ù', ACUTE],
  ['ø', GRAVE],
  ['û', HOOK],
  ['õ', TILDE],
  ['ï', DOT],
  ['Ù', ACUTE],
  ['Ø', GRAVE],
  ['Û', HOOK],
  ['Õ', TILDE],
  ['Ï', DOT],
]);
// Circumflex (after a, e, o) with an optional tone.
const VNI_CIRCUMFLEX = new Map<string, string>([
  ['â', ''],
  ['á', ACUTE],
  ['à', GRAVE],
  ['å', HOOK],
  ['ã', TILDE],
  ['ä', DOT],
  ['Â', ''],
  ['Á', ACUTE],
  ['À', GRAVE],
  ['Å', HOOK],
  ['Ã', TILDE],
  ['Ä', DOT],
]);
// Breve (after a only) with an optional tone.
const VNI_BREVE = new Map<string, string>([
  ['ê', ''],
  ['é', ACUTE],
  ['è', GRAVE],
  ['ú', HOOK],
  ['ü', TILDE],
  ['ë', DOT],
  ['Ê', ''],
  ['É', ACUTE],
  ['È', GRAVE],
  ['Ú', HOOK],
  ['Ü', TILDE],
  ['Ë', DOT],
]);
/** VNI keys that put a circumflex or a breve (and maybe a tone) on the letter before them. */
const VNI_HATS = [
  { marks: VNI_CIRCUMFLEX, mark: CIRCUMFLEX, base: /^[aeoAEO]$/ },
  { marks: VNI_BREVE, mark: BREVE, base: /^[aA]$/ },
];
const VNI_SINGLE = new Map<string, string>([
  ['ô', 'ơ'],
  ['ö', 'ư'],
  ['ñ', 'đ'],
  ['í', 'í'],
  ['ì', 'ì'],
  ['æ', 'ỉ'],
  ['ó', 'ĩ'],
  ['ò', 'ị'],
  ['î', 'ỵ'],
  ['Ô', 'Ơ'],
  ['Ö', 'Ư'],
  ['Ñ', 'Đ'],
  ['Í', 'Í'],
  ['Ì', 'Ì'],
  ['Æ', 'Ỉ'],
  ['Ó', 'Ĩ'],
  ['Ò', 'Ị'],
  ['Î', 'Ỵ'],
]);

// Characters that never occur in Vietnamese Unicode text: their presence is evidence of legacy text.
// One character class: a workbook reader tests every text cell against it.
const STRONG = /[¡¢£¤¥¦§¨©ª«¬\u00ad®µ¶·¸¹»¼½¾ÆÇËÎÏÐÑÖ×ØÜÞßäåæçëîïñö÷øûüþ]/;

/** Decode one token as TCVN3; null when a character is outside the table. */
export function decodeTcvn3(token: string): string | null {
  let out = '';
  for (const ch of token) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) out += ch;
    else {
      const letter = TCVN3.get(ch);
      if (!letter) return null;
      out += letter;
    }
  }
  return out;
}

/** Decode one token as VNI-Windows; null when the marks do not fit. */
export function decodeVni(token: string): string | null {
  const letters: string[] = [];
  const marked: boolean[] = [];
  for (const ch of token) {
    const last = letters.length - 1;
    const single = VNI_SINGLE.get(ch);
    if (single) {
      letters.push(single);
      marked.push(/[\u0300\u0301\u0303\u0309\u0323]/.test(single.normalize('NFD')));
      continue;
    }
    const tone = VNI_TONE.get(ch);
    if (tone !== undefined) {
      if (last < 0 || marked[last] || !/[aeiouyơưâêôă]/i.test(letters[last].normalize('NFD')[0] ?? '')) return null;
      letters[last] += tone;
      marked[last] = true;
      continue;
    }
    const hat = VNI_HATS.find((h) => h.marks.has(ch));
    if (hat) {
      const tone = hat.marks.get(ch)!;
      if (last < 0 || marked[last] || !hat.base.test(letters[last])) return null;
      letters[last] += hat.mark + tone;
      marked[last] = tone !== '';
      continue;
    }
    if (ch.charCodeAt(0) >= 0x80) return null;
    letters.push(ch);
    marked.push(false);
  }
  return letters.join('').normalize('NFC');
}

export interface LegacyConversion {
  from: string;
  to: string;
  encoding: LegacyEncoding;
}

const TOKEN = /[^\s\d.,;:!?()[\]{}"'/\\|<>=_\-–—…*#~+&%@`“”‘’]+/g;
const hasLatin1 = (s: string) => /[\u00a0-\u00ff]/.test(s);
const beyondLatin1 = (s: string) => /[\u0100-\uffff]/.test(s);
const hasStrong = (s: string) => STRONG.test(s);
const isTokenUnit = unitTable(new RegExp(TOKEN.source.replace(/\+$/, '')));

/**
 * Whether pass 1 of `convertLegacyLine` has a word to look at: one in Latin-1 letters only, with a
 * character Unicode Vietnamese never uses or not a syllable as it stands. The tokens are walked
 * by unit (as TOKEN, without the u flag, reads them) so a Unicode line costs no match and no word.
 */
function hasCandidate(line: string, force?: LegacyEncoding): boolean {
  let start = -1;
  let latin = false;
  let beyond = false;
  for (let i = 0; i <= line.length; i++) {
    const c = i < line.length ? line.charCodeAt(i) : -1;
    if (c >= 0 && isTokenUnit(c)) {
      if (start < 0) {
        start = i;
        latin = beyond = false;
      }
      if (c > 0xff) beyond = true;
      else if (c >= 0xa0) latin = true;
      continue;
    }
    if (start >= 0 && latin && !beyond) {
      const t = line.slice(start, i);
      if (force || hasStrong(t) || !isVietnameseSyllable(t)) return true;
    }
    start = -1;
  }
  return false;
}

// An abbreviation in capitals with a legacy Đ ("BCHC§", "GD&§T", "CÑCS"): no syllable to check.
const ABBREVIATION: Record<LegacyEncoding, RegExp> = { tcvn3: /^[A-Z&]*§[A-Z&§]*$/, vni: /^[A-Z&]*Ñ[A-Z&Ñ]*$/ };

/**
 * TCVN3's ư is U+00AD, which Unicode makes the soft hyphen: LibreOffice and browsers never print
 * it, so a PDF or a page's text may have lost it ("tr­êng" → "trêng", "trờng"). Put back before
 * the ơ where only ư makes a Vietnamese rhyme of it (no "ơng", "ơc", "ơu" without it), and in
 * "ngời", read nowhere but as "người".
 */
function withLostU(token: string): string | null {
  const at = token.search(/[¬êëìíî]/);
  if (at < 1 || token[at - 1] === '\u00ad') return null;
  const out = decodeTcvn3(token.slice(0, at) + '\u00ad' + token.slice(at));
  if (!out || !isVietnameseSyllable(out)) return null;
  const bare = out
    .normalize('NFD')
    .replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '')
    .normalize('NFC')
    .toLowerCase();
  return /ươ(?:ng|c|u)$/.test(bare) || /^người$/i.test(out) ? out : null;
}

function decode(token: string, encoding: LegacyEncoding, capsLine = false): string | null {
  if (ABBREVIATION[encoding].test(token) && /[A-Z]/.test(token)) return token.replace(/[§Ñ]/g, 'Đ');
  let out = encoding === 'tcvn3' ? decodeTcvn3(token) : decodeVni(token);
  if (encoding === 'tcvn3' && out && (!isVietnameseSyllable(out) || /^ngời$/i.test(out))) out = withLostU(token) ?? out;
  if (!out || !isVietnameseSyllable(out)) return null;
  // A token typed in capitals (.VnTimeH headings) keeps its capitals: "CHÕ" → "CHẾ"; one capital
  // letter alone is a capitalised word ("Lª" → "Lê") unless the whole line is in capitals ("KÕ HO¹CH").
  const ascii = token.replace(/[^A-Za-z]/g, '');
  if (ascii && ascii === ascii.toUpperCase() && encoding === 'tcvn3' && (ascii.length > 1 || capsLine))
    return out.toLocaleUpperCase('vi');
  return out;
}

/** Try the line's likelier encoding first, then the other, or just the one given (a font said which). */
function decodeAny(
  token: string,
  only?: LegacyEncoding,
  first: LegacyEncoding = 'tcvn3',
  capsLine = false,
): { to: string; encoding: LegacyEncoding } | null {
  const order: LegacyEncoding[] = only ? [only] : first === 'tcvn3' ? ['tcvn3', 'vni'] : ['vni', 'tcvn3'];
  for (const encoding of order) {
    const to = decode(token, encoding, capsLine);
    if (to) return { to, encoding };
  }
  return null;
}

/**
 * Convert the legacy words of one line. A word is converted when it carries a character that
 * Unicode Vietnamese never uses, or when it is not valid Unicode Vietnamese as it stands; a
 * word next to converted words (no Unicode-only letter in between) follows its neighbours.
 * `force` is the encoding a font names (.VnTime → TCVN3, VNI-Times → VNI).
 */
export function convertLegacyLine(
  line: string,
  force?: LegacyEncoding,
  forceUpper = false,
  prefer: LegacyEncoding = 'tcvn3',
): { text: string; conversions: LegacyConversion[] } {
  // A line with no word to look at stays as it is (pass 2 only follows words pass 1 converted).
  if (!hasLatin1(line) || !hasCandidate(line, force)) return { text: line, conversions: [] };
  type Tok = { start: number; end: number; text: string; to?: string; encoding?: LegacyEncoding; unicodeOnly: boolean };
  const toks: Tok[] = [];
  for (const m of line.matchAll(TOKEN)) {
    toks.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], unicodeOnly: beyondLatin1(m[0]) });
  }
  // Pass 1: words with evidence, each in the encoding most of the line's words decode in (a
  // VNI "cheá" is also a TCVN3 "cheỏ"; the line as a whole says which it is).
  const candidates = toks.filter(
    (t) => !t.unicodeOnly && hasLatin1(t.text) && (force || hasStrong(t.text) || !isVietnameseSyllable(t.text)),
  );
  const letters = line.replace(/[^A-Za-z]/g, '');
  const capsLine = letters.length >= 4 && letters.replace(/[^A-Z]/g, '').length >= 0.8 * letters.length;
  const votes = (e: LegacyEncoding) => candidates.filter((t) => decode(t.text, e)).length;
  const [tcvn3, vni] = [votes('tcvn3'), votes('vni')];
  const first: LegacyEncoding = tcvn3 === vni ? prefer : vni > tcvn3 ? 'vni' : 'tcvn3';
  for (const t of candidates) {
    const got = decodeAny(t.text, force, first, capsLine);
    if (got) {
      t.to = got.to;
      t.encoding = got.encoding;
    }
  }
  // Pass 2: ambiguous words inside a run of converted words take the run's encoding.
  let runStart = 0;
  for (let i = 0; i <= toks.length; i++) {
    if (i < toks.length && !toks[i].unicodeOnly) continue;
    const run = toks.slice(runStart, i);
    const encoding = run.find((t) => t.encoding)?.encoding;
    if (encoding) {
      for (const t of run) {
        if (t.to || !hasLatin1(t.text)) continue;
        const to = decode(t.text, encoding, capsLine);
        if (to) {
          t.to = to;
          t.encoding = encoding;
        }
      }
    }
    runStart = i + 1;
  }
  const conversions: LegacyConversion[] = [];
  let out = '';
  let pos = 0;
  for (const t of toks) {
    if (!t.to) continue;
    const to = forceUpper ? t.to.toLocaleUpperCase('vi') : t.to;
    out += line.slice(pos, t.start) + to;
    pos = t.end;
    conversions.push({ from: t.text, to, encoding: t.encoding! });
  }
  out += line.slice(pos);
  return { text: out, conversions };
}

/**
 * The legacy encoding most words of a whole text decode in, for the lines too short to say
 * ("Löu: VT." is VNI "Lưu" in a VNI document, TCVN3 "Lửu" nowhere).
 */
export function likelierEncoding(lines: string[]): LegacyEncoding {
  let tcvn3 = 0;
  let vni = 0;
  for (const line of lines) {
    if (!hasStrong(line)) continue;
    for (const m of line.matchAll(TOKEN)) {
      if (beyondLatin1(m[0]) || !hasStrong(m[0])) continue;
      if (decode(m[0], 'tcvn3')) tcvn3++;
      if (decode(m[0], 'vni')) vni++;
    }
  }
  return vni > tcvn3 ? 'vni' : 'tcvn3';
}

const ENCODING_NAMES: Record<LegacyEncoding, string> = { tcvn3: 'TCVN3 (ABC)', vni: 'VNI Windows' };

/**
 * How a cell's text reads once its legacy words are converted, when it has some: only words with
 * a character Unicode Vietnamese never uses count as evidence, so a Unicode cell is never flagged
 * for an accented letter that also exists in Latin-1.
 */
export function legacyReading(text: string): { reading: string; encoding: string } | null {
  if (!hasStrong(text)) return null;
  const { text: reading, conversions } = convertLegacyLine(text);
  const evidence = conversions.filter((c) => hasStrong(c.from));
  if (evidence.length === 0) return null;
  const tcvn3 = evidence.filter((c) => c.encoding === 'tcvn3').length;
  return { reading, encoding: ENCODING_NAMES[tcvn3 * 2 >= evidence.length ? 'tcvn3' : 'vni'] };
}
