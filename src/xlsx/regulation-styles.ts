// The cell styles of the regulation workbook and its styles.xml, numbered as exceljs numbers them
// (each style the first time a column, then a cell, uses it, sheet by sheet), so that the written
// workbook is the one exceljs wrote before, part for part (test/xlsx/regulation-writer.test.ts).

export interface CellFont {
  name?: string;
  size?: number;
  bold?: boolean;
  /** ARGB, e.g. FFFFFFFF. */
  colour?: string;
}

export interface CellAlignment {
  horizontal?: 'center';
  vertical: 'top' | 'middle';
  wrapText: boolean;
}

export interface CellStyle {
  numFmt?: string;
  font?: CellFont;
  /** ARGB of a solid fill. */
  fill?: string;
  alignment?: CellAlignment;
}

/** Excel's built-in number formats we may meet (exceljs's id for a date cell with no format of its own). */
const BUILT_IN: Record<string, number> = { General: 0, 'mm-dd-yy': 14 };

const DEFAULT_FONT =
  '<font><color theme="1"/><family val="2"/><scheme val="minor"/><sz val="11"/><name val="Calibri"/></font>';
const NO_FILLS = [
  '<fill><patternFill patternType="none"/></fill>',
  '<fill><patternFill patternType="gray125"/></fill>',
];

const encodeAttr = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

function fontXml(f: CellFont): string {
  return (
    '<font>' +
    (f.bold ? '<b/>' : '') +
    (f.colour ? `<color rgb="${f.colour}"/>` : '') +
    (f.size !== undefined ? `<sz val="${f.size}"/>` : '') +
    (f.name !== undefined ? `<name val="${encodeAttr(f.name)}"/>` : '') +
    '</font>'
  );
}

function alignmentXml(a: CellAlignment): string {
  const vertical = a.vertical === 'middle' ? 'center' : a.vertical;
  return `<alignment${a.horizontal ? ` horizontal="${a.horizontal}"` : ''} vertical="${vertical}"${a.wrapText ? ' wrapText="1"' : ''}/>`;
}

/** Every style a workbook uses, in the order it was first asked for. */
export class StyleSheet {
  private readonly fonts = [DEFAULT_FONT];
  private readonly fills = [...NO_FILLS];
  private readonly numFmts: string[] = [];
  private readonly xfs = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  private readonly xfIds = new Map<string, number>([[this.xfs[0], 0]]);
  private readonly ids = new Map<CellStyle, Map<boolean, number>>();

  /** The id of a style; `date`: the cell holds a date (given Excel's short date when it has no format). */
  id(style: CellStyle | undefined, date = false): number {
    if (!style) return 0;
    let byKind = this.ids.get(style);
    const known = byKind?.get(date);
    if (known !== undefined) return known;
    const numFmt = style.numFmt ?? (date ? 'mm-dd-yy' : undefined);
    const numFmtId = numFmt === undefined ? 0 : this.numFmtId(numFmt);
    const fontId = style.font ? this.indexOf(this.fonts, fontXml(style.font)) : 0;
    const fillId = style.fill
      ? this.indexOf(
          this.fills,
          `<fill><patternFill patternType="solid"><fgColor rgb="${style.fill}"/></patternFill></fill>`,
        )
      : 0;
    const applies =
      (numFmtId ? ' applyNumberFormat="1"' : '') +
      (fontId ? ' applyFont="1"' : '') +
      (fillId ? ' applyFill="1"' : '') +
      (style.alignment ? ' applyAlignment="1"' : '');
    const head = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0"${applies}`;
    const xf = style.alignment ? `${head}>${alignmentXml(style.alignment)}</xf>` : `${head}/>`;
    let id = this.xfIds.get(xf);
    if (id === undefined) {
      id = this.xfs.push(xf) - 1;
      this.xfIds.set(xf, id);
    }
    if (!byKind) this.ids.set(style, (byKind = new Map()));
    byKind.set(date, id);
    return id;
  }

  private numFmtId(code: string): number {
    if (code in BUILT_IN) return BUILT_IN[code];
    return 164 + this.indexOf(this.numFmts, code);
  }

  private indexOf(list: string[], item: string): number {
    const i = list.indexOf(item);
    return i >= 0 ? i : list.push(item) - 1;
  }

  toXml(): string {
    const numFmts = this.numFmts.length
      ? `<numFmts count="${this.numFmts.length}">${this.numFmts.map((code, i) => `<numFmt numFmtId="${164 + i}" formatCode="${encodeAttr(code)}"/>`).join('')}</numFmts>`
      : '';
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac x16r2" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main">' +
      numFmts +
      `<fonts count="${this.fonts.length}" x14ac:knownFonts="1">${this.fonts.join('')}</fonts>` +
      `<fills count="${this.fills.length}">${this.fills.join('')}</fills>` +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfs.length}">${this.xfs.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/>' +
      '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
      '<extLst><ext uri="{EB79DEF2-80B8-43e5-95BD-54CBDDF9020C}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:slicerStyles defaultSlicerStyle="SlicerStyleLight1"/></ext><ext uri="{9260A510-F301-46a8-8635-F512D64BE5F5}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><x15:timelineStyles defaultTimelineStyle="TimeSlicerStyleLight1"/></ext></extLst></styleSheet>'
    );
  }
}
