// The pane's actions on documents that come back or go out at the year's turns: a signed PDF
// checked beside the workbook (`phoihop verify`), the báo cáo sơ kết / tổng kết from a tracking
// workbook (`phoihop report`), and the bảng so sánh after Năm học mới (`phoihop diff -o`). Each
// loads its own chunk on first use: the pane's first load does not grow.
import { t, type Lang, type MessageKey } from '../core/i18n';
import { localToday } from '../core/deadline';
import { readOfficeSettings } from '../core/rules/settings';
import { parseDate } from '../core/values';
import { loadCompareChunk, loadReportChunk, loadVerifyChunk } from '../browser/chunks';
import { DOCX_MIME } from '../browser/download';
import { PaneDocuments } from './pane-documents';

export abstract class PaneReports extends PaneDocuments {
  /** Lines under the status that say more than its one sentence (a verify report's signatures). */
  protected details: ((lang: Lang) => string[]) | null = null;

  protected renderDetails(): void {
    const lines = this.details ? this.details(this.lang) : [];
    this.el.details.hidden = lines.length === 0;
    this.el.details.replaceChildren(
      ...lines.map((line) => {
        const li = document.createElement('li');
        li.textContent = line;
        return li;
      }),
    );
  }

  protected showDetails(details: ((lang: Lang) => string[]) | null): void {
    this.details = details;
    this.renderDetails();
  }

  /** Each action starts without the last one's lines. */
  protected override async exclusive(action: MessageKey, fn: () => Promise<void>): Promise<void> {
    if (!this.busy) this.showDetails(null);
    return super.exclusive(action, fn);
  }

  /** A PDF chosen with Ký số, or dropped on the pane. */
  protected async verifyChosen(): Promise<void> {
    const file = this.el.verifyInput.files?.[0];
    this.el.verifyInput.value = '';
    if (file) await this.verify(file);
  }

  /**
   * The signatures of a signed PDF, and with the workbook in hand (open in Excel, or picked) which
   * signing parties signed and whether the PDF says what the workbook says: the summary sentence
   * of `phoihop verify FILE.pdf --workbook`, then its lines.
   */
  protected async verify(file: File): Promise<void> {
    this.showDetails(null);
    if (this.ws.ready() && !this.model) await this.check();
    const workbook = this.ws.ready() ? this.model : null;
    const bytes = new Uint8Array(await file.arrayBuffer());
    this.setStatus('pane.verify.loading', {}, 'info');
    const verifier = await loadVerifyChunk();
    const verified = await verifier.verifySignedPdf(bytes, file.name, workbook);
    this.el.root.dataset.verified = verified.holds ? 'ok' : 'problem';
    this.statusMessage = {
      key: 'pane.verify.done',
      tone: verified.holds ? 'success' : 'error',
      text: (lang) =>
        [verified.summary(lang), workbook ? '' : t(lang, 'pane.verify.noWorkbook')].filter(Boolean).join(' '),
    };
    this.renderStatus();
    this.showDetails((lang) => verified.lines(lang));
  }

  protected toggleReportForm(): void {
    const form = this.el.reportForm;
    form.hidden = !form.hidden;
    if (!form.hidden && !this.el.reportAsOf.value) this.el.reportAsOf.value = localToday();
    if (!form.hidden) this.el.reportPeriod.focus();
  }

  /** The báo cáo of the tracking workbook in hand, for the period and date of the form, downloaded. */
  protected async report(): Promise<void> {
    if (!this.ws.ready()) return this.setStatus('pane.error.noFile', {}, 'error');
    const period = this.el.reportPeriod.value === 'hk1' ? 'hk1' : 'year';
    const typed = this.el.reportAsOf.value.trim();
    const asOf = typed ? parseDate(typed) : localToday();
    if (!asOf) return this.setStatus('pane.report.badDate', { value: typed }, 'error');
    const grids = await this.ws.readGrids();
    this.setStatus('pane.status.loadingWriter', {}, 'info');
    const writer = await loadReportChunk();
    const { disseminationDays } = readOfficeSettings(this.ruleSet.files);
    const made = await writer.reportDocument(
      grids,
      this.ws.source() || 'Excel',
      { period, asOf, disseminationDays },
      `Phối hợp ${PHOIHOP_VERSION} (pane)`,
    );
    await this.ws.download(made.bytes, made.fileName, DOCX_MIME);
    this.el.root.dataset.delivered = `downloaded:${made.fileName}`;
    const total = made.report.total;
    const data = {
      file: made.fileName,
      due: total.due,
      done: total.done,
      missed: total.missed,
      overdue: total.overdue,
      parties: made.report.parties.length,
      blanks: made.blanks,
    };
    this.statusMessage = {
      key: 'pane.report.done',
      tone: 'success',
      text: (lang) =>
        [
          t(lang, 'pane.report.done', data),
          made.yearAssumed ? t(lang, 'pane.report.yearAssumed', { year: made.yearAssumed }) : '',
          t(lang, 'pane.report.noWorkbook'),
        ]
          .filter(Boolean)
          .join(' '),
    };
    this.renderStatus();
  }

  /** The bảng so sánh of the last Năm học mới: last year's regulation against the new one. */
  protected async compare(): Promise<void> {
    const last = this.renewed;
    if (!last) return this.setStatus('pane.compare.none', {}, 'error');
    this.setStatus('pane.status.loadingWriter', {}, 'info');
    const writer = await loadCompareChunk();
    const doc = await writer.comparisonDocument(
      last.cmp,
      last.before,
      last.after,
      `Phối hợp ${PHOIHOP_VERSION} (pane)`,
    );
    await this.ws.download(doc.bytes, doc.fileName, DOCX_MIME);
    this.el.root.dataset.delivered = `downloaded:${doc.fileName}`;
    const data = { file: doc.fileName, count: last.cmp.changes.length };
    this.statusMessage = { key: 'pane.compare.done', tone: 'success', data };
    this.renderStatus();
  }
}
