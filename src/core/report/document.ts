// ExecutionReport → the Word document (the export's neutral description, src/core/export), in the
// thể thức of Nghị định 30/2020 as the exported regulation: the two-column heading, "BÁO CÁO" and
// its trích yếu, the figures in tables, the parts the school writes clearly marked, the signature
// blocks of the signing parties and Nơi nhận with the managing office.
import type { Block, DocumentPart, Paragraph, Run, SignatureBlock, WordDocument } from '../nd30/document';
import { PHRASES, dateInWords, placeAndDate } from '../nd30/phrases';
import { recipientLines, signatureBlocks } from '../nd30/signatures';
import type { RegulationModel } from '../model';
import { clean } from '../text';
import { formatDateVi } from '../values';
import { isVietnameseSyllable } from '../vietnamese/syllable';
import { inSentence } from '../vietnamese/case';
import { vocabularyOf } from '../nd30/wording';
import { monthLabel } from '../tracking-book/contract';
import type { ExecutionReport, Figures } from './report';
import { REPORT_PHRASES as P } from './phrases';

const para = (role: Paragraph['role'], text: string | Run[]): Paragraph => ({
  role,
  runs: typeof text === 'string' ? [{ text }] : text,
});
/** Where the school must write: bold italic in brackets. */
const toWrite = (what: string) => para('clause', [{ text: P.write(what), bold: true, italic: true }]);

// Words of a name typed in capitals that stay lower case inside it ("Trường Mầm non Hoa Mai").
const LOWER_AFTER_FIRST = new Set(['non', 'học', 'cơ', 'sở', 'phổ', 'thông', 'xã', 'phường', 'thị', 'trấn']);

/** A name typed in capitals as it reads inside a sentence; one with small letters is kept as typed. */
export function nameInSentence(name: string): string {
  const text = clean(name);
  if (!text || text !== text.toLocaleUpperCase('vi') || !/\p{Lu}/u.test(text)) return text;
  return text
    .split(' ')
    .map((word, i) => {
      const lower = word.toLocaleLowerCase('vi');
      // An abbreviation (UBND, GD&ĐT, THCS) is no syllable: it keeps its capitals.
      if (!isVietnameseSyllable(lower.replace(/[^\p{L}]/gu, ''))) return word;
      if (i > 0 && LOWER_AFTER_FIRST.has(lower)) return lower;
      return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
    })
    .join(' ');
}

const percent = (rate: number | null) =>
  rate === null ? '—' : `${(Math.round(rate * 1000) / 10).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} %`;

const row = (no: string, name: string, tasks: number | string, f: Figures) => [
  no,
  name,
  String(tasks),
  String(f.due),
  String(f.done),
  String(f.missed),
  String(f.overdue),
  percent(f.rate),
];

/** "15/QCPH-MNHM-CĐ" → "Số: ……/BC-MNHM": the school's own code after the type code, when there is one. */
export function reportNumber(sourceNumber: string): string {
  const unit = /^[^/]*\/\s*[\p{Lu}]+-([\p{Lu}\d]+)/u.exec(clean(sourceNumber))?.[1];
  return `${PHRASES.numberPrefix}${PHRASES.blank}/${P.numberCode}${unit ? `-${unit}` : ''}`;
}

/** Without the regulation: a block for each signing party named in Tổng hợp, the school's head first. */
function plainSignatures(r: ExecutionReport): SignatureBlock[] {
  const signing = r.parties.filter((p) => p.code === 'NT' || p.name);
  return signing.map((p) =>
    p.code === 'NT'
      ? { capacity: [], title: PHRASES.principal, name: '' }
      : { capacity: [`${PHRASES.represent} ${p.name || p.code}`], title: '', name: '' },
  );
}

