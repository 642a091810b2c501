// Words a web page glued together when it dropped the spaces of a copied text: "phốihợpgiữa",
// "QUYCHẾ", "củađơn", "giữaBGH". A word that is no syllable is cut only when it has a Vietnamese
// letter (so "online" or "THCS" are never touched) and falls apart into syllables of two letters
// or more in exactly one way with the fewest pieces ("Niê", "Êban" and other names stay whole).
import { bareOf, lineFacts, VIETNAMESE, VOWEL } from './line-facts';
import { isVietnameseSyllable } from './syllable';

const MAX_SYLLABLE = 7;
const memo = new Map<string, string | null>();

/** The one fewest-piece cut of a lower-case run into syllables, or null. */
function cut(word: string): string[] | null {
  const n = word.length;
  const bare = bareOf(word);
  // best[i]: fewest pieces for word[i..]; ways[i]: how many cuts reach that fewest (capped at 2).
  const best = new Array<number>(n + 1).fill(Infinity);
  const ways = new Array<number>(n + 1).fill(0);
  const next = new Array<number>(n + 1).fill(-1);
  best[n] = 0;
  ways[n] = 1;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = i + 2; j <= Math.min(n, i + MAX_SYLLABLE); j++) {
      if (best[j] === Infinity || !isVietnameseSyllable(word.slice(i, j))) continue;
      // A piece after the first starts with a consonant: "vôùi" is a VNI word left unconverted, not "vô ùi".
      if (i > 0 && VOWEL.test(bare[i])) continue;
      const pieces = best[j] + 1;
      if (pieces < best[i]) {
        best[i] = pieces;
        ways[i] = ways[j];
        next[i] = j;
      } else if (pieces === best[i]) ways[i] = Math.min(2, ways[i] + ways[j]);
    }
  }
  if (best[0] === Infinity || best[0] < 2 || ways[0] !== 1) return null;
  const out: string[] = [];
  for (let i = 0; i < n; i = next[i]) out.push(word.slice(i, next[i]));
  return out;
}

function unglueWord(word: string): string {
  const hit = memo.get(word);
  if (hit !== undefined) return hit ?? word;
  let out: string | null = null;
  // "giữaBGH": a word in small letters glued to an abbreviation in capitals.
  const caps = /^(\p{Ll}+)(\p{Lu}{2,})$/u.exec(word);
  if (caps && VIETNAMESE.test(caps[1])) {
    const left = isVietnameseSyllable(caps[1]) ? [caps[1]] : cut(caps[1]);
    if (left) out = `${left.join(' ')} ${caps[2]}`;
  } else if (VIETNAMESE.test(word) && !isVietnameseSyllable(word) && word.length <= 40) {
    // One case throughout (or a capital first): "phốihợp", "Kếhoạch", "QUYCHẾ".
    if (/^\p{Lu}?\p{Ll}+$|^\p{Lu}+$/u.test(word)) out = cut(word)?.join(' ') ?? null;
  }
  if (memo.size > 5000) memo.clear();
  memo.set(word, out);
  return out ?? word;
}

/**
 * Each word that holds a Vietnamese letter and could be cut (lineFacts says which) is looked at; a
 * word without one is never cut.
 */
export function unglue(line: string): string {
  let out = '';
  let pos = 0;
  lineFacts(line, (start, end) => {
    const word = line.slice(start, end);
    const to = unglueWord(word);
    if (to === word) return;
    out += line.slice(pos, start) + to;
    pos = end;
  });
  return pos ? out + line.slice(pos) : line;
}
