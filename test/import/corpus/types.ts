// A test document of the import corpus: text written for these tests (fictional schools and
// people) reproducing what real school postings do, with the fields a reader expects, by hand.

export interface CorpusExpected {
  kind: 'quy_che' | 'ke_hoach' | null;
  number: string | null;
  /** ISO date of issue, or null when the document leaves it blank. */
  date: string | null;
  schoolYear: string | null;
  school: string | null;
  /** Standard codes, and OTHER:name for a body outside the standard list. */
  parties: string[];
  /** Names of the people who sign. */
  signatories: string[];
  /** Instruments cited under Căn cứ (see the README's counting rule). */
  legalBases: number;
  supersedes: boolean;
  /** Nơi nhận lines without bullet and final punctuation. */
  recipients: string[];
  /**
   * Hand-marked time of the tasks: clause id → the Chu kỳ, or "T11" style months (Thời điểm),
   * or '' for a task whose clause states no time.
   */
  times?: Record<string, string>;
}

export interface CorpusDoc {
  id: string;
  /** What the document reproduces. */
  phenomena: string[];
  text: string;
  expected: CorpusExpected;
}
