// Legacy Vietnamese encodings inside Unicode text: TCVN3 (ABC, .VnTime fonts)
// is one Latin-1 code point per letter; VNI-Windows is a base letter followed by a mark
// character. Text is converted word by word, and only when the result is a valid Vietnamese
// syllable, because one TCVN3 phrase in a Unicode document is what really arrives.
import { decodeTcvn3, decodeVni } from './legacy-codes';
import { LATIN_WORD, LEGACY_WORD, lineFacts, STRONG, TOKEN } from './line-facts';
import { isVietnameseSyllable } from './syllable';

export type LegacyEncoding = 'tcvn3' | 'vni';

export { decodeTcvn3, decodeVni } from './legacy-codes';

export interface LegacyConversion {
  from: string;
  to: string;
  encoding: LegacyEncoding;
}

const hasLatin1 = (s: string) => /[\u00a0-\u00ff]/.test(s);
const beyondLatin1 = (s: string) => /[\u0100-\uffff]/.test(s);
const hasStrong = (s: string) => STRONG.test(s);

/**
 * Whether pass 1 of `convertLegacyLine` has a word to look at: one in Latin-1 letters only, with a
 * character Unicode Vietnamese never uses or not a syllable as it stands (any such word when an
 * encoding is forced).
 */
const hasCandidate = (line: string, force?: LegacyEncoding) =>
  (lineFacts(line) & (force ? LATIN_WORD : LEGACY_WORD)) !== 0;

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
