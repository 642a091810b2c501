// Field-by-field comparison of two regulation workbooks, as the round trip export → import
// measures it: every Văn bản field (Thay thế văn bản among them), each legal basis, party,
// signatory, clause, Phân công row (task, lead, support, cadence, months, clause) and recipient.
// Phổ biến is recorded after signing: it is not part of the signed document and is not compared.
// Values are compared as text after NFC and spacing; dates as dates. Components the Decree
// prints in capitals (Cơ quan chủ quản, Đơn vị ban hành, a signer's title) are compared
// without case, since the document cannot say how the workbook cased them.
import { readDocumentBytes } from '../../src/docx/read-document';
import { buildWordDocument, type ExportOptions } from '../../src/core/export';
import { importText } from '../../src/core/import';
import { DOCUMENT_FIELDS } from '../../src/core/layout';
import type { RegulationModel } from '../../src/core/model';
import { clean, foldKey } from '../../src/core/text';
import { parseDate } from '../../src/core/values';
import type { WorkbookContent } from '../../src/core/template/content';
import { writeWordDocument } from '../../src/docx/write-document';
import { modelOf } from '../helpers/content-grids';

export interface Mismatch {
  field: string;
  expected: string;
  got: string;
}

export interface Fidelity {
  /** Rows compared, over every block. */
  rows: number;
  /** Fields compared (a row's count is one field too). */
  checked: number;
  mismatches: Mismatch[];
}

const DATE_FIELDS = new Set(['issueDate', 'effectiveFrom', 'effectiveTo']);
const CAPS_FIELDS = new Set(['managingAuthority', 'issuer']);

const text = (v: unknown) => clean(v == null ? '' : String(v));

const assignment = (r: RegulationModel['responsibilities'][number]) => ({
  clauseId: r.clauseId,
  task: r.task,
  lead: r.lead,
  support: r.support.join(', '),
  cadence: r.cadenceRaw,
  months: r.monthsRaw,
});

export function compareModels(a: RegulationModel, b: RegulationModel): Fidelity {
  const mismatches: Mismatch[] = [];
  let checked = 0;
  let rowCount = 0;
  const check = (field: string, x: unknown, y: unknown, how: 'text' | 'date' | 'nocase' = 'text') => {
    checked++;
    const ex = text(x);
    const gy = text(y);
    const same =
      how === 'date'
        ? (parseDate(ex) ?? ex) === (parseDate(gy) ?? gy)
        : how === 'nocase'
          ? foldKey(ex) === foldKey(gy)
          : ex === gy;
    if (!same) mismatches.push({ field, expected: ex, got: gy });
  };
  for (const f of DOCUMENT_FIELDS) {
    const how = DATE_FIELDS.has(f.key) ? 'date' : CAPS_FIELDS.has(f.key) ? 'nocase' : 'text';
    check(`Văn bản.${f.label}`, a.document.fields[f.key]?.raw, b.document.fields[f.key]?.raw, how);
  }
  const rows = <T>(name: string, xs: T[], ys: T[], fields: Array<[keyof T & string, 'text' | 'date' | 'nocase']>) => {
    check(`${name}: số dòng`, xs.length, ys.length);
    rowCount += xs.length;
    xs.forEach((x, i) => {
      const y = ys[i];
      for (const [k, how] of fields) check(`${name}[${i + 1}].${k}`, x[k], y?.[k], how);
    });
  };
  rows('Căn cứ', a.legalBases, b.legalBases, [
    ['type', 'text'],
    ['number', 'text'],
    ['dateRaw', 'date'],
    ['issuer', 'text'],
    ['summary', 'text'],
  ]);
  rows('Các bên', a.parties, b.parties, [
    ['code', 'text'],
    ['name', 'text'],
    ['kind', 'text'],
  ]);
  rows('Người ký', a.signatories, b.signatories, [
    ['partyCode', 'text'],
    ['name', 'text'],
    ['title', 'nocase'],
    ['capacity', 'text'],
  ]);
  rows('Điều khoản', a.clauses, b.clauses, [
    ['id', 'text'],
    ['chapter', 'nocase'],
    ['article', 'text'],
    ['paragraph', 'text'],
    ['text', 'text'],
  ]);
  rows('Phân công', a.responsibilities.map(assignment), b.responsibilities.map(assignment), [
    ['clauseId', 'text'],
    ['task', 'text'],
    ['lead', 'text'],
    ['support', 'text'],
    ['cadence', 'text'],
    ['months', 'text'],
  ]);
  // The archive line is written as the Decree writes it ("Lưu: VT."), without a purpose.
  const archive = (r: { recipient: string }) => /^lưu\s*:?\s*vt\b/iu.test(r.recipient);
  rows(
    'Nơi nhận',
    a.recipients.map((r) => ({ recipient: r.recipient, purpose: archive(r) ? '' : r.purpose })),
    b.recipients.map((r) => ({ recipient: r.recipient, purpose: archive(r) ? '' : r.purpose })),
    [
      ['recipient', 'text'],
      ['purpose', 'nocase'],
    ],
  );
  return { rows: rowCount, checked, mismatches };
}

/** Export a workbook's content to .docx bytes. */
export async function exportContent(content: WorkbookContent, options: ExportOptions = {}): Promise<Uint8Array> {
  return writeWordDocument(buildWordDocument(modelOf(content), options));
}

/** export → import → compare: the round trip of one workbook. */
export async function roundTrip(content: WorkbookContent, options: ExportOptions = {}) {
  const bytes = await exportContent(content, options);
  const doc = await readDocumentBytes(bytes, 'round-trip.docx');
  const back = importText(doc.text, { conversions: doc.conversions });
  return { bytes, text: doc.text, back, fidelity: compareModels(modelOf(content), modelOf(back.content)) };
}
