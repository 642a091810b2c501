// The document's heading and its Căn cứ, shared by the regulation and the Quyết định that issues
// it (decision.ts): kept apart from build.ts so that neither imports the other.
import type { LegalBasis, RegulationModel } from '../model';
import type { DocumentFieldKey } from '../layout';
import { clean, foldKey } from '../text';
import { formatDateVi } from '../values';
import type { Heading, Paragraph } from './document';
import { PHRASES, placeAndDate } from './phrases';
import { vocabularyOf } from './wording';
import { inSentence } from '../vietnamese/case';

export const field = (model: RegulationModel, key: DocumentFieldKey) => clean(model.document.fields[key]?.raw);

export const para = (role: Paragraph['role'], text: string, extra: Partial<Paragraph> = {}): Paragraph => ({
  role,
  runs: [{ text }],
  ...extra,
});

/** "Quy chế phối hợp" → "QUY CHẾ"; another kind is written in capitals as it is. */
export function kindName(kind: string): string {
  return (
    PHRASES.kindNames[foldKey(kind)] ?? (kind ? kind.toLocaleUpperCase('vi') : PHRASES.kindNames['quy chế phối hợp'])
  );
}

/** The kind as a noun inside a sentence: "Quy chế", "Kế hoạch". */
export function kindNoun(kind: string): string {
  const name = kindName(kind).split(' ').slice(0, 2).join(' ').toLocaleLowerCase('vi');
  return name.charAt(0).toLocaleUpperCase('vi') + name.slice(1);
}

/**
 * Tên loại and trích yếu. The Decree writes "QUY CHẾ" over the trích yếu; a workbook title that
 * starts with the kind's words and "giữa" ("Quy chế phối hợp giữa …") is laid out the way many
 * schools write it, "QUY CHẾ PHỐI HỢP" over "giữa …", so that the title reads back whole.
 */
export function kindAndTitle(kind: string, title: string): { kindLine: string; titleLine: string } {
  const noun = kindNoun(kind);
  const nounPattern = escapeRegExp(noun).replace(/^Quy/i, 'Qu[yi]');
  const m = new RegExp(`^(${nounPattern}(?:\\s+(?:phối hợp|liên tịch))?)\\s+(giữa\\s.+)$`, 'iu').exec(title);
  if (m && kindKey(m[1]) !== kindKey(noun)) return { kindLine: m[1], titleLine: m[2] };
  // A trích yếu that starts with the kind in the old spelling ("QUI CHẾ LÀM VIỆC …") is the
  // school's own kind line: printed whole and once, it reads back as the workbook has it.
  const own = new RegExp(`^${nounPattern}\\s`, 'iu').exec(title);
  if (own && foldKey(own[0]) !== foldKey(noun + ' ')) return { kindLine: title, titleLine: '' };
  return { kindLine: kindName(kind), titleLine: titleUnderKind(kind, title) };
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The kind's words compared, "qui" (an old spelling, "QUI CHẾ") as "quy". */
const kindKey = (s: string) => foldKey(s).replace(/(^|\s)qui(?=\s|$)/gu, '$1quy');

/** The trích yếu without the kind's own words ("Quy chế phối hợp với …" → "Phối hợp với …"). */
export function titleUnderKind(kind: string, title: string): string {
  const noun = kindNoun(kind);
  const f = kindKey(title);
  const n = kindKey(noun);
  if (!f.startsWith(n + ' ') || title.length <= noun.length + 1) return title;
  const rest = title.slice(noun.length).trim();
  return rest.charAt(0).toLocaleUpperCase('vi') + rest.slice(1);
}

/** The document named inside a sentence: "Quy chế phối hợp giữa Chính quyền và Chi đoàn …". */
export function documentName(model: RegulationModel): string {
  const kind = field(model, 'kind');
  const rest = titleUnderKind(kind, field(model, 'title'));
  return `${kindNoun(kind)} ${inSentence(rest, vocabularyOf(model))}`.trim();
}

/**
 * The heading's components. One the workbook leaves empty is printed as dots, as drafts do, so the
 * clerk sees where to write (the command line names its cell): never a blank corner or a date
 * line without its place. A draft without its date has the date's blanks.
 */
export function headingOf(model: RegulationModel): Heading {
  const blank = PHRASES.blank;
  const number = field(model, 'number') || blank;
  const place = field(model, 'place') || blank;
  return {
    authority: field(model, 'managingAuthority').toLocaleUpperCase('vi'),
    issuer: field(model, 'issuer').toLocaleUpperCase('vi') || blank,
    number: `${PHRASES.numberPrefix}${number}`,
    placeDate: model.document.issueDate
      ? placeAndDate(place, model.document.issueDate)
      : `${place}, ${PHRASES.blankDate}`,
  };
}

// A date written out in a basis's name ("Luật … ngày 19 tháng 6 năm 2015", "… ngày 19/6/2015").
const DATE_IN_TEXT = /\bngày\s+\d{1,2}(?:\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})/iu;

/**
 * One Căn cứ: type, number, date, issuer and trích yếu, in the order the Decree cites them, each
 * once: a name that already gives the date or ends with its issuer ("Kế hoạch năm học … của nhà
 * trường") is not followed by them again, so the basis reads back as it was cited.
 */
export function basisText(b: LegalBasis): string {
  const type = clean(b.type);
  const summary = clean(b.summary);
  // "Luật Công đoàn số 50/2024/QH15 …" names first when the summary is the instrument's name; with
  // no type, a number and a summary that is no name ("quan hệ công tác …"), the number comes first.
  const nameFirst =
    !!summary && (type ? foldKey(summary).startsWith(foldKey(type)) : !(b.number && /^\p{Ll}/u.test(summary)));
  const named = nameFirst ? summary : type;
  const date = b.date ? formatDateVi(b.date) : clean(b.dateRaw);
  const issuer = clean(b.issuer);
  const saysDate = nameFirst && DATE_IN_TEXT.test(summary);
  const saysIssuer = nameFirst && !!issuer && foldKey(summary).endsWith(`của ${foldKey(issuer)}`);
  return [
    `${PHRASES.basisLead}${named ? ` ${named}` : ''}`,
    b.number ? `số ${clean(b.number)}` : '',
    date && !saysDate ? `ngày ${date.replace(/^ngày\s+/iu, '')}` : '',
    issuer && !saysIssuer ? `của ${issuer}` : '',
    !nameFirst && summary ? `về ${summary}` : '',
  ]
    .filter(Boolean)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Each basis its own paragraph, ending in ";" and the last in ".". */
export function basisParagraphs(bases: LegalBasis[], lastMark = '.'): Paragraph[] {
  const texts = bases.map(basisText).filter((s) => s !== PHRASES.basisLead);
  return texts.map((s, i) => para('basis', `${s.replace(/[;.,]+$/, '')}${i === texts.length - 1 ? lastMark : ';'}`));
}
