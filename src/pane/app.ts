// The pane's behaviour: check, go to a finding, re-check after edits, set up, generate, import,
// switch language. DOM in, Workspace out; no Office.js here.
import { isMessageKey, msg, t, UserError, type Lang, type MessageKey } from '../core/i18n';
import { summarize } from '../core/format';
import type { RegulationModel } from '../core/model';
import { readWorkbook } from '../core/read-workbook';
import { renewRegulation } from '../core/renew';
import { BUILTIN_RULES } from '../core/rules/builtin-rules';
import { createRuleRunner } from '../core/rules/run-rules';
import { DEFAULT_SETTINGS, readOfficeSettings, type OfficeSettings } from '../core/rules/settings';
import { localToday } from '../core/deadline';
import type { Finding } from '../core/rules/types';
import { isCellError, valueAt, type SheetGrid } from '../core/grid';
import { cellText } from '../core/read-workbook';
import { officeErrorDetail } from '../office/sync';
import { FEATURES } from './features';
import { FindingsView } from './findings-view';
import { saveLang } from './lang';
import {
  describeRuleSet,
  ruleFilesFromPicked,
  storedRuleFiles,
  storeRuleFiles,
  type RuleSetInUse,
} from './office-rules';
import { loadExportChunk, loadImportChunk, loadRulesChunk, loadXlsxChunk } from '../browser/chunks';
import { DOCX_MIME } from '../browser/download';
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

export class Pane {
  private ruleSet: RuleSetInUse = { files: [], rules: BUILTIN_RULES };
  private runner = createRuleRunner(BUILTIN_RULES, dueToday(DEFAULT_SETTINGS));
  private view: FindingsView;
  private lang: Lang;
  private checking: Promise<void> | null = null;
  private again = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private busy = false;
  /** Our own writes fire onChanged too: hints are ignored until then. */
  private quietUntil = 0;
  /** Notes of the last generated tracking workbook (month plan). */
  private notes: Finding[] = [];
  private model: RegulationModel | null = null;
  private findings: Finding[] | null = null;
  /** The grids the shown findings were found in: their cells' values for the detail. */
  private grids: SheetGrid[] | null = null;
  /** The document the browser's current workbook was imported from, if it was. */
  private importedFrom: string | null = null;
  private statusMessage: StatusMessage | null = null;
  /** Started without Excel because office.js had not answered yet ('waiting'); it answered since ('ready'). */
  private excelLate: 'no' | 'waiting' | 'ready' = 'no';

  constructor(
    private el: PaneElements,
    private ws: Workspace,
    lang: Lang,
    private storage: Storage | null = null,
  ) {
    this.lang = lang;
    this.view = new FindingsView(el.findings, {
      onActivate: (f) => void this.goTo(f),
      selects: () => !!this.ws.select,
      valueOf: (f) => this.valueOf(f),
      onFix: (f) => void this.exclusive('pane.action.fix', () => this.fix(f)),
      canFix: () => !!this.ws.fixCell,
    });
    this.showMode();
    el.buttons.check.addEventListener('click', () => void this.check());
    el.buttons.setup.addEventListener('click', () => void this.exclusive('pane.action.setup', () => this.setUp()));
    el.buttons.track.addEventListener('click', () => void this.exclusive('pane.action.track', () => this.track()));
    el.buttons.import.addEventListener('click', () =>
      FEATURES.import ? el.importInput.click() : this.unavailable('pane.action.import'),
    );
    el.buttons.template.addEventListener(
      'click',
      () => void this.exclusive('pane.action.template', () => this.template()),
    );
    el.buttons.renew.addEventListener('click', () => void this.exclusive('pane.action.renew', () => this.renew()));
    el.buttons.export.addEventListener('click', () => void this.exclusive('pane.action.export', () => this.export()));
    el.fileInput.addEventListener('change', () => void this.pickFile());
    el.importInput.addEventListener(
      'change',
      () => void this.exclusive('pane.action.import', () => this.importDocument()),
    );
    el.buttons.rules.addEventListener('click', () => el.rulesInput.click());
    el.rulesInput.addEventListener(
      'change',
      () => void this.exclusive('pane.action.rules', () => this.loadOfficeRules()),
    );
    el.buttons.rulesReset.addEventListener(
      'click',
      () => void this.exclusive('pane.action.rulesReset', () => this.resetRules()),
    );
    for (const b of el.langButtons)
      b.addEventListener('click', () => this.setLang(b.dataset.lang === 'en' ? 'en' : 'vi'));
    for (const [name, b] of Object.entries(el.buttons)) {
      const feature = name === 'track' ? FEATURES.track : name === 'import' ? FEATURES.import : true;
      if (!feature) b.dataset.unavailable = 'true';
    }
    this.applyLang();
  }

