// Values an import inferred rather than read plainly: `phoihop import` writes a cell note whose
// first line is "Kiểm tra lại: <what to check>." (import.note.check). While that line stays, the
// value is the software's guess, not the clerk's; deleting the line confirms it.
import { parseRange, address, type CellValue, type SheetGrid } from './grid';
import { en } from './i18n/en';
import { vi } from './i18n/vi';
import type { BlockKey, BlockSpec } from './layout';
import type { UnconfirmedValue } from './model';

/** The marker as each language writes it: the note text before `{{what}}`, without its colon. */
const MARKERS = [vi, en].map((c) => c['import.note.check'].split('{{')[0].replace(/:\s*$/, '').trim());
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Case, spacing and composed/decomposed letters aside: "kiểm  tra LẠI :" is the same marker.
const MARKER = new RegExp(
  `^(?:${MARKERS.map((m) => m.split(/\s+/).map(escape).join('\\s+')).join('|')})\\s*:\\s*`,
  'iu',
);

/** What the note asks to check, when its first line is the marker; else null. */
export function checkOfNote(note: string): string | null {
  const first = note
    .normalize('NFC')
    .split(/\r?\n/)
    .find((line) => line.trim() !== '');
  const m = first === undefined ? null : MARKER.exec(first.trim());
  if (!m) return null;
  const what = first!.trim().slice(m[0].length).trim();
  return what && !/[.!?…]$/.test(what) ? `${what}.` : what;
}

/** The column that names a row of each block, for a note on the row as a whole. */
const SUBJECT: Partial<Record<BlockKey, string>> = {
  legalBases: 'number',
  parties: 'name',
  signatories: 'name',
  clauses: 'text',
  responsibilities: 'task',
  recipients: 'recipient',
  versions: 'number',
  disseminations: 'partyCode',
};

const SHOWN = 120;
const shorten = (s: string) => (s.length > SHOWN ? `${s.slice(0, SHOWN - 1)}…` : s);

export interface NotedBlock {
  spec: BlockSpec;
  grid: SheetGrid;
  /** Column key → sheet column, for the block's own columns. */
  columnOf: Record<string, number>;
  /** Other headed columns: sheet column → header. */
  extraCols: Array<[number, string]>;
  /** The rows that hold data. */
  rows: Array<{ row: number; values: Record<string, CellValue | undefined>; extra?: Record<string, string> }>;
}

/**
 * The "Kiểm tra lại" notes on the data rows of one block. An import puts a row's note on its
 * first cell (the STT of Phân công, the code of Các bên) and a Văn bản field's on its value, so
 * a note on a block's first column speaks of the row, named by its subject column (Nhiệm vụ…);
 * a note elsewhere speaks of its own cell. Rows left empty and notes outside the block are skipped.
 */
export function unconfirmedIn(block: NotedBlock, text: (v: CellValue | undefined) => string): UnconfirmedValue[] {
  const { spec, grid, columnOf, extraCols, rows } = block;
  if (!grid.notes) return [];
  const out: Array<{ col: number; value: UnconfirmedValue }> = [];
  const byRow = new Map(rows.map((r) => [r.row, r]));
  const keyAt = new Map(Object.entries(columnOf).map(([k, col]) => [col, k]));
  const extraAt = new Map(extraCols);
  const firstCol = Math.min(...keyAt.keys(), ...extraAt.keys());
  const header = (key: string) => spec.columns.find((c) => c.key === key)?.header ?? key;
  for (const [ref, note] of Object.entries(grid.notes)) {
    const what = checkOfNote(note);
    const at = what === null ? null : parseRange(ref);
    const r = at ? byRow.get(at.top) : undefined;
    if (!at || !r || what === null) continue;
    const col = at.left;
    const cell = address(at.top, col);
    const base = { sheet: grid.name, cell, row: r.row, what };
    if (spec.key === 'document') {
      const value = text(r.values.value);
      if (value)
        out.push({ col, value: { ...base, kind: 'field', label: text(r.values.label), value: shorten(value) } });
      continue;
    }
    if (!keyAt.has(col) && !extraAt.has(col)) continue;
    const key = keyAt.get(col);
    const own = key !== undefined ? text(r.values[key]) : (r.extra?.[extraAt.get(col)!] ?? '');
    if (col !== firstCol && own) {
      const label = key ? header(key) : extraAt.get(col)!;
      out.push({ col, value: { ...base, kind: 'field', label, value: shorten(own) } });
      continue;
    }
    // The row as a whole: named by its subject column, else by its first cell that says anything.
    const keys = [SUBJECT[spec.key], ...spec.columns.map((c) => c.key)].filter(
      (k): k is string => !!k && columnOf[k] !== undefined,
    );
    const named = keys.find((k) => text(r.values[k]) !== '');
    if (named)
      out.push({ col, value: { ...base, kind: 'row', label: header(named), value: shorten(text(r.values[named])) } });
  }
  out.sort((a, b) => a.value.row - b.value.row || a.col - b.col);
  return out.map((o) => o.value);
}
