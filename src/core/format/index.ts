// Findings as text: pure functions from findings to a string, one per --format.
import { t, type Lang } from '../i18n';
import { visibleControls } from '../safe-text';
import type { Finding, RuleDefinition, Severity } from '../rules';

export interface Report {
  file: string;
  findings: Finding[];
}

export interface FormatContext {
  lang: Lang;
  rules: RuleDefinition[];
  /** Tool version for SARIF. */
  version: string;
  /** Colour for terminals. */
  color?: boolean;
  /** The closing count line of the stylish output; off for a to-do list, which is not findings. */
  summary?: boolean;
}

export function summarize(findings: Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** The JSON the README documents: `{"file", "summary": {"errors", "warnings"}, "findings": [...]}`. */
export function formatJson(report: Report, ctx: FormatContext): string {
  const s = summarize(report.findings);
  return JSON.stringify(
    {
      file: report.file,
      summary: { errors: s.error, warnings: s.warning, infos: s.info },
      findings: report.findings.map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message[ctx.lang],
        sheet: f.sheet,
        cell: f.cell,
        entity: f.entity,
      })),
    },
    null,
    2,
  );
}

const paint = (on: boolean | undefined, code: number, s: string) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);
const SEVERITY_COLOUR: Record<Severity, number> = { error: 31, warning: 33, info: 36 };

/** Findings listed in the stylish output; the summary counts them all, --format json lists them all. */
export const STYLISH_CAP = 1000;

/** Readable in a terminal, grouped by sheet (ESLint's stylish, in Vietnamese first). */
export function formatStylish(report: Report, ctx: FormatContext): string {
  const lines: string[] = [];
  if (report.findings.length === 0) return `${report.file}\n  ${t(ctx.lang, 'findings.none')}\n`;
  lines.push(paint(ctx.color, 4, report.file));
  let sheet: string | null = null;
  // Loops, not Math.max(...list): spreading 200,000 findings overflows the stack.
  const shown = report.findings.length > STYLISH_CAP ? report.findings.slice(0, STYLISH_CAP) : report.findings;
  let cellWidth = 4;
  let sevWidth = 0;
  for (const f of shown) {
    cellWidth = Math.max(cellWidth, (f.cell ?? '').length);
    sevWidth = Math.max(sevWidth, t(ctx.lang, `severity.${f.severity}`).length);
  }
  for (const f of shown) {
    if (f.sheet !== sheet) {
      sheet = f.sheet;
      lines.push('', `  ${paint(ctx.color, 1, visibleControls(sheet))}`);
    }
    const sev = t(ctx.lang, `severity.${f.severity}`).padEnd(sevWidth);
    lines.push(
      `    ${(f.cell ?? '—').padEnd(cellWidth)}  ${paint(ctx.color, SEVERITY_COLOUR[f.severity], sev)}  ${visibleControls(f.message[ctx.lang])}  ${paint(ctx.color, 90, f.ruleId)}`,
    );
  }
  if (shown.length < report.findings.length)
    lines.push('', `  ${t(ctx.lang, 'findings.capped', { shown: shown.length, total: report.findings.length })}`);
  if (ctx.summary === false) return lines.join('\n') + '\n';
  const s = summarize(report.findings);
  lines.push('', `✖ ${t(ctx.lang, 'findings.summary', { errors: s.error, warnings: s.warning, infos: s.info })}`, '');
  return lines.join('\n');
}

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note' };

/** SARIF 2.1.0, one run, the sheet as a logical location and the cell as a region. */
export function formatSarif(report: Report, ctx: FormatContext): string {
  const ruleIndex = new Map(ctx.rules.map((r, i) => [r.id, i]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'phoihop',
            version: ctx.version,
            informationUri: 'https://github.com/',
            rules: ctx.rules.map((r) => ({
              id: r.id,
              shortDescription: { text: r.rationale[ctx.lang] },
              fullDescription: { text: r.rationale[ctx.lang] },
              defaultConfiguration: { level: r.severity === 'off' ? 'none' : SARIF_LEVEL[r.severity] },
              properties: { given: r.given },
            })),
          },
        },
        artifacts: [{ location: { uri: encodeURI(report.file.replace(/\\/g, '/')) } }],
        results: report.findings.map((f) => {
          const m = f.cell ? /^([A-Z]+)(\d+)$/.exec(f.cell) : null;
          let col = 0;
          if (m) for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
          return {
            ruleId: f.ruleId,
            ...(ruleIndex.has(f.ruleId) ? { ruleIndex: ruleIndex.get(f.ruleId) } : {}),
            level: SARIF_LEVEL[f.severity],
            message: { text: f.message[ctx.lang] },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: encodeURI(report.file.replace(/\\/g, '/')), index: 0 },
                  ...(m ? { region: { startLine: Number(m[2]), startColumn: col } } : {}),
                },
                logicalLocations: [{ name: f.cell ? `${f.sheet}!${f.cell}` : f.sheet, kind: 'element' }],
              },
            ],
            properties: { sheet: f.sheet, cell: f.cell, entity: f.entity },
          };
        }),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2);
}

export const FORMATS = { stylish: formatStylish, json: formatJson, sarif: formatSarif } as const;
export type FormatName = keyof typeof FORMATS;
