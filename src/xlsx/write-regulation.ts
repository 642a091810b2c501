// WorkbookContent → the regulation workbook of src/core/layout.ts: one Excel Table per block,
// dropdowns from the hidden Danh mục sheet, frozen headers, A4 print set-up, the import's notes.
// Written as SpreadsheetML text, part by part, the package exceljs wrote for it before (put in
// Excel's order by excel-package.ts), which test/xlsx/regulation-writer.test.ts holds it to:
// exceljs's object tree of every cell and style was most of the time an import of a long
// regulation took, and this path no longer loads exceljs at all.
import theme from 'exceljs/lib/xlsx/xml/theme1.js';
import { strToU8 } from 'fflate';
import { LISTS_SHEET, type ListKey } from '../core/layout';
import { TEMPLATE_LOOK, listRange, templateLists, templateSheets } from '../core/template/sheets';
import type { WorkbookContent } from '../core/template/content';
import { commentsOverride, noteRelationships, sheetNotesParts } from './notes-xml';
import { StyleSheet } from './regulation-styles';
import {
  XML_HEAD,
  encodeXml,
  listsSheetXml,
  SHARED_ITEM,
  templateSheetXml,
  type SheetWriter,
} from './regulation-sheets';
import { SharedStrings } from './sheet-xml';
import { deflateEarly, zipEntries, type ZipEntry } from './zip';

/** Rows a dropdown covers below each header (the template's room to grow). */
export const INPUT_ROOM = TEMPLATE_LOOK.inputRoom;

const LISTS = templateLists();
const LIST_BY_KEY = new Map<string, (typeof LISTS)[number]>(LISTS.map((l) => [l.key, l]));

/** Defined names of the dropdown lists. */
export const LIST_NAMES = Object.fromEntries(LISTS.map((l) => [l.key, l.name])) as Record<ListKey, string>;

const quote = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const RELS_OPEN = `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`;
const TYPE = 'application/vnd.openxmlformats-officedocument';

function contentTypes(sheets: number, tables: number): string {
  const override = (part: string, type: string) => `<Override PartName="${part}" ContentType="${type}"/>`;
  let xml =
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    override('/xl/workbook.xml', `${TYPE}.spreadsheetml.sheet.main+xml`);
  for (let i = 1; i <= sheets; i++)
    xml += override(`/xl/worksheets/sheet${i}.xml`, `${TYPE}.spreadsheetml.worksheet+xml`);
  xml +=
    override('/xl/theme/theme1.xml', `${TYPE}.theme+xml`) +
    override('/xl/styles.xml', `${TYPE}.spreadsheetml.styles+xml`) +
    override('/xl/sharedStrings.xml', `${TYPE}.spreadsheetml.sharedStrings+xml`);
  for (let i = 1; i <= tables; i++) xml += override(`/xl/tables/table${i}.xml`, `${TYPE}.spreadsheetml.table+xml`);
  return (
    xml +
    `<Default Extension="vml" ContentType="${TYPE}.vmlDrawing"/>` +
    override('/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml') +
    override('/docProps/app.xml', `${TYPE}.extended-properties+xml`) +
    '</Types>'
  );
}

const PACKAGE_RELS =
  `${RELS_OPEN}<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
  `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`;

function workbookRels(sheets: number): string {
  let xml =
    `${RELS_OPEN}<Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId2" Type="${REL}/theme" Target="theme/theme1.xml"/>` +
    `<Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`;
  for (let i = 1; i <= sheets; i++)
    xml += `<Relationship Id="rId${i + 3}" Type="${REL}/worksheet" Target="worksheets/sheet${i}.xml"/>`;
  return `${xml}</Relationships>`;
}

function workbookXml(names: string[]): string {
  const sheets = names
    .map(
      (name, i) =>
        `<sheet sheetId="${i + 1}" name="${encodeXml(name)}" state="${name === LISTS_SHEET ? 'hidden' : 'visible'}" r:id="rId${i + 4}"/>`,
    )
    .join('');
  const defined = (name: string, value: string, sheet?: number) =>
    `<definedName name="${name}"${sheet === undefined ? '' : ` localSheetId="${sheet}"`}>${encodeXml(value)}</definedName>`;
  // The fixed lists name their Danh mục range; the code lists their table's first column, so a
  // new party or clause appears in the dropdowns.
  const lists = [
    ...LISTS.filter((l) => l.column && !l.fromTable).map((l) => defined(l.name, listRange(l))),
    ...LISTS.filter((l) => l.fromTable).map((l) =>
      defined(l.name, `${quote(l.fromTable!.sheet)}!$A$2:$A$${INPUT_ROOM + 1}`),
    ),
  ];
  const titles = names.flatMap((name, i) =>
    name === LISTS_SHEET ? [] : [defined('_xlnm.Print_Titles', `${quote(name)}!$1:$1`, i)],
  );
  return (
    `${XML_HEAD}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main">` +
    '<fileVersion appName="xl" lastEdited="5" lowestEdited="5" rupBuild="9303"/><workbookPr defaultThemeVersion="164011" filterPrivacy="1"/>' +
    `<sheets>${sheets}</sheets><definedNames>${lists.join('')}${titles.join('')}</definedNames><calcPr calcId="171027"/></workbook>`
  );
}

