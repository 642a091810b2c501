// The pane's state and what every action shares: the check (and its findings, grids, model), the
// status line, the summary, the office's rules. DOM in, Workspace out; no Office.js here.
import { msg, t, UserError, type Lang, type MessageKey } from '../core/i18n';
import { summarize } from '../core/format';
import type { RegulationModel } from '../core/model';
import { cellText, readWorkbook } from '../core/read-workbook';
import { BUILTIN_RULES } from '../core/rules/builtin-rules';
import { createRuleRunner } from '../core/rules/run-rules';
import { DEFAULT_SETTINGS, readOfficeSettings, type OfficeSettings } from '../core/rules/settings';
import { localToday } from '../core/deadline';
import type { Finding } from '../core/rules/types';
import { isCellError, valueAt, type SheetGrid } from '../core/grid';
import { officeErrorDetail } from '../office/sync';
import { FindingsView } from './findings-view';
import {
  describeRuleSet,
  ruleFilesFromPicked,
  storedRuleFiles,
  storeRuleFiles,
  type RuleSetInUse,
} from './office-rules';
import { loadRulesChunk, loadXlsxChunk } from '../browser/chunks';
import type { Workspace } from '../core/workspace';

export const RECHECK_DELAY_MS = 1200;
const MAX_ROWS = 100_000;

/** The pane's buttons; each one's label is the message `pane.action.<name>`. */
export const PANE_ACTIONS = [
  'check',
  'setup',
  'track',
  'import',
  'renew',
  'export',
  'template',
  'rules',
  'rulesReset',
  'verify',
  'report',
  'reportDownload',
  'compare',
] as const;
export type PaneAction = (typeof PANE_ACTIONS)[number];

export interface PaneElements {
  root: HTMLElement;
  mode: HTMLElement;
  status: HTMLElement;
  notes: HTMLElement;
  summary: HTMLElement;
  findings: HTMLElement;
  /** Which file (or workbook) the findings shown belong to. */
  findingsSource: HTMLElement;
  /** Offered when Excel answers late while the user works on a picked file. */
  hostSwitch: HTMLButtonElement;
  fileSection: HTMLElement;
  fileInput: HTMLInputElement;
  fileName: HTMLElement;
  importInput: HTMLInputElement;
  /** A signed PDF to check (Ký số). */
  verifyInput: HTMLInputElement;
  /** The verify report's lines under the status. */
  details: HTMLElement;
  /** Báo cáo: the period and the as-of date, then the download. */
  reportForm: HTMLElement;
  reportPeriod: HTMLSelectElement;
  reportAsOf: HTMLInputElement;
  rulesSection: HTMLElement;
  rulesHeading: HTMLElement;
  rulesDetail: HTMLElement;
  rulesInput: HTMLInputElement;
  buttons: Record<PaneAction, HTMLButtonElement>;
  langButtons: HTMLButtonElement[];
}

type Tone = 'info' | 'error' | 'success';
type StatusMessage = { key: MessageKey; data?: Record<string, unknown>; tone: Tone; text?: (lang: Lang) => string };

/** Checks judge what falls due from today, read at each check (the pane may stay open for days). */
const dueToday =
  ({ warnDays, disseminationDays }: OfficeSettings) =>
  () => ({ asOf: localToday(), warnDays, disseminationDays });

export abstract class PaneCore {
  protected ruleSet: RuleSetInUse = { files: [], rules: BUILTIN_RULES };
  protected runner = createRuleRunner(BUILTIN_RULES, dueToday(DEFAULT_SETTINGS));
  protected lang: Lang;
  protected checking: Promise<void> | null = null;
  protected again = false;
  protected timer: ReturnType<typeof setTimeout> | undefined;
  protected busy = false;
  /** Our own writes fire onChanged too: hints are ignored until then. */
  protected quietUntil = 0;
  /** Notes of the last generated tracking workbook (month plan). */
  protected notes: Finding[] = [];
  protected model: RegulationModel | null = null;
  protected findings: Finding[] | null = null;
  /** The grids the shown findings were found in: their cells' values for the detail. */
  protected grids: SheetGrid[] | null = null;
  /** The document the browser's current workbook was imported from, if it was. */
  protected importedFrom: string | null = null;
  protected statusMessage: StatusMessage | null = null;
  /** Started without Excel because office.js had not answered yet ('waiting'); it answered since ('ready'). */
  protected excelLate: 'no' | 'waiting' | 'ready' = 'no';

  protected view!: FindingsView;

  constructor(
    protected el: PaneElements,
    protected ws: Workspace,
    lang: Lang,
    protected storage: Storage | null = null,
  ) {
    this.lang = lang;
  }

