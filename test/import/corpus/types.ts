// A test document of the import corpus: text written for these tests (fictional schools and
// people) reproducing what real school postings do, with the fields a reader expects, by hand.

import type { ExpectedFields } from '../score';

/** The headline fields a reader expects (see score.ts), and the tasks' times. */
export interface CorpusExpected extends ExpectedFields {
  kind: 'quy_che' | 'ke_hoach' | null;
  /**
   * Hand-marked time of the tasks: clause id → the Chu kỳ, or "T11" style months (Thời điểm),
   * or '' for a task whose clause states no time.
   */
  times?: Record<string, string>;
  /** Hand-marked lead of the tasks: clause id → the party code that leads it (Chủ trì). */
  leads?: Record<string, string>;
  /** Hand-marked Chương/Mục column: clause id → the parts it sits under, outermost first. */
  parts?: Record<string, string>;
}

export interface CorpusDoc {
  id: string;
  /** What the document reproduces. */
  phenomena: string[];
  text: string;
  /** Lines of web chrome (as written, or their start): never a clause, a task or a field. */
  chrome?: string[];
  expected: CorpusExpected;
}
