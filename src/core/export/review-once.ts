// The review said once. A clause often says how the regulation is reviewed ("Quy chế được rà
// soát, sửa đổi, bổ sung hàng năm tại Hội nghị viên chức"); the closing sentence saying it again
// is then left out, or says the form alone where only the cadence is in the clause. Only where
// the whole document, read back as the import reads it (review-sentence.ts), still gives the
// workbook's Rà soát định kỳ and Hình thức rà soát, from that clause: the round trip keeps them.
import { fold } from '../folded-words';
import { reviewReader } from '../review-sentence';
import { isTable, type Block, type Paragraph, type WordDocument } from '../nd30/document';
import type { ReviewSentences } from './body';

const textOf = (p: Paragraph) => p.runs.map((r) => r.text).join('');

/** Words without which no line says anything of the review (most bodies hold none). */
const REVIEW_WORDS = /ra soat|sua doi|danh gia/;

/** The document's lines in reading order, as the import reads it back: a paragraph, a table row, a heading or signature line. */
function* linesOf(doc: WordDocument): Generator<{ text: string; block?: Block }> {
  const blocks = function* (bs: Block[]) {
    for (const b of bs) {
      if (isTable(b)) for (const row of [b.header, ...b.rows]) yield { text: `| ${row.join(' | ')} |`, block: b };
      else yield { text: textOf(b), block: b };
    }
  };
  for (const part of doc.parts) {
    const h = part.heading;
    for (const text of [h.authority, h.issuer, h.number, h.placeDate]) yield { text };
    yield* blocks(part.blocks);
    for (const s of part.signatures) for (const text of [...s.capacity, s.title, s.name]) yield { text };
    for (const text of part.recipients) yield { text };
    yield* blocks(part.appendix ?? []);
  }
}

/**
 * Leaves the review sentence out, or puts the form alone in its place, where the document then
 * still reads back `cadence` and `form` (the workbook's, as written) from its body; otherwise
 * the full sentence stays. `body` holds the regulation's clause paragraphs.
 */
export function sayReviewOnce(
  doc: WordDocument,
  review: ReviewSentences,
  body: ReadonlySet<Block>,
  wanted: { cadence: string; form: string },
): void {
  const part = doc.parts.find((p) => p.blocks.includes(review.full));
  if (!part || !wanted.cadence) return;
  if (![...body].some((b) => !isTable(b) && REVIEW_WORDS.test(fold(textOf(b))))) return;
  /** What the document reads back with `instead` where the full sentence is: the cadence from a clause, the form from a clause or from `instead`. */
  const readsBack = (instead: Paragraph | null) => {
    const reader = reviewReader();
    const from = new Map<number, Block | 'instead'>();
    let n = 0;
    for (const line of linesOf(doc)) {
      let text = line.text;
      if (line.block === review.full) {
        if (!instead) continue;
        text = textOf(instead);
        from.set(n, 'instead');
      } else if (line.block && body.has(line.block)) from.set(n, line.block);
      if (text) reader.read(text, fold(text), n);
      n++;
    }
    const { cadence, form } = reader.reading;
    const inBody = (line: number) => from.has(line) && from.get(line) !== 'instead';
    return (
      !!cadence &&
      inBody(cadence.line) &&
      cadence.value === wanted.cadence &&
      (form?.value ?? '') === wanted.form &&
      (!form || inBody(form.line) || (instead !== null && from.get(form.line) === 'instead'))
    );
  };
  const at = part.blocks.indexOf(review.full);
  if (readsBack(null)) part.blocks.splice(at, 1);
  else if (review.formOnly && readsBack(review.formOnly)) part.blocks[at] = review.formOnly;
}
