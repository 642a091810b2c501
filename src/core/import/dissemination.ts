// A regulation seldom records that it was made known, but when a line says so with a date
// ("Quy chế đã được phổ biến tới toàn thể CB, GV, NV tại hội nghị ngày 10/10/2025") it becomes a
// Phổ biến row: the party that speaks (the school when the line names none before the verb),
// the date, how, and to whom. A line without a date is no record and is left alone.
import { findDate } from './bases';
import type { ParseState } from './state';
import type { ExtractedDissemination } from './types';
import { findMentions } from './vocab';

const VERB = /(?<![a-z])(?:da|duoc)\s+(?:to chuc\s+)?(?:pho bien|quan triet)(?![a-z])/;
const METHODS: Array<[RegExp, string]> = [
  [/(?<![a-z])hoi nghi(?![a-z])/, 'Hội nghị'],
  [/(?<![a-z])zalo(?![a-z])/, 'Zalo'],
  [/(?<![a-z])(?:e-?mail|thu dien tu)(?![a-z])/, 'Email'],
  [/(?<![a-z])bang tin(?![a-z])/, 'Bảng tin'],
  [/(?<![a-z])(?:website|trang thong tin|cong thong tin)(?![a-z])/, 'Trang thông tin điện tử'],
];
// "… tới toàn thể cán bộ, giáo viên, nhân viên tại …": the audience runs to the next "how" or "when".
const AUDIENCE = /(?<![a-z])(?:toi|den)\s+(.+?)(?=\s+(?:tai|qua|bang|vao|trong|ngay)(?![a-z])|[.;]|$)/;

export function readDisseminations(st: ParseState, codes: Set<string>): ExtractedDissemination[] {
  const out: ExtractedDissemination[] = [];
  for (const v of st.lines) {
    if (!v.text) continue;
    // Folding keeps the length, so positions in the folded line are positions in the text.
    const f = st.folded(v.idx);
    const verb = VERB.exec(f);
    if (!verb) continue;
    const date = findDate(v.text, verb.index);
    if (!date?.iso) continue;
    const subject = findMentions(v.text).find((m) => m.start < verb.index && codes.has(m.code));
    const audience = AUDIENCE.exec(f.slice(verb.index));
    const start = audience ? verb.index + audience.index + audience[0].length - audience[1].length : -1;
    out.push({
      party: subject?.code ?? 'NT',
      date: date.iso,
      method: METHODS.find(([re]) => re.test(f))?.[1] ?? '',
      audience: audience ? v.text.slice(start, start + audience[1].length).trim() : '',
      line: v.no,
      text: v.text,
    });
  }
  return out;
}
