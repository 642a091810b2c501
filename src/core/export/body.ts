// The body from Điều khoản, in workbook order: Chương (and its name), sections, Điều with its
// number in bold, khoản "1.", điểm "a)", bullets; then the closing paragraphs (adoption, effect,
// replacement, review). The Phân công table is the appendix (appendix.ts).
import type { Clause, RegulationModel } from '../model';
import { clean, foldKey } from '../text';
import { formatDateVi, isOnSigning } from '../values';
import type { Block, Paragraph } from '../nd30/document';
import { PHRASES } from '../nd30/phrases';
import { wordsOf } from '../nd30/wording';

const ARTICLE = /^điều\s+(\S+?)\.?$/iu;
const CHAPTER = /^(chương\s+[\p{L}\d]+)\s*[.:\-–]?\s*(.*)$/iu;
const SECTION = /^([IVXLC]+|[A-H]|\d+)\s*[.)]\s*(.+)$/u;

const text = (role: Paragraph['role'], s: string, bold = false): Paragraph => ({ role, runs: [{ text: s, bold }] });

/** "Chương I. Quy định chung – I. Mục đích": the chapter's label, its name, and the section under it. */
function splitChapter(chapter: string): { label: string; name: string; sections: string[] } {
  const [head, ...sections] = chapter.split(/\s+[–—]\s+/);
  const m = CHAPTER.exec(head);
  if (m) return { label: m[1], name: m[2], sections };
  return { label: '', name: '', sections: [head, ...sections] };
}

/** The label a clause is written with, from its article, paragraph and id columns. */
function labelOf(c: Clause): { kind: 'article' | 'labelled' | 'bullet' | 'plain'; label: string } {
  const article = clean(c.article);
  const paragraph = clean(c.paragraph);
  if (!paragraph) {
    const a = ARTICLE.exec(article);
    if (a) return { kind: 'article', label: `Điều ${a[1]}.` };
    if (/^\d+(?:\.\d+)*$/.test(article)) return { kind: 'labelled', label: `${article}.` };
    // A part that is itself a clause ("B. Công đoàn cơ sở vận động …", id II.B): its letter or
    // roman number, so that it is read back as that part and not as more of the part above.
    const part = /(?:^|\.)([IVXLC]+|[A-H])$/.exec(clean(c.id));
    if (part) return { kind: 'labelled', label: `${part[1]}.` };
    if (/(?:^|-)\d+$/.test(clean(c.id)) && /-/.test(clean(c.id))) return { kind: 'bullet', label: bullet(c.id) };
    return { kind: 'plain', label: '' };
  }
  // paragraph "1" → "1.", "1.a" → "a)", "2.1" → "2.1.", "-1" / "1-2" → a bullet
  if (/-\d+$/.test(paragraph)) return { kind: 'bullet', label: bullet(paragraph) };
  const last = paragraph.split('.').pop()!;
  if (/^[a-zđ]$/iu.test(last)) return { kind: 'labelled', label: `${last})` };
  if (/^\d+(?:\.\d+)+$/.test(paragraph)) return { kind: 'labelled', label: `${paragraph}.` };
  // Under a numbered heading ("1." standing for the article), a number continues it: "1.1".
  if (/^\d+(?:\.\d+)*$/.test(article) && /^\d+$/.test(paragraph))
    return { kind: 'labelled', label: `${article}.${paragraph}.` };
  return { kind: 'labelled', label: `${last}.` };
}

/** A bullet's depth is how many unnumbered steps its id took: "-" then "+". */
function bullet(id: string): string {
  const depth = (clean(id).match(/-\d+/g) ?? []).length;
  return depth >= 2 ? '+' : '-';
}

export function bodyBlocks(clauses: Clause[]): Block[] {
  const out: Block[] = [];
  let chapter = '';
  let sections: string[] = [];
  let rawChapter: string | undefined;
  for (const c of clauses) {
    // Most clauses sit under the chapter of the one before: clean it only when it changes.
    const ch = c.chapter === rawChapter ? chapter : clean(c.chapter);
    rawChapter = c.chapter;
    if (ch !== chapter) {
      const prev = splitChapter(chapter);
      const next = splitChapter(ch);
      if (next.label && (next.label !== prev.label || next.name !== prev.name)) {
        out.push(text('chapter', next.label, true));
        if (next.name) out.push(text('chapterTitle', next.name, true));
        sections = [];
      } else if (!next.label) sections = prev.label ? [] : sections;
      // Sections under the chapter that are new here.
      next.sections.forEach((s, i) => {
        if (sections[i] === s) return;
        sections = sections.slice(0, i);
        const m = SECTION.exec(s);
        out.push(text('section', m ? `${m[1]}. ${m[2]}` : s, true));
        sections.push(s);
      });
      sections = next.sections.slice();
      chapter = ch;
    }
    const body = clean(c.text);
    const { kind, label } = labelOf(c);
    if (kind === 'article') out.push({ role: 'article', runs: [{ text: label, bold: true }, { text: ` ${body}` }] });
    else if (label) out.push({ role: 'clause', runs: [{ text: `${label} ${body}` }] });
    else out.push(text('clause', body));
  }
  return out;
}

