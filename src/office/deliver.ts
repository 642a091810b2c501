// A generated workbook reaches the user as a new Excel workbook where the host can open one
// (Excel.createWorkbook, ExcelApi 1.8), else as a download (works in Excel on the web and on
// Windows; Mac desktop blocks downloads, which is why createWorkbook comes first).

export type CreateWorkbook = (base64: string) => Promise<unknown>;

/** Base64 without building one huge string argument list (btoa needs a binary string). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) binary += String.fromCharCode(...bytes.subarray(i, i + step));
  return btoa(binary);
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Save bytes through the browser's download machinery. */
export function downloadBytes(bytes: Uint8Array, fileName: string, doc: Document = document): void {
  const blob = new Blob([bytes as BlobPart], { type: XLSX_MIME });
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  doc.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export async function deliverWorkbook(bytes: Uint8Array, fileName: string, createWorkbook: CreateWorkbook | null): Promise<'opened' | 'downloaded'> {
  if (createWorkbook) {
    await createWorkbook(toBase64(bytes));
    return 'opened';
  }
  downloadBytes(bytes, fileName);
  return 'downloaded';
}
