// What renew carries over or leaves for the school besides the text. A value an import guessed
// stays a guess in next year's workbook: its "Kiểm tra lại" note goes with it to the new row, so
// `validate` still asks the clerk to confirm it (without the note the renewed workbook would
// present last year's guesses as checked values). A basis of last year, and what the school added
// outside the template (columns, labels, sheets), are listed on the to-do list with their cells.
import { address, type SheetGrid } from './grid';
import { t, type MessageKey } from './i18n';
import { BLOCK_BY_KEY, BLOCKS, DOCUMENT_FIELDS, LISTS_SHEET, type BlockKey, type DocumentFieldKey } from './layout';
import type { RegulationModel } from './model';
import type { WorkbookContent } from './template/content';
import { stripMarks } from './text';
import type { SchoolYear } from './values';

export interface Place {
  sheet: string;
  cell: string;
  row: number;
}

/** A note of the to-do list: its message, the data it is written with, where it points and what it names. */
export interface RenewNote {
  key: MessageKey;
  data: Record<string, unknown>;
  at: Place;
  entity: string;
}

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

/** Where a value lands in the workbook the template writes: headers on row 1, rows from 2, document fields in order. */
export function placeOf(block: BlockKey, column: string, index: number): Place {
  const spec = BLOCK_BY_KEY[block];
  const row = index + 2;
  return {
    sheet: spec.sheet,
    row,
    cell: address(row, Math.max(1, spec.columns.findIndex((c) => c.key === column) + 1)),
  };
}

/** Instruments that stay in force from year to year; a plan or a guidance letter is the year's own. */
const STANDING_INSTRUMENT = /^(luat|nghi dinh|nghi quyet|thong tu|phap lenh|hien phap|dieu le)/;

/**
 * Bases of the old year (the school's year plan, the office's guidance letter): each a document of
 * its own that only the school knows the new one of. A basis naming the old school year ("2025-2026",
 * "2025 – 2026"), or dated in it and not a standing instrument (a law, a decree, a circular…).
 */
export function lastYearBases(model: RegulationModel, from: SchoolYear): RenewNote[] {
  const year = new RegExp(`\\b${from.start}\\s*[-\\u2010-\\u2015\\u2212/]\\s*${from.end}\\b`);
  return model.legalBases.flatMap((b, i) => {
    const namesYear = year.test(`${b.number} ${b.summary}`);
    const ofThatYear =
      !!b.date &&
      b.date >= `${from.start}-08-01` &&
      !STANDING_INSTRUMENT.test(stripMarks(`${b.type} ${b.summary}`).toLowerCase().trim());
    return namesYear || ofThatYear
      ? [
          {
            key: 'renew.note.basis' as const,
            data: { row: i + 2, summary: b.summary || b.number, year: from.text },
            at: placeOf('legalBases', 'no', i),
            entity: String(i + 2),
          },
        ]
      : [];
  });
}

/** What the school added outside the template, which renew does not copy: Văn bản labels, sheets, columns. */
export function leftBehind(model: RegulationModel, sheets: SheetGrid[]): RenewNote[] {
  const d = model.document;
  const notes: RenewNote[] = [];
  const extraCols = new Map<string, Set<string>>();
  for (const rows of [
    model.legalBases,
    model.parties,
    model.signatories,
    model.clauses,
    model.responsibilities,
    model.recipients,
    model.versions,
  ]) {
    for (const r of rows as Array<{ sheet: string; extra?: Record<string, string> }>) {
      for (const header of Object.keys(r.extra ?? {}))
        (extraCols.get(r.sheet) ?? extraCols.set(r.sheet, new Set()).get(r.sheet)!).add(header);
    }
  }
  const extraLabels = Object.keys(d.extra);
  if (extraLabels.length > 0)
    notes.push({
      key: 'renew.note.leftBehind',
      data: { sheet: d.sheet, what: extraLabels.map((l) => `"${l}"`) },
      at: placeOf('document', 'label', DOCUMENT_FIELDS.length),
      entity: d.sheet,
    });
  for (const { sheet, rows } of sheetsLeftBehind(model, sheets))
    notes.push({
      key: 'renew.note.sheetLeftBehind',
      data: { sheet, rows },
      at: { sheet, cell: 'A1', row: 1 },
      entity: sheet,
    });
  for (const [sheet, headers] of extraCols)
    notes.push({
      key: 'renew.note.leftBehind',
      data: { sheet, what: [...headers].map((h) => `"${h}"`) },
      at: { sheet, cell: 'A1', row: 1 },
      entity: sheet,
    });
  return notes;
}
