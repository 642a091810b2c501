// Mojibake whose invisible bytes are gone or blurred. UTF-8 read as Windows-1252 shows some bytes
// as nothing: 0x80–0x9F where Windows-1252 has no character (control characters), 0xAD (the soft
// hyphen), 0xA0 (the no-break space, a space). A browser's copy drops them; LibreOffice prints
// the control characters all as one glyph, so its PDF gives one character (U+0092) for all of
// them, and never prints the soft hyphen. The strict repair (mojibake.ts) then fails or reads
// wrong letters. Here each uncertain or lost byte is guessed as the one that makes a Vietnamese
// letter; where several do, the one whose word is a Vietnamese syllable in the case of its
// neighbours ("há»c" → "học", never "hềc": a stop final takes no grave). Among the syllables a
// word can make, the common ones of these documents come first, and a pair of them more (the list
// in common-syllables.ts): "C?NG ĐOÀN" is "CÔNG ĐOÀN", not the commoner letter's "CÀNG"; where
// no syllable is listed, the commoner letter. The repair is listed.

import { isPair, isPlaceName, opensName, syllableCost, syllableKey } from './common-syllables';
import { guessPunctuation } from './lost-punctuation';
import { isVietnameseSyllable } from './syllable';

/** Vietnamese letters, commonest first (counted over regulations). */
const RANK = 'đàáưộệạêôếờốựủợềâứổăíọớụịảểóấậơữìởầỉãồýùắẻúặẩũừỏằửẽỳỗễòèỡéẹẫĩỷỹẳõ';
// Per character, remembered: lowering with a locale is slow, and a long line asks again and again.
const ranks0 = new Map<string, number>();
const rank = (ch: string) => {
  let k = ranks0.get(ch);
  if (k === undefined) {
    k = RANK.indexOf(ch.toLocaleLowerCase('vi'));
    if (k < 0) k = RANK.length;
    if (ranks0.size < 4096) ranks0.set(ch, k);
  }
  return k;
};
const TONES = '\u0300\u0301\u0303\u0309\u0323';
const isVietnameseLetter = (ch: string) => TONES.includes(ch) || (rank(ch) < RANK.length && ch.length === 1);
const CONTROLS = Array.from({ length: 0x20 }, (_, k) => 0x80 + k);
const SOFT_HYPHEN = 0xad;
const NBSP = 0xa0;
/** Steps of the search over one word's choices; past it the word keeps what it found, else the commonest. */
const BUDGET = 2000;
/** Readings kept per word, and paths per word in the run. */
const KEPT = 12;
/** What a listed pair with its neighbour is worth, against a syllable's rank (a log). */
const PAIR_BONUS = 4;
/** A word's case against its neighbours': less than any rank tells, more than the letters' order. */
const CASE_COST = 0.01;
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/g;

interface Choice {
  ch: string;
  /** A no-break space printed as the space after it: that space is the letter's. */
  eatsSpace: boolean;
}
/** A piece of text (`guessed` when it is a sign guessed from lost bytes), or a letter's choices. */
type Piece = { text: string; guessed?: boolean } | { choices: Choice[] };

const codePoint = (bytes: number[]) =>
  bytes.slice(1).reduce((cp, c) => (cp << 6) | (c & 0x3f), bytes[0] & (bytes.length === 2 ? 0x1f : 0x0f));
const isCont = (b: number | undefined) => b !== undefined && (b & 0xc0) === 0x80;

/** Every way to fill the uncertain places of a sequence, as letters. */
const fillsMemo = new Map<string, Choice[]>();
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
    // A sign (“ ” – …) whose bytes are blurred or lost: no letter starts with E2.
    if (b === 0xe2 && (have < need || uncertain.slice(i + 1, i + 1 + have).some(Boolean))) {
      const sign = guessPunctuation(bytes, uncertain, i);
      if (!sign) return null;
      out.push({ text: sign.text, guessed: true });
      i = sign.next;
      continue;
    }
    // Only the last byte may be lost: the first ones are letters that print ("á»", "Ã").
    if (have < need - 1) return null;
    const head = bytes.slice(i, i + 1 + have);
    const unsure = uncertain.slice(i, i + 1 + have);
    const lastLost = have < need;
    if (!lastLost && !unsure.some(Boolean)) {
      out.push({ text: String.fromCodePoint(codePoint(head)) });
    } else {
      const spaceNext = bytes[i + 1 + have] === 0x20;
      // The same damaged letter comes back again and again: its choices are worked out once.
      const memo = `${head.join(',')}|${unsure.map(Number).join('')}|${+lastLost}|${+spaceNext}`;
      let choices = fillsMemo.get(memo);
      if (!choices) {
        if (fillsMemo.size > 4096) fillsMemo.clear();
        fillsMemo.set(memo, (choices = fills(head, unsure, lastLost, spaceNext)));
      }
      if (!choices.length) return null;
      out.push({ choices });
    }
    i += 1 + have;
  }
  return out;
}

