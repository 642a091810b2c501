// Entry of the task pane: find the host, build the workspace, start the pane.
import { fileWorkspace } from '../browser/file-workspace';
import { t } from '../core/i18n';
import { detectHost } from '../office/host';
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
  const host = await detectHost(undefined, Number(params.get('officeTimeout')) || 5000);
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
  };
  const elements: PaneElements = {
    root,
    mode: byId('mode'),
    status: byId('status'),
    notes: byId('notes'),
    summary: byId('summary'),
    findings: byId('findings'),
    fileSection: byId('file-section'),
    fileInput: byId<HTMLInputElement>('file-input'),
    fileName: byId('file-name'),
    importInput: byId<HTMLInputElement>('import-input'),
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
  await pane.start(params.get('action'));
}

void main();
