// A generated workbook reaches the user as a new Excel workbook where the host can open one
// (Excel.createWorkbook, ExcelApi 1.8), else as a download (works in Excel on the web and on
// Windows; Mac desktop blocks downloads, which is why createWorkbook comes first).

import { downloadBytes } from '../browser/download';

export type CreateWorkbook = (base64: string) => Promise<unknown>;

/** Base64 without building one huge string argument list (btoa needs a binary string). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) binary += String.fromCharCode(...bytes.subarray(i, i + step));
  return btoa(binary);
}

export async function deliverWorkbook(
  bytes: Uint8Array,
  fileName: string,
  createWorkbook: CreateWorkbook | null,
): Promise<'opened' | 'downloaded'> {
  if (createWorkbook) {
    await createWorkbook(toBase64(bytes));
    return 'opened';
  }
  downloadBytes(bytes, fileName);
  return 'downloaded';
}
