// Two columns side by side in a PDF (the heading, the signatures, Nơi nhận beside a signature) and
// three signatures or more: each column read top to bottom, left to right, as Word reads a table's
// cells, and where such a block ends.
import { lineText, type PageLine } from './pdf-lines';
import { capacityOf, isTitle, looksLikeName } from './tail';
import { isCaps, labelled, paragraphs, pieceOf, type Out, type Piece } from './pdf-paragraphs';

// A recipient in the list under "Nơi nhận:": "- Như Điều 2;", "+ Lưu VT".
const RECIPIENT = /^[-–—+•*]\s*\S/u;

export const gapBelow = (a: PageLine, b: PageLine) => b.top - a.top;

// ---- two columns: the heading, the signatures, Nơi nhận beside a signature ----

/**
 * The heading's and the signatures' lines are each a line of their own (the managing body, then
 * the school; the Quốc hiệu, then the Tiêu ngữ) unless the line goes on in small letters or a
 * signing capacity ran over its cell ("TM. BAN CHẤP HÀNH CÔNG ĐOÀN" over "CƠ SỞ").
 */
const UNIT_START =
  /^(?:TRƯỜNG|PHÒNG|UBND|ỦY BAN|UỶ BAN|SỞ|BỘ|BAN|CHI|ĐẢNG|CÔNG ĐOÀN|HỘI|ĐOÀN|LIÊN|CỘNG HÒA|CỘNG HOÀ)\b/u;
const headingJoins = (sofar: string, ahead: string) =>
  /^\p{Ll}/u.test(ahead) ||
  ((!!capacityOf(sofar) || ahead.split('\n')[0].split(' ').length <= 2) && !UNIT_START.test(ahead));

export function columnLines(lines: PageLine[], boundary: number): Out[] {
  const sides: Piece[][] = [[], []];
  for (const l of lines) {
    if (l.segments.length >= 2) {
      sides[0].push(pieceOf(l, l.segments[0]));
      sides[1].push(
        pieceOf(l, {
          ...l.segments[1],
          text: l.segments
            .slice(1)
            .map((s) => s.text)
            .join(' '),
        }),
      );
    } else sides[l.left > boundary ? 1 : 0].push(pieceOf(l, l.segments[0]));
  }
  return sides.flatMap((side) => {
    if (!side.length) return [];
    const frame = { left: Math.min(...side.map((p) => p.left)), right: Math.max(...side.map((p) => p.right)) };
    return paragraphs(side, frame, 'heading', headingJoins);
  });
}

/** The x positions parting a table's columns: the gaps no piece of text covers. */
export function separators(lines: PageLine[]): number[] {
  const spans = lines
    .filter((l) => l.segments.length >= 2)
    .flatMap((l) => l.segments)
    .map((s) => [s.left, s.right])
    .sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  let end = spans[0]?.[1] ?? 0;
  for (const [left, right] of spans.slice(1)) {
    if (left > end + 2) out.push((end + left) / 2);
    end = Math.max(end, right);
  }
  return out;
}

// ---- signatures side by side, three or more ----

/**
 * A row of signing capacities and titles in capitals ("TM. UBND XÃ", …, "HIỆU TRƯỞNG"; one may be
 * a capacity of its own wording, "DUYỆT CỦA HIỆU" over "TRƯỞNG").
 */
export const signatureRow = (l: PageLine) =>
  l.segments.every((s) => isCaps(s.text)) &&
  l.segments.filter((s) => !!capacityOf(s.text) || isTitle(s.text)).length >= l.segments.length - 1;

/** Three signatures or more side by side: each column read top to bottom, as Word reads a table's cells. */
export function signatureColumns(lines: PageLine[]): Out[] {
  const seps = separators(lines);
  const columns: Piece[][] = Array.from({ length: seps.length + 1 }, () => []);
  for (const l of lines)
    for (const s of l.segments) columns[seps.filter((x) => x < (s.left + s.right) / 2).length].push(pieceOf(l, s));
  return columns.flatMap((side) => {
    if (!side.length) return [];
    const frame = { left: Math.min(...side.map((p) => p.left)), right: Math.max(...side.map((p) => p.right)) };
    return paragraphs(side, frame, 'heading', headingJoins);
  });
}

/**
 * A line on one side, farther from the lines around it than a line's spacing, that still belongs
 * to its column: two text boxes side by side (a signature's capacity, its title, its signer) set
 * apart by the box's spacing. It starts where its side's text starts on the two-sided lines right
 * above and right below it, whatever its words (a mojibake page's titles are no words yet).
 */
export function boxedBetween(lines: PageLine[], j: number, boundary: number): boolean {
  const [above, m, below] = [lines[j - 1], lines[j], lines[j + 1]];
  if (!below || below.segments.length !== 2 || above.segments.length !== 2 || labelled(below) || labelled(above))
    return false;
  const em = Math.max(above.size, m.size, below.size);
  if (gapBelow(above, m) > 2.4 * em || gapBelow(m, below) > 2.4 * em) return false;
  const side = m.left > boundary ? 1 : 0;
  const aligned = (l: PageLine) => {
    const s = l.segments[side];
    return Math.abs(s.left - m.left) < 1 || Math.abs((s.left + s.right) / 2 - (m.left + m.right) / 2) < 1;
  };
  return aligned(above) && aligned(below);
}

/**
 * A line on the left, under a block whose right column ended with its signer's name ("Nơi nhận:"
 * beside "HIỆU TRƯỞNG" … "Mạc Thị Thanh"), that is no recipient ("- Lưu: VT."): the page's next
 * line ("QUY CHẾ"), read after the block as Word reads it after the table.
 */
export function afterSigner(region: PageLine[], m: PageLine, boundary: number): boolean {
  if (m.left > boundary || RECIPIENT.test(lineText(m))) return false;
  const right = region.flatMap((l) => l.segments.filter((s) => s.left > boundary));
  // A signature on the left too waits for its own name, however far below.
  const left = region.flatMap((l) => l.segments.filter((s) => s.right < boundary));
  if (left.some((s) => !!capacityOf(s.text) || isTitle(s.text))) return false;
  return right.length >= 2 && looksLikeName(right[right.length - 1].text);
}
