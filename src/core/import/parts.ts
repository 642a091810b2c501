// The parts of a body: Chương, roman parts and the lettered parts under them ("II. NHIỆM VỤ CỤ
// THỂ" / "A. Nhà trường" / "B. Ban chấp hành Công đoàn"), and a part headed by one party.
import { isUpperLine, stripEnd, wordCount, type ItemShape } from './shapes';
import type { Item } from './state';
import { findMentions } from './vocab';

const ROMAN_LABEL = /^[IVXL]+$/;
export const isRomanPart = (it: Item) => it.shape.kind === 'section' && ROMAN_LABEL.test(it.shape.label);
/** The key of an unlabelled heading grouping a roman part's items ("HỌC KỲ I"): it adds nothing to their ids. */
export const GROUP = 'group';
export const isGroup = (it: Item) => it.shape.kind === 'section' && it.shape.key === GROUP;
export const isLetterPart = (s: ItemShape) => s.kind === 'section' && /^[A-H]$/.test(s.label);

/** The Chương and parts an item sits under, outermost first: "Chương I. X – II. Y – A. Z". */
export function partsOf(parent: Item | null): string {
  let out = '';
  for (let p = parent; p; p = p.parent) {
    if (p.shape.kind !== 'chapter' && p.shape.kind !== 'section') continue;
    const name = partName(p);
    if (name) out = out ? `${name} – ${out}` : name;
  }
  return out;
}

/** A part's own words in partsOf, made once a text: every item under it asks (its text grows while its lines are read). */
const partNames = new WeakMap<Item, { text: string; shape: ItemShape; name: string }>();
function partName(p: Item): string {
  const made = partNames.get(p);
  if (made && made.text === p.text && made.shape === p.shape) return made.name;
  const words = stripEnd(p.text);
  const name = p.shape.label && words ? `${p.shape.label}. ${words}` : p.shape.label || words;
  partNames.set(p, { text: p.text, shape: p.shape, name });
  return name;
}

/**
 * A part headed by a party and what it does: "Ban chấp hành Công đoàn : Vận động đoàn viên …".
 * Only when the words before the colon name one party and little else.
 */
export function partyDuty(text: string): { party: string; rest: string } | null {
  const m = /^([^:]{2,80}?)\s*:\s*(\S.*)$/u.exec(text);
  return m && wordCount(m[2]) >= 3 && namesOneParty(m[1]) ? { party: m[1].trim(), rest: m[2].trim() } : null;
}

/**
 * A lettered or roman part with nothing under it that says something ("C. Ban đại diện cha mẹ học
 * sinh phối hợp với nhà trường …"): a clause, not a heading over nothing.
 */
export function isProsePart(it: Item): boolean {
  const text = it.text.trim();
  return (
    it.shape.kind === 'section' &&
    it.children.length === 0 &&
    !isUpperLine(text) &&
    !/:$/.test(text) &&
    wordCount(text) >= 6
  );
}

/** "Nhà trường :", "Đối với Ban chấp hành Công đoàn": one party's name and little else. */
export function namesOneParty(text: string): boolean {
  const named = findMentions(text);
  if (named.length !== 1) return false;
  const left = text.slice(0, named[0].start) + text.slice(named[0].end);
  return wordCount(left.replace(/[^\p{L}\s]/gu, ' ')) <= 2;
}
