// Each block's rows as entities to compare: a key (the contract's), the fields a change can be in,
// with the cell each was read from. Values are compared as a clerk means them: text with its
// spacing and Unicode form made even, dates as dates, codes without case, cadences as cadences.
import { BLOCK_BY_KEY, DOCUMENT_FIELDS, type BlockKey } from '../layout';
import type { Located, RegulationModel } from '../model';
import { clean, codeKey, foldKey } from '../text';
import { parseCadence, parseDate } from '../values';
import type { DiffBlock } from './types';

export interface EntityField {
  label: string;
  /** As written (cleaned), what the clerk reads. */
  value: string;
  /** What is compared. */
  same: string;
  cell: string | null;
}

export interface Entity {
  key: string;
  /** What the entity is matched on across the two workbooks, phase by phase (a clause: its Mã, then its text). */
  match: string[];
  fields: EntityField[];
  /** The row's first cell (or the value cell of a Văn bản field). */
  cell: string | null;
  /** The entity as one line: the clause with its place, the basis cited, the party named. */
  line: string;
}

const at = (sheet: string, cell: string | undefined | null): string | null => (cell ? `${sheet}!${cell}` : null);

/** A date as its day when it reads as one ("08/10/2026" and "ngày 08 tháng 10 năm 2026" are the same). */
const dateSame = (raw: string) => parseDate(raw) ?? clean(raw);
const textSame = (raw: string) => clean(raw);
const cadenceSame = (raw: string) => parseCadence(raw).value ?? clean(raw);
const codesSame = (raw: string) =>
  clean(raw)
    .split(/\s*[,;]\s*/)
    .map(codeKey)
    .filter(Boolean)
    .join(',');

type Same = (raw: string) => string;

/** The header of a block's column (the label a change names). */
const header = (block: BlockKey, key: string) => BLOCK_BY_KEY[block].columns.find((c) => c.key === key)?.header ?? key;

function fieldsOf(block: BlockKey, row: Located, values: Array<[string, unknown, Same?]>): EntityField[] {
  return values.map(([key, raw, same]) => {
    const value = clean(raw);
    return { label: header(block, key), value, same: (same ?? textSame)(value), cell: at(row.sheet, row.cells[key]) };
  });
}

const firstCell = (row: Located) => at(row.sheet, Object.values(row.cells)[0]);

/** Each non-empty field as "label: value", for the line of an entity without a text of its own. */
const labelled = (fields: EntityField[]) =>
  fields
    .filter((f) => f.value)
    .map((f) => `${f.label}: ${f.value}`)
    .join('; ');

/** "Chương II, Điều 3, khoản 2": where a clause stands, in the document's words. */
export function clausePlace(chapter: string, article: string, paragraph: string): string {
  const a = clean(article);
  const p = clean(paragraph);
  return [clean(chapter), a && /^\d/.test(a) ? `Điều ${a}` : a, p && /^\d/.test(p) ? `khoản ${p}` : p]
    .filter(Boolean)
    .join(', ');
}

function documentEntities(model: RegulationModel): Entity[] {
  const d = model.document;
  const known = DOCUMENT_FIELDS.filter((f) => d.fields[f.key]).map((f) => {
    const field = d.fields[f.key]!;
    const value = clean(field.raw);
    const dated = /Date|effective/.test(f.key);
    const same = dated ? dateSame(value) : textSame(value);
    const cell = at(field.sheet, field.cell);
    return {
      key: f.label,
      match: [foldKey(f.label)],
      fields: [{ label: f.label, value, same, cell }],
      cell,
      line: value,
    };
  });
  const extra = Object.entries(d.extra).map(([label, raw]) => {
    const value = clean(raw);
    return {
      key: label,
      match: [foldKey(label)],
      fields: [{ label, value, same: value, cell: null }],
      cell: null,
      line: value,
    };
  });
  return [...known, ...extra];
}

function basisEntities(model: RegulationModel): Entity[] {
  return model.legalBases.map((b) => {
    const fields = fieldsOf('legalBases', b, [
      ['type', b.type],
      ['number', b.number],
      ['date', b.dateRaw, dateSame],
      ['issuer', b.issuer],
      ['summary', b.summary],
    ]);
    const key = clean(b.number) || clean(b.summary);
    const line = [clean(b.type), clean(b.number), clean(b.dateRaw), clean(b.issuer), clean(b.summary)]
      .filter(Boolean)
      .join(' — ');
    return { key, match: [foldKey(key)], fields, cell: firstCell(b), line };
  });
}

