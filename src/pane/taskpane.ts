// Entry of the task pane: find the host, build the workspace, start the pane.
import { fileWorkspace } from '../browser/file-workspace';
import { t } from '../core/i18n';
import { detectHost, type Host } from '../office/host';
import { excelWorkspace } from '../office/excel-workspace';
import { Pane, type PaneElements } from './app';
import { initialLang, savedLang } from './lang';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const root = byId<HTMLElement>('app');
  const params = new URLSearchParams(location.search);
  byId('mode').textContent = t(
    initialLang({ query: location.search, saved: savedLang(storage()), displayLanguage: null }),
    'pane.starting',
  );
  // About 3 s: past that a stalled office.js leaves the file picker usable, and Excel is taken when it answers.
  const host = await detectHost(undefined, Number(params.get('officeTimeout')) || 3000);
  const lang = initialLang({
    query: location.search,
    saved: savedLang(storage()),
    displayLanguage: host.kind === 'excel' ? host.displayLanguage : null,
  });
  const buttons = {
    check: byId<HTMLButtonElement>('btn-check'),
    setup: byId<HTMLButtonElement>('btn-setup'),
    track: byId<HTMLButtonElement>('btn-track'),
    import: byId<HTMLButtonElement>('btn-import'),
    renew: byId<HTMLButtonElement>('btn-renew'),
    export: byId<HTMLButtonElement>('btn-export'),
    template: byId<HTMLButtonElement>('btn-template'),
    rules: byId<HTMLButtonElement>('btn-rules'),
    rulesReset: byId<HTMLButtonElement>('btn-rulesReset'),
    verify: byId<HTMLButtonElement>('btn-verify'),
    report: byId<HTMLButtonElement>('btn-report'),
    reportDownload: byId<HTMLButtonElement>('btn-reportDownload'),
    compare: byId<HTMLButtonElement>('btn-compare'),
  };
  const elements: PaneElements = {
    root,
    mode: byId('mode'),
    status: byId('status'),
    notes: byId('notes'),
    summary: byId('summary'),
    findings: byId('findings'),
    findingsSource: byId('findings-source'),
    hostSwitch: byId<HTMLButtonElement>('btn-host-switch'),
    fileSection: byId('file-section'),
    fileInput: byId<HTMLInputElement>('file-input'),
    fileName: byId('file-name'),
    importInput: byId<HTMLInputElement>('import-input'),
    verifyInput: byId<HTMLInputElement>('verify-input'),
    details: byId('details'),
    reportForm: byId('report-form'),
    reportPeriod: byId<HTMLSelectElement>('report-period'),
    reportAsOf: byId<HTMLInputElement>('report-asof'),
    rulesSection: byId('rules-section'),
    rulesHeading: byId('rules-heading'),
    rulesDetail: byId('rules-detail'),
    rulesInput: byId<HTMLInputElement>('rules-input'),
    buttons,
    langButtons: Array.from(document.querySelectorAll<HTMLButtonElement>('[data-lang]')),
  };
  const ws = host.kind === 'excel' ? excelWorkspace(host) : fileWorkspace();
  const pane = new Pane(elements, ws, lang, storage());
  root.dataset.host = host.kind === 'excel' ? `excel:${host.platform ?? ''}` : `browser:${host.reason}`;
  root.removeAttribute('aria-busy');
  root.dataset.ready = 'true';
  // Exposed for the browser tests and for support: the pane's state, read-only.
  (window as unknown as { phoihopPane: Pane }).phoihopPane = pane;
  if (host.kind === 'browser' && host.later) {
    pane.setExcelLate('waiting');
    void host.later.then((late) => excelAnswered(pane, late, elements));
  }
  await pane.start(params.get('action'));
}

/**
 * Office answered after the pane started without it. With nothing of the user's in the pane, the
 * open workbook is taken at once; over a picked file the user chooses when (a button).
 */
async function excelAnswered(pane: Pane, late: Host, elements: PaneElements): Promise<void> {
  if (late.kind !== 'excel') return pane.setExcelLate('no');
  const root = elements.root;
  const take = async () => {
    root.dataset.host = `excel:${late.platform ?? ''}`;
    await pane.switchTo(excelWorkspace(late), 'pane.host.switched');
  };
  if (!pane.hasFile) return take();
  pane.setExcelLate('ready');
  elements.hostSwitch.addEventListener('click', () => void take(), { once: true });
}

void main();
