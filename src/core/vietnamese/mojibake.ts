// UTF-8 read as Windows-1252 ("Cá»™ng hÃ²a" for "Cộng hòa"): a page saved in one encoding and
// opened in the other. Each run of characters that all exist in Windows-1252 is turned back
// into its bytes and decoded as strict UTF-8; the run is replaced only when that succeeds and
// yields letters beyond ASCII, so correct Unicode text and legacy TCVN3/VNI words are left alone.

import { MOJIBAKE } from './line-facts';
import { repairLostBytes } from './lost-bytes';

// Windows-1252 bytes 0x80–0x9F that are not the C1 control characters.
const CP1252_HIGH: Record<number, number> = {
  0x20ac: 0x80,
  0x201a: 0x82,
  0x0192: 0x83,
  0x201e: 0x84,
  0x2026: 0x85,
  0x2020: 0x86,
  0x2021: 0x87,
  0x02c6: 0x88,
  0x2030: 0x89,
  0x0160: 0x8a,
  0x2039: 0x8b,
  0x0152: 0x8c,
  0x017d: 0x8e,
  0x2018: 0x91,
  0x2019: 0x92,
  0x201c: 0x93,
  0x201d: 0x94,
  0x2022: 0x95,
  0x2013: 0x96,
  0x2014: 0x97,
  0x02dc: 0x98,
  0x2122: 0x99,
  0x0161: 0x9a,
  0x203a: 0x9b,
  0x0153: 0x9c,
  0x017e: 0x9e,
  0x0178: 0x9f,
};

function byteOf(ch: string): number | null {
  const c = ch.charCodeAt(0);
  if (c <= 0xff) return c;
  return CP1252_HIGH[c] ?? null;
}

/** Strict UTF-8: null on any malformed, overlong or surrogate sequence. */
function decodeUtf8(bytes: number[]): string | null {
  let out = '';
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    let n = 0;
    let cp = 0;
    if (b < 0x80) {
      out += String.fromCharCode(b);
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [n, cp] = [1, b & 0x1f];
    else if (b >= 0xe0 && b <= 0xef) [n, cp] = [2, b & 0x0f];
    else if (b >= 0xf0 && b <= 0xf4) [n, cp] = [3, b & 0x07];
    else return null;
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return null;
      cp = (cp << 6) | (c & 0x3f);
    }
    if ((n === 2 && cp < 0x800) || (n === 3 && (cp < 0x10000 || cp > 0x10ffff)) || (cp >= 0xd800 && cp <= 0xdfff))
      return null;
    out += String.fromCodePoint(cp);
    i += n + 1;
  }
  return out;
}

const SUSPECT = MOJIBAKE;
const SUSPECTS = (s: string) => s.match(new RegExp(SUSPECT.source, 'g'))?.length ?? 0;

const NATIVE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/;

export interface MojibakeRepair {
  from: string;
  to: string;
}

/**
 * The one character a whole text shows for every control character of its mojibake, when it
 * shows one (LibreOffice's PDF prints them all as one glyph, read back as U+0092): a text whose
 * control characters are all one, three times or more, among mojibake. Undefined otherwise.
 */
export function blurredControl(lines: string[]): string | undefined {
  const seen = new Map<string, number>();
  let suspect = false;
  for (const line of lines) {
    if (!SUSPECT.test(line)) continue;
    suspect = true;
    for (const m of line.matchAll(/[\u0080-\u009f]/g)) seen.set(m[0], (seen.get(m[0]) ?? 0) + 1);
  }
  const [only, count] = [...seen][0] ?? [];
  return suspect && seen.size === 1 && count! >= 3 ? only : undefined;
}

/**
 * Repair the UTF-8-read-as-Windows-1252 runs of one line; `blurred` is the character the text
 * shows for any control character (blurredControl), each then guessed.
 */
export function repairMojibake(line: string, blurred?: string): { text: string; repairs: MojibakeRepair[] } {
  if (!SUSPECT.test(line)) return { text: line, repairs: [] };
  // A line that already holds Vietnamese letters Windows-1252 lacks (ơ, ư, đ, ạ …) was mostly read
  // right: there "XÃ" before a web page's &nbsp; is Ã and a space, not the two bytes of "à".
  const native = NATIVE.test(line);
  const repairs: MojibakeRepair[] = [];
  let out = '';
  let run = '';
  const flush = () => {
    if (run && SUSPECT.test(run)) {
      const chars = [...run];
      const bytes = chars.map((ch) => byteOf(ch)!);
      // Bytes that print as nothing may be lost or blurred on the way (a PDF, a browser's copy):
      // guessed only in a run that is plainly mojibake, two letters of it at least.
      const uncertain = chars.map((ch) => ch === blurred);
      const strict = uncertain.some(Boolean) ? null : decodeUtf8(bytes);
      const decoded =
        strict ?? (SUSPECTS(run) >= (uncertain.some(Boolean) ? 1 : 2) ? repairLostBytes(bytes, uncertain) : null);
      if (decoded !== null && /[^\x00-\x7f]/.test(decoded)) {
        out += decoded;
        repairs.push({ from: run.trim(), to: decoded.trim() });
        run = '';
        return;
      }
    }
    out += run;
    run = '';
  };
  for (const ch of line) {
    if (byteOf(ch) === null || (native && ch === '\u00a0')) {
      flush();
      out += ch;
    } else run += ch;
  }
  flush();
  return { text: out.normalize('NFC'), repairs };
}