function partyEntities(model: RegulationModel): Entity[] {
  return model.parties.map((p) => {
    const fields = fieldsOf('parties', p, [
      ['name', p.name],
      ['kind', p.kind],
      ['role', p.role],
      ['note', p.note],
    ]);
    const code = clean(p.code);
    return { key: code, match: [codeKey(code)], fields, cell: firstCell(p), line: `${code}: ${labelled(fields)}` };
  });
}

function signatoryEntities(model: RegulationModel): Entity[] {
  const seen = new Map<string, number>();
  return model.signatories.map((s) => {
    const code = clean(s.partyCode);
    const n = (seen.get(codeKey(code)) ?? 0) + 1;
    seen.set(codeKey(code), n);
    const key = n > 1 ? `${code}#${n}` : code;
    const fields = fieldsOf('signatories', s, [
      ['name', s.name],
      ['title', s.title],
      ['capacity', s.capacity],
      ['signedOn', s.signedOnRaw, dateSame],
    ]);
    return { key, match: [codeKey(code) + '#' + n], fields, cell: firstCell(s), line: `${key}: ${labelled(fields)}` };
  });
}

export function clauseEntities(model: RegulationModel): Entity[] {
  return model.clauses.map((c) => {
    const fields = fieldsOf('clauses', c, [
      ['id', c.id, codeKey],
      ['chapter', c.chapter],
      ['article', c.article],
      ['paragraph', c.paragraph],
      ['text', c.text],
    ]);
    const place = clausePlace(c.chapter, c.article, c.paragraph);
    const text = clean(c.text);
    return {
      key: clean(c.id),
      // Mã first; a clause whose Mã changed is found again by its identical text.
      match: [codeKey(c.id), text],
      fields,
      cell: firstCell(c),
      line: place ? `${place}. ${text}` : text,
    };
  });
}

export function responsibilityEntities(model: RegulationModel): Entity[] {
  return model.responsibilities.map((r, i) => {
    const fields = fieldsOf('responsibilities', r, [
      ['clauseId', r.clauseId, codeKey],
      ['task', r.task],
      ['lead', r.lead, codeKey],
      ['support', r.supportRaw, codesSame],
      ['cadence', r.cadenceRaw, cadenceSame],
      ['months', r.monthsRaw],
      ['evidence', r.evidence],
      ['note', r.note],
    ]);
    const key = clean(r.no) || String(i + 1);
    // The task first, so that a row put in between does not pair every later row with its neighbour.
    return { key, match: [foldKey(clean(r.task)), key], fields, cell: firstCell(r), line: labelled(fields) };
  });
}

function recipientEntities(model: RegulationModel): Entity[] {
  return model.recipients.map((r) => {
    const fields = fieldsOf('recipients', r, [
      ['recipient', r.recipient],
      ['purpose', r.purpose],
    ]);
    const key = clean(r.recipient);
    const purpose = clean(r.purpose);
    return { key, match: [foldKey(key)], fields, cell: firstCell(r), line: purpose ? `${key} (${purpose})` : key };
  });
}

function disseminationEntities(model: RegulationModel): Entity[] {
  return model.disseminations.map((d) => {
    const fields = fieldsOf('disseminations', d, [
      ['method', d.method],
      ['audience', d.audience],
      ['evidence', d.evidence],
    ]);
    const when = d.date ? d.date.split('-').reverse().join('/') : clean(d.dateRaw);
    const key = `${clean(d.partyCode)} ${when}`.trim();
    return {
      key,
      match: [`${codeKey(d.partyCode)} ${d.date ?? foldKey(clean(d.dateRaw))}`],
      fields,
      cell: firstCell(d),
      line: `${key}: ${labelled(fields)}`,
    };
  });
}

export const ENTITIES: Record<DiffBlock, (model: RegulationModel) => Entity[]> = {
  document: documentEntities,
  bases: basisEntities,
  parties: partyEntities,
  signatories: signatoryEntities,
  clauses: clauseEntities,
  responsibilities: responsibilityEntities,
  recipients: recipientEntities,
  dissemination: disseminationEntities,
};
