// Is a token one valid Vietnamese syllable? Used to accept a legacy-encoding conversion only
// when its result is real Vietnamese: onset + rhyme + at most one tone, and
// the stop finals p, t, c, ch only with the sắc or nặng tone (never level).

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const SAC = '\u0301';
const NANG = '\u0323';

const ONSETS = [
  'ngh',
  'ng',
  'nh',
  'ch',
  'gh',
  'gi',
  'kh',
  'ph',
  'qu',
  'th',
  'tr',
  'b',
  'c',
  'd',
  'đ',
  'g',
  'h',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'x',
  '',
];

// Toneless rhymes of standard Vietnamese orthography.
const RHYMES = new Set(
  (
    'a ai ao au ay ac ach am an ang anh ap at ' +
    'ăc ăm ăn ăng ăp ăt ' +
    'âc âm ân âng âp ât âu ây ' +
    'e eo ec em en eng ep et ' +
    'ê êch êm ên ênh êp êt êu ' +
    'i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu ' +
    'o oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt oc oe oen oeo oet oi om on ong ooc oong op ot ' +
    'ô ôc ôi ôm ôn ông ôp ôt ' +
    'ơ ơi ơm ơn ơp ơt ' +
    'u ua uân uâng uât uây uc uê uêch uênh uy uya uych uyên uyêt uynh uyt uyu ui um un ung up ut uôc uôi uôm uôn uông uôt uơ uyn ' +
    'ư ưa ưc ưi ưm ưn ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu ' +
    'y yêm yên yêng yêt yêu'
  ).split(' '),
);

const STOP_FINAL = /(?:p|t|c|ch)$/;

/** One syllable, any case, NFC or NFD. Hyphenated compounds and digits are not syllables. */
const memo = new Map<string, boolean>();

export function isVietnameseSyllable(token: string): boolean {
  if (!token || token.length > 8) return false;
  const hit = memo.get(token);
  if (hit !== undefined) return hit;
  const result = check(token);
  if (memo.size > 20000) memo.clear();
  memo.set(token, result);
  return result;
}

// The words of a line looked up where they stand, by their units: the last word seen in each slot
// (by a hash of its units) and its answer, so that a word seen before is answered without a string.
const SLOTS = 4096;
const slotWords: Array<string | undefined> = new Array<string | undefined>(SLOTS);
const slotAnswers = new Uint8Array(SLOTS);

/** isVietnameseSyllable(s.slice(start, end)), the slice made only for a word not seen lately. */
export function isSyllableAt(s: string, start: number, end: number): boolean {
  const n = end - start;
  if (n <= 0 || n > 8) return false;
  let h = n;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  const slot = (h ^ (h >>> 13)) & (SLOTS - 1);
  const seen = slotWords[slot];
  if (seen !== undefined && seen.length === n) {
    let i = 0;
    while (i < n && seen.charCodeAt(i) === s.charCodeAt(start + i)) i++;
    if (i === n) return slotAnswers[slot] === 1;
  }
  const word = s.slice(start, end);
  const answer = isVietnameseSyllable(word);
  slotWords[slot] = word;
  slotAnswers[slot] = answer ? 1 : 0;
  return answer;
}

function check(token: string): boolean {
  const nfd = token.normalize('NFD').toLocaleLowerCase('vi');
  const tones = nfd.match(TONE_MARKS) ?? [];
  if (tones.length > 1) return false;
  const bare = nfd.replace(TONE_MARKS, '').normalize('NFC');
  if (!/^[a-zđăâêôơư]+$/u.test(bare)) return false;
  for (const onset of ONSETS) {
    if (!bare.startsWith(onset)) continue;
    let rhyme = bare.slice(onset.length);
    // "gì", "giếng": the i of gi doubles as the vowel.
    if (onset === 'gi' && (rhyme === '' || !RHYMES.has(rhyme))) rhyme = 'i' + rhyme;
    if (onset === 'qu' && rhyme === '') continue;
    if (!RHYMES.has(rhyme)) continue;
    if (STOP_FINAL.test(rhyme) && tones[0] !== SAC && tones[0] !== NANG) continue;
    return true;
  }
  return false;
}

const LETTER = /^\p{L}/u;
/** 1 a letter, 2 not, 0 not looked at yet: by UTF-16 unit, for the characters of the Basic Plane. */
const LETTER_CACHE = new Uint8Array(0x10000);

/**
 * The words (runs of letters, as /\p{L}+/gu finds them) of a text, and how many of them hold a
 * letter other than a–z and A–Z, in one pass with no string made.
 */
function countWords(text: string): { words: number; marked: number } {
  let words = 0;
  let marked = 0;
  let inWord = false;
  let wordMarked = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let letter: boolean;
    let ascii = false;
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) letter = ascii = true;
    else if (code < 0x80) letter = false;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const pair = text.slice(i, i + 2);
      letter = LETTER.test(pair);
      if (pair.length === 2 && /[\udc00-\udfff]/.test(pair[1])) i++;
    } else {
      if (LETTER_CACHE[code] === 0) LETTER_CACHE[code] = LETTER.test(String.fromCharCode(code)) ? 1 : 2;
      letter = LETTER_CACHE[code] === 1;
    }
    if (letter) {
      if (!inWord) {
        words++;
        inWord = true;
        wordMarked = false;
      }
      if (!ascii && !wordMarked) {
        marked++;
        wordMarked = true;
      }
    } else inWord = false;
  }
  return { words, marked };
}

/**
 * Is a text mostly stripped of its Vietnamese letters (a binary .doc served as text, a page
 * saved without its accented letters)? Many words, almost none with a Vietnamese letter, and a
 * good share of lower-case fragments that are no syllable at all ("Cn c Lut Gio dc").
 * Unaccented but whole Vietnamese ("Quy che phoi hop") is not: its words are syllables.
 */
export function strippedShare(text: string): number | null {
  // Most texts have their letters: one pass over the characters answers them.
  const counted = countWords(text);
  if (counted.words < 40 || counted.marked / counted.words > 0.03) return null;
  const words = text.match(/\p{L}+/gu) ?? [];
  const fragments = words.filter((w) => /^[a-z]+$/.test(w) && !isVietnameseSyllable(w)).length;
  if (fragments / words.length < 0.2) return null;
  return fragments / words.length;
}
