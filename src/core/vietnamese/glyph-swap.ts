// A PDF whose font maps some glyphs to the wrong letters, so that its text reads ô as ơ ("CƠNG",
// "thơng"), ộ as ợ ("CỢNG", "Đợc lập"), ò as ị ("HỊA") and oà as ồ ("ĐỒN"), often in the heading
// only, the rest of the text intact. It is told by the words every document has, the Quốc hiệu
// and Tiêu ngữ ("CỢNG HỊA", "XÃ HỢI", "Đợc lập") or "công đồn"; only then is a word repaired,
// and only a word that is no syllable as it stands and one after the swap. The few swapped words
// that happen to be syllables too ("hợi", "đồn") are put right only in those fixed phrases.
import { isVietnameseSyllable } from './syllable';

export interface GlyphRepair {
  from: string;
  to: string;
}

const TELLTALE = /cợng\s+h[ịòo]a|xã\s+hợi|đợc\s+lập|c[ơô]ng\s+đồn/iu;

/** Whether the document's first lines show the swapped glyphs. */
export function hasGlyphSwap(lines: readonly string[]): boolean {
  return lines.slice(0, 60).some((l) => TELLTALE.test(l.normalize('NFC')));
}

// ơ-family → ô-family (same tone), ị → ò.
const SWAP: Record<string, string> = {
  ơ: 'ô',
  ờ: 'ồ',
  ớ: 'ố',
  ở: 'ổ',
  ỡ: 'ỗ',
  ợ: 'ộ',
  ị: 'ò',
};
const SWAPPED = new RegExp(`[${Object.keys(SWAP).join('')}]`, 'iu');
const WORD = /\p{L}+/gu;

const keepCase = (from: string, to: string) =>
  from === from.toLocaleLowerCase('vi')
    ? to
    : from === from.toLocaleUpperCase('vi')
      ? to.toLocaleUpperCase('vi')
      : to.charAt(0).toLocaleUpperCase('vi') + to.slice(1);
const swapWord = (word: string) =>
  [...word]
    .map((ch) => {
      const to = SWAP[ch.toLocaleLowerCase('vi')];
      return to ? keepCase(ch, to) : ch;
    })
    .join('');

// Swapped words that are syllables too, put right only where the phrase leaves no doubt.
const PHRASES: Array<[RegExp, string, string]> = [
  [/(?<=xã\s+)hợi(?!\p{L})/giu, 'hợi', 'hội'],
  [/(?<=cộng\s+)hịa(?!\p{L})/giu, 'hịa', 'hòa'],
  [/(?<!\p{L})đợc(?=\s+lập)/giu, 'đợc', 'độc'],
  [/(?<=công\s+)đồn(?!\p{L})/giu, 'đồn', 'đoàn'],
];

export function repairGlyphSwap(line: string): { text: string; repairs: GlyphRepair[] } {
  const repairs: GlyphRepair[] = [];
  let text = line.replace(WORD, (word) => {
    if (!SWAPPED.test(word) || isVietnameseSyllable(word)) return word;
    const to = swapWord(word);
    if (!isVietnameseSyllable(to)) return word;
    repairs.push({ from: word, to });
    return to;
  });
  for (const [re, , to] of PHRASES)
    text = text.replace(re, (from) => {
      const fixed = keepCase(from, to);
      repairs.push({ from, to: fixed });
      return fixed;
    });
  return { text, repairs };
}
