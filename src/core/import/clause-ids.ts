// Clause ids: Điều, Chương, 1., 1.1, a) and unnumbered paragraphs, unique in the document.
import { GROUP } from './parts';
import { ParseState, type Item } from './state';

/** The ids given so far in each parse. */
const givenIds = new WeakMap<ParseState, Set<string>>();

/**
 * An item's clause id, unique in the document: a number the source repeats (two "Điều 4", a
 * second "5." under the same part) gets a letter, as an inserted article does ("Điều 4a"), and
 * its sub-items follow it. The same text always gives the same ids, so an export read back
 * gives them again; before, both rows had one id and validate sent the clerk to tell them apart.
 */
export function idFor(st: ParseState, item: Item, parent: Item | null, unnumberedOf: Map<Item | null, number>): string {
  const base = baseId(item, parent, unnumberedOf);
  // A group heading shares its part's id on purpose: it is no clause of its own.
  if (item.shape.kind === 'section' && item.shape.key === GROUP) return base;
  let given = givenIds.get(st);
  if (!given) givenIds.set(st, (given = new Set()));
  let id = base;
  for (let k = 0; given.has(id); k++)
    id = `${base}${String.fromCharCode(97 + (k % 26))}${k >= 26 ? Math.floor(k / 26) : ''}`;
  if (id !== base) item.repeats = base;
  given.add(id);
  return id;
}

function baseId(item: Item, parent: Item | null, unnumberedOf: Map<Item | null, number>): string {
  const s = item.shape;
  const pid = parent ? parent.id : '';
  switch (s.kind) {
    case 'chapter':
      return `C${s.key}`;
    case 'section':
      if (s.key === GROUP) return pid;
      return parent?.shape.kind === 'section' ? `${pid}.${s.key}` : s.key;
    case 'article':
      return `D${s.key}`;
    case 'number':
      return pid ? `${pid}.${s.key}` : s.key;
    case 'dotted': {
      // "1.1" under "1." repeats its parent's number: prefix with the holder above that.
      let holder = parent;
      while (holder && (holder.shape.kind === 'number' || holder.shape.kind === 'dotted')) holder = holder.parent;
      return holder ? `${holder.id}.${s.key}` : s.key;
    }
    case 'letter':
      return pid ? `${pid}.${s.key}` : s.key;
    default: {
      const k = (unnumberedOf.get(parent) ?? 0) + 1;
      unnumberedOf.set(parent, k);
      return `${pid || 'M'}-${k}`;
    }
  }
}
