// Two regulation workbooks compared block by block: entities paired phase by phase (DESIGN §11:
// clauses by Mã, then by identical text), then field by field. Pure: models in, changes out.
import type { RegulationModel } from '../model';
import { clean } from '../text';
import { parseSchoolYear } from '../values';
import { at, ENTITIES, sameValue, type Entity } from './entities';
import {
  DIFF_BLOCKS,
  type Change,
  type ComparisonNote,
  type ChangeValue,
  type Comparison,
  type DiffBlock,
  type FieldChange,
} from './types';
import { wordChanges } from './words';

/** Pairs of indexes (old → new) matched phase by phase; each phase looks only at what is still unpaired. */
function pair(olds: Entity[], news: Entity[]): Map<number, number> {
  const newToOld = new Map<number, number>();
  const usedOld = new Set<number>();
  const phases = Math.max(0, ...olds.map((e) => e.match.length), ...news.map((e) => e.match.length));
  for (let phase = 0; phase < phases; phase++) {
    const waiting = new Map<string, number[]>();
    olds.forEach((e, i) => {
      const m = e.match[phase];
      if (usedOld.has(i) || !m) return;
      const queue = waiting.get(m);
      if (queue) queue.push(i);
      else waiting.set(m, [i]);
    });
    news.forEach((e, j) => {
      const m = e.match[phase];
      if (newToOld.has(j) || !m) return;
      const i = waiting.get(m)?.shift();
      if (i === undefined) return;
      newToOld.set(j, i);
      usedOld.add(i);
    });
  }
  return newToOld;
}

const POSITION = new Set(['Chương/Mục', 'Điều', 'Khoản']);
const CLAUSE_TEXT = 'Nội dung';

/** `old`/`new` of a change: the one field's text, or `{label: value}` when several differ. */
function values(fields: FieldChange[], side: 'old' | 'new'): ChangeValue {
  if (fields.length === 1) return fields[0][side];
  return Object.fromEntries(fields.map((f) => [f.label, f[side]]));
}

/** An entity present on one side only: the clause's text, a lone field's text, else its filled fields. */
function whole(block: DiffBlock, e: Entity): string | Record<string, string> {
  if (block === 'clauses') return e.fields.find((f) => f.label === CLAUSE_TEXT)?.value ?? '';
  const filled = e.fields.filter((f) => f.value);
  if (filled.length <= 1) return filled[0]?.value ?? '';
  return Object.fromEntries(filled.map((f) => [f.label, f.value]));
}

/** The fields that differ; an entity's fields come in the same order on both sides. */
function fieldChanges(a: Entity, b: Entity): FieldChange[] {
  const out: FieldChange[] = [];
  b.fields.forEach((f, i) => {
    const o = a.fields[i];
    if (sameValue(o, f)) return;
    out.push({
      label: f.label,
      old: o.value,
      new: f.value,
      oldCell: at(a.sheet, o.cell),
      newCell: at(b.sheet, f.cell),
    });
  });
  return out;
}

function matched(block: DiffBlock, a: Entity, b: Entity): Change | null {
  const fields = fieldChanges(a, b);
  if (fields.length === 0) return null;
  const textChanged = block === 'clauses' && fields.some((f) => f.label === CLAUSE_TEXT);
  const moved = block === 'clauses' && !textChanged && fields.some((f) => POSITION.has(f.label));
  // A Văn bản field emptied or first filled in is removed or added; any other difference is a change.
  let kind: Change['change'] = moved ? 'moved' : 'changed';
  if (block === 'document' && !fields[0].old) kind = 'added';
  if (block === 'document' && !fields[0].new) kind = 'removed';
  return {
    block,
    change: kind,
    key: b.key || a.key,
    // For a reworded clause the value is its text, whatever else changed with it.
    old: textChanged ? (whole(block, a) as string) : values(fields, 'old'),
    new: textChanged ? (whole(block, b) as string) : values(fields, 'new'),
    oldCell: fields[0].oldCell ?? at(a.sheet, a.cell),
    newCell: fields[0].newCell ?? at(b.sheet, b.cell),
    fields,
    oldText: a.line(),
    newText: b.line(),
    // The changed words of a clause, for the clerk; the bảng so sánh finds the others' when it needs them.
    words: textChanged ? wordChanges(a.line(), b.line()) : undefined,
  };
}

function one(block: DiffBlock, e: Entity, side: 'old' | 'new'): Change {
  const value = whole(block, e);
  return {
    block,
    change: side === 'old' ? 'removed' : 'added',
    key: e.key,
    old: side === 'old' ? value : null,
    new: side === 'new' ? value : null,
    oldCell: side === 'old' ? at(e.sheet, e.cell) : null,
    newCell: side === 'new' ? at(e.sheet, e.cell) : null,
    fields: [],
    oldText: side === 'old' ? e.line() : '',
    newText: side === 'new' ? e.line() : '',
  };
}

/** One block's changes in the new workbook's order, a removed row where it stood among the old ones. */
export function compareBlock(block: DiffBlock, olds: Entity[], news: Entity[]): Change[] {
  const newToOld = pair(olds, news);
  const paired = new Set(newToOld.values());
  const out: Change[] = [];
  let nextOld = 0;
  const removedBefore = (limit: number) => {
    for (; nextOld < limit; nextOld++) if (!paired.has(nextOld)) out.push(one(block, olds[nextOld], 'old'));
  };
  news.forEach((e, j) => {
    const i = newToOld.get(j);
    if (i === undefined) {
      out.push(one(block, e, 'new'));
      return;
    }
    removedBefore(i);
    const change = matched(block, olds[i], e);
    if (change) out.push(change);
  });
  removedBefore(olds.length);
  return out;
}

export interface CompareSources {
  old: string;
  new: string;
}

/** Both workbooks name a school year and the two differ (a year neither names is not a difference). */
function differentYears(a: RegulationModel, b: RegulationModel): boolean {
  const [x, y] = [a, b].map((m) => parseSchoolYear(m.document.fields.schoolYear?.raw));
  return !!x && !!y && (x.start !== y.start || x.end !== y.end);
}

export function compareRegulations(a: RegulationModel, b: RegulationModel, files: CompareSources): Comparison {
  // Phổ biến records are the events of one school year: last year's are not this year's, changed or removed.
  const notes: ComparisonNote[] = differentYears(a, b)
    ? [
        {
          block: 'dissemination',
          reason: 'different-school-years',
          old: a.disseminations.length,
          new: b.disseminations.length,
        },
      ]
    : [];
  const skipped = new Set(notes.map((n) => n.block));
  const changes = DIFF_BLOCKS.filter((block) => !skipped.has(block as ComparisonNote['block'])).flatMap((block) =>
    compareBlock(block, ENTITIES[block](a), ENTITIES[block](b)),
  );
  return {
    old: files.old,
    new: files.new,
    oldYear: clean(a.document.fields.schoolYear?.raw),
    newYear: clean(b.document.fields.schoolYear?.raw),
    changes,
    notes,
  };
}
