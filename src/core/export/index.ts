// Export: the regulation workbook as the Word document people sign (Nghị định 30/2020 form).
export { buildWordDocument, type ExportOptions } from './build';
export { headingGaps, unplacedRows, type HeadingGap, type UnplacedRow } from './gaps';
export { checkExportText, type TextProblem } from './text-check';
export { dateInWords, placeAndDate } from '../nd30/phrases';
export {
  isTable,
  plainParagraphs,
  type Block,
  type DocumentPart,
  type Paragraph,
  type Run,
  type SignatureBlock,
  type WordDocument,
} from '../nd30/document';
