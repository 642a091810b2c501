// A value an import guessed stays a guess in next year's workbook: its "Kiểm tra lại" note goes
// with it to the new row, so `validate` still asks the clerk to confirm it. Without the note the
// renewed workbook would present last year's guesses as checked values.
import type { SheetGrid } from './grid';
import { t } from './i18n';
import { BLOCKS, DOCUMENT_FIELDS, LISTS_SHEET, type BlockKey, type DocumentFieldKey } from './layout';
import type { RegulationModel } from './model';
import type { WorkbookContent } from './template/content';

/** The blocks renew copies row for row (Phiên bản is rebuilt, Phổ biến starts empty). */
const COPIED = ['legalBases', 'parties', 'signatories', 'clauses', 'responsibilities', 'recipients'] as const;

/**
 * The notes of the renewed workbook (block → row index → note), one per row or Văn bản field
 * still marked "Kiểm tra lại" in the old one; fields renew rewrites itself (`rewritten`) lose theirs.
 */
export function carriedChecks(
  model: RegulationModel,
  rewritten: ReadonlySet<DocumentFieldKey>,
): NonNullable<WorkbookContent['notes']> {
  const whats = new Map<BlockKey, Map<number, string[]>>();
  const add = (block: BlockKey, index: number, what: string) => {
    const rows = whats.get(block) ?? whats.set(block, new Map()).get(block)!;
    (rows.get(index) ?? rows.set(index, []).get(index)!).push(what.replace(/[.\s]+$/, ''));
  };
  for (const u of model.unconfirmedValues) {
    if (u.sheet === model.document.sheet) {
      const field = DOCUMENT_FIELDS.findIndex(
        (f) => model.document.fields[f.key]?.row === u.row || model.document.fields[f.key]?.cell === u.cell,
      );
      if (field >= 0 && !rewritten.has(DOCUMENT_FIELDS[field].key)) add('document', field, u.what);
      continue;
    }
    for (const block of COPIED) {
      const index = (model[block] as Array<{ sheet: string; row: number }>).findIndex(
        (r) => r.sheet === u.sheet && r.row === u.row,
      );
      if (index >= 0) {
        add(block, index, u.what);
        break;
      }
    }
  }
  const notes: NonNullable<WorkbookContent['notes']> = {};
  for (const [block, rows] of whats)
    notes[block] = Object.fromEntries(
      [...rows].map(([index, list]) => [index, t('vi', 'import.note.check', { what: list.join('. ') })]),
    );
  return notes;
}

/**
 * Sheets of the old workbook that are not part of the contract and hold data (an import's
 * *Dòng chưa xếp*, a sheet the school added): renew does not copy them, so it says which.
 */
export function sheetsLeftBehind(model: RegulationModel, sheets: SheetGrid[]): Array<{ sheet: string; rows: number }> {
  const known = new Set<string>([
    LISTS_SHEET,
    ...BLOCKS.map((b) => b.sheet),
    ...Object.values(model.blocks).map((b) => b!.sheet),
  ]);
  return sheets
    .filter((g) => !known.has(g.name))
    .map((g) => ({
      sheet: g.name,
      // Under its header row: the rows that say anything.
      rows: g.rows.slice(1).filter((r) => r.some((v) => v !== null && v !== undefined && String(v).trim() !== ''))
        .length,
    }))
    .filter((s) => s.rows > 0);
}
