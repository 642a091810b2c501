// The body zone: Chương, Điều, roman sections, 1., 1.1, a), bullets, paragraphs, and task tables' rows.
// The bases and preamble before it are read in intro.ts; clause ids are given in clause-ids.ts.
import { isContextBasis } from './bases';
import {
  BASIS_START,
  CLOSING,
  classifyItem,
  foldOf,
  isDecoration,
  isCapitalHeading,
  isUpperLine,
  startsLower,
  stripEnd,
  type ItemShape,
} from './shapes';
import { idFor } from './clause-ids';
import { GROUP, isGroup, isLetterPart, isRomanPart, partsOf, partyDuty } from './parts';
import { ParseState, type Item } from './state';
import {
  readHeader,
  readRow,
  refineHeader,
  rowCells,
  RULE_ROW,
  spanningLabel,
  TABLE_ROW,
  type Column,
} from './task-table';
import { fold } from './vocab';
export { parseIntro } from './intro';
export { idFor } from './clause-ids';

/** A part named for the bases it lists: "CĂN CỨ XÂY DỰNG KẾ HOẠCH", "CĂN CỨ PHÁP LÝ". */
const BASES_PART = /^can cu(?: (?:xay dung|de xay dung|phap ly)(?: (?:ke hoach|quy che))?)?\s*:?$/;

// ------------------------------------------------------------ body

const ROMAN = /^[IVX]{1,5}$/;
const isPart = (it: Item) => ['chapter', 'section', 'article'].includes(it.shape.kind);
const bare = (s: string) => fold(stripEnd(s)).replace(/\s+/g, ' ');

interface Table {
  header: Column[];
  /** The header was the line before: a second header row may refine it. */
  fresh: boolean;
  parent: Item | null;
  level: number;
  group: string;
  groupLine: number;
  /** The group's line, until a row under it holds the group in its Chương/Mục column. */
  groupIdx: number;
}