  /** The month-plan notes of a generated tracking workbook, under the status line. */
  protected renderNotes(): void {
    const list = this.el.notes;
    list.hidden = this.notes.length === 0;
    list.replaceChildren(
      ...this.notes.map((n) => {
        const li = document.createElement('li');
        li.dataset.ruleId = n.ruleId;
        li.dataset.cell = n.cell ?? '';
        const where = n.cell
          ? t(this.lang, 'pane.finding.where', { sheet: n.sheet, cell: n.cell })
          : t(this.lang, 'pane.finding.whereSheet', { sheet: n.sheet });
        li.textContent = `${n.message[this.lang]} (${where})`;
        return li;
      }),
    );
  }

  /** An edit happened (Excel's onChanged): re-check once things are quiet. */
  hint(): void {
    if (this.busy || Date.now() < this.quietUntil) return;
    clearTimeout(this.timer);
    this.setStatus('pane.status.stale', {}, 'info');
    this.timer = setTimeout(() => void this.check(), RECHECK_DELAY_MS);
  }

  /** Read and check the workbook; a request during a check runs once more after it. */
  check(): Promise<void> {
    clearTimeout(this.timer);
    if (this.checking) {
      this.again = true;
      return this.checking;
    }
    this.checking = (async () => {
      do {
        this.again = false;
        await this.checkOnce();
      } while (this.again);
    })().finally(() => (this.checking = null));
    return this.checking;
  }

  protected async checkOnce(): Promise<void> {
    if (!this.ws.ready()) {
      this.setStatus('pane.error.noFile', {}, 'error');
      return;
    }
    this.el.findings.setAttribute('aria-busy', 'true');
    this.el.buttons.check.setAttribute('aria-busy', 'true');
    this.setStatus('pane.status.checking', {}, 'info');
    try {
      const grids = await this.ws.readGrids();
      const model = readWorkbook(grids, { source: this.ws.source(), maxRows: MAX_ROWS });
      const findings = await this.runner.run(model);
      this.model = model;
      this.findings = findings;
      this.grids = grids;
      this.view.update(findings);
      this.renderSummary();
      const time = new Date().toLocaleTimeString(this.lang === 'vi' ? 'vi-VN' : 'en-GB');
      this.statusMessage = {
        key: 'pane.status.checked',
        tone: 'success',
        text: (lang) => t(lang, 'pane.status.checked', { time, summary: this.summaryText(lang) }),
      };
      this.renderStatus();
    } catch (e) {
      if (e instanceof UserError && e.key.startsWith('input.')) {
        // Not (yet) a regulation workbook: the old findings belong to something else.
        this.model = null;
        this.findings = null;
        this.grids = null;
        this.view.update([]);
        this.renderSummary();
      }
      this.fail(e);
    } finally {
      this.el.findings.removeAttribute('aria-busy');
      this.el.buttons.check.removeAttribute('aria-busy');
    }
  }

  /** The text the check saw in the finding's cell, as the cell shows it. */
  protected valueOf(f: Finding): string | null {
    if (!f.cell || !this.grids) return null;
    const v = valueAt(this.grids, f.sheet, f.cell);
    return isCellError(v) ? v.error : cellText(v);
  }

  protected renderRules(): void {
    const { heading, detail } = describeRuleSet(this.lang, this.ruleSet);
    const custom = this.ruleSet.files.length > 0;
    this.el.rulesHeading.textContent = heading;
    this.el.rulesDetail.textContent = detail;
    this.el.rulesSection.dataset.custom = String(custom);
    this.el.buttons.rulesReset.hidden = !custom;
  }

  protected useRules(set: RuleSetInUse): void {
    this.ruleSet = set;
    this.runner = createRuleRunner(set.rules, dueToday(readOfficeSettings(set.files)));
    this.renderRules();
  }

  /** The office's rules remembered on this computer, in use from the first check on. */
  protected async restoreRules(): Promise<StatusMessage | null> {
    const files = storedRuleFiles(this.storage);
    if (!files) return null;
    try {
      this.useRules({ files, rules: (await loadRulesChunk()).officeRules(files) });
      return null;
    } catch (e) {
      // Files this version no longer accepts are forgotten; a chunk that failed to load is not their fault.
      if (e instanceof UserError) storeRuleFiles(this.storage, []);
      const detail =
        e instanceof UserError ? msg(e.key, e.data) : msg('detail.unexpected', {}, (e as Error)?.message ?? String(e));
      return {
        key: 'pane.rules.storedInvalid',
        tone: 'error',
        text: (lang) => t(lang, 'pane.rules.storedInvalid', { detail }),
      };
    }
  }

  protected async loadOfficeRules(): Promise<void> {
    const picked = Array.from(this.el.rulesInput.files ?? []);
    this.el.rulesInput.value = '';
    if (picked.length === 0) return;
    let set: RuleSetInUse;
    try {
      const files = await ruleFilesFromPicked(picked);
      set = { files, rules: (await loadRulesChunk()).officeRules(files) };
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      // The file and field at fault, and that nothing changed.
      this.statusMessage = {
        key: e.key,
        tone: 'error',
        text: (lang) => `${e.text(lang)} ${t(lang, 'pane.rules.kept')}`,
      };
      return this.renderStatus();
    }
    this.useRules(set);
    const saved = storeRuleFiles(this.storage, set.files);
    await this.recheckWith('pane.rules.loaded', (lang) => [
      t(lang, 'pane.rules.loaded', { count: set.files.length }),
      saved ? '' : t(lang, 'pane.rules.notSaved'),
    ]);
  }

