// The closing of a part in the Word writer: signature blocks side by side, two a row (heads in one
// table row, names level in the next), and Nơi nhận, kept together with its label.
import { Paragraph, Table, TableLayoutType, TableRow, WidthType } from 'docx';
import type { DocumentPart, SignatureBlock } from '../core/export';
import { PHRASES } from '../core/nd30/phrases';
import { cell, NO_BORDERS, paragraph, RECIPIENTS, SIGN, TEXT_WIDTH } from './document-styles';

function signatureHead(s: SignatureBlock, keepNext = false): Paragraph[] {
  const line = (text: string) => paragraph(text, SIGN.head, keepNext ? { keepNext } : {});
  return [...s.capacity.map(line), ...(s.title ? [line(s.title)] : [])];
}

/** Room for the signature and the seal, then the name. */
function signatureName(s: SignatureBlock): Paragraph[] {
  return [paragraph(s.name, SIGN.name)];
}

function signature(s: SignatureBlock): Paragraph[] {
  return [...signatureHead(s), ...signatureName(s)];
}

function recipients(lines: string[]): Paragraph[] {
  if (lines.length === 0) return [];
  // The list stays together, its label with it: "Nơi nhận:" alone at a page's foot was printed.
  const label = paragraph(PHRASES.recipientsLabel, RECIPIENTS.label, { keepNext: true, keepLines: true });
  const items = lines.map((l, i) =>
    paragraph(`- ${l}${i === lines.length - 1 ? '.' : ';'}`, RECIPIENTS.line, {
      keepNext: i < lines.length - 1,
      keepLines: true,
    }),
  );
  return [label, ...items];
}

/** Signature blocks side by side, two a row in the order of Người ký; Nơi nhận at the bottom left. */
export function closingBlocks(part: DocumentPart): Array<Paragraph | Table> {
  const half = Math.round(TEXT_WIDTH / 2);
  const sigs = part.signatures;
  if (sigs.length <= 1) {
    // One signer: Nơi nhận on the left and the signature on the right, level with each other.
    return [
      new Table({
        width: { size: TEXT_WIDTH, type: WidthType.DXA },
        columnWidths: [TEXT_WIDTH - half, half],
        layout: TableLayoutType.FIXED,
        borders: NO_BORDERS,
        rows: [
          new TableRow({
            cantSplit: true,
            children: [
              cell(recipients(part.recipients), TEXT_WIDTH - half),
              cell(sigs[0] ? signature(sigs[0]) : [], half),
            ],
          }),
        ],
      }),
    ];
  }
  // Two a row: the heads in one table row and the names in the next, so the names stand level
  // whatever wraps above them (a long title on two lines pushes both names down alike). Neither
  // row is split over a page, and a head is kept on the page of its name.
  const rows: TableRow[] = [];
  const widths = [TEXT_WIDTH - half, half];
  for (let i = 0; i < sigs.length; i += 2) {
    const pair = sigs.slice(i, i + 2);
    const each = (make: (s: SignatureBlock) => Paragraph[]) =>
      widths.map((w, k) => cell(pair[k] ? make(pair[k]) : [], w));
    rows.push(
      new TableRow({ cantSplit: true, children: each((s) => signatureHead(s, true)) }),
      new TableRow({ cantSplit: true, children: each(signatureName) }),
    );
  }
  return [
    // The space above the signatures, kept with them (and the closing paragraph with it).
    new Paragraph({ keepNext: true, spacing: { before: 120, after: 0 }, children: [] }),
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: [TEXT_WIDTH - half, half],
      layout: TableLayoutType.FIXED,
      borders: NO_BORDERS,
      rows,
    }),
    ...recipients(part.recipients),
  ];
}
