// The Workspace of the pane in a plain browser: a file the user picked, read with exceljs.
import type { SheetGrid } from '../core/grid';
import { UserError } from '../core/i18n';
import type { Workspace } from '../core/workspace';
import { loadXlsxChunk } from './chunks';
import { downloadBytes } from './download';

export interface FileWorkspace extends Workspace {
  /** Take a newly picked file (its bytes are kept; the file on disk is never written). */
  useFile(name: string, bytes: Uint8Array): void;
}

export function fileWorkspace(onLoadingReader?: () => void): FileWorkspace {
  let file: { name: string; bytes: Uint8Array } | null = null;
  return {
    kind: 'browser',
    source: () => file?.name ?? '',
    ready: () => file !== null,
    useFile(name, bytes) {
      file = { name, bytes };
    },
    async readGrids(): Promise<SheetGrid[]> {
      if (!file) throw new UserError('pane.error.noFile');
      onLoadingReader?.();
      const xlsx = await loadXlsxChunk();
      return xlsx.gridsFromUpload(file.bytes, file.name);
    },
    async deliver(bytes, fileName) {
      downloadBytes(bytes, fileName);
      return 'downloaded';
    },
    async download(bytes, fileName, mime) {
      downloadBytes(bytes, fileName, mime);
    },
  };
}
