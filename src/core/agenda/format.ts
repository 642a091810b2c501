// The agenda as plain text short enough for a Zalo group (no markup, one line per task, long
// task names shortened), and as JSON.
import { t, type Lang } from '../i18n';
import { MARKS } from '../tracking-book/contract';
import { formatDateVi } from '../values';
import type { Agenda, AgendaItem, PartyAgenda } from './agenda';

/** A chat line should fit a phone screen: long task names are cut at a word. */
const TASK_CHARS = 90;
function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= TASK_CHARS) return flat;
  const cut = flat.slice(0, TASK_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${(space > 50 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

const symbol = (item: AgendaItem) => MARKS[item.mark].charAt(0);

function line(lang: Lang, item: AgendaItem, late: boolean, party: PartyAgenda): string {
  const support =
    item.role === 'support'
      ? t(lang, 'agenda.supports', { lead: item.lead, party: party.code })
      : item.support.length > 0
        ? t(lang, 'agenda.support', { codes: item.support.join(', ') })
        : '';
  const data = { mark: symbol(item), no: item.no, task: shorten(item.task), support, month: item.monthLabel };
  return t(lang, late ? 'agenda.lineLate' : 'agenda.line', data);
}

export function formatAgendaText(agenda: Agenda, lang: Lang): string {
  const out: string[] = [
    t(lang, 'agenda.heading', {
      month: agenda.month.month,
      year: agenda.month.year,
      school: agenda.school.toLocaleUpperCase('vi'),
    }),
    t(lang, 'agenda.sub', {
      schoolYear: agenda.schoolYear,
      asOf: formatDateVi(agenda.asOf),
      due: formatDateVi(agenda.month.last),
    }),
  ];
  if (agenda.parties.length === 0) out.push('', t(lang, 'agenda.nothing'));
  for (const p of agenda.parties) {
    out.push('', t(lang, p.name ? 'agenda.party' : 'agenda.partyCode', { code: p.code, name: p.name }));
    if (p.late.length > 0) {
      out.push(t(lang, 'agenda.overdue'));
      for (const item of p.late) out.push(line(lang, item, true, p));
    }
    if (p.thisMonth.length > 0) {
      out.push(t(lang, 'agenda.thisMonth'));
      for (const item of p.thisMonth) out.push(line(lang, item, false, p));
    }
  }
  out.push('', t(lang, 'agenda.totals', agenda.totals));
  return out.join('\n');
}

export function formatAgendaJson(agenda: Agenda): string {
  return JSON.stringify(agenda, null, 2);
}
