// Vietnamese capitals for a title or name reused inside a sentence. A title typed ALL CAPS
// ("QUY CHẾ PHỐI HỢP GIỮA CHÍNH QUYỀN VÀ CHI ĐOÀN") is written in sentence case: every word lowered
// except abbreviations (THCS, UBND, BCH, CĐ, GD&ĐT: no Vietnamese syllable) and the words the
// workbook itself writes with a capital (party names, the school, the place, last year's title in
// ordinary case: "Chính quyền", "Chi đoàn"). Nothing is ever changed inside a word: a word keeps
// its letters' case as typed, or is lowered whole, or gets one capital at its start.
import { isVietnameseSyllable } from './syllable';

/** Where a capital is evidence: names as typed, and ordinary sentences (not their first word). */
export interface CaseSources {
  /** Names as the workbook types them (parties, school, place, people): every capital counts. */
  names: readonly string[];
  /** Other text in ordinary case (clauses, fields): a capital at a sentence's start says nothing. */
  sentences: readonly string[];
}

interface Token {
  pre: string;
  core: string;
  post: string;
}

interface Sentence {
  words: string[];
  keys: string[];
  /** Is the word's case evidence (not a sentence's first word)? */
  evidence: boolean[];
}

/** A word of a sentence: the sentence and the word's place in it. */
interface Occurrence {
  s: Sentence;
  at: number;
}

/** Words as the workbook writes them, indexed by their folded form. */
export interface CaseVocabulary {
  byKey: Map<string, Occurrence[]>;
}

const LEAD = /^[^\p{L}\d]*/u;
const TRAIL = /[^\p{L}\d]*$/u;
/** Words with the punctuation around them apart: "(Chi" → "(", "Chi", "". */
const tokens = (text: string): Token[] =>
  text
    .split(/\s+/)
    .filter(Boolean)
    .map((chunk) => {
      const pre = LEAD.exec(chunk)![0];
      const rest = chunk.slice(pre.length);
      const post = TRAIL.exec(rest)![0];
      return { pre, core: rest.slice(0, rest.length - post.length), post };
    });

// Sources are clean NFC text (the export cleans every cell): a lower-case key is enough, and quick.
const key = (word: string) => {
  const k = word.toLowerCase();
  return k === 'qui' ? 'quy' : k;
};
// Vietnamese has no locale-specific case mapping: the plain conversions are the same, and quicker.
const hasLower = (s: string) => s !== s.toUpperCase();
const hasUpper = (s: string) => s !== s.toLowerCase();
const isCaps = (s: string) => hasUpper(s) && !hasLower(s);

/** A word that keeps its capitals whatever the sentence: digits, or a part that is no syllable. */
export function isAbbreviation(word: string): boolean {
  if (/\d/.test(word)) return true;
  const parts = word.split(/[^\p{L}]+/u).filter(Boolean);
  return parts.some((p) => !isVietnameseSyllable(p));
}

/** Typed in capitals: at least two capital words that are syllables, and most of them. */
export function isShouting(text: string): boolean {
  if (!/\p{Lu}\p{M}*\p{Lu}/u.test(text)) return false;
  const words = tokens(text)
    .map((t) => t.core)
    .filter((w) => /\p{L}/u.test(w) && !isAbbreviation(w));
  const caps = words.filter((w) => w.length > 1 && isCaps(w)).length;
  return caps >= 2 && caps >= 0.6 * words.length;
}

const capsWord = (w: string) => w.length > 1 && isCaps(w) && !isAbbreviation(w);

export function caseVocabulary(sources: CaseSources): CaseVocabulary {
  const byKey = new Map<string, Occurrence[]>();
  const add = (text: string, name: boolean) => {
    if (!text || isShouting(text)) return;
    // Each sentence on its own: its first word's capital is grammar, not a name.
    for (const part of text.split(/(?<=[.;:!?])\s+|\n+/)) {
      // Words only: punctuation inside a token ("GD&ĐT") splits it here, harmlessly for evidence.
      const words = part.split(/[^\p{L}\d]+/u).filter(Boolean);
      if (words.length === 0) continue;
      const s: Sentence = {
        words,
        keys: words.map(key),
        // A word right after a phrase in capitals began a line under it (the kind line run into
        // the title): its capital is the line's, not the word's.
        evidence: words.map((w, i) => (name || i > 0) && !(i > 0 && capsWord(words[i - 1]) && !capsWord(w))),
      };
      s.keys.forEach((k, at) => {
        if (!k) return;
        const list = byKey.get(k);
        if (list) list.push({ s, at });
        else byKey.set(k, [{ s, at }]);
      });
    }
  };
  for (const n of sources.names) add(n, true);
  for (const s of sources.sentences) add(s, false);
  return { byKey };
}

