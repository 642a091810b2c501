// What the document replaces, in the sentences our export writes (and schools write so):
// "Quy chế này thay thế 298/QCPH-MNSM." names it whatever it is (a number alone, a title), and
// "Quy chế này được ban hành lần đầu, không thay thế văn bản nào." is a first version: "Không".
import { capitalise, stripEnd } from './shapes';
import { fold } from './vocab';

const NOUN = '(?:quy che|ke hoach|van ban)(?: phoi hop| lien tich)?';
const FIRST = new RegExp(
  `(?:^|[.;]\\s+)${NOUN} nay (?:duoc )?ban hanh lan dau\\b|khong thay the (?:van ban|quy che|ke hoach) nao`,
);
const REPLACES = new RegExp(`(?:^|[.;]\\s+)${NOUN} nay thay the (?:cho )?(?=\\S)`);

/** The Thay thế văn bản a sentence states, "Không" for a first version, or null. */
export function statedReplacement(text: string): string | null {
  const f = fold(text);
  // Both patterns hold "thay the" or "lan dau": a sentence with neither is searched no further.
  if (!f.includes('thay the') && !f.includes('lan dau')) return null;
  if (FIRST.test(f)) return 'Không';
  const m = REPLACES.exec(f);
  if (!m) return null;
  const start = m.index + m[0].length;
  // To the sentence's end: a full stop followed by a space or the end of the line.
  const end = text.slice(start).search(/;|\.(?:\s|$)/);
  const value = stripEnd(text.slice(start, end >= 0 ? start + end : undefined));
  return value ? capitalise(value) : null;
}
