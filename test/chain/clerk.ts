// A scripted clerk: completes an imported workbook the way `validate` tells a person to, finding
// by finding. It reads only what `validate --format json` gives (rule id, severity, sheet, cell,
// entity) and the workbook itself, and writes the field or cell named: a missing Văn bản field by
// its label, a row's cell by its column, a signer for a party that has none, a new id for a
// repeated clause. Nothing is answered per document: the values come from the workbook (its
// school year, its parties) or are what any school would write (a first version says "Không").
import { BLOCKS, DOCUMENT_FIELDS, type DocumentFieldKey } from '../../src/core/layout';
import type { ContentRow, WorkbookContent } from '../../src/core/template/content';
import { parseDate, parseSchoolYear } from '../../src/core/values';

/** A finding as `validate --format json` prints it. */
export interface Asked {
  ruleId: string;
  severity: string;
  sheet: string;
  cell: string | null;
  entity: string;
}

const FIELD_BY_LABEL = new Map<string, DocumentFieldKey>(DOCUMENT_FIELDS.map((f) => [f.label, f.key]));

/** "F12" → column 6, row 12. */
function at(cell: string | null): { col: number; row: number } | null {
  const m = /^([A-Z]+)(\d+)$/.exec(cell ?? '');
  if (!m) return null;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { col, row: Number(m[2]) };
}

const text = (v: unknown) => (v == null ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).trim());

/** The school year the workbook says, or the one its issue date falls in. */
function schoolYearOf(c: WorkbookContent): { start: number; end: number } {
  const said = parseSchoolYear(text(c.document.schoolYear));
  if (said) return said;
  const raw = c.document.issueDate;
  const iso = raw instanceof Date ? raw.toISOString().slice(0, 10) : parseDate(text(raw));
  const [y, m] = iso ? iso.split('-').map(Number) : [2025, 9];
  const start = m >= 8 ? y : y - 1;
  return { start, end: start + 1 };
}

/** What a clerk writes in a Văn bản field the rules ask for. */
function fieldValue(c: WorkbookContent, key: DocumentFieldKey): string | null {
  const year = schoolYearOf(c);
  switch (key) {
    case 'reviewCadence':
      return 'Hàng năm';
    case 'supersedes':
      // Nothing on Phiên bản names an earlier version: this is the first one.
      return 'Không';
    case 'schoolYear':
      return `${year.start}-${year.end}`;
    case 'issueDate':
      return `05/10/${year.start}`;
    case 'kind':
      return 'Quy chế phối hợp';
    case 'place':
      return 'Hòa Bình';
    case 'issuer':
      return 'TRƯỜNG MẦM NON HOA SEN';
    case 'number':
      return '07/QCPH-MNHS';
    case 'title':
      return `Quy chế phối hợp năm học ${year.start}-${year.end}`;
    default:
      return null;
  }
}

/** What a clerk writes in an empty cell of a row the rules name, by block and column. */
function cellValue(block: string, column: string, row: ContentRow): string | null {
  if (block === 'responsibilities' && column === 'cadence')
    // A task pinned to months happens each year then; one with no month goes on all year.
    return text(row.months) ? 'Hàng năm' : 'Thường xuyên';
  if (block === 'signatories' && column === 'name') return 'Nguyễn Thị Hoa';
  return null;
}

/** Apply what the findings ask; returns the completed copy and what was done, one line a finding. */
export function clerk(content: WorkbookContent, asked: Asked[]): { content: WorkbookContent; done: string[] } {
  const c = structuredClone(content);
  const done: string[] = [];
  const rewritten = new Set<DocumentFieldKey>();
  for (const f of asked.filter((a) => a.severity === 'error')) {
    const spec = BLOCKS.find((b) => b.sheet === f.sheet);
    if (!spec) continue;
    if (spec.key === 'document') {
      // An empty field is filled; a field validate still finds wrong ("Số: ……/KH", a number
      // with no figure) is written anew, as the message asks.
      const key = FIELD_BY_LABEL.get(f.entity);
      const wrong = key && text(c.document[key]) && !rewritten.has(key);
      const value = key && (!text(c.document[key]) || wrong) ? fieldValue(c, key) : null;
      if (key && wrong) rewritten.add(key);
      if (key && value) {
        c.document[key] = value;
        done.push(`${f.ruleId}: Văn bản ${f.entity} = ${value}`);
      }
      continue;
    }
    const place = at(f.cell);
    const rows = c.blocks[spec.key];
    const row = place && rows ? rows[place.row - 2] : undefined;
    if (!place || !row) continue;
    if (f.ruleId === 'party-has-signatory') {
      // The message: add a row on Người ký with the party's code and the signer's name.
      const signatories = (c.blocks.signatories ??= []);
      signatories.push({ partyCode: text(row.code), name: 'Trần Văn Bình', title: 'Trưởng ban', capacity: 'TM.' });
      done.push(`${f.ruleId}: Người ký + ${text(row.code)}`);
      continue;
    }
    if (f.ruleId === 'unique-clause-ids') {
      // The repeated id is told apart where it repeats; its first row keeps it.
      const id = text(row.id);
      const first = rows!.findIndex((r) => text(r.id) === id);
      if (first !== place.row - 2) {
        let k = 2;
        while (rows!.some((r) => text(r.id) === `${id}-${k}`)) k++;
        row.id = `${id}-${k}`;
        done.push(`${f.ruleId}: ${f.sheet}!${f.cell} = ${row.id}`);
      }
      continue;
    }
    const column = spec.columns[place.col - 1]?.key;
    const value = column && !text(row[column]) ? cellValue(spec.key, column, row) : null;
    if (column && value) {
      row[column] = value;
      done.push(`${f.ruleId}: ${f.sheet}!${f.cell} = ${value}`);
    }
  }
  return { content: c, done };
}