const EMPTY: CaseVocabulary = { byKey: new Map() };

const capitalised = (w: string) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1).toLocaleLowerCase('vi');
const lowered = (w: string) => w.toLocaleLowerCase('vi');

/** Does the workbook write this word with a capital here? Votes over the longest matching phrase. */
function capitalsFrom(keys: string[], vocab: CaseVocabulary): Array<boolean | null> {
  const out: Array<boolean | null> = keys.map(() => null);
  let i = 0;
  while (i < keys.length) {
    const occs = vocab.byKey.get(keys[i]) ?? [];
    let best = 0;
    const lengths = occs.map((o) => {
      let n = 0;
      while (i + n < keys.length && o.at + n < o.s.keys.length && o.s.keys[o.at + n] === keys[i + n]) n++;
      best = Math.max(best, n);
      return n;
    });
    if (best === 0) {
      i++;
      continue;
    }
    const longest = occs.filter((_, k) => lengths[k] === best);
    for (let j = 0; j < best; j++) {
      let up = 0;
      let down = 0;
      // The phrase's own votes; a word without any (a sentence's first) takes every occurrence's.
      const pool = longest.some((o) => o.s.evidence[o.at + j]) ? longest.map((o) => [o.s, o.at + j] as const) : [];
      const all = pool.length ? pool : (vocab.byKey.get(keys[i + j]) ?? []).map((o) => [o.s, o.at] as const);
      for (const [sentence, at] of all) {
        if (!sentence.evidence[at]) continue;
        const w = sentence.words[at];
        if (isCaps(w) && w.length > 1) continue;
        if (hasUpper(w.charAt(0))) up++;
        else down++;
      }
      out[i + j] = up + down === 0 ? null : up > down;
    }
    i += best;
  }
  return out;
}

function recase(text: string, vocab: CaseVocabulary, first: 'upper' | 'sentence'): string {
  const toks = tokens(text);
  if (toks.length === 0) return text.trim();
  const shouting = isShouting(text);
  const keys = toks.map((t) => key(t.core));
  const caps = capitalsFrom(keys, vocab);
  // A phrase in capitals inside an ordinary title is a kind line run into it ("QUY CHẾ PHỐI HỢP
  // Giữa Nhà trường …"): its words are lowered as a shouted title's are, and the word that began
  // the next line ("Giữa") takes the case the workbook writes it in.
  const shouted = (i: number) => {
    const w = toks[i]?.core ?? '';
    return w.length > 1 && isCaps(w) && !isAbbreviation(w) && /\p{L}/u.test(w);
  };
  const inRun = toks.map((_, i) => shouted(i) && (shouted(i - 1) || shouted(i + 1)));
  const words = toks.map((t, i) => {
    const w = t.core;
    if (!shouting && !inRun[i]) {
      const afterRun = i > 0 && inRun[i - 1];
      if (afterRun && /^\p{Lu}\p{Ll}/u.test(w) && caps[i] !== true) return lowered(w);
      return w;
    }
    if (!isCaps(w) || isAbbreviation(w)) return w;
    return caps[i] ? capitalised(w) : lowered(w);
  });
  // The first word: a capital at the start of a standalone title; inside a sentence, as the
  // workbook writes the word (lower case unless it is a name). A word in capitals stays so.
  const w0 = words[0];
  if (/^\p{L}/u.test(w0) && !isAbbreviation(w0) && !hasUpper(w0.slice(1))) {
    if (first === 'upper') words[0] = w0.charAt(0).toLocaleUpperCase('vi') + w0.slice(1);
    else if (!caps[0]) words[0] = lowered(w0);
  }
  return toks.map((t, i) => `${t.pre}${words[i]}${t.post}`).join(' ');
}

/** A title on its own (after "Trên đây là Quy chế …"): sentence case, its first letter a capital. */
export function sentenceCase(text: string, vocab: CaseVocabulary = EMPTY): string {
  return recase(text, vocab, 'upper');
}

/** A title or name inside a sentence: sentence case, its first word lowered unless it is a name. */
export function inSentence(text: string, vocab: CaseVocabulary = EMPTY): string {
  return recase(text, vocab, 'sentence');
}
