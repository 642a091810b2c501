// The assignments as an appendix after the signatures, as Vietnamese documents carry a table
// (Nghị định 30/2020, Phụ lục I: "Phụ lục", its name, "(Kèm theo …)" then the table): who leads
// and who supports each task, its cadence and months, and the clause it carries out, so that
// the Phân công rows read back whole (import/appendix.ts). Parties are named as Các bên names them.
import type { RegulationModel } from '../model';
import { clean } from '../text';
import { formatDateVi } from '../values';
import type { Block, Paragraph, Table } from '../nd30/document';
import { PHRASES } from '../nd30/phrases';

const para = (role: Paragraph['role'], text: string): Paragraph => ({ role, runs: [{ text }] });

/** "(Kèm theo Quy chế số 15/QCPH-MNHM-CĐ ngày 08/10/2026)", or "(Kèm theo Quy chế này)". */
function attachedTo(model: RegulationModel, noun: string): string {
  const number = clean(model.document.fields.number?.raw);
  const date = model.document.issueDate;
  if (!number) return `(${PHRASES.appendix.attached} ${noun} ${PHRASES.appendix.this})`;
  return `(${PHRASES.appendix.attached} ${noun} số ${number}${date ? ` ngày ${formatDateVi(date)}` : ''})`;
}

/** The appendix, or nothing when the workbook has no Phân công row. */
export function assignmentAppendix(model: RegulationModel, noun: string): Block[] {
  if (model.responsibilities.length === 0) return [];
  const names = new Map(model.parties.map((p) => [p.code, clean(p.name) || p.code]));
  const name = (code: string) => names.get(code) ?? code;
  const table: Table = {
    role: 'responsibilities',
    header: [...PHRASES.appendix.header],
    // The task is the long text: the widest column. (Wider, with narrower cells for the rest, a
    // cadence wraps and a PDF reader no longer reads the header back: test/pdf/round-trip.test.ts.)
    widths: [8, 30, 14, 14, 12, 11, 11],
    rows: model.responsibilities.map((r, i) => [
      clean(r.no) || String(i + 1),
      clean(r.task),
      clean(r.lead) ? name(clean(r.lead)) : '',
      // One party a line: a party's name may hold a comma.
      r.support.map(name).join('\n'),
      clean(r.cadenceRaw),
      clean(r.monthsRaw),
      clean(r.clauseId),
    ]),
  };
  return [
    para('appendixLabel', PHRASES.appendix.label),
    para('appendixTitle', PHRASES.appendix.title),
    para('appendixNote', attachedTo(model, noun)),
    table,
  ];
}
