// The report as one self-contained HTML page: inline CSS, inline SVG charts, no script, no
// external font or image, and a Content-Security-Policy that forbids fetching anything, so it
// opens offline and in a mail attachment. Vietnamese first (the page language follows --lang).
import { t, type Lang, type MessageKey } from '../i18n';
import { formatDateVi } from '../values';
import { visibleControls } from '../safe-text';
import {
  DETAIL_COLUMNS,
  numberedDetails,
  PARTY_COLUMNS,
  SUMMARY_COLUMNS,
  type Column,
  type ColumnValue,
} from './columns';
import type { BatchReport, ReportRow } from './report';
import { numberedRoster, ROSTER_COLUMNS, type RosterReport } from './roster';
import { completionRate, yearRate, type Progress } from './types';

export interface HtmlOptions {
  lang: Lang;
  version: string;
  /** The office's roster matched against the folder (batch --roster). */
  roster?: RosterReport;
  /** Chi tiết lines shown in the page (the .xlsx has them all). Default 5000. */
  maxDetails?: number;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => visibleControls(s).replace(/[&<>"']/g, (c) => ESCAPES[c]);

export function formatPercent(lang: Lang, ratio: number | null): string {
  if (ratio === null) return '—';
  return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(ratio);
}

function cellText<T>(col: Column<T>, row: T, lang: Lang): string {
  const v: ColumnValue = col.value(row, lang);
  if (v === null || v === '') return '';
  if (col.kind === 'percent') return formatPercent(lang, v as number);
  if (col.kind === 'date') return /^\d{4}-\d{2}-\d{2}$/.test(String(v)) ? formatDateVi(String(v)) : String(v);
  return String(v);
}

/** `fixed`: how many leading columns stay in view while the table scrolls sideways. */
function table<T>(
  columns: Column<T>[],
  rows: T[],
  lang: Lang,
  rowClass: (r: T) => string = () => '',
  fixed = 1,
): string {
  const cls = (c: Column<T>, i: number) => `k-${c.kind} c-${c.id}${i < fixed ? ` fix fix${i}` : ''}`;
  const head = columns
    .map((c, i) => `<th scope="col" class="${cls(c, i)}">${escapeHtml(t(lang, c.header))}</th>`)
    .join('');
  const body = rows
    .map((r) => {
      const rc = rowClass(r);
      const cells = columns.map((c, i) => `<td class="${cls(c, i)}">${escapeHtml(cellText(c, r, lang))}</td>`).join('');
      return `<tr${rc ? ` class="${rc}"` : ''}>${cells}</tr>`;
    })
    .join('\n');
  return `<div class="scroll" tabindex="0"><table class="fixed${fixed}"><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
}

interface Bar {
  label: string;
  progress: Progress;
}

const COLOURS = { done: '#2e7d32', missed: '#c62828', overdue: '#ef6c00', rest: '#e0e0e0' };

/** Horizontal stacked bars: done / not done / overdue as parts of what was due, one per item. */
export function barChart(bars: Bar[], lang: Lang, title: string): string {
  const labelWidth = 330;
  const barWidth = 340;
  const rateWidth = 64;
  const rowHeight = 26;
  const top = 8;
  const width = labelWidth + barWidth + rateWidth + 16;
  const height = top + bars.length * rowHeight + 8;
  const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 39)}…` : s);
  const rows = bars.map((b, i) => {
    const y = top + i * rowHeight;
    const p = b.progress;
    const rate = completionRate(p);
    const scale = (n: number) => (p.due > 0 ? (n / p.due) * barWidth : 0);
    let x = labelWidth;
    const parts: string[] = [
      `<rect x="${labelWidth}" y="${y + 4}" width="${barWidth}" height="16" fill="${COLOURS.rest}"/>`,
    ];
    for (const k of ['done', 'missed', 'overdue'] as const) {
      const w = scale(p[k]);
      if (w > 0)
        parts.push(`<rect x="${x.toFixed(1)}" y="${y + 4}" width="${w.toFixed(1)}" height="16" fill="${COLOURS[k]}"/>`);
      x += w;
    }
    const tip = t(lang, 'batch.html.barLabel', {
      label: b.label,
      rate: formatPercent(lang, rate),
      done: p.done,
      due: p.due,
    });
    return (
      `<g><title>${escapeHtml(tip)}</title>` +
      `<text x="${labelWidth - 8}" y="${y + 17}" text-anchor="end" class="lbl">${escapeHtml(clip(b.label))}</text>` +
      parts.join('') +
      `<text x="${labelWidth + barWidth + 8}" y="${y + 17}" class="val">${escapeHtml(formatPercent(lang, rate))}</text></g>`
    );
  });
  return (
    `<figure><figcaption>${escapeHtml(title)}</figcaption>` +
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">` +
    rows.join('') +
    `</svg></figure>`
  );
}

function legend(lang: Lang): string {
  const item = (colour: string, key: MessageKey) =>
    `<span class="sw" style="background:${colour}"></span>${escapeHtml(t(lang, key))}`;
  return `<p class="legend">${item(COLOURS.done, 'batch.col.done')} ${item(COLOURS.missed, 'batch.col.missed')} ${item(COLOURS.overdue, 'batch.col.overdue')} <span class="muted">— ${escapeHtml(t(lang, 'batch.html.legend'))}</span></p>`;
}

function rowClass(r: ReportRow): string {
  const cls: string[] = [];
  if (r.kind === 'unreadable' || r.counts.error > 0) cls.push('err');
  else if (r.counts.warning > 0) cls.push('warn');
  if (r.kind === 'other') cls.push('muted');
  return cls.join(' ');
}

const STYLE = `
:root{--fg:#1b1b1b;--muted:#666;--line:#d9dee5;--head:#1f4e79;--err:#fdecea;--warn:#fff4e5}
*{box-sizing:border-box}
body{margin:0;padding:24px 28px;font:14px/1.45 "Segoe UI",Roboto,"Noto Sans","DejaVu Sans",Arial,sans-serif;color:var(--fg);background:#fff}
h1{font-size:20px;margin:0 0 4px;color:var(--head)}
h2{font-size:16px;margin:28px 0 8px;color:var(--head)}
.sub{color:var(--muted);margin:0 0 16px}
.cards{display:flex;flex-wrap:wrap;gap:10px;margin:12px 0 8px}
.card{border:1px solid var(--line);border-radius:6px;padding:8px 14px;min-width:120px}
.card b{display:block;font-size:22px}
.card.bad b{color:#c62828}
.charts{display:flex;flex-wrap:wrap;gap:24px}
figure{margin:0;min-width:0;max-width:100%}
figure svg{max-width:100%;height:auto}
figcaption{font-weight:600;margin:8px 0}
svg .lbl{font-size:12px;fill:#333}
svg .val{font-size:12px;font-weight:600;fill:#333}
.legend{color:var(--muted);font-size:12px}
.sw{display:inline-block;width:10px;height:10px;margin:0 4px 0 8px;vertical-align:baseline}
.scroll{overflow-x:auto;max-width:100%;border:1px solid var(--line)}
table{border-collapse:separate;border-spacing:0;font-size:12.5px;width:100%}
th{background:var(--head);color:#fff;text-align:left;padding:5px 6px;vertical-align:bottom;min-width:5.5em;position:sticky;top:0}
th.k-percent{min-width:8em}
td{border-bottom:1px solid var(--line);padding:4px 6px;vertical-align:top;white-space:nowrap;background:#fff}
.c-school,.c-path,.c-linked,.c-name,.c-managingAuthority{white-space:normal;overflow-wrap:anywhere;min-width:10em;max-width:18em}
.c-note,.c-message{white-space:normal;overflow-wrap:anywhere;min-width:22em;max-width:40em}
.fix{position:sticky;z-index:1}
th.fix{z-index:2}
.fix0{left:0}
.fixed2 .fix0{width:3.2em;min-width:3.2em;max-width:3.2em}
.fixed2 .fix1{left:3.2em;box-shadow:2px 0 0 var(--line)}
.fixed1 .fix0{box-shadow:2px 0 0 var(--line)}
td.k-number,td.k-percent,th.k-number,th.k-percent{text-align:right}
tr.err td{background:var(--err)}
tr.warn td{background:var(--warn)}
tr.muted td{color:var(--muted)}
.muted{color:var(--muted)}
footer{margin-top:28px;color:var(--muted);font-size:12px}
h1,.sub{overflow-wrap:anywhere}
@media (max-width:600px){body{padding:14px 12px}.c-school,.c-path,.c-linked,.c-name,.c-managingAuthority{min-width:7em;max-width:9em}.c-note,.c-message{min-width:15em}}
@media print{body{padding:0}.scroll{overflow:visible;border:0}th,.fix{position:static}}
`;

/** Chưa nộp and Không có trong danh sách first (what the office acts on), then the whole roster. */
function rosterSection(roster: RosterReport, lang: Lang): string {
  const tt = (key: MessageKey, data?: Record<string, unknown>) => escapeHtml(t(lang, key, data));
  const missing = roster.schools.filter((s) => s.status === 'missing');
  const list = (items: string[], none: MessageKey) =>
    items.length === 0
      ? `<p class="muted">${tt(none)}</p>`
      : `<ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
  return `<section class="roster"><h2>${tt('batch.html.roster')}</h2>
<p class="sub">${tt('batch.console.roster', roster.totals)}</p>
<h3>${tt('batch.html.missing')} (${missing.length})</h3>
${list(
  missing.map((s) => [s.code, s.name, s.commune].filter(Boolean).join(' — ')),
  'batch.html.noneMissing',
)}
<h3>${tt('batch.html.notOnRoster')} (${roster.notOnRoster.length})</h3>
${list(
  roster.notOnRoster.map((r) => `${r.school} — ${r.path}`),
  'batch.html.noneUnknown',
)}
${table(ROSTER_COLUMNS, numberedRoster(roster), lang, (r) => (r.status === 'missing' ? 'err' : r.status === 'ambiguous' ? 'warn' : ''))}
</section>`;
}

export function renderBatchHtml(report: BatchReport, options: HtmlOptions): string {
  const { lang } = options;
  const tt = (key: MessageKey, data?: Record<string, unknown>) => escapeHtml(t(lang, key, data));
  const T = report.totals;
  const card = (key: MessageKey, value: string | number, bad = false) =>
    `<div class="card${bad ? ' bad' : ''}"><span>${tt(key)}</span><b>${escapeHtml(String(value))}</b></div>`;
  // Lowest completion first: the schools that need a call are at the top.
  const schoolBars: Bar[] = report.rows
    .filter((r) => r.kind === 'tracking' && r.progress && !r.duplicateOf)
    .map((r) => ({
      label: [r.school || r.path, r.schoolYear].filter(Boolean).join(' · '),
      progress: r.progress!,
      rate: r.rate ?? -1,
    }))
    .sort((a, b) => a.rate - b.rate || a.label.localeCompare(b.label, 'vi'));
  const partyBars: Bar[] = report.parties
    .filter((p) => p.ledTasks > 0)
    .map((p) => ({ label: p.name ? `${p.code} — ${p.name}` : p.code, progress: p.led }));
  const charts =
    schoolBars.length === 0
      ? `<p class="muted">${tt('batch.html.noTracking')}</p>`
      : `<div class="charts">${barChart(schoolBars, lang, t(lang, 'batch.html.chartSchools'))}${barChart(partyBars, lang, t(lang, 'batch.html.chartParties'))}</div>${legend(lang)}`;
  const max = options.maxDetails ?? 5000;
  const details = numberedDetails(report.details);
  const shown = details.slice(0, max);
  const detailTable =
    details.length === 0
      ? `<p class="muted">${tt('batch.html.noFindings')}</p>`
      : table(
          DETAIL_COLUMNS,
          shown,
          lang,
          (d) => (d.severity === 'error' ? 'err' : d.severity === 'warning' ? 'warn' : ''),
          2,
        ) +
        (details.length > max
          ? `<p class="muted">${tt('batch.value.omitted', { count: details.length - max })}</p>`
          : '');
  const date = formatDateVi(report.asOf);
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Phối hợp ${escapeHtml(options.version)}">
<title>${tt('batch.html.title')} — ${escapeHtml(date)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${tt('batch.title')}</h1>
<p class="sub">${tt('batch.subtitle', { folder: report.folder, date, files: T.files })}</p>
<div class="cards">
${card('batch.html.cards.files', T.files)}
${card('batch.html.cards.regulations', T.byKind.regulation)}
${card('batch.html.cards.tracking', T.byKind.tracking)}
${card('batch.html.cards.filesWithErrors', T.filesWithErrors, T.filesWithErrors > 0)}
${card('batch.html.cards.unreadable', T.byKind.unreadable, T.byKind.unreadable > 0)}
${card('batch.html.cards.reviewOverdue', T.reviewOverdue, T.reviewOverdue > 0)}
${card('batch.html.cards.reviewUnknown', T.reviewUnknown, T.reviewUnknown > 0)}
${card('batch.html.cards.reviewDueSoon', T.reviewDueSoon)}
${card('batch.html.cards.tasksDueSoon', T.tasksDueSoon)}
${card('batch.html.cards.rate', formatPercent(lang, T.rate))}
${card('batch.html.cards.rateYear', formatPercent(lang, yearRate(T.progress)))}
${card('batch.html.cards.overdue', T.progress.overdue, T.progress.overdue > 0)}
</div>
</header>
<main>
<section>${charts}</section>
${options.roster ? rosterSection(options.roster, lang) : ''}
<section><h2>${tt('batch.html.summary')}</h2>
${table(SUMMARY_COLUMNS, report.rows, lang, rowClass, 2)}
</section>
<section><h2>${tt('batch.html.parties')}</h2>
${table(PARTY_COLUMNS, report.parties, lang)}
</section>
<section><h2>${tt('batch.html.details')}</h2>
${detailTable}
</section>
</main>
<footer>${tt('batch.html.footer', { version: options.version, date })}</footer>
</body>
</html>
`;
}
