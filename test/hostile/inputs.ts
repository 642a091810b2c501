// Hostile inputs, generated at test time (nothing committed as blobs): workbooks and documents
// made from a real one with a part replaced, zips whose directory declares sizes they do not
// hold, rule files and folders an office should never send. Big ones are built as repeated
// strings and stored without compression, so a 60 MB part costs a memcpy, not a deflate.
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { exampleContent } from '../../src/core/template/example';
import { writeRegulationWorkbook } from '../../src/xlsx/write-regulation';
import { buildDocx, p } from '../import/docx-builder';

let base: Record<string, Uint8Array> | null = null;

export async function exampleParts(): Promise<Record<string, Uint8Array>> {
  base ??= unzipSync(await writeRegulationWorkbook(exampleContent()));
  return base;
}

/** The worked example with some parts replaced (text), stored uncompressed when large. */
export async function workbookWith(parts: Record<string, string | Uint8Array>): Promise<Uint8Array> {
  const entries: Zippable = { ...(await exampleParts()) };
  for (const [name, content] of Object.entries(parts)) {
    const bytes = typeof content === 'string' ? strToU8(content) : content;
    entries[name] = [bytes, { level: bytes.length > 1 << 20 ? 0 : 6 }];
  }
  return zipSync(entries);
}

/** The first worksheet with its sheetData replaced. */
export async function sheetWithData(data: string, dimension?: string): Promise<Uint8Array> {
  const xml = strFromU8((await exampleParts())['xl/worksheets/sheet1.xml']);
  let sheet = xml.replace(/<sheetData>[\s\S]*<\/sheetData>|<sheetData\/>/, `<sheetData>${data}</sheetData>`);
  if (dimension) sheet = sheet.replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="${dimension}"/>`);
  return workbookWith({ 'xl/worksheets/sheet1.xml': sheet });
}

/** The responsibility sheet (Phân công) with `rows` rows of which every one breaks four rules. */
export async function manyFindings(rows: number): Promise<Uint8Array> {
  const xml = strFromU8((await exampleParts())['xl/worksheets/sheet6.xml']);
  const head = /<row r="1"[\s\S]*?<\/row>/.exec(xml)![0];
  const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
  const body: string[] = [head];
  for (let r = 2; r <= rows + 1; r++)
    body.push(
      `<row r="${r}"><c r="A${r}"><v>${r - 1}</v></c>${cell(`B${r}`, 'X9')}${cell(`C${r}`, `Nhiệm vụ ${r}`)}${cell(`D${r}`, 'ZZ')}${cell(`E${r}`, 'QQ')}</row>`,
    );
  const sheet = xml
    .replace(/<sheetData>[\s\S]*<\/sheetData>/, `<sheetData>${body.join('')}</sheetData>`)
    .replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="A1:I${rows + 1}"/>`);
  const table = strFromU8((await exampleParts())['xl/tables/table6.xml']).replace(
    /ref="A1:I\d+"/g,
    `ref="A1:I${rows + 1}"`,
  );
  return workbookWith({ 'xl/worksheets/sheet6.xml': sheet, 'xl/tables/table6.xml': table });
}

/** Rewrite the declared unpacked size of one entry, in the central directory and its local header. */
export function declareSize(zip: Uint8Array, entry: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = out.length - 22; i >= 0; i--) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(i + 28, true);
    const name = strFromU8(out.subarray(i + 46, i + 46 + nameLength));
    if (name !== entry) continue;
    view.setUint32(i + 24, size, true);
    view.setUint32(view.getUint32(i + 42, true) + 22, size, true);
    return out;
  }
  throw new Error(`no entry ${entry}`);
}

const DOCX_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';

/** A small regulation .docx with some parts replaced. */
export function docxWith(parts: Record<string, string>): Uint8Array {
  const entries = unzipSync(buildDocx({ body: [p('QUY CHẾ PHỐI HỢP'), p('Điều 1. Phạm vi điều chỉnh')] }));
  entries['[Content_Types].xml'] ??= strToU8(DOCX_TYPES);
  for (const [name, content] of Object.entries(parts)) entries[name] = strToU8(content);
  return zipSync(entries);
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

export const xxeDocument = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxh SYSTEM "file:///etc/passwd">]><w:document ${W}><w:body><w:p><w:r><w:t>&xxh;</w:t></w:r></w:p></w:body></w:document>`;

export const billionLaughs = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">${Array.from(
  { length: 9 },
  (_, i) => `<!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`,
).join('')}]><w:document ${W}><w:body><w:p><w:r><w:t>&j;</w:t></w:r></w:p></w:body></w:document>`;

