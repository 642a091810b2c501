// Typographic punctuation in mojibake whose invisible bytes are gone or blurred (see lost-bytes.ts).
// “ ” – — are three bytes each, E2 80 then 0x93–0x9D: all but the first print as nothing, so a
// PDF shows "â" and one glyph twice, a browser's copy "â" alone, and the whole line was left
// unrepaired. No Vietnamese letter starts with E2: the sign is guessed among the common ones from
// the bytes that remain and from where it stands (a dash between spaces, a quote opening a word).

/** The punctuation such a page uses, in the order a tie takes them. */
const SIGNS = ['–', '“', '”', '—', '‘', '’', '…', '•', '€', '№', '‰'].map((ch) => {
  const cp = ch.codePointAt(0)!;
  // Its UTF-8 bytes after the lead E2.
  return { ch, tail: [0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)] };
});

const isCont = (b: number | undefined) => b !== undefined && (b & 0xc0) === 0x80;
/** A byte that prints as nothing, so may be missing: 0x80–0x9F and the soft hyphen. */
const mayVanish = (b: number) => (b >= 0x80 && b <= 0x9f) || b === 0xad;
const isSpace = (b: number | undefined) => b === undefined || b === 0x20 || b === 0xa0 || b === 0x09;
const isDigit = (b: number | undefined) => b !== undefined && b >= 0x30 && b <= 0x39;
const isLetterByte = (b: number | undefined) =>
  b !== undefined && (/[A-Za-z]/.test(String.fromCharCode(b)) || b >= 0xc0);

/** Can the bytes `seen` (each sure, or any of 0x80–0x9F) be what is left of `tail`? */
function fits(tail: number[], seen: Array<{ b: number; unsure: boolean }>): boolean {
  if (!seen.length) return tail.every(mayVanish);
  if (!tail.length) return false;
  const [t, ...rest] = tail;
  const s = seen[0];
  const same = s.unsure ? t >= 0x80 && t <= 0x9f : t === s.b;
  return (same && fits(rest, seen.slice(1))) || (mayVanish(t) && fits(rest, seen));
}

/**
 * The sign whose lead byte E2 stands at i with some of its bytes blurred or lost, and the byte
 * after it; null when no common sign fits.
 */
export function guessPunctuation(
  bytes: number[],
  uncertain: boolean[],
  i: number,
): { text: string; next: number } | null {
  const seen: Array<{ b: number; unsure: boolean }> = [];
  let next = i + 1;
  for (; next < bytes.length && seen.length < 2 && isCont(bytes[next]); next++)
    seen.push({ b: bytes[next], unsure: uncertain[next] });
  const fitting = SIGNS.filter((s) => fits(s.tail, seen)).map((s) => s.ch);
  if (!fitting.length) return null;
  const [before, after] = [bytes[i - 1], bytes[next]];
  const wanted =
    (isSpace(before) && isSpace(after)) || (isDigit(before) && isDigit(after))
      ? ['–', '—']
      : isLetterByte(before) && isLetterByte(after)
        ? ['’']
        : isSpace(before) || before === 0x28
          ? ['“', '‘']
          : ['”', '’'];
  return { text: wanted.find((ch) => fitting.includes(ch)) ?? fitting[0], next };
}
