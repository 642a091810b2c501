// Mojibake whose invisible bytes are gone or blurred. UTF-8 read as Windows-1252 shows some bytes
// as nothing: 0x80–0x9F where Windows-1252 has no character (control characters), 0xAD (the soft
// hyphen), 0xA0 (the no-break space, a space). A browser's copy drops them; LibreOffice prints
// the control characters all as one glyph, so its PDF gives one character (U+0092) for all of
// them, and never prints the soft hyphen. The strict repair (mojibake.ts) then fails or reads
// wrong letters. Here each uncertain or lost byte is guessed as the one that makes a Vietnamese
// letter; where several do, the one whose word is a Vietnamese syllable in the case of its
// neighbours ("há»c" → "học", never "hềc": a stop final takes no grave), else the commoner
// letter. A guess gets the base letter right far more often than its tone; the repair is listed.

import { isVietnameseSyllable } from './syllable';

/** Vietnamese letters, commonest first (counted over regulations). */
const RANK = 'đàáưộệạêôếờốựủợềâứổăíọớụịảểóấậơữìởầỉãồýùắẻúặẩũừỏằửẽỳỗễòèỡéẹẫĩỷỹẳõ';
const rank = (ch: string) => {
  const k = RANK.indexOf(ch.toLocaleLowerCase('vi'));
  return k < 0 ? RANK.length : k;
};
const TONES = '\u0300\u0301\u0303\u0309\u0323';
const isVietnameseLetter = (ch: string) => TONES.includes(ch) || (rank(ch) < RANK.length && ch.length === 1);
const CONTROLS = Array.from({ length: 0x20 }, (_, k) => 0x80 + k);
const SOFT_HYPHEN = 0xad;
const NBSP = 0xa0;
/** Steps of the search over one word's choices; past it the word takes the commonest. */
const BUDGET = 2000;

interface Choice {
  ch: string;
  /** A no-break space printed as the space after it: that space is the letter's. */
  eatsSpace: boolean;
}
type Piece = { text: string } | { choices: Choice[] };

const codePoint = (bytes: number[]) =>
  bytes.slice(1).reduce((cp, c) => (cp << 6) | (c & 0x3f), bytes[0] & (bytes.length === 2 ? 0x1f : 0x0f));
const isCont = (b: number | undefined) => b !== undefined && (b & 0xc0) === 0x80;

/** Every way to fill the uncertain places of a sequence, as letters. */
function fills(head: number[], uncertain: boolean[], lastLost: boolean, spaceNext: boolean): Choice[] {
  let seqs: Array<{ bytes: number[]; eatsSpace: boolean }> = [{ bytes: [], eatsSpace: false }];
  head.forEach((b, k) => {
    const options = uncertain[k] ? [b, ...CONTROLS.filter((c) => c !== b)] : [b];
    seqs = seqs.flatMap((s) => options.map((o) => ({ ...s, bytes: [...s.bytes, o] })));
  });
  if (lastLost) {
    const lost = [...(spaceNext ? [NBSP, NBSP] : []), SOFT_HYPHEN, ...CONTROLS];
    seqs = seqs.flatMap((s) =>
      lost.map((b, k) => ({ bytes: [...s.bytes, b], eatsSpace: spaceNext && b === NBSP && k === 0 })),
    );
  }
  const out = seqs
    .map((s) => ({ ch: String.fromCodePoint(codePoint(s.bytes)), eatsSpace: s.eatsSpace }))
    .filter((c) => isVietnameseLetter(c.ch));
  // The commoner letters first (a no-break space eaten before one kept apart).
  return out.sort((a, b) => rank(a.ch) - rank(b.ch));
}

