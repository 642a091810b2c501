// Grids → model. Blocks are found by Excel Table name first, else by sheet name and header row
// (read-block.ts); here each block's rows become the model's records.
import type { CellValue, SheetGrid } from './grid';
import { UserError } from './i18n';
import { BLOCKS, DOCUMENT_FIELDS, roleSigns, type BlockKey, type DocumentFieldKey } from './layout';
import type {
  Clause,
  DocumentInfo,
  Dissemination,
  LegalBasis,
  Located,
  Party,
  RegulationModel,
  Recipient,
  Responsibility,
  Signatory,
  Version,
} from './model';
import { cellText, findBlock, readBlock, type BlockRows, type CellFindings, type ReadOptions } from './read-block';
import { codeKey, foldKey, splitCodes } from './text';
import { unconfirmedIn } from './unconfirmed';
import { isOnSigning, isoFromExcelSerial, parseCadence, parseDate, parseMonths, parseSchoolYear } from './values';

export { cellText, type ReadOptions };

function dateOf(v: CellValue | undefined): string | null {
  if (typeof v === 'number') return isoFromExcelSerial(v);
  return parseDate(v);
}

const LABEL_KEYS = new Map(DOCUMENT_FIELDS.map((f) => [foldKey(f.label), f.key as DocumentFieldKey]));

function readDocument(block: BlockRows | null, sheet: string): DocumentInfo {
  const fields: DocumentInfo['fields'] = {};
  const extra: Record<string, string> = {};
  const rawValues: Partial<Record<DocumentFieldKey, CellValue | undefined>> = {};
  for (const r of block?.rows ?? []) {
    const label = cellText(r.values.label);
    const key = LABEL_KEYS.get(foldKey(label));
    if (!key) {
      if (label) extra[label] = cellText(r.values.value);
      continue;
    }
    if (fields[key]) continue; // the first row of a label wins; a later repeat is ignored
    fields[key] = { raw: cellText(r.values.value), sheet: block!.place.sheet, cell: r.cells.value, row: r.row };
    rawValues[key] = r.values.value;
  }
  return {
    fields,
    extra,
    issueDate: dateOf(rawValues.issueDate),
    schoolYear: parseSchoolYear(fields.schoolYear?.raw),
    // "Ngày ký": from the issue date, whatever it is (none yet in a draft).
    effectiveFrom: isOnSigning(rawValues.effectiveFrom) ? dateOf(rawValues.issueDate) : dateOf(rawValues.effectiveFrom),
    effectiveTo: dateOf(rawValues.effectiveTo),
    reviewCadence: parseCadence(fields.reviewCadence?.raw),
    sheet,
    nextRow: block?.place.nextRow ?? 2,
  };
}

const REQUIRED_BLOCKS = BLOCKS.filter((b) => !b.optional);

