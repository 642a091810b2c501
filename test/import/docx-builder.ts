// A minimal .docx writer for tests (fflate zip of hand-written WordprocessingML): paragraphs,
// runs with fonts, tabs, All Caps and line breaks, tables, text boxes, list numbering
// (numbering.xml) and paragraph styles that carry numbering or capitals (styles.xml) — the parts
// of Word an importer meets.
import { strToU8, zipSync } from 'fflate';

export interface RunSpec {
  text: string;
  font?: string;
  bold?: boolean;
  /** Shown in capitals by its formatting (Font ▸ All caps) whatever the letters typed. */
  caps?: boolean;
  /** A line break (Shift+Enter) before the text. */
  breakBefore?: boolean;
}
export interface ParaSpec {
  runs: Array<string | RunSpec>;
  style?: string;
  num?: { id: number; level?: number };
}
/** A cell merged across columns (span) or down rows (merge: the first cell restarts, the ones below continue). */
export interface CellSpec {
  paras: ParaSpec[];
  span?: number;
  merge?: 'restart' | 'continue';
}
export interface TableSpec {
  table: Array<Array<ParaSpec[] | CellSpec>>;
}
/** Text boxes side by side across the text's width, anchored in one paragraph (Insert ▸ Text Box, as Word 2010+ writes it). */
export interface BoxesSpec {
  boxes: ParaSpec[][];
}
export type BlockSpec = ParaSpec | TableSpec | BoxesSpec;

export interface LevelSpec {
  fmt: 'decimal' | 'upperRoman' | 'lowerRoman' | 'lowerLetter' | 'upperLetter' | 'bullet' | 'decimalZero';
  text: string;
  start?: number;
}
export interface DocxSpec {
  body: BlockSpec[];
  abstracts?: Record<number, LevelSpec[]>;
  nums?: Array<{ id: number; abstractId: number; restartAt?: number }>;
  styles?: Array<{ id: string; name: string; num?: { id: number; level?: number }; caps?: boolean }>;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const V = 'xmlns:v="urn:schemas-microsoft-com:vml"';
const W10 = 'xmlns:w10="urn:schemas-microsoft-com:office:word"';
const O = 'xmlns:o="urn:schemas-microsoft-com:office:office"';
const DRAWING = [
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"',
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"',
].join(' ');
/** The text's width on an A4 page with Word's margins, in twentieths of a point (6.25 in). */
const TEXT_WIDTH = 9000;

export const p = (...runs: Array<string | RunSpec>): ParaSpec => ({ runs });
export const li = (id: number, level: number, ...runs: Array<string | RunSpec>): ParaSpec => ({
  runs,
  num: { id, level },
});

function run(r: string | RunSpec): string {
  const spec = typeof r === 'string' ? { text: r } : r;
  const props = [
    spec.font ? `<w:rFonts w:ascii="${esc(spec.font)}" w:hAnsi="${esc(spec.font)}"/>` : '',
    spec.bold ? '<w:b/>' : '',
    spec.caps ? '<w:caps/>' : '',
  ].join('');
  // A tab typed in the text is Word's <w:tab/> between text elements.
  const text = spec.text
    .split('\t')
    .map((t) => `<w:t xml:space="preserve">${esc(t)}</w:t>`)
    .join('<w:tab/>');
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}${spec.breakBefore ? '<w:br/>' : ''}${text}</w:r>`;
}

function para(ps: ParaSpec): string {
  const pPr = [
    ps.style ? `<w:pStyle w:val="${esc(ps.style)}"/>` : '',
    ps.num ? `<w:numPr><w:ilvl w:val="${ps.num.level ?? 0}"/><w:numId w:val="${ps.num.id}"/></w:numPr>` : '',
  ].join('');
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${ps.runs.map(run).join('')}</w:p>`;
}

/** The text box's shape type, which Word writes before the first shape of that type. */
const TEXT_BOX_TYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">' +
  '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';
/** Points between two text boxes side by side. */
const BOX_GAP = 10;
/** A line of the box's text, in points (the default 10 pt font with its leading). */
const BOX_LINE = 14;

/** Shapes written so far in the document: Word numbers its drawings' ids across the document. */
const drawn = { shapes: 0 };
const EMU = 12700;

/**
 * Text boxes side by side as Word 2010 and later writes them: an mc:AlternateContent whose Choice
 * is a DrawingML text box (wps:wsp in a wp:anchor) and whose Fallback is the same box in VML (as
 * Word 2007 wrote it, and as readers without DrawingML read it). Each box is as wide as its share
 * of the text's width, has no border, grows with its text (a:spAutoFit, mso-fit-shape-to-text)
 * and has the body's text wrapped above and below it (wp:wrapTopAndBottom, w10:wrap
 * topAndBottom), so the lines after the boxes start below the tallest.
 */
