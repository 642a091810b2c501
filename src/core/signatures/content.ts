// Whether the signed PDF says what the workbook says: number, date, school, the parties, the
// signatories and every clause's text (white space folded). The PDF's text is read by the import
// (src/node/pdf-regulation.ts) into a regulation model, then both are compared as models.
import type { RegulationModel, Signatory } from '../model';
import { clean, foldKey, stripMarks } from '../text';

export interface Difference {
  field: string;
  pdf: string;
  workbook: string;
}

/** How a person's name is compared (as batch --roster compares schools): accents, case, punctuation and spacing folded. */
export function personKey(name: string): string {
  return stripMarks(clean(name))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

const folded = (s: string) => clean(s).replace(/\s+/g, ' ');
const dateText = (iso: string | null) => (iso ? iso.split('-').reverse().join('/') : '');

export function compareContent(pdf: RegulationModel, workbook: RegulationModel): Difference[] {
  const out: Difference[] = [];
  const field = (name: string, p: string, w: string, same = (a: string, b: string) => folded(a) === folded(b)) => {
    if (!same(p, w)) out.push({ field: name, pdf: folded(p), workbook: folded(w) });
  };
  const raw = (m: RegulationModel, k: 'number' | 'issuer') => m.document.fields[k]?.raw ?? '';
  field('Số ký hiệu', raw(pdf, 'number'), raw(workbook, 'number'));
  field('Ngày ban hành', dateText(pdf.document.issueDate), dateText(workbook.document.issueDate));
  field('Đơn vị ban hành', raw(pdf, 'issuer'), raw(workbook, 'issuer'), (a, b) => foldKey(a) === foldKey(b));

  const signing = (m: RegulationModel) => m.parties.filter((p) => p.signs);
  const codes = [...new Set([...signing(workbook), ...signing(pdf)].map((p) => p.code))];
  const names = (xs: Signatory[], code: string) =>
    xs
      .filter((s) => s.partyCode === code)
      .map((s) => s.name)
      .join(', ');
  for (const code of codes) {
    const p = pdf.parties.find((x) => x.code === code);
    const w = workbook.parties.find((x) => x.code === code);
    field(`Các bên: ${code}`, p?.name ?? '', w?.name ?? '');
    field(
      `Người ký: ${code}`,
      names(pdf.signatories, code),
      names(workbook.signatories, code),
      (a, b) => personKey(a) === personKey(b),
    );
  }

  if (pdf.clauses.length !== workbook.clauses.length)
    field('Điều khoản: số điều khoản', String(pdf.clauses.length), String(workbook.clauses.length));
  const pdfById = new Map(pdf.clauses.map((c) => [c.id, c]));
  const seen = new Set<string>();
  workbook.clauses.forEach((w, i) => {
    const p = pdfById.get(w.id) ?? pdf.clauses[i];
    if (p) seen.add(p.id);
    field(`Điều khoản ${w.id}`, p?.text ?? '', w.text);
  });
  for (const p of pdf.clauses) if (!seen.has(p.id)) field(`Điều khoản ${p.id}`, p.text, '');
  return out;
}

/** The workbook's signatory whose name is the signer's, folded; its party code. */
export function partyOfSigner(name: string, workbook: RegulationModel): string | null {
  const key = personKey(name);
  if (!key) return null;
  const signatory = workbook.signatories.find((s) => personKey(s.name) === key);
  if (signatory) return signatory.partyCode;
  return workbook.parties.find((p) => personKey(p.name) === key)?.code ?? null;
}