  private showMode(): void {
    const { el, ws } = this;
    el.root.dataset.mode = ws.kind;
    el.fileSection.hidden = ws.kind !== 'browser';
    el.buttons.setup.hidden = ws.kind !== 'excel';
    el.buttons.template.hidden = ws.kind !== 'browser';
  }

  /** Whether the user has given the pane a workbook of its own (a picked or imported file). */
  get hasFile(): boolean {
    return this.ws.kind === 'browser' && this.ws.ready();
  }

  /**
   * Excel answered after the pane had started on its own: take the open workbook from now on.
   * The office's rules and the language stay; the browser's file (if any) is only dropped when
   * the caller decided so (it asks the user first when there is one).
   */
  async switchTo(ws: Workspace, said: MessageKey): Promise<void> {
    // Never in the middle of the user's own action: after it.
    while (this.busy || this.checking) await new Promise((r) => setTimeout(r, 200));
    this.excelLate = 'no';
    this.ws = ws;
    this.importedFrom = null;
    delete this.el.root.dataset.file;
    this.showMode();
    this.view.refresh();
    this.applyLang();
    await this.startExcel();
    if (this.statusMessage?.tone === 'error') return;
    const checked = this.statusMessage;
    this.statusMessage = {
      key: said,
      tone: 'success',
      text: (lang) => [t(lang, said), checked?.text ? checked.text(lang) : ''].filter(Boolean).join(' '),
    };
    this.renderStatus();
  }

  /** Office is still loading ('waiting'), or answered while the user works on a file of their own ('ready'). */
  setExcelLate(state: 'no' | 'waiting' | 'ready'): void {
    this.excelLate = state;
    this.applyLang();
  }

  private async startExcel(): Promise<void> {
    if (this.ws.kind !== 'excel') return;
    if (this.ws.watch) await this.ws.watch(() => this.hint()).catch(() => undefined);
    await this.check();
  }

  /** Start: first check in Excel, change hints, and a ribbon button's action from the URL. */
  async start(action: string | null): Promise<void> {
    const restoreProblem = await this.restoreRules();
    await this.startExcel();
    if (restoreProblem) {
      this.statusMessage = restoreProblem;
      this.renderStatus();
    }
    if (action === 'track') await this.exclusive('pane.action.track', () => this.track());
    if (action === 'import') this.el.buttons.import.focus();
  }

  setLang(lang: Lang): void {
    if (lang === this.lang) return;
    this.lang = lang;
    saveLang(this.storage, lang);
    this.applyLang();
  }

  private applyLang(): void {
    const { lang } = this;
    document.documentElement.lang = lang;
    for (const node of Array.from(this.el.root.querySelectorAll<HTMLElement>('[data-i18n]'))) {
      const key = node.dataset.i18n;
      if (key && isMessageKey(key)) node.textContent = t(lang, key);
    }
    for (const b of this.el.langButtons) b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
    this.el.mode.textContent = t(
      lang,
      this.ws.kind === 'excel'
        ? 'pane.mode.excel'
        : this.excelLate === 'waiting'
          ? 'pane.mode.waiting'
          : this.excelLate === 'ready'
            ? 'pane.host.excelReady'
            : 'pane.mode.browser',
    );
    this.el.hostSwitch.hidden = this.excelLate !== 'ready';
    const file = this.el.root.dataset.file;
    this.el.fileName.textContent = file ? t(lang, 'pane.file.chosen', { file }) : t(lang, 'pane.file.none');
    for (const name of PANE_ACTIONS) {
      const b = this.el.buttons[name];
      const label = t(lang, `pane.action.${name}`);
      (b.querySelector('.label') ?? b).textContent = label;
      if (b.dataset.unavailable) b.title = t(lang, 'pane.status.unavailable', { feature: label });
    }
    this.view.setLang(lang);
    this.renderRules();
    this.renderSummary();
    this.renderStatus();
    this.renderNotes();
  }