export function parseBody(st: ParseState, from: number, to: number) {
  const stack: Array<{ item: Item; level: number }> = [];
  let closing = false;
  let lastItem: Item | null = null;
  let unlabelled = 0;
  const unnumberedOf = new Map<Item | null, number>();
  let table = null as Table | null;
  // The clauses so far by their words, for a table that restates them (indexed as they come).
  const byText = new Map<string, Item>();
  let indexed = 0;
  // Parts a page's list renumbered (1., 2. for I., II.): they hold no real part above them.
  const renumbered = new Set<ItemShape>();
  for (let i = from; i < to; i++) {
    const v = st.lines[i];
    const t = v.text;
    if (!t) continue;
    const f = st.folded(i).trim();
    if (isDecoration(t, f) || RULE_ROW.test(t)) {
      st.role(i, 'decoration');
      continue;
    }
    if (TABLE_ROW.test(t)) {
      const cells = rowCells(t);
      const refined: Column[] | null = table?.fresh ? refineHeader(table.header, cells) : null;
      const header: Column[] | null = refined ?? readHeader(cells);
      if (header) {
        const top = stack.length ? stack[stack.length - 1] : null;
        table = {
          header,
          fresh: !refined,
          parent: top?.item ?? null,
          level: (top?.level ?? 0) + 0.5,
          group: '',
          groupLine: 0,
          groupIdx: -1,
        };
        st.role(i, 'heading');
        st.put(i, i, 'layout', 'tableHeader');
        continue;
      }
      if (table) {
        table.fresh = false;
        const row = readRow(table.header, cells);
        const label =
          spanningLabel(table.header, cells) ??
          (row && ROMAN.test(row.no) && !row.time && !row.lead && !row.support ? row.content : null);
        if (label) {
          table.group = label;
          table.groupLine = v.no;
          table.groupIdx = i;
          st.role(i, 'heading');
          continue;
        }
        if (!row) {
          st.role(i, 'decoration');
          continue;
        }
        // A table restating clauses above it (a Phân công table after the articles) gives their
        // tasks their people and time; it adds no clause.
        for (; indexed < st.items.length; indexed++) {
          const it = st.items[indexed];
          const key = bare(it.text);
          if (it.shape.kind !== 'section' && !byText.has(key)) byText.set(key, it);
        }
        const restated = byText.get(bare(row.content));
        if (restated) {
          restated.row = { ...row, group: table.group, groupLine: table.groupLine };
          st.itemAt.set(i, restated);
          st.role(i, 'clause');
          continue;
        }
        const numbered = /^\d{1,3}$/.test(row.no);
        const shape = {
          kind: numbered ? ('number' as const) : ('paragraph' as const),
          label: numbered ? row.no : '',
          key: numbered ? row.no : '',
          text: row.content,
          level: table.level,
        };
        const item: Item = {
          shape,
          idx: i,
          no: v.no,
          text: row.content,
          parent: table.parent,
          children: [],
          id: '',
          unnumbered: 0,
          // A row across the table ("HỌC KỲ I") heads the rows under it.
          chapter: [partsOf(table.parent), table.group].filter(Boolean).join(' – '),
          row: { ...row, group: table.group, groupLine: table.groupLine },
        };
        if (table.groupIdx >= 0) st.itemAt.set(table.groupIdx, item);
        table.groupIdx = -1;
        item.id = idFor(st, item, table.parent, unnumberedOf);
        table.parent?.children.push(item);
        st.items.push(item);
        st.itemAt.set(i, item);
        st.role(i, 'clause');
        lastItem = table.parent;
        continue;
      }
    }
    table = null;
    if (CLOSING.test(f)) {
      closing = true;
      st.role(i, 'closing');
      continue;
    }
    let shape = classifyItem(t);
    if (!shape && lastItem?.shape.kind === 'chapter' && !lastItem.text) {
      lastItem.text = t;
      st.itemAt.set(i, lastItem);
      st.role(i, 'heading');
      continue;
    }
    // "II" alone, then "THỰC HIỆN QUY CHẾ DÂN CHỦ": the heading of that part.
    if (!shape && lastItem?.shape.kind === 'section' && !lastItem.text && isUpperLine(t)) {
      lastItem.text = t;
      st.itemAt.set(i, lastItem);
      st.role(i, 'heading');
      continue;
    }
    if (!shape && lastItem && (startsLower(t) || lastItem.text === '')) {
      if (closing) st.role(i, 'closing');
      else {
        lastItem.text = lastItem.text ? `${lastItem.text} ${t}` : t;
        st.itemAt.set(i, lastItem);
        st.role(i, lastItem.shape.kind === 'chapter' || lastItem.shape.kind === 'section' ? 'heading' : 'clause');
      }
      continue;
    }
    if (closing && !shape) {
      st.role(i, 'closing');
      continue;
    }
    if (!shape && isCapitalHeading(t) && !/[;,]$/.test(t)) {
      // "II. NỘI DUNG PHỐI HỢP" then "HỌC KỲ I": a group of that part (as a table's row across
      // groups its rows), when the part holds nothing but such groups so far. The numbers under it
      // go on being the part's ("II.1").
      const part = [...stack].reverse().find((e) => isRomanPart(e.item))?.item;
      if (part && part.children.every(isGroup)) shape = { kind: 'section', label: '', key: GROUP, text: t, level: 1.5 };
      else {
        unlabelled++;
        shape = { kind: 'section', label: '', key: `S${unlabelled}`, text: t, level: 1 };
      }
    }
    // "1. NGUYÊN TẮC CHUNG" with no part above it: a page's list that renumbered the parts (I., II.
    // became 1., 2.) still heads the items under it.
    if (
      shape?.kind === 'number' &&
      isCapitalHeading(shape.text) &&
      !/[.;,]$/.test(shape.text) &&
      !stack.some((e) => isPart(e.item) && !renumbered.has(e.item.shape))
    ) {
      shape = { ...shape, kind: 'section', level: 1 };
      renumbered.add(shape);
    }
    if (!shape && startsLower(t) && !lastItem) {
      st.role(i, 'preamble');
      continue;
    }
    shape ??= { kind: 'paragraph', label: '', key: '', text: t, level: 7 };
    // "I/. CĂN CỨ XÂY DỰNG KẾ HOẠCH :": a part that only heads the bases under it is their heading.
    if (shape.kind === 'section' && BASES_PART.test(foldOf(shape.text))) {
      st.role(i, 'basis');
      st.put(i, i, 'layout', 'basisHeading');
      continue;
    }
    // Bases listed inside the body ("Chương I. Cơ sở pháp lý", "1. Căn cứ Luật …") are bases, not clauses.
    if (
      shape.kind !== 'chapter' &&
      shape.kind !== 'section' &&
      shape.kind !== 'article' &&
      // "Căn cứ" and its damaged forms start with c: the others are not folded whole.
      fold(shape.text.trimStart().charAt(0)) === 'c' &&
      BASIS_START.test(foldOf(shape.text))
    ) {
      const joined = st.joinContinuation(i, to, true);
      const text = joined.text.slice(t.length - shape.text.length);
      const role = isContextBasis(text) ? 'context' : 'basis';
      if (role === 'basis') st.readBasis(v, text, joined.last);
      for (let k = i; k <= joined.last; k++) st.role(k, role);
      i = joined.last;
      continue;
    }
    closing = false;
    // "A. Nhà trường", "B. Ban chấp hành Công đoàn" under "II. NHIỆM VỤ CỤ THỂ": a part of that part.
    const level = isLetterPart(shape) && stack.some((e) => isRomanPart(e.item)) ? 1.5 : shape.level;
    while (stack.length && stack[stack.length - 1].level >= level) stack.pop();
    const parent = stack.length ? stack[stack.length - 1].item : null;
    // "B. Ban chấp hành Công đoàn : phối hợp …": the part is the party's, its words a first clause.
    const duty = shape.kind === 'section' ? partyDuty(shape.text) : null;
    if (duty) shape = { ...shape, text: duty.party };
    const item: Item = {
      shape,
      idx: i,
      no: v.no,
      text: shape.text,
      parent,
      children: [],
      id: '',
      unnumbered: 0,
      chapter: '',
    };
    item.chapter = partsOf(parent);
    item.id = idFor(st, item, parent, unnumberedOf);
    if (parent) parent.children.push(item);
    st.items.push(item);
    st.itemAt.set(i, item);
    st.role(i, shape.kind === 'chapter' || shape.kind === 'section' ? 'heading' : 'clause');
    stack.push({ item, level });
    lastItem = item;
    if (duty) {
      const first: Item = {
        shape: { kind: 'paragraph', label: '', key: '', text: duty.rest, level: 7 },
        idx: i,
        no: v.no,
        text: duty.rest,
        parent: item,
        children: [],
        id: '',
        unnumbered: 0,
        chapter: partsOf(item),
      };
      first.id = idFor(st, first, item, unnumberedOf);
      item.children.push(first);
      st.items.push(first);
      st.itemAt.set(i, first);
      stack.push({ item: first, level: 7 });
      lastItem = first;
    }
  }
}
