// The pane's behaviour: check, go to a finding, re-check after edits, set up, generate, import,
// switch language, move to Excel when it answers late. DOM in, Workspace out; no Office.js here.
import { isMessageKey, msg, t, UserError, type Lang, type MessageKey } from '../core/i18n';
import type { Finding } from '../core/rules/types';
import { officeErrorDetail } from '../office/sync';
import { FEATURES } from './features';
import { FindingsView } from './findings-view';
import { saveLang } from './lang';
import type { Workspace } from '../core/workspace';
import { PaneReports } from './pane-reports';
import { PANE_ACTIONS, type PaneElements } from './pane-core';

export { PANE_ACTIONS, RECHECK_DELAY_MS, type PaneAction, type PaneElements } from './pane-core';

export class Pane extends PaneReports {
  constructor(el: PaneElements, ws: Workspace, lang: Lang, storage: Storage | null = null) {
    super(el, ws, lang, storage);
    this.view = new FindingsView(el.findings, {
      onActivate: (f) => void this.goTo(f),
      selects: () => !!this.ws.select,
      valueOf: (f) => this.valueOf(f),
      onFix: (f) => void this.exclusive('pane.action.fix', () => this.fix(f)),
      canFix: () => !!this.ws.fixCell,
      onExtend: (f) => void this.exclusive('pane.action.extend', () => this.extend(f)),
      canExtend: () => !!this.ws.extendTable,
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
    el.buttons.verify.addEventListener('click', () => el.verifyInput.click());
    el.verifyInput.addEventListener(
      'change',
      () => void this.exclusive('pane.action.verify', () => this.verifyChosen()),
    );
    el.buttons.report.addEventListener('click', () => {
      this.toggleReportForm();
      el.buttons.report.setAttribute('aria-expanded', String(!el.reportForm.hidden));
    });
    el.reportForm.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.exclusive('pane.action.report', () => this.report());
    });
    el.buttons.compare.addEventListener(
      'click',
      () => void this.exclusive('pane.action.compare', () => this.compare()),
    );
    // A signed PDF dropped on the pane is checked as Ký số checks it; a workbook dropped in the browser is opened.
    el.root.addEventListener('dragover', (e) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    });
    el.root.addEventListener('drop', (e) => {
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      e.preventDefault();
      const pdf = !/\.xlsx$/i.test(file.name);
      void this.exclusive(pdf ? 'pane.action.verify' : 'pane.action.check', () => this.dropped(file));
    });
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

  protected showMode(): void {
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

  protected async startExcel(): Promise<void> {
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

  protected applyLang(): void {
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
    this.renderDetails();
  }

  protected async goTo(f: Finding): Promise<void> {
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
  protected async fix(f: Finding): Promise<void> {
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

  /** Extend a Table over the rows typed under it (only if it still spans what the check saw), then check again. */
  protected async extend(f: Finding): Promise<void> {
    if (!this.ws.extendTable || !f.extendTable) return;
    const result = await this.ws.extendTable(f.extendTable);
    this.quietUntil = Date.now() + 2000;
    await this.check();
    this.setStatus(
      result === 'extended' ? 'pane.extend.done' : 'pane.extend.changed',
      { sheet: f.sheet, table: f.extendTable.table, to: f.extendTable.to },
      result === 'extended' ? 'success' : 'info',
    );
  }

  /** A dropped file: a PDF is verified beside the workbook; a workbook is taken as if picked (browser). */
  protected async dropped(file: File): Promise<void> {
    if (/\.pdf$/i.test(file.name) || file.type === 'application/pdf') return this.verify(file);
    if (/\.xlsx$/i.test(file.name) && 'useFile' in this.ws)
      return this.useFile(file.name, new Uint8Array(await file.arrayBuffer()), null);
    this.setStatus('pane.drop.unknown', { file: file.name }, 'error');
  }

  protected async pickFile(): Promise<void> {
    const file = this.el.fileInput.files?.[0];
    if (!file || !('useFile' in this.ws)) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    this.el.fileInput.value = '';
    await this.useFile(file.name, bytes, null);
  }
}
