// Text a Word document cannot hold. XML 1.0 (and so WordprocessingML) has no place for most
// control characters or for half a surrogate pair; a cell holding one is refused with its
// sheet and cell, never written into a broken .docx or silently changed.
import type { Located, RegulationModel } from '../model';

// Tab, line feed and carriage return are text (a tab, a line break); the other C0 controls,
// U+FFFE/U+FFFF and unpaired surrogates are not.
const INVALID =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

export interface TextProblem {
  sheet: string;
  cell: string;
  /** "U+0007" */
  char: string;
}

const codePoint = (s: string) => `U+${s.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

// The same characters without telling paired surrogates apart: a quick first look (emoji pass it).
const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;

function find(text: string | undefined): string | null {
  if (!text || !SUSPECT.test(text)) return null;
  const m = INVALID.exec(text);
  return m ? codePoint(m[0]) : null;
}

/** The first cell whose text cannot go into the document, or null. */
export function checkExportText(model: RegulationModel): TextProblem | null {
  for (const f of Object.values(model.document.fields)) {
    const char = find(f?.raw);
    if (char && f) return { sheet: f.sheet, cell: f.cell ?? '', char };
  }
  const rows: Located[] = [
    ...model.legalBases,
    ...model.parties,
    ...model.signatories,
    ...model.clauses,
    ...model.responsibilities,
    ...model.recipients,
  ];
  for (const row of rows) {
    const values = row as unknown as Record<string, unknown>;
    for (const key in values) {
      const value = values[key];
      const char = typeof value === 'string' ? find(value) : Array.isArray(value) ? find(value.join(', ')) : null;
      if (char) return { sheet: row.sheet, cell: row.cells[key] ?? `${row.row}`, char };
    }
  }
  return null;
}
