// What exceljs writes, put the way Excel expects it. exceljs 4 gets two things wrong that Excel
// answers with "We found a problem with some content…" (and, by exceljs's issues #1369 and #1616,
// may come back with the sheet emptied), while LibreOffice and openpyxl read on:
//  - on a sheet with both a Table and cell notes it writes <legacyDrawing> after <tableParts>,
//    where ECMA-376 (CT_Worksheet, §18.3.1.99) wants it before; exceljs cannot be told otherwise
//    (the fix, PR #2079, is unmerged), so the elements after <sheetData> are put in schema order here;
//  - every notes drawing claims the same shape-id block (o:idmap data="1", shapes _x0000_s1025…),
//    where Excel gives each drawing its own block of 1024 ids: drawing n gets block(s) n, n+1…
// Both run on the parts of the stored (uncompressed) package, before the one zip we keep.
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { addNotes, type CellNote } from './notes-xml';
import { zipEntries, type ZipOptions } from './zip';

/** The children of <worksheet> that may follow <sheetData>, in the schema's order. */
const AFTER_SHEET_DATA = [
  'sheetCalcPr',
  'sheetProtection',
  'protectedRanges',
  'scenarios',
  'autoFilter',
  'sortState',
  'dataConsolidate',
  'customSheetViews',
  'mergeCells',
  'phoneticPr',
  'conditionalFormatting',
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];
const RANK = new Map(AFTER_SHEET_DATA.map((name, i) => [name, i]));

/** The top-level elements of an XML fragment, as [name, text]; null if it is not a plain run of elements. */
function topElements(xml: string): Array<[string, string]> | null {
  const out: Array<[string, string]> = [];
  let i = 0;
  while (i < xml.length) {
    while (i < xml.length && /\s/.test(xml[i])) i++;
    if (i >= xml.length) break;
    const name = /^<([A-Za-z_][\w.:-]*)/.exec(xml.slice(i, i + 64))?.[1];
    if (!name) return null;
    // The end of the start tag, stepping over quoted attribute values (they may hold '>').
    let j = i + name.length + 1;
    let quote = '';
    for (; j < xml.length; j++) {
      const ch = xml[j];
      if (quote) {
        if (ch === quote) quote = '';
      } else if (ch === '"' || ch === "'") quote = ch;
      else if (ch === '>') break;
    }
    if (j >= xml.length) return null;
    let end = j + 1;
    if (xml[j - 1] !== '/') {
      // Siblings of one name never nest in these parts, but count depth all the same.
      let depth = 1;
      const tag = new RegExp(`<(/?)${name.replace(/[.:-]/g, '\\$&')}(?=[\\s/>])`, 'g');
      tag.lastIndex = end;
      for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
        if (m[1]) depth--;
        else if (xml[xml.indexOf('>', m.index) - 1] !== '/') depth++;
        if (depth === 0) {
          end = xml.indexOf('>', m.index) + 1;
          break;
        }
      }
      if (depth !== 0) return null;
    }
    out.push([name, xml.slice(i, end)]);
    i = end;
  }
  return out;
}

/**
 * A worksheet's elements after <sheetData> in schema order (stable: siblings of one name keep
 * theirs). Anything it does not recognise leaves the sheet as it was.
 */
export function orderWorksheet(xml: string): string {
  const start = xml.lastIndexOf('</sheetData>');
  const close = xml.lastIndexOf('</worksheet>');
  if (start < 0 || close < start) return xml;
  const from = start + '</sheetData>'.length;
  const tail = topElements(xml.slice(from, close));
  if (!tail || tail.some(([name]) => !RANK.has(name))) return xml;
  const sorted = tail.map((e, i) => ({ e, i })).sort((a, b) => RANK.get(a.e[0])! - RANK.get(b.e[0])! || a.i - b.i);
  if (sorted.every((s, i) => s.i === i)) return xml;
  return xml.slice(0, from) + sorted.map((s) => s.e[1]).join('') + xml.slice(close);
}

/** Shapes a block holds: ids n·1024+1 … n·1024+1023, as Excel numbers them. */
const BLOCK = 1024;

/**
 * Each notes drawing gets its own shape-id block(s), numbered from 1 in part order, and its
 * shapes ids inside them. A drawing of more than 1023 notes takes as many blocks as it needs.
 */
export function numberNoteDrawings(drawings: Array<{ name: string; xml: string }>): Map<string, string> {
  const out = new Map<string, string>();
  let next = 1;
  const ordered = [...drawings].sort((a, b) => partNumber(a.name) - partNumber(b.name));
  for (const { name, xml } of ordered) {
    const shapes = (xml.match(/<v:shape\s/g) ?? []).length;
    const blocks = Math.max(1, Math.ceil(shapes / (BLOCK - 1)));
    const ids = Array.from({ length: blocks }, (_, k) => next + k);
    next += blocks;
    let k = 0;
    const renumbered = xml
      .replace(/(<o:idmap\b[^>]*\bdata=")[^"]*(")/, `$1${ids.join(',')}$2`)
      .replace(/(<v:shape\s[^>]*?\bid=")_x0000_s\d+(")/g, (_, a: string, b: string) => {
        const block = ids[Math.floor(k / (BLOCK - 1))];
        const id = block * BLOCK + 1 + (k % (BLOCK - 1));
        k++;
        return `${a}_x0000_s${id}${b}`;
      });
    out.set(name, renumbered);
  }
  return out;
}

const partNumber = (name: string) => Number(/(\d+)\.\w+$/.exec(name)?.[1] ?? 0);

const WORKSHEET = /^xl\/worksheets\/sheet\d+\.xml$/;
const VML = /^xl\/drawings\/vmlDrawing\d+\.vml$/;

/** Put the parts of an exceljs package in the order and numbering Excel expects (in place). */
export function fixPackageParts(files: Record<string, Uint8Array | Uint8Array[]>): void {
  const drawings: Array<{ name: string; xml: string }> = [];
  for (const [name, data] of Object.entries(files)) {
    // Spliced sheets (arrays of parts) are ordered by their writer before splicing.
    if (!(data instanceof Uint8Array)) continue;
    if (WORKSHEET.test(name)) {
      const xml = strFromU8(data);
      const ordered = orderWorksheet(xml);
      if (ordered !== xml) files[name] = strToU8(ordered);
    } else if (VML.test(name)) drawings.push({ name, xml: strFromU8(data) });
  }
  for (const [name, xml] of numberNoteDrawings(drawings)) files[name] = strToU8(xml);
}

/** The parts of a package as zip entries, in their order, without folder entries. */
export const entriesOf = (files: Record<string, Uint8Array | Uint8Array[]>) =>
  Object.entries(files)
    .filter(([name]) => !name.endsWith('/'))
    .map(([name, data]) => ({ name, data }));

/**
 * exceljs's package (written with `compression: 'STORE'`, so unpacking costs nothing) with the
 * cell notes given by sheet part number (notes-xml.ts), put in Excel's order, then deflated once.
 * `edit` changes the parts once they are in order, before the notes are written.
 */
export async function excelPackage(
  stored: ArrayBuffer | Uint8Array,
  options: ZipOptions = {},
  notes?: Map<number, CellNote[]>,
  edit?: (files: Record<string, Uint8Array | Uint8Array[]>) => void,
): Promise<Uint8Array> {
  const files: Record<string, Uint8Array | Uint8Array[]> = unzipSync(
    stored instanceof Uint8Array ? stored : new Uint8Array(stored),
  );
  fixPackageParts(files);
  edit?.(files);
  if (notes) addNotes(files, notes);
  return zipEntries(entriesOf(files), options);
}