/** A legacy Excel 97–2003 file's signature and directory entry, as an OLE container holds them. */
export function oleWith(stream: string): Uint8Array {
  const out = new Uint8Array(4096);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  for (let i = 0; i < stream.length; i++) out[1024 + 2 * i] = stream.charCodeAt(i);
  return out;
}

/** A rule over parties with one `matches` condition on the name. */
export function patternRule(pattern: string): string {
  return JSON.stringify({
    id: 'ten-ben',
    severity: 'warning',
    given: 'parties',
    conditions: { all: [{ fact: 'item', path: 'name', operator: 'matches', value: pattern }] },
    messages: { default: { vi: 'Tên bên {{code}}.', en: 'Party name {{code}}.' } },
    rationale: { vi: 'Thử.', en: 'Test.' },
  });
}

/** A rule whose conditions nest `depth` levels of `not`, written without recursion. */
export function deepRule(depth: number): string {
  const leaf = '{"fact":"item","path":"name","operator":"isBlank","value":true}';
  const conditions = '{"not":'.repeat(depth) + leaf + '}'.repeat(depth);
  return `{"id":"sau","severity":"warning","given":"parties","conditions":${conditions},"messages":{"default":{"vi":"a","en":"a"}},"rationale":{"vi":"a","en":"a"}}`;
}

export function reservedFieldRule(field: string): string {
  return JSON.stringify({
    id: 'ten-rieng',
    severity: 'warning',
    given: 'parties',
    conditions: { all: [{ fact: 'item', path: 'name', operator: 'isBlank', value: false }] },
    report: { field },
    messages: { default: { vi: 'Bên {{code}}.', en: 'Party {{code}}.' } },
    rationale: { vi: 'Thử.', en: 'Test.' },
  });
}

// Round two (issue 31): small files that once took gigabytes or minutes.
/** A .docx whose Roman-numbered list starts at `start` (10^20, 1e400: no real list). */
export const numbered = (start: string) =>
  docxWith({
    'word/numbering.xml': `<w:numbering ${W}><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="${start}"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num></w:numbering>`,
    'word/document.xml': `<w:document ${W}><w:body>${[
      'QUY CHẾ PHỐI HỢP',
      'Phạm vi',
      'Trách nhiệm',
      'Điều khoản thi hành',
    ]
      .map(
        (t) =>
          `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>${t}</w:t></w:r></w:p>`,
      )
      .join('')}</w:body></w:document>`,
  });

/** A .docx table whose cells span `span` columns each. */
export const spanned = (span: string) =>
  docxWith({
    'word/document.xml': `<w:document ${W}><w:body><w:p><w:r><w:t>QUY CHẾ PHỐI HỢP</w:t></w:r></w:p><w:tbl><w:tblGrid><w:gridCol w:w="2000"/></w:tblGrid>${Array.from(
      { length: 20 },
      () =>
        `<w:tr><w:tc><w:tcPr><w:gridSpan w:val="${span}"/></w:tcPr><w:p><w:r><w:t>Thời gian</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:gridSpan w:val="${span}"/></w:tcPr><w:p><w:r><w:t>Nội dung công việc</w:t></w:r></w:p></w:tc></w:tr>`,
    ).join('')}</w:tbl><w:p><w:r><w:t>Điều 1. Phạm vi điều chỉnh</w:t></w:r></w:p></w:body></w:document>`,
  });

/** A .docx with `length` styles, each based on the next. */
export function styleChain(length: number): Uint8Array {
  const styles = Array.from(
    { length },
    (_, i) =>
      `<w:style w:type="paragraph" w:styleId="S${i}"><w:name w:val="S${i}"/>${i + 1 < length ? `<w:basedOn w:val="S${i + 1}"/>` : '<w:rPr><w:caps/></w:rPr>'}</w:style>`,
  ).join('');
  return docxWith({
    'word/styles.xml': `<w:styles ${W}>${styles}</w:styles>`,
    'word/document.xml': `<w:document ${W}><w:body><w:p><w:pPr><w:pStyle w:val="S0"/></w:pPr><w:r><w:t>quy chế phối hợp</w:t></w:r></w:p><w:p><w:r><w:t>Điều 1. Phạm vi điều chỉnh</w:t></w:r></w:p></w:body></w:document>`,
  });
}

/** A web page saved as text, around `body`. */
export const page = (body: string) =>
  `<html><body><p>QUY CHẾ PHỐI HỢP</p><p>Điều 1. Phạm vi điều chỉnh</p>${body}</body></html>\n`;