/** Build the model from the sheets of a workbook. Throws UserError when it is not one of ours. */
export function readWorkbook(grids: SheetGrid[], options: ReadOptions = {}): RegulationModel {
  const opts: Required<ReadOptions> = { source: options.source ?? 'workbook', maxRows: options.maxRows ?? 100_000 };
  const seen: CellFindings = { cellErrors: [], legacyTexts: [] };
  const blocks: Partial<Record<BlockKey, BlockRows>> = {};
  const missingBlocks: BlockKey[] = [];
  for (const spec of BLOCKS) {
    const found = findBlock(grids, spec, seen);
    if (!found) {
      // A workbook made before an optional block existed is complete without it.
      if (!spec.optional) missingBlocks.push(spec.key);
      continue;
    }
    blocks[spec.key] = readBlock(found, spec, opts, seen);
  }
  if (missingBlocks.length === REQUIRED_BLOCKS.length && !blocks.disseminations) {
    throw new UserError('input.notWorkbook', {
      file: opts.source,
      sheets: REQUIRED_BLOCKS.map((b) => `"${b.sheet}"`).join(', '),
    });
  }
  const rowsOf = (key: BlockKey) => blocks[key]?.rows ?? [];
  const sheetOf = (key: BlockKey) => blocks[key]?.place.sheet ?? BLOCKS.find((b) => b.key === key)!.sheet;
  const text = (v: CellValue | undefined) => cellText(v);
  // One mapper per block with the sheet looked up once; explicit fields keep the objects small and fast.
  const map = <T>(key: BlockKey, build: (v: BlockRows['rows'][number]['values'], at: Located) => T): T[] => {
    const sheet = sheetOf(key);
    // Every record gets the same fields in the same order (extra may be undefined): one hidden class per
    // block, so the checks compiled for one workbook still fit the next one.
    return rowsOf(key).map((r) => build(r.values, { sheet, row: r.row, cells: r.cells, extra: r.extra }));
  };

  const legalBases: LegalBasis[] = map('legalBases', (v, at) => ({
    ...at,
    no: text(v.no),
    type: text(v.type),
    number: text(v.number),
    dateRaw: text(v.date),
    date: dateOf(v.date),
    issuer: text(v.issuer),
    summary: text(v.summary),
  }));
  const parties: Party[] = map('parties', (v, at) => ({
    ...at,
    code: codeKey(v.code),
    name: text(v.name),
    kind: text(v.kind),
    role: text(v.role),
    signs: roleSigns(text(v.role)),
    note: text(v.note),
  }));
  const signatories: Signatory[] = map('signatories', (v, at) => ({
    ...at,
    partyCode: codeKey(v.partyCode),
    name: text(v.name),
    title: text(v.title),
    capacity: text(v.capacity),
    signedOnRaw: text(v.signedOn),
    signedOn: dateOf(v.signedOn),
  }));
  const clauses: Clause[] = map('clauses', (v, at) => ({
    ...at,
    id: codeKey(v.id),
    chapter: text(v.chapter),
    article: text(v.article),
    paragraph: text(v.paragraph),
    text: text(v.text),
  }));
  const responsibilities: Responsibility[] = map('responsibilities', (v, at) => {
    const supportRaw = text(v.support);
    const cadenceRaw = text(v.cadence);
    const monthsRaw = text(v.months);
    return {
      sheet: at.sheet,
      row: at.row,
      cells: at.cells,
      extra: at.extra,
      no: text(v.no),
      clauseId: codeKey(v.clauseId),
      task: text(v.task),
      lead: codeKey(v.lead),
      support: splitCodes(supportRaw),
      supportRaw,
      cadenceRaw,
      cadence: parseCadence(cadenceRaw),
      monthsRaw,
      months: parseMonths(monthsRaw),
      evidence: text(v.evidence),
      note: text(v.note),
    };
  });
  const recipients: Recipient[] = map('recipients', (v, at) => ({
    ...at,
    recipient: text(v.recipient),
    purpose: text(v.purpose),
  }));
  const versions: Version[] = map('versions', (v, at) => ({
    ...at,
    number: text(v.number),
    schoolYearRaw: text(v.schoolYear),
    schoolYear: parseSchoolYear(v.schoolYear),
    issuedOnRaw: text(v.issuedOn),
    issuedOn: dateOf(v.issuedOn),
    status: text(v.status),
    supersededBy: text(v.supersededBy),
  }));
  const disseminations: Dissemination[] = map('disseminations', (v, at) => ({
    ...at,
    partyCode: codeKey(v.partyCode),
    dateRaw: text(v.date),
    date: dateOf(v.date),
    method: text(v.method),
    audience: text(v.audience),
    evidence: text(v.evidence),
  }));
  const places: RegulationModel['blocks'] = {};
  for (const [key, b] of Object.entries(blocks)) places[key as BlockKey] = b!.place;
  const unconfirmedValues = Object.values(blocks).flatMap((b) =>
    unconfirmedIn({ ...b!.noted, rows: b!.rows }, cellText),
  );
  return {
    document: readDocument(blocks.document ?? null, sheetOf('document')),
    legalBases,
    parties,
    signatories,
    clauses,
    responsibilities,
    recipients,
    versions,
    disseminations,
    blocks: places,
    missingBlocks,
    cellErrors: seen.cellErrors,
    legacyTexts: seen.legacyTexts,
    unconfirmedValues,
  };
}
