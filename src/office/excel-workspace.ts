// The Workspace of the pane inside Excel: every call goes through this adapter.
import { downloadBytes } from '../browser/download';
import type { Workspace } from '../core/workspace';
import { deliverWorkbook } from './deliver';
import { watchChanges } from './events';
import type { ExcelHost } from './host';
import { extendTable } from './extend-table';
import { fixCell } from './fix-cell';
import { selectCell } from './navigate';
import { readGridsFromExcel, type ReadGridsResult } from './read-grids';
import { setUpTemplate } from './setup';

export interface ExcelWorkspace extends Workspace {
  /** Figures of the last read (syncs, chunks, cells), for the status line and tests. */
  lastRead: ReadGridsResult['stats'] | null;
}

export function excelWorkspace(host: ExcelHost, timeoutMs = 30_000): ExcelWorkspace {
  const { dropdowns, freeze, notes } = host.capabilities;
  const setUpCaps = { dropdowns, freeze, notes };
  const ws: ExcelWorkspace = {
    kind: 'excel',
    lastRead: null,
    source: () => 'Excel',
    ready: () => true,
    async readGrids() {
      const { grids, stats } = await readGridsFromExcel(host.run, { timeoutMs, notes: host.capabilities.notes });
      ws.lastRead = stats;
      return grids;
    },
    select: (sheet, cell) => selectCell(host.run, sheet, cell, timeoutMs),
    fixCell: (sheet, cell, fix) => fixCell(host.run, sheet, cell, fix, timeoutMs),
    extendTable: host.capabilities.tableResize ? (extension) => extendTable(host.run, extension, timeoutMs) : undefined,
    setUp: () => setUpTemplate(host.run, setUpCaps, timeoutMs),
    importContent: (content) =>
      setUpTemplate(host.run, setUpCaps, timeoutMs, {
        content,
        requireEmpty: true,
      }),
    watch: host.capabilities.events
      ? (onHint) => watchChanges(host.run, onHint, host.capabilities.collectionEvents, timeoutMs)
      : undefined,
    deliver: (bytes, fileName) => deliverWorkbook(bytes, fileName, host.createWorkbook),
    // Office.js opens workbooks only: a Word document goes through the browser's downloads.
    download: async (bytes, fileName, mime) => downloadBytes(bytes, fileName, mime),
  };
  return ws;
}