  protected async resetRules(): Promise<void> {
    this.useRules({ files: [], rules: BUILTIN_RULES });
    storeRuleFiles(this.storage, []);
    await this.recheckWith('pane.rules.reset', (lang) => [t(lang, 'pane.rules.reset')]);
  }

  /** After the rules changed: check again if there is a workbook, then say what changed and what the check found. */
  protected async recheckWith(key: MessageKey, said: (lang: Lang) => string[]): Promise<void> {
    const checked = this.ws.ready();
    if (checked) await this.check();
    if (this.statusMessage?.tone === 'error') return; // the check's own problem says more
    this.statusMessage = {
      key,
      tone: 'success',
      text: (lang) =>
        [...said(lang), checked && this.findings ? `${this.summaryText(lang)}.` : ''].filter(Boolean).join(' '),
    };
    this.renderStatus();
  }

  protected async deliver(bytes: Uint8Array, fileName: string): Promise<void> {
    const how = await this.ws.deliver(bytes, fileName);
    this.setStatus(how === 'opened' ? 'pane.status.opened' : 'pane.status.downloaded', { file: fileName }, 'success');
    this.el.root.dataset.delivered = `${how}:${fileName}`;
  }

  protected loadChunk() {
    this.setStatus('pane.status.loadingReader', {}, 'info');
    return loadXlsxChunk();
  }

  protected unavailable(action: MessageKey): void {
    this.statusMessage = {
      key: 'pane.status.unavailable',
      tone: 'info',
      text: (lang) => t(lang, 'pane.status.unavailable', { feature: t(lang, action) }),
    };
    this.renderStatus();
  }

  /** One user action at a time; errors end up in the status line, never as a dialog. */
  protected async exclusive(action: MessageKey, fn: () => Promise<void>): Promise<void> {
    if (this.busy) return this.setStatus('pane.error.busy', {}, 'error');
    this.busy = true;
    this.notes = [];
    this.renderNotes();
    this.el.root.setAttribute('aria-busy', 'true');
    this.statusMessage = {
      key: 'pane.status.working',
      tone: 'info',
      text: (lang) => t(lang, 'pane.status.working', { action: t(lang, action) }),
    };
    this.renderStatus();
    try {
      await fn();
    } catch (e) {
      this.fail(e);
    } finally {
      this.busy = false;
      this.el.root.removeAttribute('aria-busy');
    }
  }

  protected fail(e: unknown): void {
    if (e instanceof UserError) {
      this.statusMessage = { key: e.key, tone: 'error', text: (lang) => e.text(lang) };
    } else if (e && typeof e === 'object' && 'code' in e) {
      const detail = officeErrorDetail(e);
      this.statusMessage = {
        key: 'pane.error.excel',
        tone: 'error',
        text: (lang) => t(lang, 'pane.error.excel', { detail }),
      };
    } else {
      const detail = msg('detail.unexpected', {}, e instanceof Error ? e.message : String(e));
      this.statusMessage = {
        key: 'pane.error.unexpected',
        tone: 'error',
        text: (lang) => t(lang, 'pane.error.unexpected', { detail }),
      };
    }
    this.renderStatus();
  }

  protected setStatus(key: MessageKey, data: Record<string, unknown>, tone: Tone): void {
    this.statusMessage = { key, data, tone };
    this.renderStatus();
  }

  protected renderStatus(): void {
    const s = this.statusMessage;
    const text = !s ? '' : s.text ? s.text(this.lang) : t(this.lang, s.key, s.data);
    if (this.el.status.textContent !== text) this.el.status.textContent = text;
    this.el.status.dataset.tone = s?.tone ?? 'info';
    this.el.status.dataset.key = s?.key ?? '';
  }

  protected summaryText(lang: Lang): string {
    if (!this.findings) return t(lang, 'pane.findings.notYet');
    if (this.findings.length === 0) return t(lang, 'findings.none');
    const s = summarize(this.findings);
    return t(lang, 'findings.summary', { errors: s.error, warnings: s.warning, infos: s.info });
  }

  protected renderSummary(): void {
    this.el.summary.textContent = this.summaryText(this.lang);
    const source = this.el.findingsSource;
    const file = this.ws.source();
    source.hidden = !this.findings;
    source.textContent = !this.findings
      ? ''
      : this.ws.kind === 'excel'
        ? t(this.lang, 'pane.source.excel')
        : this.importedFrom
          ? t(this.lang, 'pane.source.imported', { file, from: this.importedFrom })
          : t(this.lang, 'pane.source.file', { file });
    this.el.summary.dataset.state = !this.findings ? 'none' : this.findings.length === 0 ? 'clean' : 'findings';
  }
}
