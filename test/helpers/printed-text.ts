// What a printed Word document shows, as mammoth reads it, and the faults a reader sees in it: a
// case change inside a word ("pHỐI HỢP"), the kind printed twice ("QUY CHẾ" over "QUI CHẾ LÀM
// VIỆC …"), an empty component of the Nghị định 30 heading (unit, Số, place and date).
import he from 'he';
import mammoth from 'mammoth';

const bufferOf = (docx: Uint8Array) => ({ buffer: Buffer.from(docx) });

/**
 * The text as Word shows it: mammoth's raw text drops a line break inside a paragraph (the
 * appendix names one party a line), which would glue "Công đoàn cơ sở" to the next name.
 */
export async function shownText(docx: Uint8Array): Promise<string> {
  const { value } = await mammoth.convertToHtml(bufferOf(docx));
  return he.decode(
    value
      .replace(/<br\s*\/?>/g, '\n')
      .replace(/<\/(?:p|td|th|h\d|li)>/g, '\n\n')
      .replace(/<[^>]+>/g, ''),
  );
}

/** A word with a lower-case letter followed by capitals: "pHỐI", "uBND". */
export const midWordCase = (text: string) => text.match(/\p{L}*\p{Ll}\p{Lu}+\p{L}*/gu) ?? [];

/** Tên loại printed twice: "QUY CHẾ" then a line starting with the kind again, in any spelling. */
export function doubleKind(text: string): string[] {
  const lines = text.split('\n').filter((l) => l.trim());
  const kind = (l: string) =>
    /^(QU[YI] CHẾ|KẾ HOẠCH)\b/iu.exec(l.trim())?.[1].toLocaleUpperCase('vi').replace('QUI', 'QUY');
  // The kind line is the kind alone, in capitals; two sentences of the body that start "Kế hoạch …" are not it.
  const kindLine = (l: string) => /^(?:QU[YI] CHẾ|KẾ HOẠCH)(?: PHỐI HỢP| LIÊN TỊCH)?$/u.test(l.trim());
  return lines.flatMap((l, i) =>
    i > 0 && kindLine(lines[i - 1]) && kind(l) && kind(l) === kind(lines[i - 1]) ? [`${lines[i - 1]} / ${l}`] : [],
  );
}

/** The heading tables (the one with the national heading), each cell's text. */
export async function headings(docx: Uint8Array): Promise<string[][]> {
  const { value: html } = await mammoth.convertToHtml(bufferOf(docx));
  const text = (s: string) =>
    s
      .replace(/<\/p>/g, '\n')
      .replace(/<[^>]+>/g, '')
      .replace(/&amp;/g, '&')
      .trim();
  return [...html.matchAll(/<table>(.*?)<\/table>/gs)]
    .filter((m) => m[1].includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))
    .map((m) => [...m[1].matchAll(/<td>(.*?)<\/td>/gs)].map((c) => text(c[1])));
}

/** The heading components left empty, by name (cells: unit, national heading, number, place and date). */
export const emptyHeadingComponents = (tables: string[][]) =>
  tables.flatMap((cells) => [
    ...(cells[0].split('\n').some((l) => l.trim()) ? [] : ['unit']),
    ...(/^Số: \S/.test(cells[2]) ? [] : ['number']),
    ...(/^\S[^,]*, ngày /.test(cells[3]) ? [] : ['place and date']),
  ]);