const isLetter = (ch: string) => /\p{L}|\p{M}/u.test(ch);
const uppers = new Map<string, boolean>();
const upper = (ch: string) => {
  let u = uppers.get(ch);
  if (u === undefined) {
    u = ch !== ch.toLocaleLowerCase('vi');
    if (uppers.size < 4096) uppers.set(ch, u);
  }
  return u;
};
const commonest = (p: Piece) => ('text' in p ? p.text : (p.choices.find((c) => !c.eatsSpace) ?? p.choices[0]).ch);
const isGap = (p: Piece) => 'text' in p && !isLetter(p.text);

/** One way to read a word: its text, the piece after it, and how unlikely it is (lower is likelier). */
interface Reading {
  text: string;
  end: number;
  cost: number;
}

/**
 * The run with its uncertain and lost bytes guessed (`uncertain` marks the bytes that stand for
 * any control character), or null when it is no such run. Each word that holds a guess is read
 * every way that makes a syllable whose letters share one case (its first aside), and the run
 * takes the readings likeliest together: a listed syllable before an unlisted one, the commoner
 * first, a listed pair with its neighbour before all ("C?NG ĐOÀN" → "CÔNG ĐOÀN"). A word no way
 * reads as a syllable takes the commonest letters.
 */
export function repairLostBytes(bytes: number[], uncertain: boolean[]): string | null {
  const ps = pieces(bytes, uncertain);
  if (!ps || !ps.some((p) => 'choices' in p || p.guessed)) return null;
  const starts = wordStarts(ps);
  const caps = starts.map((k) => allCapitals(ps, k));
  // The nearest word on each side that tells its case (a word of guesses alone tells nothing).
  const before: Array<boolean | undefined> = [];
  const after: Array<boolean | undefined> = [];
  for (let i = 0; i < caps.length; i++) before.push(i ? (caps[i - 1] ?? before[i - 1]) : undefined);
  for (let i = caps.length - 1; i >= 0; i--) after[i] = i + 1 < caps.length ? (caps[i + 1] ?? after[i + 1]) : undefined;
  const readingsAt = new Map<number, Reading[]>();
  starts.forEach((k, i) => {
    // A guessed first letter is a capital where the rest of the word is, where a sentence or the
    // run begins, or between words written in capitals ("Ý KIẾN"); else small ("Công đoàn").
    const around = [before[i], after[i]].filter((c) => c !== undefined);
    const inCapitals = around.length > 0 && around.every(Boolean);
    readingsAt.set(k, readWord(ps, k, opensSentence(ps, k) || inCapitals, inCapitals));
  });
  return likeliest(ps, readingsAt);
}

/** Where each word begins, as the pieces show it (letters and guesses between gaps). */
function wordStarts(ps: Piece[]): number[] {
  const out: number[] = [];
  ps.forEach((p, k) => {
    if (!isGap(p) && (k === 0 || isGap(ps[k - 1]))) out.push(k);
  });
  return out;
}

/**
 * Is the word at k written in capitals: true when it shows two letters at least, all capitals, and
 * is a word (it holds a guess, or is a syllable: "QC", "THCS" tell nothing); false when it shows a
 * small letter; undefined when it tells nothing.
 */
function allCapitals(ps: Piece[], k: number): boolean | undefined {
  let shown = '';
  let guessed = false;
  for (let j = k; j < ps.length && !isGap(ps[j]); j++) {
    const p = ps[j];
    if (!('text' in p)) guessed = true;
    else if (/\p{L}/u.test(p.text)) {
      if (!upper(p.text)) return false;
      shown += p.text;
    }
  }
  return shown.length >= 2 && (guessed || isVietnameseSyllable(shown)) ? true : undefined;
}

