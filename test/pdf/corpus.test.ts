// The import corpus read as PDF: each document in each .docx layout the corpus test uses
// (../import/layouts.ts) is printed to PDF by LibreOffice at test time (in batches, two
// LibreOffice processes at once: test/helpers/office-convert.ts) and read back through the PDF's
// text layer. Per layout, the headline score is within 2 points of the same layout read as .docx,
// and the hand-marked task times the .docx gives are given from the PDF, but for the known misses
// below. Scores, and every task whose time differs from the .docx's, are printed per document.
import { beforeAll, describe, expect, it } from 'vitest';
import { convertDocx } from '../helpers/office-convert';
import { CORPUS } from '../import/corpus';
import { compareLayout, comparisonReport } from '../import/converted-corpus';
import { DOCX_LAYOUTS } from '../import/layouts';

// Hand-marked task times right from the .docx and not yet from its PDF (issue 28 leaves them
// open): a mojibake page (c17: LibreOffice draws its C1 control characters as one glyph, the
// character only in a /ActualText that pdf.js's text layer leaves out, and prints no soft hyphen
// and a no-break space as a space, so bytes of its UTF-8 are gone), a TCVN3 body (c18: the PDF
// keeps the legacy glyph codes, with no font name to convert them by), tables of tasks whose
// header or rows the PDF's geometry does not rebuild (c14, c26, c56, c57, c58), and parts whose
// Roman numeral heading is joined to the line above (c59, c60, c69). A new miss fails the test.
const KNOWN_TIME_MISSES = [
  'c14-parents-board-table-run-on I.2',
  'c17-mojibake-page II.1',
  'c17-mojibake-page II.2',
  'c18-tcvn3-body D1',
  'c18-tcvn3-body D2',
  'c26-markdown-table-pipes I.1',
  'c26-markdown-table-pipes I.2',
  'c56-plan-table-parents-board II.1',
  'c56-plan-table-parents-board II.2',
  'c56-plan-table-parents-board II.3',
  'c56-plan-table-parents-board II.5',
  'c57-plan-table-two-row-header II.1',
  'c57-plan-table-two-row-header II.2',
  'c57-plan-table-two-row-header II.3',
  'c57-plan-table-two-row-header II.4',
  'c57-plan-table-two-row-header II.5',
  'c57-plan-table-two-row-header II.6',
  'c58-plan-table-month-first S1-3',
  'c58-plan-table-month-first S1-4',
  'c59-title-case-motto-letter-parts II.A.1',
  'c59-title-case-motto-letter-parts II.A.2',
  'c60-year-pair-spaced-dotted-members II.2.1',
  'c60-year-pair-spaced-dotted-members II.2.2',
  'c69-party-parts-under-roman-part II.A.1',
  'c69-party-parts-under-roman-part II.B-2',
  'c69-party-parts-under-roman-part II.B-4',
];

const layouts = Object.entries(DOCX_LAYOUTS).map(([name, lay], l) => ({ name, l, lay }));
const docx = new Map<string, Uint8Array>();
let pdf = new Map<string, Uint8Array>();

beforeAll(async () => {
  for (const { l, lay } of layouts) for (const doc of CORPUS) docx.set(`${l}-${doc.id}`, lay(doc.text));
  pdf = await convertDocx(docx, 'pdf');
});

const compare = (l: number) =>
  compareLayout(
    (id) => docx.get(`${l}-${id}`)!,
    (id) => pdf.get(`${l}-${id}`)!,
    'pdf',
  );

describe('the import corpus as PDF made by LibreOffice from the .docx layouts', () => {
  it('has every document of every layout as PDF', () => {
    expect([...docx.keys()].filter((name) => !pdf.has(name))).toEqual([]);
  });

  it.each(layouts.map((l) => [l.name, l] as const))(
    '%s: within 2 points of .docx, the task times the .docx gives',
    async (name, { l }) => {
      const c = await compare(l);
      console.log(comparisonReport('PDF', name, c));
      expect(c.docx - c.other).toBeLessThanOrEqual(2);
      expect(c.timesLost.filter((t) => !KNOWN_TIME_MISSES.includes(t))).toEqual([]);
    },
  );
});
