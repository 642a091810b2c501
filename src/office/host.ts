// Where the pane runs. The only module that touches the Office and Excel globals: everything
// else gets them from the Host object, so a test can hand in a fake and a plain browser gets
// `kind: "browser"` as a first-class state rather than an error.
import type { ExcelRun } from './read-grids';
import type { CreateWorkbook } from './deliver';

export interface Capabilities {
  /** Worksheet.onChanged, freezePanes (ExcelApi 1.7). */
  events: boolean;
  freeze: boolean;
  /** Range.dataValidation, Excel.createWorkbook (ExcelApi 1.8). */
  dropdowns: boolean;
  createWorkbook: boolean;
  /** WorksheetCollection.onChanged (ExcelApi 1.9). */
  collectionEvents: boolean;
  /** Worksheet.notes: cell notes, such as an import's "Kiểm tra lại" marks (ExcelApi 1.18). */
  notes: boolean;
  /** Table.resize: extend a Table over rows typed under it (ExcelApi 1.13). */
  tableResize: boolean;
}

export interface ExcelHost {
  kind: 'excel';
  run: ExcelRun;
  createWorkbook: CreateWorkbook | null;
  platform: string | null;
  displayLanguage: string | null;
  capabilities: Capabilities;
}

export interface BrowserHost {
  kind: 'browser';
  /** Why there is no Excel: office.js did not load, loaded outside Office, timed out, or another Office app. */
  reason: 'no-office' | 'no-host' | 'timeout' | 'other-host';
  /** After a timeout: what Office.onReady says if it answers late (it never settles when it never answers). */
  later?: Promise<Host>;
}

export type Host = ExcelHost | BrowserHost;

interface OfficeGlobals {
  Office?: typeof Office;
  Excel?: typeof Excel;
}

/** Minimum requirement set declared in manifest.xml; newer APIs are detected at run time. */
export const MIN_EXCEL_API = '1.4';

export function capabilitiesOf(isSetSupported: (name: string, version: string) => boolean): Capabilities {
  const has = (v: string) => {
    try {
      return isSetSupported('ExcelApi', v);
    } catch {
      return false;
    }
  };
  return {
    events: has('1.7'),
    freeze: has('1.7'),
    dropdowns: has('1.8'),
    createWorkbook: has('1.8'),
    collectionEvents: has('1.9'),
    notes: has('1.18'),
    tableResize: has('1.13'),
  };
}

type ReadyInfo = { host: unknown; platform: unknown };

/**
 * Wait for Office.onReady, but never forever: if office.js cannot load its helper files (offline,
 * blocked CDN) or is slow, onReady resolves late or never, and the pane must still work on an
 * uploaded file. After `timeoutMs` the answer is the browser, with `later`: the host Office.onReady
 * gives if it ever answers (the pane keeps listening and can move to Excel then).
 */
export async function detectHost(
  globals: OfficeGlobals = globalThis as OfficeGlobals,
  timeoutMs = 3000,
): Promise<Host> {
  const office = globals.Office;
  if (!office || typeof office.onReady !== 'function') return { kind: 'browser', reason: 'no-office' };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const ready: Promise<ReadyInfo> = Promise.resolve()
    .then(() => office.onReady())
    .then((i) => (i ?? { host: null, platform: null }) as ReadyInfo)
    .catch(() => ({ host: null, platform: null }));
  const info = await Promise.race([
    ready,
    new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs))),
  ]);
  clearTimeout(timer);
  if (info === 'timeout') return { kind: 'browser', reason: 'timeout', later: ready.then((i) => hostFrom(i, globals)) };
  return hostFrom(info, globals);
}

function hostFrom(info: ReadyInfo, globals: OfficeGlobals): Host {
  const office = globals.Office!;
  if (!info.host) return { kind: 'browser', reason: 'no-host' };
  const excel = globals.Excel;
  if (String(info.host) !== 'Excel' || !excel || typeof excel.run !== 'function')
    return { kind: 'browser', reason: 'other-host' };
  const requirements = office.context?.requirements;
  const capabilities = capabilitiesOf((name, version) => !!requirements?.isSetSupported(name, version));
  // A batch that arrives while the user is typing in a cell waits for the edit to end instead of failing.
  const run: ExcelRun = (batch) => excel.run({ delayForCellEdit: true }, batch);
  return {
    kind: 'excel',
    run,
    createWorkbook:
      capabilities.createWorkbook && typeof excel.createWorkbook === 'function'
        ? (b64) => excel.createWorkbook(b64)
        : null,
    platform: info.platform ? String(info.platform) : null,
    displayLanguage: office.context?.displayLanguage ?? null,
    capabilities,
  };
}

/** Register a ribbon ExecuteFunction handler (the FunctionFile's half of the manifest). */
export function associateCommand(
  name: string,
  handler: (event: Office.AddinCommands.Event) => void,
  globals: OfficeGlobals = globalThis as OfficeGlobals,
): boolean {
  const office = globals.Office;
  if (!office?.actions?.associate) return false;
  office.actions.associate(name, handler);
  return true;
}
