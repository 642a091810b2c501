// What the exported document cannot say because the workbook does not: a heading component left
// empty (printed as dots to fill in by hand, as drafts do) and the lines an import could not place
// (the Dòng chưa xếp sheet), which the document leaves out. The command line names each with its
// cell or row, so nothing is left blank or dropped in silence.
import type { SheetGrid } from '../grid';
import { t } from '../i18n';
import { DOCUMENT_FIELDS, type DocumentFieldKey } from '../layout';
import type { RegulationModel } from '../model';
import { clean, foldKey } from '../text';

/** Nghị định 30's mandatory heading components a workbook may leave empty. */
const HEADING_FIELDS: DocumentFieldKey[] = ['issuer', 'place', 'number'];

export interface HeadingGap {
  key: DocumentFieldKey;
  /** The Văn bản label ("Đơn vị ban hành"). */
  label: string;
  sheet: string;
  /** The value cell, or '' when the label row itself is missing. */
  cell: string;
}

export function headingGaps(model: RegulationModel): HeadingGap[] {
  return HEADING_FIELDS.filter((key) => !clean(model.document.fields[key]?.raw)).map((key) => {
    const f = model.document.fields[key];
    const label = DOCUMENT_FIELDS.find((d) => d.key === key)!.label;
    return { key, label, sheet: f?.sheet ?? model.document.sheet, cell: f?.cell ?? '' };
  });
}

export interface UnplacedRow {
  sheet: string;
  /** The row on the sheet. */
  row: number;
  /** The line of the imported document, as the sheet gives it. */
  line: string;
  text: string;
}

const same = (a: unknown, b: string) => foldKey(String(a ?? '')) === foldKey(b);

/** Every row of the sheet an import writes for the lines it could not place (in either language). */
export function unplacedRows(grids: readonly SheetGrid[]): UnplacedRow[] {
  const out: UnplacedRow[] = [];
  for (const lang of ['vi', 'en'] as const) {
    const grid = grids.find((g) => same(g.name, t(lang, 'import.sheet.unplaced')));
    if (!grid) continue;
    const first = grid.origin?.row ?? 1;
    // The header row ("Dòng | Lý do | Nội dung"), wherever the sheet's used range starts.
    const header = grid.rows.findIndex((r) => r.some((c) => same(c, t(lang, 'import.sheet.line'))));
    const j = header < 0 ? 0 : grid.rows[header].findIndex((c) => same(c, t(lang, 'import.sheet.line')));
    grid.rows.forEach((r, i) => {
      if (i <= header) return;
      const text = clean(r[j + 2] ?? '');
      if (text) out.push({ sheet: grid.name, row: first + i, line: clean(r[j] ?? ''), text });
    });
  }
  return out;
}
