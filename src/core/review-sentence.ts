// How often a regulation is reviewed and in what form, as a document says it: the import reads
// Rà soát định kỳ and Hình thức rà soát with this, and the export reads its own document with it
// to say the review once (a clause that already says it, read back the same, needs no closing
// sentence saying it again).
import { CADENCE_PHRASE } from './folded-words';
import { allMatches } from './matches';
import { capitalise, stripEnd } from './text';
import { parseCadence, type Cadence } from './values';

/** A line about reviewing or amending the document ("rà soát", "sửa đổi, bổ sung", "đánh giá việc thực hiện quy chế"). */
const REVIEW = /ra soat|sua doi,? bo sung|danh gia (?:viec )?thuc hien (?:quy che|ke hoach)/;
/** "… được rà soát hằng năm", as a well-formed closing sentence states it. */
const REVIEW_STATED = new RegExp(`duoc ra soat\\s+(${CADENCE_PHRASE.source})`);
/** "hình thức rà soát: …", in the stated sentence or on its own. */
const FORM = /hinh thuc ra soat\s*:\s*/;
/** "… được rà soát hàng năm tại Hội nghị viên chức, người lao động": how it is reviewed (to a comma, but for the conference's full name). */
const AT_MEETING = /(?<![a-z])tai\s+(hoi nghi(?:[^.;,]|,\s*nguoi lao dong)*)/;

export interface ReviewSaid<T> {
  value: T;
  /** The line it was read from, as the caller numbers its lines. */
  line: number;
}

export interface ReviewReading {
  cadence: ReviewSaid<Cadence> | null;
  form: ReviewSaid<string> | null;
}

/**
 * Reads the lines of a document in order (`read` each, its text and its `fold`), and gives what
 * it says of the review: a stated sentence ("được rà soát hằng năm; hình thức rà soát: …") wins
 * over the first review line with a cadence, whose "tại Hội nghị …" is the form when none is stated.
 */
export function reviewReader() {
  let stated: ReviewSaid<Cadence> | null = null;
  let met: ReviewSaid<Cadence> | null = null;
  let form: ReviewSaid<string> | null = null;
  /** The original text of a match's last group, which ends where the match ends (fold keeps offsets). */
  const group = (text: string, m: RegExpExecArray) =>
    capitalise(stripEnd(text.slice(m.index + m[0].length - m[1].length, m.index + m[0].length)));
  return {
    read(text: string, f: string, line: number): void {
      // Each sentence's pattern is searched only in a line holding its words (most lines hold none).
      const says = f.includes('duoc ra soat');
      const s = stated || !says ? null : REVIEW_STATED.exec(f);
      if (s) {
        const c = parseCadence(s[1]).value;
        if (c) stated = { value: c, line };
      }
      // The form said outright, in the stated sentence or alone ("Hình thức rà soát: …"), wins.
      const formed = (s || !says) && f.includes('hinh thuc ra soat') ? FORM.exec(f) : null;
      if (formed) form = { value: capitalise(stripEnd(text.slice(formed.index + formed[0].length))), line };
      if (!met && (f.includes('ra soat') || f.includes('sua doi') || f.includes('danh gia')) && REVIEW.test(f)) {
        const c = allMatches(f, CADENCE_PHRASE)
          .map((m) => parseCadence(m[0]).value)
          .find(Boolean);
        if (c) met = { value: c, line };
        const at = c && !form ? AT_MEETING.exec(f) : null;
        if (at) form = { value: group(text, at), line };
      }
    },
    get reading(): ReviewReading {
      return { cadence: stated ?? met, form };
    },
  };
}