  /** The month-plan notes of a generated tracking workbook, under the status line. */
  private renderNotes(): void {
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

  private async checkOnce(): Promise<void> {
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
  private valueOf(f: Finding): string | null {
    if (!f.cell || !this.grids) return null;
    const v = valueAt(this.grids, f.sheet, f.cell);
    return isCellError(v) ? v.error : cellText(v);
  }

  private async goTo(f: Finding): Promise<void> {
    if (!this.ws.select) return;
    try {
      await this.ws.select(f.sheet, f.cell);
      this.setStatus('pane.status.selected', { sheet: f.sheet, cell: f.cell ?? 'A1' }, 'info');
    } catch (e) {
      const detail = e instanceof UserError ? msg(e.key, e.data) : officeErrorDetail(e);
      this.setStatus('pane.status.selectFailed', { sheet: f.sheet, cell: f.cell ?? 'A1', detail }, 'error');
    }
  }

  /** Write a finding's fix (only over the text the check saw), then check again. */
  private async fix(f: Finding): Promise<void> {
    if (!this.ws.fixCell || !f.fix || !f.cell) return;
    const result = await this.ws.fixCell(f.sheet, f.cell, f.fix);
    this.quietUntil = Date.now() + 2000;
    await this.check();
    this.setStatus(
      result === 'fixed' ? 'pane.fix.done' : 'pane.fix.changed',
      { sheet: f.sheet, cell: f.cell },
      result === 'fixed' ? 'success' : 'info',
    );
  }

  private async pickFile(): Promise<void> {
    const file = this.el.fileInput.files?.[0];
    if (!file || !('useFile' in this.ws)) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    this.el.fileInput.value = '';
    await this.useFile(file.name, bytes, null);
  }

  /** The browser's workbook from now on: a picked file, or one just imported from a document. */
  private async useFile(name: string, bytes: Uint8Array, importedFrom: string | null): Promise<void> {
    (this.ws as Workspace & { useFile(name: string, bytes: Uint8Array): void }).useFile(name, bytes);
    this.importedFrom = importedFrom;
    this.el.root.dataset.file = name;
    this.el.fileName.textContent = t(this.lang, 'pane.file.chosen', { file: name });
    await this.check();
  }

  private async setUp(): Promise<void> {
    if (!this.ws.setUp) return;
    const result = await this.ws.setUp();
    this.quietUntil = Date.now() + 2000;
    if (result.added.length > 0) await this.check();
    const data = { count: result.added.length, sheets: result.added.join(', ') };
    this.statusMessage = {
      key: result.added.length === 0 ? 'pane.setup.nothing' : 'pane.setup.added',
      tone: result.added.length === 0 ? 'info' : 'success',
      text: (lang) =>
        result.added.length === 0
          ? t(lang, 'pane.setup.nothing')
          : [
              t(lang, 'pane.setup.added', data),
              result.dropdowns ? '' : t(lang, 'pane.setup.noDropdowns'),
              this.summaryText(lang) + '.',
            ]
              .filter(Boolean)
              .join(' '),
    };
    this.renderStatus();
  }

  private async track(): Promise<void> {
    if (!FEATURES.track) return this.unavailable('pane.action.track');
    await this.check();
    if (!this.model || !this.findings) return;
    const errors = summarize(this.findings).error;
    if (errors > 0) return this.setStatus('pane.status.hasErrors', { errors }, 'error');
    const xlsx = await this.loadChunk();
    const { bytes, fileName, notes } = await xlsx.trackingWorkbook(this.model, `Phối hợp ${PHOIHOP_VERSION} (pane)`);
    await this.deliver(bytes, fileName);
    this.notes = notes;
    if (notes.length > 0) {
      const base = this.statusMessage!;
      this.statusMessage = {
        ...base,
        text: (lang) =>
          `${base.text ? base.text(lang) : t(lang, base.key, base.data)} ${t(lang, 'track.notesHeading', { count: notes.length })}`,
      };
      this.renderStatus();
    }
    this.renderNotes();
  }

  /**
   * The Word document people sign, as `phoihop export` writes it. Like the tracking workbook it
   * needs a workbook without errors; the warnings are said. Excel cannot open a Word document, so
   * it is a download in Excel too.
   */
  private async export(): Promise<void> {
    await this.check();
    if (!this.model || !this.findings) return;
    const counts = summarize(this.findings);
    if (counts.error > 0) return this.setStatus('pane.export.hasErrors', { errors: counts.error }, 'error');
    this.setStatus('pane.status.loadingWriter', {}, 'info');
    const writer = await loadExportChunk();
    const doc = await writer.exportDocument(this.model, `Phối hợp ${PHOIHOP_VERSION} (pane)`);
    await this.ws.download(doc.bytes, doc.fileName, DOCX_MIME);
    this.el.root.dataset.delivered = `downloaded:${doc.fileName}`;
    const excel = this.ws.kind === 'excel';
    const data = { file: doc.fileName, clauses: doc.clauses, signatures: doc.signatures };
    this.statusMessage = {
      key: 'pane.export.done',
      tone: 'success',
      text: (lang) =>
        [
          t(lang, 'pane.export.done', data),
          counts.warning > 0 ? t(lang, 'pane.export.warnings', { count: counts.warning }) : '',
          excel ? t(lang, 'pane.export.inExcel') : '',
        ]
          .filter(Boolean)
          .join(' '),
    };
    this.renderStatus();
  }

  /** Next school year's regulation as a new workbook; what only the school can fill in is listed under the status. */
  private async renew(): Promise<void> {
    await this.check();
    if (!this.model) return;
    const renewed = renewRegulation(this.model);
    const xlsx = await this.loadChunk();
    const fileName = `quy-che-phoi-hop-${renewed.to.text}.xlsx`;
    const how = await this.ws.deliver(await xlsx.regulationWorkbook(renewed.content), fileName);
    this.el.root.dataset.delivered = `${how}:${fileName}`;
    this.notes = renewed.notes;
    const data = { to: renewed.to.text, from: renewed.from.text, count: renewed.notes.length };
    const delivered: MessageKey = how === 'opened' ? 'pane.status.opened' : 'pane.status.downloaded';
    this.statusMessage = {
      key: 'pane.renew.done',
      tone: 'success',
      text: (lang) => `${t(lang, 'pane.renew.done', data)} ${t(lang, delivered, { file: fileName })}`,
    };
    this.renderStatus();
    this.renderNotes();
  }

  private async importDocument(): Promise<void> {
    const file = this.el.importInput.files?.[0];
    this.el.importInput.value = '';
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    const importer = await loadImportChunk();
    const imported = await importer.importDocument(bytes, file.name, this.lang);
    const report = (lang: Lang) =>
      t(lang, 'import.done', { file: file.name, ...imported.counts }) +
      (imported.conversions ? ' ' + t(lang, 'import.converted', { count: imported.conversions }) : '');
    if (this.ws.importContent) {
      const written = await this.ws.importContent(imported.content);
      this.quietUntil = Date.now() + 2000;
      if (!written.refused) {
        await this.check();
        this.statusMessage = {
          key: 'import.done',
          tone: 'success',
          text: (lang) =>
            `${report(lang)} ${t(lang, 'pane.setup.added', { count: written.added.length, sheets: written.added.join(', ') })}`,
        };
        this.renderStatus();
        return;
      }
    }
    // A workbook that already holds regulation data is never mixed with an import: a new workbook it is.
    const xlsx = await this.loadChunk();
    const fileName = `${file.name.replace(/\.[^.]+$/, '') || 'van-ban'}.xlsx`;
    const workbook = await xlsx.regulationWorkbook(imported.content);
    const how = await this.ws.deliver(workbook, fileName);
    this.el.root.dataset.delivered = `${how}:${fileName}`;
    // In the browser the new workbook is the one in hand now: its own findings are shown.
    if ('useFile' in this.ws) await this.useFile(fileName, workbook, file.name);
    const checked = this.ws.kind === 'browser' && this.findings ? this.summaryText.bind(this) : null;
    const delivered: MessageKey = how === 'opened' ? 'pane.status.opened' : 'pane.status.downloaded';
    const excel = this.ws.kind === 'excel';
    this.statusMessage = {
      key: 'import.done',
      tone: 'success',
      text: (lang) =>
        [
          report(lang),
          excel ? t(lang, 'pane.import.notEmpty') : '',
          t(lang, delivered, { file: fileName }),
          checked ? `${checked(lang)}.` : '',
        ]
          .filter(Boolean)
          .join(' '),
    };
    this.renderStatus();
  }

  private renderRules(): void {
    const { heading, detail } = describeRuleSet(this.lang, this.ruleSet);
    const custom = this.ruleSet.files.length > 0;
    this.el.rulesHeading.textContent = heading;
    this.el.rulesDetail.textContent = detail;
    this.el.rulesSection.dataset.custom = String(custom);
    this.el.buttons.rulesReset.hidden = !custom;
  }

  private useRules(set: RuleSetInUse): void {
    this.ruleSet = set;
    this.runner = createRuleRunner(set.rules, dueToday(readOfficeSettings(set.files)));
    this.renderRules();
  }

  /** The office's rules remembered on this computer, in use from the first check on. */
  private async restoreRules(): Promise<StatusMessage | null> {
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

  private async loadOfficeRules(): Promise<void> {
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

  private async resetRules(): Promise<void> {
    this.useRules({ files: [], rules: BUILTIN_RULES });
    storeRuleFiles(this.storage, []);
    await this.recheckWith('pane.rules.reset', (lang) => [t(lang, 'pane.rules.reset')]);
  }

  /** After the rules changed: check again if there is a workbook, then say what changed and what the check found. */
  private async recheckWith(key: MessageKey, said: (lang: Lang) => string[]): Promise<void> {
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

  private async template(): Promise<void> {
    const xlsx = await this.loadChunk();
    await this.deliver(await xlsx.templateWorkbook(), 'quy-che-phoi-hop-mau.xlsx');
  }

  private async deliver(bytes: Uint8Array, fileName: string): Promise<void> {
    const how = await this.ws.deliver(bytes, fileName);
    this.setStatus(how === 'opened' ? 'pane.status.opened' : 'pane.status.downloaded', { file: fileName }, 'success');
    this.el.root.dataset.delivered = `${how}:${fileName}`;
  }

  private loadChunk() {
    this.setStatus('pane.status.loadingReader', {}, 'info');
    return loadXlsxChunk();
  }

  private unavailable(action: MessageKey): void {
    this.statusMessage = {
      key: 'pane.status.unavailable',
      tone: 'info',
      text: (lang) => t(lang, 'pane.status.unavailable', { feature: t(lang, action) }),
    };
    this.renderStatus();
  }

  /** One user action at a time; errors end up in the status line, never as a dialog. */
  private async exclusive(action: MessageKey, fn: () => Promise<void>): Promise<void> {
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

  private fail(e: unknown): void {
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

  private setStatus(key: MessageKey, data: Record<string, unknown>, tone: Tone): void {
    this.statusMessage = { key, data, tone };
    this.renderStatus();
  }

  private renderStatus(): void {
    const s = this.statusMessage;
    const text = !s ? '' : s.text ? s.text(this.lang) : t(this.lang, s.key, s.data);
    if (this.el.status.textContent !== text) this.el.status.textContent = text;
    this.el.status.dataset.tone = s?.tone ?? 'info';
    this.el.status.dataset.key = s?.key ?? '';
  }

  private summaryText(lang: Lang): string {
    if (!this.findings) return t(lang, 'pane.findings.notYet');
    if (this.findings.length === 0) return t(lang, 'findings.none');
    const s = summarize(this.findings);
    return t(lang, 'findings.summary', { errors: s.error, warnings: s.warning, infos: s.info });
  }

  private renderSummary(): void {
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
