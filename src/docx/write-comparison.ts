// The bảng so sánh of `diff` as a .docx in the form of Nghị định 30/2020 (the export's heading,
// page and signature pieces): "BẢNG SO SÁNH", the title naming both school years, a legend, then a
// three-column table old | new | ghi chú, deleted words struck through in the old column and
// inserted words underlined in the new one; under the legend, what was not compared and why.
import {
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  UnderlineType,
} from 'docx';
import type { RegulationModel } from '../core/model';
import type { DocumentPart, SignatureBlock } from '../core/export';
import { field, headingOf } from '../core/nd30/heading';
import { PHRASES } from '../core/nd30/phrases';
import { signatureBlocks } from '../core/nd30/signatures';
import {
  COMPARISON_WORDS,
  comparisonNote,
  comparisonRows,
  type Comparison,
  type ComparisonRow,
  type WordPiece,
} from '../core/diff';
import { packDocument, pageSection, PIECES } from './write-document';

const { heading, closingBlocks, paragraph, rule, STYLES, GRID, TEXT_WIDTH, NO_BORDERS } = PIECES;
const WIDTHS = [0.42, 0.42, 0.16].map((w) => Math.floor(w * TEXT_WIDTH));
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = { ...NO_BORDERS, top: LINE, bottom: LINE, left: LINE, right: LINE };

/** One piece as runs: struck through when deleted, underlined when inserted, line breaks kept. */
function pieceRuns(p: WordPiece): TextRun[] {
  const look =
    p.kind === 'deleted'
      ? { strike: true }
      : p.kind === 'inserted'
        ? { underline: { type: UnderlineType.SINGLE } }
        : {};
  return p.text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, ...look }));
}

const cell = (children: Paragraph[], width: number, columnSpan?: number) =>
  new TableCell({
    children: children.length ? children : [new Paragraph({})],
    width: { size: width, type: WidthType.DXA },
    columnSpan,
    borders: BORDERS,
    verticalAlign: VerticalAlign.TOP,
  });

const textParagraph = (pieces: WordPiece[]) =>
  new Paragraph({ style: GRID.text.id, children: pieces.flatMap(pieceRuns) });

function tableRow(r: ComparisonRow): TableRow {
  if (r.heading)
    return new TableRow({ cantSplit: true, children: [cell([paragraph(r.heading, GRID.head)], TEXT_WIDTH, 3)] });
  return new TableRow({
    cantSplit: true,
    children: [
      cell([textParagraph(r.old)], WIDTHS[0]),
      cell([textParagraph(r.new)], WIDTHS[1]),
      cell([paragraph(r.note, GRID.cell)], WIDTHS[2]),
    ],
  });
}

function comparisonTable(rows: ComparisonRow[]): Table {
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: COMPARISON_WORDS.header.map((h, i) => cell([paragraph(h, GRID.head)], WIDTHS[i])),
  });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: WIDTHS,
    layout: TableLayoutType.FIXED,
    rows: [header, ...rows.map(tableRow)],
  });
}

/** "Quy chế phối hợp năm học 2026-2027 với năm học 2025-2026": the new year first, as drafts are compared. */
export function comparisonTitle(cmp: Comparison, model: RegulationModel): string {
  const kind = field(model, 'kind') || 'Quy chế phối hợp';
  return `${kind} năm học ${cmp.newYear || PHRASES.blank} với năm học ${cmp.oldYear || PHRASES.blank}`;
}

/** The school head signs the table (the first signatory of NT, else the first that signs). */
function signer(model: RegulationModel): SignatureBlock[] {
  const blocks = signatureBlocks(model);
  const signing = model.signatories.filter((s) => model.parties.find((p) => p.code === s.partyCode)?.signs !== false);
  const i = signing.findIndex((s) => s.partyCode === 'NT');
  return blocks.length ? [blocks[Math.max(0, i)]] : [];
}

/** The bảng so sánh of `cmp`, headed and signed as the new workbook's document is. */
export async function writeComparisonDocument(
  cmp: Comparison,
  model: RegulationModel,
  creator = 'Phối hợp',
): Promise<Uint8Array> {
  const title = comparisonTitle(cmp, model);
  const part: DocumentPart = {
    // A working table for the staff conference, not a numbered document: no Số line.
    heading: { ...headingOf(model), number: '' },
    blocks: [],
    signatures: signer(model),
    recipients: [PHRASES.archive],
  };
  const rows = comparisonRows(cmp);
  const children = [
    heading(part),
    paragraph(COMPARISON_WORDS.kind, STYLES.kindName),
    paragraph(title, STYLES.title),
    rule(1600, TEXT_WIDTH),
    paragraph(COMPARISON_WORDS.legend, STYLES.issuedWith),
    // A block left out (last year's Phổ biến records against this year's) is said, not listed as removed.
    ...cmp.notes.map((n) => paragraph(comparisonNote(n, cmp), STYLES.issuedWith)),
    ...(rows.length ? [comparisonTable(rows)] : [paragraph(COMPARISON_WORDS.none, STYLES.clause)]),
    ...closingBlocks(part),
  ];
  return packDocument({ creator, title: `${COMPARISON_WORDS.kind} ${title}`, subject: title }, [
    pageSection(children, false),
  ]);
}
