// The legacy encodings letter by letter: TCVN3's code point table, VNI-Windows' tone and hat
// keys, and the decoders of one token. Which words to convert, and how, is legacy.ts's.

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
