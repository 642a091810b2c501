// Every match of a global pattern, as [...text.matchAll(re)] gives them, without the copy of the
// pattern matchAll makes on each call: on a short line the copy costs twice the search, and the
// importer searches each line with dozens of patterns.

/** The matches of global `re` in `text`, from its lastIndex, which is left as it was (as matchAll leaves it). */
export function allMatches(text: string, re: RegExp): RegExpExecArray[] {
  if (!re.global) throw new TypeError('allMatches needs a global pattern');
  const start = re.lastIndex;
  const out: RegExpExecArray[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    // An empty match moves on by one character, as matchAll does.
    if (m[0] === '') re.lastIndex = nextIndex(text, re.lastIndex, re.unicode);
  }
  re.lastIndex = start;
  return out;
}

/**
 * The first match of global `re` in `text` that `read` makes a value of, searched one match at a
 * time: the same value as reading allMatches in order, without searching the rest of the text.
 * lastIndex is left as it was.
 */
export function firstMatch<T>(text: string, re: RegExp, read: (m: RegExpExecArray) => T | null): T | null {
  if (!re.global) throw new TypeError('firstMatch needs a global pattern');
  const start = re.lastIndex;
  let found: T | null = null;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // `read` may use `re` itself: the search goes on from where this match left it.
    const next = m[0] === '' ? nextIndex(text, re.lastIndex, re.unicode) : re.lastIndex;
    if ((found = read(m)) !== null) break;
    re.lastIndex = next;
  }
  re.lastIndex = start;
  return found;
}

function nextIndex(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? i + 2 : i + 1;
}
