// The regulation template as plain data: which sheets, headers, widths, rows, dropdowns, notes and
// lists, and how they look. Two renderers draw it (exceljs for files, Office.js for the open
// workbook), so what Excel shows does not depend on which one made the sheet.
import { columnLetter } from '../grid';
import {
  BLOCKS,
  DOCUMENT_FIELDS,
  LISTS_SHEET,
  LIST_VALUES,
  STANDARD_PARTIES,
  type BlockKey,
  type BlockSpec,
  type ListKey,
} from '../layout';
import type { ContentValue, WorkbookContent } from './content';

export const TEMPLATE_LOOK = {
  font: 'Times New Roman',
  size: 12,
  /** White bold on navy, written on the cells: LibreOffice does not apply a table style's header colours. */
  headerFill: '1F4E79',
  headerFontColour: 'FFFFFF',
  tableStyle: 'TableStyleLight9',
  /** Rows a dropdown covers below each header (the template's room to grow). */
  inputRoom: 500,
  /** Width of a column of Danh mục, in characters. */
  listWidth: 26,
  /** An unplaced line's sheet: short columns, then the text. */
  extraWidth: 14,
  extraLastWidth: 90,
} as const;

/** A value outside a list is allowed with a warning, except where codes of the workbook's own may be new. */
export const LIST_ALERT = {
  title: 'Phối hợp',
  message: 'Giá trị không có trong danh sách / Value not in the list',
};

export interface TemplateList {
  key: ListKey;
  /** Header of its column on Danh mục. */
  title: string;
  /** Defined name of the list in files. */
  name: string;
  /** Warn on a value outside the list. */
  strict: boolean;
  /** Its column on Danh mục (standard party codes are listed there too, for reference). */
  column?: string;
  values: readonly string[];
  /** Codes come from the workbook's own table, so a new party or clause appears in the dropdown. */
  fromTable?: { sheet: string; table: string; header: string };
}

const TITLES: Record<ListKey, [title: string, name: string]> = {
  documentKinds: ['Loại văn bản', 'DS_LoaiVanBan'],
  partyCodes: ['Mã bên chuẩn', 'DS_MaBen'],
  partyKinds: ['Loại bên', 'DS_LoaiBen'],
  partyRoles: ['Vai trò', 'DS_VaiTro'],
  cadences: ['Chu kỳ', 'DS_ChuKy'],
  capacities: ['Thẩm quyền ký', 'DS_ThamQuyen'],
  statuses: ['Trạng thái', 'DS_TrangThai'],
  clauseIds: ['Mã điều khoản', 'DS_MaDieuKhoan'],
  disseminationMethods: ['Hình thức phổ biến', 'DS_HinhThucPhoBien'],
};
const OPEN_LISTS: ReadonlySet<ListKey> = new Set(['partyCodes', 'clauseIds', 'partyKinds']);

function codesOf(key: BlockKey) {
  const block = BLOCKS.find((b) => b.key === key)!;
  return { sheet: block.sheet, table: block.table, header: block.columns[0].header };
}

/** Every dropdown list, in the column order of Danh mục; the code lists last. */
export function templateLists(): TemplateList[] {
  const entry = (key: ListKey, values: readonly string[], column?: string): TemplateList => ({
    key,
    title: TITLES[key][0],
    name: TITLES[key][1],
    strict: !OPEN_LISTS.has(key),
    column,
    values,
  });
  const lists = (Object.entries(LIST_VALUES) as Array<[ListKey, readonly string[]]>).map(([key, values], i) =>
    entry(key, values, columnLetter(i + 1)),
  );
  const standardCodes = STANDARD_PARTIES.map((p) => p.code);
  return [
    ...lists,
    { ...entry('partyCodes', standardCodes, columnLetter(lists.length + 1)), fromTable: codesOf('parties') },
    { ...entry('clauseIds', []), fromTable: codesOf('clauses') },
  ];
}

/** The Danh mục range of a list, as a formula reference. */
export function listRange(list: TemplateList): string {
  const quoted = `'${LISTS_SHEET.replace(/'/g, "''")}'`;
  return `${quoted}!$${list.column}$2:$${list.column}$${list.values.length + 1}`;
}

export interface TemplateDropdown {
  range: string;
  list: ListKey;
}

export interface TemplateSheet {
  name: string;
  /** Excel Table name (a block's); extra sheets have none. */
  table?: string;
  block?: BlockKey;
  headers: string[];
  /** Column widths in characters. */
  widths: number[];
  rows: ContentValue[][];
  dropdowns: TemplateDropdown[];
  /** 0-based columns holding dates. */
  dateColumns: number[];
  /** Văn bản: its first column is the field labels, in bold. */
  boldLabels: boolean;
  /** Notes by 1-based row and column: an import's source line or *Kiểm tra lại*. */
  notes: Array<{ row: number; col: number; text: string }>;
  landscape: boolean;
}

function blockRows(spec: BlockSpec, content: WorkbookContent): ContentValue[][] {
  if (spec.key === 'document') return DOCUMENT_FIELDS.map((f) => [f.label, content.document[f.key] ?? null]);
  return (content.blocks[spec.key] ?? []).map((row) => spec.columns.map((c) => row[c.key] ?? null));
}

function blockSheet(spec: BlockSpec, content: WorkbookContent): TemplateSheet {
  const rows = blockRows(spec, content);
  const last = Math.max(rows.length + 1, TEMPLATE_LOOK.inputRoom + 1);
  const dropdowns: TemplateDropdown[] = [];
  spec.columns.forEach((c, i) => {
    const letter = columnLetter(i + 1);
    if (c.list) dropdowns.push({ range: `${letter}2:${letter}${last}`, list: c.list });
  });
  if (spec.key === 'document')
    DOCUMENT_FIELDS.forEach((f, i) => {
      if ('list' in f && f.list) dropdowns.push({ range: `B${i + 2}`, list: f.list });
    });
  // A field's note sits on its value (B), a row's on its first cell.
  const col = spec.key === 'document' ? 2 : 1;
  const notes = Object.entries(content.notes?.[spec.key] ?? {}).map(([index, text]) => ({
    row: Number(index) + 2,
    col,
    text,
  }));
  return {
    name: spec.sheet,
    table: spec.table,
    block: spec.key,
    headers: spec.columns.map((c) => c.header),
    widths: spec.columns.map((c) => c.width),
    rows,
    dropdowns,
    dateColumns: spec.columns.flatMap((c, i) => (c.kind === 'date' ? [i] : [])),
    boldLabels: spec.key === 'document',
    notes,
    landscape: !!spec.landscape,
  };
}

/** The sheets of the template filled with `content`: the blocks, then the extra sheets (Danh mục apart). */
export function templateSheets(content: WorkbookContent): TemplateSheet[] {
  const extras = (content.extraSheets ?? []).map((extra): TemplateSheet => {
    const width = Math.max(1, extra.headers.length, ...extra.rows.map((r) => r.length));
    const pad = (r: ContentValue[]) => Array.from({ length: width }, (_, i) => r[i] ?? null);
    return {
      name: extra.name,
      headers: pad(extra.headers).map((h) => (h === null ? '' : String(h))),
      widths: Array.from({ length: width }, (_, i) =>
        i === width - 1 ? TEMPLATE_LOOK.extraLastWidth : TEMPLATE_LOOK.extraWidth,
      ),
      rows: extra.rows.map(pad),
      dropdowns: [],
      dateColumns: [],
      boldLabels: false,
      notes: [],
      landscape: true,
    };
  });
  return [...BLOCKS.map((spec) => blockSheet(spec, content)), ...extras];
}
