// What a sentence says the document replaces. Where it ends: "… thay thế Quy chế năm học
// 2023-2024 và có hiệu lực từ ngày ký" turns to the new document at "có hiệu lực". The import
// reads Thay thế văn bản with it, renew ends what it rewrites at the same words (so that a clause
// renew made to name the previous version reads back as renew wrote it), and a rule checks that a
// clause replacing a document and Thay thế văn bản name the same one.
//
// In the sentences our export writes (and schools write so), "Quy chế này thay thế 298/QCPH-MNSM."
// names it whatever it is (a number alone, a title), and "Quy chế này được ban hành lần đầu, không
// thay thế văn bản nào." is a first version: "Không".
import { DOC_TYPE_ALT, fold } from './folded-words';
import { capitalise, stripEnd } from './text';

export const TURNS_TO_NEW_DOCUMENT = ['có hiệu lực', 'kể từ', 'từ ngày', 'được thực hiện', 'được áp dụng'] as const;

/** "thay thế (cho) <a kind of document>", folded. */
const SUPERSEDES = new RegExp(`(?<![a-z])thay the(?: cho)?\\s+((?:cac\\s+)?(?:${DOC_TYPE_ALT})(?![a-z]))`);
const NOUN = '(?:quy che|ke hoach|van ban)(?: phoi hop| lien tich)?';
const FIRST = new RegExp(
  `(?:^|[.;]\\s+)${NOUN} nay (?:duoc )?ban hanh lan dau\\b|khong thay the (?:van ban|quy che|ke hoach) nao`,
);
const REPLACES = new RegExp(`(?:^|[.;]\\s+)${NOUN} nay thay the (?:cho )?(?=\\S)`);

/** Where the thing replaced ends inside its sentence: what follows is about the new document. */
const OBJECT_END = new RegExp(`(?:,\\s*|\\s+)(?:va\\s+)?(?:${TURNS_TO_NEW_DOCUMENT.map(fold).join('|')})(?![a-z])`);

/** What is replaced, from `start`: to the sentence's end (a full stop before a space or the line's end) or where it turns to the new document. */
function objectFrom(text: string, f: string, start: number): string {
  const rest = f.slice(start);
  const ends = [rest.search(/;|\.(?:\s|$)|\.\/\./), rest.search(OBJECT_END)].filter((i) => i >= 0);
  return stripEnd(text.slice(start, ends.length ? start + Math.min(...ends) : undefined));
}

/** The Thay thế văn bản a sentence states, "Không" for a first version, or null; `f` is the text folded. */
export function statedReplacement(text: string, f = fold(text)): string | null {
  // Both patterns hold "thay the" or "lan dau": a sentence with neither is searched no further.
  if (!f.includes('thay the') && !f.includes('lan dau')) return null;
  if (FIRST.test(f)) return 'Không';
  const m = REPLACES.exec(f);
  if (!m) return null;
  const value = objectFrom(text, f, m.index + m[0].length);
  return value ? capitalise(value) : null;
}

/** What a sentence says is replaced, in any wording: "… và thay thế Quy chế số …", "thay thế cho các kế hoạch …". */
export function namedReplacement(text: string, f = fold(text)): string | null {
  const m = SUPERSEDES.exec(f);
  if (!m) return null;
  const value = objectFrom(text, f, m.index + m[0].length - m[1].length);
  return value ? capitalise(value) : null;
}

/** What a sentence says is replaced, in either wording ("Không" for a first version), or null. */
export const replacedIn = (text: string): string | null => statedReplacement(text) ?? namedReplacement(text);
