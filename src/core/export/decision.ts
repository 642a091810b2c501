// The Quyết định ban hành that issues the regulation (as the seeds have it: "Ban hành kèm theo
// Quyết định số 204/QĐ-MNBM"): its own heading, the bases, Điều 1 issuing the regulation,
// Điều 2 on effect and replacement, Điều 3 on who carries it out, the principal's signature.
import type { RegulationModel } from '../model';
import { clean, foldKey } from '../text';
import { formatDateVi } from '../values';
import { basisParagraphs, documentName, field, headingOf } from '../nd30/heading';
import type { DocumentPart, Paragraph } from '../nd30/document';
import { PHRASES } from '../nd30/phrases';
import { signatureBlocks } from '../nd30/signatures';
import { wordsOf } from '../nd30/wording';

const p = (role: Paragraph['role'], text: string): Paragraph => ({ role, runs: [{ text }] });
const article = (n: number, text: string): Paragraph => ({
  role: 'article',
  runs: [{ text: `Điều ${n}.`, bold: true }, { text: ` ${text}` }],
});

/** "Quyết định số 204/QĐ-MNBM ngày …" → "204/QĐ-MNBM"; without one, dots for the văn thư and the unit's code. */
function decisionNumber(model: RegulationModel): string {
  const named = /số\s*:?\s*(\d[^\s,;]*)/iu.exec(field(model, 'decision'));
  if (named) return named[1];
  const unit = field(model, 'number').split('/')[1]?.split('-')[1];
  return `${PHRASES.blank}/QĐ-${unit ?? ''}`.replace(/-$/, '');
}

export function buildDecision(model: RegulationModel): DocumentPart {
  const named = documentName(model);
  const lowerFirst = wordsOf(model);
  const issuer = field(model, 'issuer');
  const heading = { ...headingOf(model), number: `${PHRASES.numberPrefix}${decisionNumber(model)}` };

  const from = model.document.effectiveFrom;
  const onSigning = !from || from === model.document.issueDate;
  const supersedes = field(model, 'supersedes');
  const replaces = supersedes && foldKey(supersedes) !== 'không' ? ` và thay thế ${lowerFirst(supersedes)}` : '';
  const others = model.parties
    .filter((x) => x.code !== 'NT')
    .map((x) => clean(x.name))
    .filter(Boolean);
  const principal = signatureBlocks({
    ...model,
    signatories: model.signatories.filter((s) => s.partyCode === 'NT'),
  })[0];

  return {
    heading,
    blocks: [
      p('kindName', PHRASES.decisionKind),
      p('title', `Về việc ban hành ${named}`),
      p('authorityLine', `${PHRASES.principal} ${issuer}`.trim().toLocaleUpperCase('vi')),
      ...basisParagraphs(model.legalBases),
      p('decides', PHRASES.decides),
      article(1, `Ban hành kèm theo Quyết định này ${named}.`),
      article(2, `Quyết định có hiệu lực ${onSigning ? 'kể từ ngày ký' : `từ ngày ${formatDateVi(from)}`}${replaces}.`),
      article(
        3,
        `Các bộ phận, cá nhân trong nhà trường${others.length ? `, ${others.join(', ')}` : ''} chịu trách nhiệm thi hành Quyết định này.`,
      ),
    ],
    signatures: [principal ?? { capacity: [], title: PHRASES.principal, name: '' }],
    recipients: ['Như Điều 3', PHRASES.archive],
  };
}
