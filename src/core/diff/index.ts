// diff: what changed between two regulation workbooks (DESIGN §11), for the clerk, as JSON, and as
// the rows of the bảng so sánh.
export { compareRegulations, type CompareSources } from './compare';
export { changeSummary, formatComparisonJson, formatComparisonText, markedWords } from './format';
export { BLOCK_TITLES, COMPARISON_WORDS, comparisonNote, comparisonRows, type ComparisonRow } from './rows';
export { sideOf, wordChanges } from './words';
export {
  DIFF_BLOCKS,
  type Change,
  type ChangeKind,
  type Comparison,
  type ComparisonNote,
  type DiffBlock,
  type WordPiece,
} from './types';