function appXml(names: string[]): string {
  return (
    `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
    '<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>' +
    `<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${names.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${names.length}" baseType="lpstr">${names.map((n) => `<vt:lpstr>${encodeXml(n)}</vt:lpstr>`).join('')}</vt:vector></TitlesOfParts>` +
    '<Company></Company><Manager></Manager><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>'
  );
}

/** The workbook's properties; its dates fixed, so that the same content gives the same file. */
function coreXml(title: string): string {
  const when = '2025-01-01T00:00:00Z';
  return (
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:creator>Phối hợp</dc:creator><dc:title>${encodeXml(title)}</dc:title><dc:subject></dc:subject><dc:description></dc:description><cp:keywords></cp:keywords><cp:category></cp:category><cp:lastModifiedBy>Unknown</cp:lastModifiedBy>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`
  );
}

/** Write a regulation workbook (the empty template when content is empty). */
export async function writeRegulationWorkbook(content: WorkbookContent): Promise<Uint8Array> {
  const sheets = templateSheets(content);
  const w: SheetWriter = {
    sst: new SharedStrings(`${XML_HEAD}<sst count="0" uniqueCount="0"></sst>`, SHARED_ITEM),
    styles: new StyleSheet(),
  };
  const names = [...sheets.map((s) => s.name), LISTS_SHEET];
  const notes = sheets.map((s) => s.notes.filter((n) => n.text));
  // The package's order: exceljs's, then each noted sheet's comments and drawing (and its .rels
  // when it has no table), as notes-xml.ts's addNotes adds them to a finished package.
  const parts: ZipEntry[] = [];
  const noteParts: ZipEntry[] = [];
  // Each large part is deflated (deflateEarly) as soon as it is made, while the next is made.
  const add = (list: ZipEntry[], name: string, data: Uint8Array | Uint8Array[]) =>
    list.push(deflateEarly({ name, data }));
  // The notes first: a long regulation's two large note parts then deflate while its sheets are made.
  let nextBlock = 1;
  const noted = notes.map((list) => {
    if (list.length === 0) return null;
    const made = sheetNotesParts(list, nextBlock);
    nextBlock += made.blocks;
    return {
      comments: deflateEarly({ name: '', data: made.comments }),
      drawing: deflateEarly({ name: '', data: made.drawing }),
    };
  });
  const tables: string[] = [];
  let types = contentTypes(names.length, sheets.filter((s) => s.table).length);
  sheets.forEach((sheet, i) => {
    const n = i + 1;
    let rels = sheet.table
      ? `<Relationship Id="rId1" Type="${REL}/table" Target="../tables/table${tables.length + 1}.xml"/>`
      : '';
    const sheetNotes = noted[i];
    let drawingId: string | undefined;
    if (sheetNotes) {
      const first = sheet.table ? 2 : 1;
      rels += noteRelationships(n, first);
      drawingId = `rId${first + 1}`;
      types = types.replace('</Types>', `${commentsOverride(n)}</Types>`);
    }
    const { xml, table } = templateSheetXml(w, sheet, LIST_BY_KEY, tables.length + 1, drawingId);
    add(parts, `xl/worksheets/sheet${n}.xml`, xml);
    if (table) tables.push(table);
    const relsPart = strToU8(`${RELS_OPEN}${rels}</Relationships>`);
    if (table) add(parts, `xl/worksheets/_rels/sheet${n}.xml.rels`, relsPart);
    if (sheetNotes) {
      noteParts.push({ ...sheetNotes.comments, name: `xl/comments${n}.xml` });
      noteParts.push({ ...sheetNotes.drawing, name: `xl/drawings/vmlDrawing${n}.vml` });
      if (!table) add(noteParts, `xl/worksheets/_rels/sheet${n}.xml.rels`, relsPart);
    }
  });
  add(parts, `xl/worksheets/sheet${names.length}.xml`, strToU8(listsSheetXml(w, LISTS)));
  add(parts, 'xl/sharedStrings.xml', w.sst.toXml());
  const entries: ZipEntry[] = [
    { name: '[Content_Types].xml', data: strToU8(types) },
    { name: '_rels/.rels', data: strToU8(PACKAGE_RELS) },
    { name: 'xl/_rels/workbook.xml.rels', data: strToU8(workbookRels(names.length)) },
    ...parts,
    ...tables.map((t, i) => ({ name: `xl/tables/table${i + 1}.xml`, data: strToU8(t) })),
    { name: 'xl/theme/theme1.xml', data: strToU8(theme) },
    { name: 'xl/styles.xml', data: strToU8(w.styles.toXml()) },
    { name: 'docProps/app.xml', data: strToU8(appXml(names)) },
    { name: 'docProps/core.xml', data: strToU8(coreXml(content.title ?? 'Quy chế phối hợp')) },
    { name: 'xl/workbook.xml', data: strToU8(workbookXml(names)) },
    ...noteParts,
  ];
  return zipEntries(entries);
}
