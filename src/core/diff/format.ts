// The comparison as the clerk reads it (grouped by block, each change with its cells, the changed
// words marked), as JSON (DESIGN §11's keys only), and as renew's one-line count.
import { t, type Lang } from '../i18n';
import { DIFF_BLOCKS, type Change, type Comparison, type WordPiece } from './types';

/** The changed words inline: `[-bỏ-]{+thêm+}`, as `git diff --word-diff` writes them. */
export function markedWords(pieces: WordPiece[]): string {
  return pieces
    .map((p) => (p.kind === 'same' ? p.text : p.kind === 'deleted' ? `[-${p.text}-]` : `{+${p.text}+}`))
    .join('');
}

const INDENT = '    ';

/** "Văn bản!B9", or "Văn bản!B9 → Văn bản!B10" when the row moved. */
const cellsOf = (c: Change) =>
  c.oldCell && c.newCell && c.oldCell !== c.newCell ? `${c.oldCell} → ${c.newCell}` : (c.newCell ?? c.oldCell ?? '—');

function changeLines(c: Change, lang: Lang): string[] {
  if (c.block === 'document')
    return [
      t(lang, `diff.line.field.${c.change}` as const, { key: c.key, old: c.oldText, new: c.newText, cell: cellsOf(c) }),
    ];
  if (c.change === 'added') return [t(lang, 'diff.line.added', { key: c.key, cell: cellsOf(c) }), INDENT + c.newText];
  if (c.change === 'removed')
    return [t(lang, 'diff.line.removed', { key: c.key, cell: cellsOf(c) }), INDENT + c.oldText];
  const labels = c.fields.map((f) => f.label).join(', ');
  const head = t(lang, c.change === 'moved' ? 'diff.line.moved' : 'diff.line.changed', {
    key: c.key,
    fields: labels,
    cell: cellsOf(c),
  });
  const lines = [head];
  for (const f of c.fields) {
    if (c.block === 'clauses' && f.label === 'Nội dung' && c.words) continue;
    lines.push(INDENT + t(lang, 'diff.field', { label: f.label, old: f.old, new: f.new }));
  }
  if (c.block === 'clauses' && c.words && c.change === 'changed') lines.push(INDENT + markedWords(c.words));
  return lines;
}

export function formatComparisonText(cmp: Comparison, lang: Lang): string {
  const out = [
    t(lang, 'diff.heading', {
      old: cmp.old,
      new: cmp.new,
      oldYear: cmp.oldYear || t(lang, 'value.blank'),
      newYear: cmp.newYear || t(lang, 'value.blank'),
    }),
  ];
  // What was not compared, said once, whatever else changed.
  const notes = cmp.notes.map((n) =>
    t(lang, `diff.note.${n.block}`, { oldYear: cmp.oldYear, newYear: cmp.newYear, old: n.old, new: n.new }),
  );
  if (cmp.changes.length === 0) return [...out, t(lang, 'diff.none'), ...notes].join('\n');
  for (const block of DIFF_BLOCKS) {
    const changes = cmp.changes.filter((c) => c.block === block);
    if (changes.length === 0) continue;
    out.push('', t(lang, 'diff.blockHeading', { block: t(lang, `diff.block.${block}`), count: changes.length }));
    for (const c of changes) out.push(...changeLines(c, lang).map((l) => `  ${l}`));
  }
  if (cmp.changes.some((c) => c.block === 'clauses' && c.words)) out.push('', t(lang, 'diff.legend'));
  if (notes.length) out.push('', ...notes);
  out.push('', t(lang, 'diff.total', { count: cmp.changes.length }));
  return out.join('\n');
}

/** DESIGN §11's JSON: the files, each change with exactly its contract keys, and the notes on what was not compared. */
export function formatComparisonJson(cmp: Comparison): string {
  return JSON.stringify(
    {
      old: cmp.old,
      new: cmp.new,
      changes: cmp.changes.map((c) => ({
        block: c.block,
        change: c.change,
        key: c.key,
        old: c.old,
        new: c.new,
        oldCell: c.oldCell,
        newCell: c.newCell,
      })),
      // Outside `changes`: what was not compared and why (only when something was left out).
      ...(cmp.notes.length ? { notes: cmp.notes } : {}),
    },
    null,
    2,
  );
}

/** "So với năm trước: 6 thay đổi (Năm học, Số ký hiệu, …)": what renew changed, in one line. */
export function changeSummary(cmp: Comparison, lang: Lang, most = 6): string {
  if (cmp.changes.length === 0) return t(lang, 'diff.summaryNone');
  const names: string[] = [];
  for (const c of cmp.changes) {
    const name = c.block === 'document' ? c.key : t(lang, `diff.block.${c.block}`);
    if (!names.includes(name)) names.push(name);
  }
  const what = names.length > most ? [...names.slice(0, most), '…'].join(', ') : names.join(', ');
  return t(lang, 'diff.summary', { count: cmp.changes.length, what });
}