export function buildReportDocument(r: ExecutionReport, regulation?: RegulationModel): WordDocument {
  const words = regulation ? (s: string) => inSentence(s, vocabularyOf(regulation)) : nameInSentence;
  const school = words(r.school);
  const office = words(r.managingAuthority);
  const kind = r.kind.toLocaleLowerCase('vi');
  const period = P.periodName(r.period);
  const asOf = dateInWords(r.asOf);
  const place = clean(regulation?.document.fields.place?.raw);

  const blocks: Block[] = [
    para('kindName', P.kindName),
    para('title', P.title(r.period, kind, r.schoolYear)),
    para('enacting', P.opening(kind, r.sourceNumber, r.schoolYear, school, period, asOf)),
    para('section', P.results),
    para('section', P.figuresHeading),
    para(
      'clause',
      P.figuresSentence(
        `${period} (${r.months.map(monthLabel).join(', ')})`,
        asOf,
        r.total.due,
        r.total.done,
        percent(r.total.rate),
        r.total.missed,
        r.total.overdue,
      ),
    ),
    {
      role: 'figures',
      header: [...P.figuresHeader],
      widths: [5, 30, 10, 9, 9, 9, 9, 10],
      rows: [
        ...r.parties.map((p, i) => row(String(i + 1), p.name || p.code, p.tasks, p)),
        row(
          '',
          P.total,
          r.parties.reduce((n, p) => n + p.tasks, 0),
          r.total,
        ),
      ],
    },
    para('clause', [{ text: P.figuresNote, italic: true }]),
    para('section', P.undoneHeading),
  ];
  if (r.undone.length === 0) blocks.push(para('clause', P.undoneNone));
  else
    blocks.push({
      role: 'figures',
      header: [...P.undoneHeader],
      widths: [5, 55, 12, 28],
      rows: r.undone.map((t, i) => [
        String(i + 1),
        t.task,
        t.lead,
        t.months.map((m) => P.lateMonth(m.label, m.state)).join(', '),
      ]),
    });

  blocks.push(para('section', P.disseminationHeading));
  if (!r.dissemination) blocks.push(para('clause', P.notInTracking), toWrite(P.writeDissemination));
  else if (!r.dissemination.recorded) blocks.push(para('clause', P.disseminationNone), toWrite(P.writeDissemination));
  else {
    const due = formatDateVi(r.dissemination.due);
    for (const d of r.dissemination.parties)
      blocks.push(para('clause', `- ${P.disseminationState(d.name || d.code, d.state, d.recordedOn, due)}`));
  }

  blocks.push(para('section', P.reviewHeading));
  if (!r.review) blocks.push(para('clause', P.notInTracking), toWrite(P.writeReview));
  else
    blocks.push(para('clause', P.review(r.review.cadence, formatDateVi(r.review.due), r.review.state, r.review.form)));

  blocks.push(para('section', P.highlightsHeading));
  const complete = r.parties.filter((p) => p.due > 0 && p.done === p.due).map((p) => p.name || p.code);
  if (complete.length > 0) blocks.push(para('clause', P.allDone(complete.join(', '))));
  blocks.push(toWrite(P.writeHighlights));

  blocks.push(para('section', P.shortcomings));
  const lateCount = r.total.missed + r.total.overdue;
  blocks.push(para('clause', P.shortcomingsData(lateCount)));
  blocks.push(toWrite(P.writeShortcomings));

  blocks.push(para('section', P.direction(r.period)));
  if (r.period === 'hk1') {
    blocks.push(para('clause', r.next.length > 0 ? P.nextData : P.nextNone));
    for (const t of r.next)
      blocks.push(para('clause', P.taskLine(t.task, t.lead, t.months.map(monthLabel).join(', '))));
  } else blocks.push(para('clause', P.yearNext));
  blocks.push(toWrite(P.writeDirection));
  blocks.push(para('closing', P.closing(r.period, school, office)));

  const recipients = [
    ...(r.managingAuthority ? [{ recipient: office, purpose: P.report }] : []),
    ...r.parties.filter((p) => p.code !== 'NT' && p.name).map((p) => ({ recipient: p.name, purpose: P.cooperate })),
    { recipient: PHRASES.archive, purpose: '' },
  ];
  const part: DocumentPart = {
    heading: {
      authority: r.managingAuthority.toLocaleUpperCase('vi'),
      issuer: r.school.toLocaleUpperCase('vi') || PHRASES.blank,
      number: reportNumber(r.sourceNumber),
      placeDate: placeAndDate(place || PHRASES.blank, r.asOf),
    },
    blocks,
    signatures: regulation ? signatureBlocks(regulation) : plainSignatures(r),
    recipients: recipientLines(recipients),
  };
  return { title: P.title(r.period, kind, r.schoolYear), subject: r.sourceNumber, parts: [part] };
}