/** A body's own "có hiệu lực (kể) từ ngày ký", as the import reads it. */
const ON_SIGNING_SAID = /(?:có hiệu lực|áp dụng|thực hiện)\s+(?:kể\s+)?từ ngày ký/u;

/** The closing sentence on the review, and the form said alone (for a body that says how often). */
export interface ReviewSentences {
  full: Paragraph;
  formOnly: Paragraph | null;
}

/** Does the body already say it (the seeds' "Điều khoản thi hành" often do)? */
function bodySays(body: () => string, value: string): boolean {
  const v = foldKey(value);
  return !!v && body().includes(v);
}

/**
 * The closing paragraphs: what the Văn bản sheet says about adoption, effect, replacement and
 * review, each in its own sentence, where the body does not already say it.
 */
export function closingParagraphs(
  model: RegulationModel,
  noun: string,
  named: string,
): { summary: Paragraph; facts: Paragraph[]; review: ReviewSentences | null } {
  const f = (k: keyof typeof model.document.fields) => clean(model.document.fields[k]?.raw);
  // The whole body folded once, and only if a closing fact needs looking up in it.
  let folded: string | undefined;
  const body = () => (folded ??= model.clauses.map((c) => foldKey(c.text)).join('\n'));
  const out: Paragraph[] = [];
  const lower = wordsOf(model);
  const summary = text('closing', `Trên đây là ${named}.`);
  // The school year, where the title does not name it: the workbook's Năm học is said once, so
  // the document carries it (a body may name other years more often; import reads this one).
  const year = f('schoolYear');
  if (year && !foldKey(f('title')).replace(/\s+/g, '').includes(foldKey(year).replace(/\s+/g, '')))
    out.push(text('closing', `${noun} ${PHRASES.appliesInYear} ${year}.`));
  const adopted = f('adoptedAt');
  if (adopted && !bodySays(body, adopted)) out.push(text('closing', `${noun} được thông qua tại ${lower(adopted)}.`));
  const from = model.document.effectiveFrom;
  const to = model.document.effectiveTo;
  // "Ngày ký" is said in those words (the import reads them back so), unless the body says it.
  const onSigning = isOnSigning(f('effectiveFrom'));
  const saysOnSigning = onSigning && ON_SIGNING_SAID.test(body());
  if ((from && !onSigning) || (onSigning && !saysOnSigning) || to) {
    const since = onSigning ? (saysOnSigning ? '' : ' kể từ ngày ký') : from ? ` từ ngày ${formatDateVi(from)}` : '';
    const until = to ? ` đến hết ngày ${formatDateVi(to)}` : '';
    out.push(text('closing', `${noun} có hiệu lực${since}${until}.`));
  }
  const supersedes = f('supersedes');
  // A first version ("Không") says so, in words the import reads back as "Không".
  if (foldKey(supersedes) === 'không') out.push(text('closing', `${noun} này ${PHRASES.firstVersion}.`));
  else if (supersedes && !bodySays(body, supersedes))
    out.push(text('closing', `${noun} này thay thế ${lower(supersedes)}.`));
  const cadence = f('reviewCadence');
  const form = f('reviewForm');
  // Said here in full; build.ts leaves it out, or says the form alone, where a clause already says it (review-once.ts).
  const review =
    cadence || form
      ? {
          full: text(
            'closing',
            `${noun} được rà soát${cadence ? ` ${lower(cadence)}` : ''}${form ? `; hình thức rà soát: ${lower(form)}` : ''}.`,
          ),
          formOnly: form ? text('closing', `Hình thức rà soát: ${lower(form)}.`) : null,
        }
      : null;
  if (review) out.push(review.full);
  return { summary, facts: out, review };
}
