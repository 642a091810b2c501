// The pane's checks of an uploaded file before exceljs sees it: the CLI's own (src/xlsx/check-bytes.ts)
// plus the file-size limit the CLI applies when it reads from disk.
import { UserError } from '../core/i18n';
import { checkXlsxBytes, megabytes, XLSX_LIMITS } from '../xlsx/check-bytes';

export const BROWSER_LIMITS = XLSX_LIMITS;

export function checkUploadedXlsx(bytes: Uint8Array, file: string): void {
  if (bytes.length > BROWSER_LIMITS.fileBytes)
    throw new UserError('input.tooLarge', {
      file,
      size: megabytes(bytes.length),
      limit: megabytes(BROWSER_LIMITS.fileBytes),
    });
  checkXlsxBytes(bytes, file);
}
