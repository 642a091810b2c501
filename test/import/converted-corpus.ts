// The import corpus read from what LibreOffice saves of its .docx layouts (PDF, Word 97 .doc),
// compared with the .docx itself, document by document: the headline score, and every task's time
// (Chu kỳ and Thời điểm of each row of the task table), so a reader that loses a column or a line
// break shows as the documents and tasks it changed.
import { importText } from '../../src/core/import';
import type { Extraction } from '../../src/core/import/types';
import { readDocumentBytes, type DocumentFormat } from '../../src/docx/read-document';
import { CORPUS } from './corpus';
import { HEADLINE, scoreHeadline, scoreTimes } from './score';

export interface LayoutComparison {
  /** Headline percentages over the corpus. */
  docx: number;
  other: number;
  /** Documents with fewer headline fields from the other format, and the fields lost. */
  fewer: string[];
  /** Hand-marked task times right from the .docx and wrong from the other format. */
  timesLost: string[];
  /** Hand-marked task times right from each. */
  timesRight: { docx: number; other: number; marked: number };
  /** Tasks whose time (or whose being drafted at all) differs from the .docx's, by document. */
  taskTimes: string[];
}

async function extract(bytes: Uint8Array, file: string, format: DocumentFormat): Promise<Extraction> {
  const read = await readDocumentBytes(bytes, file);
  if (read.format !== format) throw new Error(`${file} read as ${read.format}, not ${format}`);
  return importText(read.text, { conversions: read.conversions }).extraction;
}

const timeOf = (x: Extraction) =>
  new Map(x.responsibilities.map((r) => [r.clauseId, [r.cadence, r.months].filter(Boolean).join(' | ')]));

/** Each corpus document of one layout as .docx and as `format`, compared. */
export async function compareLayout(
  docxOf: (id: string) => Uint8Array,
  otherOf: (id: string) => Uint8Array,
  format: DocumentFormat,
): Promise<LayoutComparison> {
  let rightDocx = 0;
  let rightOther = 0;
  const fewer: string[] = [];
  const timesLost: string[] = [];
  const taskTimes: string[] = [];
  const timesRight = { docx: 0, other: 0, marked: 0 };
  for (const doc of CORPUS) {
    const d = await extract(docxOf(doc.id), `${doc.id}.docx`, 'docx');
    const o = await extract(otherOf(doc.id), `${doc.id}.${format}`, format);
    const sd = scoreHeadline(d, doc.expected);
    const so = scoreHeadline(o, doc.expected);
    rightDocx += HEADLINE.filter((f) => sd[f]).length;
    rightOther += HEADLINE.filter((f) => so[f]).length;
    const lost = HEADLINE.filter((f) => sd[f] && !so[f]);
    if (lost.length) fewer.push(`${doc.id} (${lost.join(', ')})`);
    const td = scoreTimes(d, doc.expected.times ?? {});
    const to = scoreTimes(o, doc.expected.times ?? {});
    for (const id of Object.keys(td)) {
      timesRight.marked++;
      if (td[id]) timesRight.docx++;
      if (to[id]) timesRight.other++;
      if (td[id] && !to[id]) timesLost.push(`${doc.id} ${id}`);
    }
    const [a, b] = [timeOf(d), timeOf(o)];
    for (const id of new Set([...a.keys(), ...b.keys()]))
      if (a.get(id) !== b.get(id))
        taskTimes.push(`${doc.id} ${id}: .docx "${a.get(id) ?? '(no task)'}", ${format} "${b.get(id) ?? '(no task)'}"`);
  }
  const pct = (n: number) => (100 * n) / (CORPUS.length * HEADLINE.length);
  return { docx: pct(rightDocx), other: pct(rightOther), fewer, timesLost, timesRight, taskTimes };
}

/** One line (and the differences under it) for the test's output. */
export function comparisonReport(label: string, layout: string, c: LayoutComparison): string {
  const t = c.timesRight;
  return (
    `[${label} corpus] ${layout}: .docx ${c.docx.toFixed(1)}%, ${label} ${c.other.toFixed(1)}%; ` +
    `task times right ${t.docx}/${t.marked} from .docx, ${t.other}/${t.marked} from ${label}` +
    (c.fewer.length ? `\n  fewer fields: ${c.fewer.join('; ')}` : '') +
    (c.taskTimes.length ? `\n  task times differ:\n    ${c.taskTimes.join('\n    ')}` : '')
  );
}
