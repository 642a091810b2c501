// Each block's rows as entities to compare: a key (the contract's), the fields a change can be in,
// with the cell each was read from. Values are compared as a clerk means them: text with its
// spacing and Unicode form made even, dates as dates, codes without case, cadences as cadences.
// What only a change needs (its line of text, its `Sheet!A1`) is made when there is one.
import { BLOCK_BY_KEY, DOCUMENT_FIELDS, type BlockKey } from '../layout';
import type { Located, RegulationModel } from '../model';
import { clean, codeKey, foldKey } from '../text';
import { parseCadence, parseDate } from '../values';
import type { DiffBlock } from './types';

export interface EntityField {
  label: string;
  /** As written (cleaned), what the clerk reads. */
  value: string;
  /** How two different texts may still mean the same (a date, a cadence, codes); compared as written otherwise. */
  same?: Same;
  /** The A1 address on the entity's sheet; none when the column is absent. */
  cell?: string;
}

export interface Entity {
  key: string;
  /** What the entity is matched on across the two workbooks, phase by phase (a clause: its Mã, then its text). */
  match: string[];
  /** The same fields, in the same order, for every entity of a block. */
  fields: EntityField[];
  sheet: string;
  /** The row's first cell (or the value cell of a Văn bản field). */
  cell?: string;
  /** The entity as one line: the clause with its place, the basis cited, the party named. */
  line: () => string;
}

/** `Sheet!A1`, or null where there is no cell. */
export const at = (sheet: string, cell: string | undefined): string | null => (cell ? `${sheet}!${cell}` : null);

export type Same = (value: string) => string;

/** A code as codeKey compares it; most are plain capitals already ("D12", "CDTN"), which need no locale's rules. */
const codeOf = (value: string): string => (/^[A-Z0-9#._-]*$/.test(value) ? value : codeKey(value));

/** A date as its day when it reads as one ("08/10/2026" and "ngày 08 tháng 10 năm 2026" are the same). */
const dateSame: Same = (value) => parseDate(value) ?? value;
const cadenceSame: Same = (value) => parseCadence(value).value ?? value;
const codesSame: Same = (value) =>
  value
    .split(/\s*[,;]\s*/)
    .map(codeOf)
    .filter(Boolean)
    .join(',');

/** The headers of each block's columns (the labels a change names), looked up once. */
const HEADERS = new Map(
  Object.values(BLOCK_BY_KEY).map((b) => [b.key, new Map(b.columns.map((c) => [c.key, c.header]))]),
);

function fieldsOf(block: BlockKey, row: Located, values: Array<[string, unknown, Same?]>): EntityField[] {
  const headers = HEADERS.get(block)!;
  // The reader has cleaned every cell's text already (cellText): only what is not text is made so.
  return values.map(([key, raw, same]) => ({
    label: headers.get(key) ?? key,
    value: typeof raw === 'string' ? raw : clean(raw),
    same,
    cell: row.cells[key],
  }));
}

/** Whether two fields hold the same value: as written, or as the field means it. */
export const sameValue = (a: EntityField, b: EntityField): boolean =>
  a.value === b.value || (!!b.same && b.same(a.value) === b.same(b.value));

/** The row's first cell: its Mã, STT or first column. */
function firstCell(row: Located): string | undefined {
  for (const k in row.cells) return row.cells[k];
  return undefined;
}

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
  const known = DOCUMENT_FIELDS.filter((f) => d.fields[f.key]).map((f): Entity => {
    const field = d.fields[f.key]!;
    const value = clean(field.raw);
    const same = /Date|effective/.test(f.key) ? dateSame : undefined;
    const fields = [{ label: f.label, value, same, cell: field.cell }];
    return { key: f.label, match: [foldKey(f.label)], fields, sheet: field.sheet, cell: field.cell, line: () => value };
  });
  const extra = Object.entries(d.extra).map(([label, raw]): Entity => {
    const value = clean(raw);
    return {
      key: label,
      match: [foldKey(label)],
      fields: [{ label, value }],
      sheet: d.sheet,
      line: () => value,
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
    const key = fields[1].value || fields[4].value;
    const line = () =>
      fields
        .map((f) => f.value)
        .filter(Boolean)
        .join(' — ');
    return { key, match: [foldKey(key)], fields, sheet: b.sheet, cell: firstCell(b), line };
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
    const line = () => `${code}: ${labelled(fields)}`;
    return { key: code, match: [codeKey(code)], fields, sheet: p.sheet, cell: firstCell(p), line };
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
    const line = () => `${key}: ${labelled(fields)}`;
    return { key, match: [`${codeKey(code)}#${n}`], fields, sheet: s.sheet, cell: firstCell(s), line };
  });
}

function clauseEntities(model: RegulationModel): Entity[] {
  return model.clauses.map((c) => {
    const fields = fieldsOf('clauses', c, [
      ['id', c.id, codeOf],
      ['chapter', c.chapter],
      ['article', c.article],
      ['paragraph', c.paragraph],
      ['text', c.text],
    ]);
    const text = fields[4].value;
    const line = () => {
      const place = clausePlace(c.chapter, c.article, c.paragraph);
      return place ? `${place}. ${text}` : text;
    };
    // Mã first; a clause whose Mã changed is found again by its identical text.
    return {
      key: fields[0].value,
      match: [codeOf(fields[0].value), text],
      fields,
      sheet: c.sheet,
      cell: firstCell(c),
      line,
    };
  });
}

function responsibilityEntities(model: RegulationModel): Entity[] {
  return model.responsibilities.map((r, i) => {
    const fields = fieldsOf('responsibilities', r, [
      ['clauseId', r.clauseId, codeOf],
      ['task', r.task],
      ['lead', r.lead, codeOf],
      ['support', r.supportRaw, codesSame],
      ['cadence', r.cadenceRaw, cadenceSame],
      ['months', r.monthsRaw],
      ['evidence', r.evidence],
      ['note', r.note],
    ]);
    const key = clean(r.no) || String(i + 1);
    // The task first, so that a row put in between does not pair every later row with its neighbour.
    const match = [fields[1].value, key];
    return { key, match, fields, sheet: r.sheet, cell: firstCell(r), line: () => labelled(fields) };
  });
}

function recipientEntities(model: RegulationModel): Entity[] {
  return model.recipients.map((r) => {
    const fields = fieldsOf('recipients', r, [
      ['recipient', r.recipient],
      ['purpose', r.purpose],
    ]);
    const [key, purpose] = [fields[0].value, fields[1].value];
    const line = () => (purpose ? `${key} (${purpose})` : key);
    return { key, match: [foldKey(key)], fields, sheet: r.sheet, cell: firstCell(r), line };
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
    const match = [`${codeKey(d.partyCode)} ${d.date ?? foldKey(clean(d.dateRaw))}`];
    return { key, match, fields, sheet: d.sheet, cell: firstCell(d), line: () => `${key}: ${labelled(fields)}` };
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
