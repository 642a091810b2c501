// Text from cells made safe for what opens it next: a spreadsheet reading a CSV, a calendar
// reading an .ics, a terminal, a browser, a shell. Cells are the clerk's (or an attacker's) words.

/** C0 and C1 controls other than tab and line breaks, and DEL. */
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
/** Bidirectional overrides, embeddings, isolates and marks: they reorder what is shown. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** The same, for a yes/no test (a global pattern keeps its place between tests). */
const HAS_BIDI = new RegExp(BIDI.source);
/** Invisible joiners and spaces that make two codes look alike. */
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

const codePoint = (c: string) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`;

/** For a terminal or a web page: controls and direction overrides shown as <U+202E>, never obeyed. */
export function visibleControls(text: string): string {
  return text.replace(CONTROLS, codePoint).replace(BIDI, codePoint);
}

/** One line of text: line breaks and controls become spaces (a calendar's name, a summary). */
export function oneLine(text: string): string {
  return text
    .replace(/[\r\n\u0085\u2028\u2029]+/g, ' ')
    .replace(CONTROLS, ' ')
    .replace(BIDI, '')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** A party code or other key typed by hand: no invisible characters, no surrounding space. */
export function cleanCode(code: string): string {
  return code.replace(ZERO_WIDTH, '').replace(BIDI, '').trim();
}

/**
 * A CSV cell a spreadsheet will not run: a cell starting with = + - @, tab or CR gets a leading
 * apostrophe (OWASP's advice), then RFC 4180 quoting. A plain negative number stays a number.
 */
export function csvCell(text: string): string {
  const neutral = /^[=+\-@\t\r]/.test(text) && !/^-\d+([.,]\d+)?%?$/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(neutral) ? `"${neutral.replace(/"/g, '""')}"` : neutral;
}

/**
 * A file name as a shell argument a clerk can paste into bash, PowerShell or cmd: double quotes
 * hold it when it has no character any of them would expand ($ ` " ! % and controls); else null,
 * and the caller names the file without a command line.
 */
export function pasteableArgument(file: string): string | null {
  if (/[$`"!%\u0000-\u001f\u007f]/.test(file) || HAS_BIDI.test(file)) return null;
  return `"${file}"`;
}