/**
 * Does a sentence begin at k: the run's start, a stop since the last word, or a wide gap (a
 * second column set with spaces: "TRƯỜNG THCS …      Độc lập")?
 */
function opensSentence(ps: Piece[], k: number): boolean {
  let spaces = 0;
  for (let j = k - 1; j >= 0; j--) {
    const p = ps[j];
    if (!isGap(p)) return spaces >= 3;
    const t = (p as { text: string }).text;
    if (/[.:;!?]/.test(t)) return true;
    if (!/\s/.test(t)) return false;
    spaces += t === '\t' ? 3 : 1;
  }
  return true;
}

/** Every reading of the word at k within the budget, likeliest first (a few kept). */
function readWord(ps: Piece[], k: number, capital: boolean, inCapitals: boolean): Reading[] {
  // The letters the word shows after its first tell the case of its guesses there.
  let restCase: boolean | undefined;
  let mixed = false;
  for (let j = k; j < ps.length && !isGap(ps[j]); j++) {
    const p = ps[j];
    if (j === k || !('text' in p) || !/\p{L}/u.test(p.text)) continue;
    if (restCase === undefined) restCase = upper(p.text);
    else if (restCase !== upper(p.text)) mixed = true;
  }
  const found: Array<Reading & { placed: boolean }> = [];
  let steps = 0;
  let anyGuess = false;
  const walk = (j: number, text: string, guessed: boolean, skipSpace: boolean, firstGuessed: boolean) => {
    for (;;) {
      if (++steps > BUDGET || (guessed && !couldStart(text))) return;
      const p = ps[j];
      if (p && 'text' in p && skipSpace && p.text === ' ') {
        j++;
        skipSpace = false;
        continue;
      }
      if (!p || isGap(p)) {
        const ok = guessed ? wordOk(text, firstGuessed, capital) : 'placed';
        if (ok) found.push({ text, end: j, cost: 0, placed: ok === 'placed' });
        return;
      }
      skipSpace = false;
      if ('text' in p) {
        text += p.text;
        j++;
        continue;
      }
      anyGuess = true;
      const inRest = /\p{L}/u.test(text);
      for (const c of p.choices) {
        // A small letter among capitals, or the reverse, never reads: not tried.
        if (inRest && restCase !== undefined && !mixed && /\p{L}/u.test(c.ch) && upper(c.ch) !== restCase) continue;
        walk(j + 1, text + c.ch, true, c.eatsSpace, firstGuessed || !text);
      }
      return;
    }
  };
  walk(k, '', false, false, false);
  // A capital the place does not want is still better than no syllable ("Ý" of "Ý kiến").
  if (found.some((r) => r.placed)) found.splice(0, found.length, ...found.filter((r) => r.placed));
  // Every word costs as its syllable does, a word read whole or not: "vào" is likelier than "và o".
  if (!anyGuess && found.length) return [{ ...found[0], cost: syllableCost(found[0].text) }];
  if (!found.length) {
    let text = '';
    let j = k;
    for (; j < ps.length && !('text' in ps[j] && !isLetter(commonest(ps[j]))); j++) text += commonest(ps[j]);
    return [{ text, end: j, cost: syllableCost(text) }];
  }
  // Found in the order of the letters' rank: that order breaks ties among the unlisted.
  // A word that shows no letter past its first is in capitals where its neighbours are ("SỐ LIỆU",
  // "Số: 07/QC").
  const caseCost = (text: string) => {
    const rest = [...text].filter((c) => /\p{L}/u.test(c)).slice(1);
    return restCase === undefined && rest.length > 0 && rest.every(upper) !== inCapitals ? CASE_COST : 0;
  };
  found.forEach((r, order) => (r.cost = syllableCost(r.text) + caseCost(r.text) + order * 1e-6));
  return found.sort((a, b) => a.cost - b.cost).slice(0, KEPT);
}

// The shape of a syllable's letters, toneless and small: an onset, its vowels, a final;
// each may be cut short, so that a guess that cannot begin a syllable ("ĐÔĐ") goes no further.
const NUCLEI =
  'oai|oay|oeo|uây|uôi|uya|uyê|uyu|ươi|ươu|iêu|yêu|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|oo|ôi|ơi|' +
  'ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|yê|[aăâeêioôơuưy]';
