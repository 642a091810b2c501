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

/**
 * Is a text mostly stripped of its Vietnamese letters (a binary .doc served as text, a page
 * saved without its accented letters)? Many words, almost none with a Vietnamese letter, and a
 * good share of lower-case fragments that are no syllable at all ("Cn c Lut Gio dc").
 * Unaccented but whole Vietnamese ("Quy che phoi hop") is not: its words are syllables.
 */
export function strippedShare(text: string): number | null {
  const words = text.match(/\p{L}+/gu) ?? [];
  if (words.length < 40) return null;
  const marked = words.filter((w) => /[^a-zA-Z]/.test(w)).length;
  const fragments = words.filter((w) => /^[a-z]+$/.test(w) && !isVietnameseSyllable(w)).length;
  if (marked / words.length > 0.03 || fragments / words.length < 0.2) return null;
  return fragments / words.length;
}
