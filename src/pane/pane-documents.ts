// The pane's actions that make a workbook or a document: the tracking workbook, the Word document,
// next year's regulation, an imported regulation, the empty template, the template sheets.
import { t, type Lang, type MessageKey } from '../core/i18n';
import type { Comparison } from '../core/diff';
import { summarize } from '../core/format';
import type { RegulationModel } from '../core/model';
import { readWorkbook } from '../core/read-workbook';
import { renewRegulation } from '../core/renew';
import { FEATURES } from './features';
import { loadDiffChunk, loadExportChunk, loadImportChunk } from '../browser/chunks';
import { DOCX_MIME } from '../browser/download';
import type { Workspace } from '../core/workspace';
import { PaneCore } from './pane-core';

export abstract class PaneDocuments extends PaneCore {
  /** The last Năm học mới: last year's regulation, the new one, and what changed (the bảng so sánh). */
  protected renewed: { cmp: Comparison; before: RegulationModel; after: RegulationModel } | null = null;

  /** The browser's workbook from now on: a picked file, or one just imported from a document. */
  protected async useFile(name: string, bytes: Uint8Array, importedFrom: string | null): Promise<void> {
    (this.ws as Workspace & { useFile(name: string, bytes: Uint8Array): void }).useFile(name, bytes);
    this.importedFrom = importedFrom;
    // A comparison belongs to the workbook it was made from.
    this.renewed = null;
    this.el.buttons.compare.hidden = true;
    this.el.root.dataset.file = name;
    this.el.fileName.textContent = t(this.lang, 'pane.file.chosen', { file: name });
    await this.check();
  }

  protected async setUp(): Promise<void> {
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

  protected async track(): Promise<void> {
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
  protected async export(): Promise<void> {
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
  protected async renew(): Promise<void> {
    await this.check();
    if (!this.model) return;
    const before = this.model;
    const beforeSource = this.ws.source();
    const renewed = renewRegulation(before, { sheets: this.grids ?? undefined });
    const xlsx = await this.loadChunk();
    const fileName = `quy-che-phoi-hop-${renewed.to.text}.xlsx`;
    const workbook = await xlsx.regulationWorkbook(renewed.content);
    const how = await this.ws.deliver(workbook, fileName);
    this.el.root.dataset.delivered = `${how}:${fileName}`;
    // In the browser the new workbook is the one in hand: its findings are what `validate` finds in it.
    const inHand = 'useFile' in this.ws;
    if (inHand) await this.useFile(fileName, workbook, null);
    // What changed against last year's, counted as `phoihop diff` counts it, from the new file as read
    // (in Excel, where it opens apart, read back from its bytes); the bảng so sánh is offered from it.
    const after =
      inHand && this.model && this.model !== before
        ? this.model
        : readWorkbook(await xlsx.gridsFromUpload(workbook, fileName), { source: fileName });
    const compared = (await loadDiffChunk()).compareYears(before, after, beforeSource, fileName);
    this.renewed = { cmp: compared.cmp, before, after };
    this.el.buttons.compare.hidden = false;
    this.notes = renewed.notes;
    const data = { to: renewed.to.text, from: renewed.from.text, count: renewed.notes.length };
    const delivered: MessageKey = how === 'opened' ? 'pane.status.opened' : 'pane.status.downloaded';
    this.statusMessage = {
      key: 'pane.renew.done',
      tone: 'success',
      text: (lang) =>
        [
          t(lang, 'pane.renew.done', data),
          t(lang, delivered, { file: fileName }),
          inHand && this.findings ? `${t(lang, 'pane.renew.checked', { summary: this.summaryText(lang) })}.` : '',
          compared.summary(lang),
          t(lang, 'pane.renew.compareOffered'),
        ]
          .filter(Boolean)
          .join(' '),
    };
    this.renderStatus();
    this.renderNotes();
  }

  protected async importDocument(): Promise<void> {
    const file = this.el.importInput.files?.[0];
    this.el.importInput.value = '';
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    const importer = await loadImportChunk();
    const imported = await importer.importDocument(bytes, file.name, this.lang);
    const report = (lang: Lang) =>
      t(lang, 'import.done', { file: file.name, ...imported.counts }) +
      (imported.conversions ? ' ' + t(lang, 'import.converted', { count: imported.conversions }) : '') +
      (imported.format === 'doc' ? ' ' + t(lang, 'doc.lost') : '') +
      (imported.macros ? ' ' + t(lang, 'doc.macros', { file: file.name }) : '');
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

  protected async template(): Promise<void> {
    const xlsx = await this.loadChunk();
    await this.deliver(await xlsx.templateWorkbook(), 'quy-che-phoi-hop-mau.xlsx');
  }
}