/** The run's bytes as decoded pieces and choices; null when it is not UTF-8 short of some bytes. */
function pieces(bytes: number[], uncertain: boolean[]): Piece[] | null {
  const out: Piece[] = [];
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    if (b < 0x80) {
      out.push({ text: String.fromCharCode(b) });
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe1 && b <= 0xef ? 2 : 0;
    if (!need) return null;
    let have = 0;
    while (have < need && isCont(bytes[i + 1 + have])) have++;
    // Only the last byte may be lost: the first ones are letters that print ("á»", "Ã").
    if (have < need - 1) return null;
    const head = bytes.slice(i, i + 1 + have);
    const unsure = uncertain.slice(i, i + 1 + have);
    const lastLost = have < need;
    if (!lastLost && !unsure.some(Boolean)) {
      out.push({ text: String.fromCodePoint(codePoint(head)) });
    } else {
      const choices = fills(head, unsure, lastLost, bytes[i + 1 + have] === 0x20);
      if (!choices.length) return null;
      out.push({ choices });
    }
    i += 1 + have;
  }
  return out;
}

const isLetter = (ch: string) => /\p{L}|\p{M}/u.test(ch);
const upper = (ch: string) => ch !== ch.toLocaleLowerCase('vi');
const commonest = (p: Piece) => ('text' in p ? p.text : (p.choices.find((c) => !c.eatsSpace) ?? p.choices[0]).ch);

/**
 * The run with its uncertain and lost bytes guessed (`uncertain` marks the bytes that stand for
 * any control character), or null when it is no such run. Word by word: a word that holds a guess
 * must read as a syllable whose letters share one case (its first aside); when none does, each
 * guess is the commonest letter.
 */
export function repairLostBytes(bytes: number[], uncertain: boolean[]): string | null {
  const ps = pieces(bytes, uncertain);
  if (!ps || !ps.some((p) => 'choices' in p)) return null;
  // A word's first letter, when guessed, is a capital where the rest of the word is, or where a
  // sentence or the line begins; else small ("Công đoàn", "thi đua"; "ĐOÀN", "Điều 1.").
  let opening = true;
  const wordOk = (word: string, firstGuessed: boolean) => {
    const [first, ...rest] = [...word].filter((c) => /\p{L}/u.test(c));
    const allUpper = rest.length > 0 && rest.every((c) => upper(c));
    if ((!allUpper || (first && !upper(first) && !firstGuessed)) && rest.some((c) => upper(c))) return false;
    if (firstGuessed && first && upper(first) !== (allUpper || opening)) return false;
    return isVietnameseSyllable(word.normalize('NFC'));
  };
  let steps = 0;
  /** The word from piece k: its text and the piece after it, or null when no guess reads. */
  const word = (
    k: number,
    text: string,
    guessed: boolean,
    skipSpace: boolean,
    firstGuessed = false,
  ): [string, number] | null => {
    if (++steps > BUDGET) return null;
    const p = ps[k];
    if (p && 'text' in p && skipSpace && p.text === ' ') return word(k + 1, text, guessed, false, firstGuessed);
    if (!p || ('text' in p && !isLetter(p.text))) return guessed && !wordOk(text, firstGuessed) ? null : [text, k];
    if ('text' in p) return word(k + 1, text + p.text, guessed, false, firstGuessed);
    for (const c of p.choices) {
      const got = word(k + 1, text + c.ch, true, c.eatsSpace, firstGuessed || !text);
      if (got) return got;
    }
    return null;
  };
  let out = '';
  for (let k = 0; k < ps.length;) {
    const p = ps[k];
    if ('text' in p && !isLetter(p.text)) {
      out += p.text;
      if (/[.:;!?]/.test(p.text)) opening = true;
      else if (!/\s/.test(p.text)) opening = false;
      k++;
      continue;
    }
    steps = 0;
    let got = word(k, '', false, false);
    if (!got) {
      let text = '';
      let j = k;
      for (; j < ps.length && !('text' in ps[j] && !isLetter(commonest(ps[j]))); j++) text += commonest(ps[j]);
      got = [text, j];
    }
    out += got[0];
    k = got[1];
    opening = false;
  }
  return out;
}
