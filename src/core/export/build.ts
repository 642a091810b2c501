// RegulationModel → WordDocument: the regulation (or plan) in the thể thức of Nghị định 30/2020,
// Phụ lục I, with the issuing decision in front when asked. Every value comes from the workbook
// as written; nothing is reordered or made up (a repeated "Điều 4" is written twice: the rules
// report it, the export does not hide it).
import type { RegulationModel } from '../model';
import { clean } from '../text';
import { assignmentAppendix } from './appendix';
import { bodyBlocks, closingParagraphs, type ReviewSentences } from './body';
import { buildDecision } from './decision';
import { sayReviewOnce } from './review-once';
import type { Block, DocumentPart, WordDocument } from '../nd30/document';
import {
  basisParagraphs,
  documentName,
  field,
  headingOf,
  kindAndTitle,
  kindName,
  kindNoun,
  para,
} from '../nd30/heading';
import { PHRASES } from '../nd30/phrases';
import { recipientLines, signatureBlocks } from '../nd30/signatures';
import { wordsOf } from '../nd30/wording';

export interface ExportOptions {
  /** Put the Quyết định ban hành in front of the regulation. */
  withDecision?: boolean;
}

/** "A, B và C": the parties that sign, named as the workbook names them. */
function partyList(model: RegulationModel): string {
  const names = model.parties
    .filter((p) => p.signs)
    .map((p) => clean(p.name))
    .filter(Boolean);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} và ${names[names.length - 1]}`;
}

function regulationPart(
  model: RegulationModel,
  withDecision: boolean,
): { part: DocumentPart; body: Block[]; review: ReviewSentences | null } {
  const kind = field(model, 'kind');
  const title = field(model, 'title');
  const decision = field(model, 'decision');
  const { kindLine, titleLine } = kindAndTitle(kind, title);
  const blocks: Block[] = [para('kindName', kindLine)];
  if (titleLine) blocks.push(para('title', titleLine));
  if (decision) blocks.push(para('issuedWith', `(Ban hành kèm theo ${wordsOf(model)(decision)})`));
  // With the decision in front, the bases are the decision's; the regulation starts at its body.
  if (!withDecision) {
    blocks.push(...basisParagraphs(model.legalBases));
  }
  // The parties, named as the workbook names them; issued by a decision, they carry it out together.
  const parties = partyList(model);
  if (parties && model.parties.filter((p) => p.signs).length > 1)
    blocks.push(
      para(
        'enacting',
        `${parties} ${withDecision ? PHRASES.agreedToCarryOut : PHRASES.agreed} ${kindNoun(kind).toLocaleLowerCase('vi')} ${PHRASES.asFollows}`,
      ),
    );
  // The parties that take part without signing are named nowhere else (no signature, maybe no
  // task): one line names them as the workbook does, so the document says who they are.
  const partners = model.parties.filter((p) => !p.signs).map((p) => clean(p.name) || p.code);
  if (partners.length) blocks.push(para('enacting', `${PHRASES.partners} ${partners.join('; ')}.`));
  const body = bodyBlocks(model.clauses);
  blocks.push(...body);
  const closing = closingParagraphs(model, kindNoun(kind), documentName(model));
  blocks.push(closing.summary);
  blocks.push(...closing.facts);
  const part = {
    heading: headingOf(model),
    blocks,
    signatures: signatureBlocks(model),
    recipients: recipientLines(model.recipients.map((r) => ({ recipient: r.recipient, purpose: r.purpose }))),
    // Who does what and when, for a regulation as for a plan: the appendix after the signatures.
    appendix: assignmentAppendix(model, kindNoun(kind)),
  };
  return { part, body, review: closing.review };
}

export function buildWordDocument(model: RegulationModel, options: ExportOptions = {}): WordDocument {
  const kind = field(model, 'kind');
  const title = field(model, 'title') || kindName(kind);
  const parts: DocumentPart[] = [];
  if (options.withDecision) parts.push(buildDecision(model));
  const regulation = regulationPart(model, !!options.withDecision);
  parts.push(regulation.part);
  const doc = { title, subject: field(model, 'number'), parts };
  if (regulation.review)
    sayReviewOnce(doc, regulation.review, new Set(regulation.body), {
      cadence: field(model, 'reviewCadence'),
      form: field(model, 'reviewForm'),
    });
  return doc;
}
