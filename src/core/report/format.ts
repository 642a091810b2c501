// The report's figures on the terminal (for the clerk, before the Word file) and as JSON.
import { t, type Lang } from '../i18n';
import { monthLabel } from '../tracking-book/contract';
import { formatDateVi } from '../values';
import { reportJson, type ExecutionReport, type Figures } from './report';

const rate = (r: number | null) => (r === null ? '—' : `${Math.round(r * 1000) / 10} %`);
const figures = (f: Figures) => ({
  due: f.due,
  done: f.done,
  missed: f.missed,
  overdue: f.overdue,
  rate: rate(f.rate),
});

export function formatReportText(r: ExecutionReport, lang: Lang): string {
  const lines = [
    t(lang, 'report.heading', { title: t(lang, `report.title.${r.period}`), school: r.school || '—' }),
    t(lang, 'report.sub', {
      schoolYear: r.schoolYear,
      months: r.months.map(monthLabel).join(', '),
      asOf: formatDateVi(r.asOf),
    }),
    '',
    ...r.parties.map((p) => t(lang, 'report.party', { code: p.code, name: p.name, ...figures(p) })),
    t(lang, 'report.total', figures(r.total)),
    '',
  ];
  if (r.undone.length === 0) lines.push(t(lang, 'report.noUndone'));
  else {
    lines.push(t(lang, 'report.undone', { count: r.undone.length }));
    for (const task of r.undone)
      lines.push(
        t(lang, 'report.undoneLine', {
          no: task.no,
          task: task.task.replace(/\s+/g, ' ').trim(),
          lead: task.lead || '—',
          months: task.months.map((m) => `${m.label} ${t(lang, `report.state.${m.state}`)}`).join(', '),
        }),
      );
  }
  return lines.join('\n');
}

export const formatReportJson = (r: ExecutionReport) => JSON.stringify(reportJson(r), null, 2);