const SHAPE = new RegExp(
  `^(?:ngh?|nh|ch?|gh?|gi|kh?|ph?|qu?|th?|tr|[bdđhlmnrsvx])?(?:${NUCLEI})?(?:ch?|ng?|nh|m|p|t)?$`,
);
const shapes = new Map<string, boolean>();
function couldStart(text: string): boolean {
  if (text.length > 12) return false;
  let hit = shapes.get(text);
  if (hit === undefined) {
    const d = text.normalize('NFD');
    hit = (d.match(TONE)?.length ?? 0) <= 1 && SHAPE.test(d.replace(TONE, '').normalize('NFC').toLocaleLowerCase('vi'));
    if (shapes.size > 20000) shapes.clear();
    shapes.set(text, hit);
  }
  return hit;
}

/**
 * Does a word that holds a guess read as one syllable, its letters in one case (its first aside)?
 * 'placed' when its guessed first letter is also of the case its place wants.
 */
function wordOk(word: string, firstGuessed: boolean, capital: boolean): 'placed' | boolean {
  const [first, ...rest] = [...word].filter((c) => /\p{L}/u.test(c));
  const allUpper = rest.length > 0 && rest.every((c) => upper(c));
  if ((!allUpper || (first && !upper(first) && !firstGuessed)) && rest.some((c) => upper(c))) return false;
  if (!isVietnameseSyllable(word.normalize('NFC'))) return false;
  return !firstGuessed || !first || upper(first) === (allUpper || capital) ? 'placed' : true;
}

interface Path {
  cost: number;
  /** The last word's key, and whether only spaces follow it: a pair needs both. */
  last: string;
  spaced: boolean;
  /** Does the last word begin with a capital (a family name must)? */
  capital: boolean;
  /** Does a place's name go on after the last word ("XÃ PHÚ …")? */
  naming: boolean;
  parts: { text: string; prev: Path['parts'] } | null;
}

/** The run's text along the likeliest readings of its words (a pair's bonus counted). */
function likeliest(ps: Piece[], readingsAt: Map<number, Reading[]>): string {
  const gapAfter = (j: number): [string, number] => {
    let text = '';
    for (; j < ps.length && isGap(ps[j]); j++) text += (ps[j] as { text: string }).text;
    return [text, j];
  };
  const [lead, first] = gapAfter(0);
  const arriving = new Map<number, Path[]>([
    [first, [{ cost: 0, last: '', spaced: false, capital: false, naming: false, parts: { text: lead, prev: null } }]],
  ]);
  for (let k = first; k < ps.length; k++) {
    const paths = arriving.get(k);
    const readings = readingsAt.get(k);
    if (!paths || !readings) continue;
    arriving.delete(k);
    for (const r of readings) {
      const key = syllableKey(r.text);
      let best: Path | undefined;
      let bestCost = Infinity;
      const place = isPlaceName(key);
      for (const p of paths) {
        const joined = p.spaced && (isPair(p.last, key, p.capital) || (p.naming && place));
        const cost = p.cost + r.cost - (joined ? PAIR_BONUS : 0);
        if (cost < bestCost) [best, bestCost] = [p, cost];
      }
      const [gap, next] = gapAfter(r.end);
      const path: Path = {
        cost: bestCost,
        last: key,
        capital: upper([...r.text][0] ?? ''),
        spaced: /^\s+$/.test(gap),
        naming: opensName(key) || (best!.naming && best!.spaced && place),
        parts: { text: r.text + gap, prev: best!.parts },
      };
      const there = arriving.get(next) ?? [];
      there.push(path);
      // The likeliest few arriving at a word are enough.
      if (there.length > KEPT * 2) there.sort((a, b) => a.cost - b.cost).length = KEPT;
      arriving.set(next, there);
    }
  }
  const ends = arriving.get(ps.length) ?? [];
  let parts = ends.reduce((a, b) => (b.cost < a.cost ? b : a)).parts;
  const out: string[] = [];
  for (; parts; parts = parts.prev) out.push(parts.text);
  return out.reverse().join('');
}