function boxes(b: BoxesSpec): string {
  const textWidth = TEXT_WIDTH / 20;
  const width = (textWidth - BOX_GAP * (b.boxes.length - 1)) / b.boxes.length;
  const shapes = b.boxes.map((paras, i) => {
    const id = ++drawn.shapes;
    const left = i * (width + BOX_GAP);
    const height = Math.max(1, paras.length) * BOX_LINE + 8;
    const content = `<w:txbxContent>${(paras.length ? paras : [p('')]).map(para).join('')}</w:txbxContent>`;
    const [cx, cy] = [Math.round(width * EMU), Math.round(height * EMU)];
    const drawing =
      `<w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="${251659264 + id}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">` +
      `<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:posOffset>${Math.round(left * EMU)}</wp:posOffset></wp:positionH>` +
      `<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>` +
      `<wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>` +
      `<wp:docPr id="${id}" name="Text Box ${id}"/><wp:cNvGraphicFramePr/>` +
      `<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">` +
      `<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm>` +
      `<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>` +
      `<wps:txbx>${content}</wps:txbx>` +
      `<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr>` +
      `</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>`;
    const style = [
      'position:absolute',
      `margin-left:${left.toFixed(1)}pt`,
      'margin-top:0',
      `width:${width.toFixed(1)}pt`,
      `height:${height}pt`,
      `z-index:${251659264 + id}`,
      'mso-position-horizontal-relative:margin',
      'mso-position-vertical-relative:text',
      'mso-wrap-style:square',
      'v-text-anchor:top',
    ].join(';');
    const pict =
      `<w:pict>${i === 0 ? TEXT_BOX_TYPE : ''}` +
      `<v:shape id="Text Box ${id}" o:spid="_x0000_s${1025 + id}" type="#_x0000_t202" style="${style}" stroked="f">` +
      `<v:textbox style="mso-fit-shape-to-text:t" inset="0,0,0,0">${content}</v:textbox>` +
      `<w10:wrap type="topAndBottom"/></v:shape></w:pict>`;
    return (
      `<w:r><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps">${drawing}</mc:Choice>` +
      `<mc:Fallback>${pict}</mc:Fallback></mc:AlternateContent></w:r>`
    );
  });
  return `<w:p>${shapes.join('')}</w:p>`;
}

function block(b: BlockSpec): string {
  if ('boxes' in b) return boxes(b);
  if ('table' in b) {
    // The table across the text's width, its columns alike (a table with no grid is printed squeezed).
    const columns = Math.max(
      1,
      ...b.table.map((cells) => cells.reduce((n, c) => n + (Array.isArray(c) ? 1 : (c.span ?? 1)), 0)),
    );
    const col = Math.floor(TEXT_WIDTH / columns);
    const cellXml = (c: ParaSpec[] | CellSpec) => {
      const spec = Array.isArray(c) ? { paras: c } : c;
      const props = [
        `<w:tcW w:w="${col * (spec.span ?? 1)}" w:type="dxa"/>`,
        spec.span ? `<w:gridSpan w:val="${spec.span}"/>` : '',
        spec.merge ? `<w:vMerge${spec.merge === 'restart' ? ' w:val="restart"' : ''}/>` : '',
      ].join('');
      return `<w:tc><w:tcPr>${props}</w:tcPr>${(spec.paras.length ? spec.paras : [p('')]).map(para).join('')}</w:tc>`;
    };
    const rows = b.table.map((cells) => `<w:tr>${cells.map(cellXml).join('')}</w:tr>`);
    const grid = `<w:tblGrid>${`<w:gridCol w:w="${col}"/>`.repeat(columns)}</w:tblGrid>`;
    return `<w:tbl><w:tblPr><w:tblW w:w="${col * columns}" w:type="dxa"/></w:tblPr>${grid}${rows.join('')}</w:tbl>`;
  }
  return para(b);
}

export function buildDocx(spec: DocxSpec): Uint8Array {
  drawn.shapes = 0;
  const files: Record<string, Uint8Array> = {};
  const hasNumbering = !!spec.abstracts;
  files['[Content_Types].xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>${hasNumbering ? '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>' : ''}</Types>`,
  );
  files['_rels/.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  files['word/_rels/document.xml.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>${hasNumbering ? '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>' : ''}</Relationships>`,
  );
  files['word/document.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W} ${V} ${W10} ${O} ${DRAWING}><w:body>${spec.body.map(block).join('')}<w:sectPr/></w:body></w:document>`,
  );
  const styles = (spec.styles ?? [])
    .map(
      (s) =>
        `<w:style w:type="paragraph" w:styleId="${esc(s.id)}"><w:name w:val="${esc(s.name)}"/><w:basedOn w:val="Normal"/>${s.num ? `<w:pPr><w:numPr><w:ilvl w:val="${s.num.level ?? 0}"/><w:numId w:val="${s.num.id}"/></w:numPr></w:pPr>` : ''}${s.caps ? '<w:rPr><w:caps/></w:rPr>' : ''}</w:style>`,
    )
    .join('');
  files['word/styles.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${W}><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>${styles}</w:styles>`,
  );
  if (hasNumbering) {
    const abstracts = Object.entries(spec.abstracts!)
      .map(
        ([id, levels]) =>
          `<w:abstractNum w:abstractNumId="${id}">${levels
            .map(
              (l, i) =>
                `<w:lvl w:ilvl="${i}"><w:start w:val="${l.start ?? 1}"/><w:numFmt w:val="${l.fmt}"/><w:lvlText w:val="${esc(l.text)}"/><w:lvlJc w:val="left"/></w:lvl>`,
            )
            .join('')}</w:abstractNum>`,
      )
      .join('');
    const nums = (spec.nums ?? [])
      .map(
        (n) =>
          `<w:num w:numId="${n.id}"><w:abstractNumId w:val="${n.abstractId}"/>${n.restartAt ? `<w:lvlOverride w:ilvl="0"><w:startOverride w:val="${n.restartAt}"/></w:lvlOverride>` : ''}</w:num>`,
      )
      .join('');
    files['word/numbering.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ${W}>${abstracts}${nums}</w:numbering>`,
    );
  }
  return zipSync(files);
}
