// Every value read through OCR is marked for checking, with the page it came from: the extraction
// says "confidence": "ocr", each workbook note opens with "Kiểm tra lại: đọc bằng OCR, trang N…",
// and `import --format json` gives each value its `source: {page, line}`.
import { t, type Lang } from '../i18n';
import { DOCUMENT_FIELDS } from '../layout';
import type { WorkbookContent } from '../template/content';
import { checkOfNote } from '../unconfirmed';
import { originOf, type OcrText, type PageLine } from './ocr';
import { confidentValues } from './confidence';
import type { Extraction } from './types';

/** Marks every value of the extraction as read by OCR (the reasons it was inferred, if any, stay in `checks`). */
export function markOcr(x: Extraction): Extraction {
  for (const item of confidentValues(x)) item.confidence = 'ocr';
  return x;
}

/** The source line of each row of each block, in the order extractionToContent writes them. */
function rowLines(x: Extraction): Partial<Record<keyof WorkbookContent['blocks'], number[]>> {
  return {
    legalBases: x.legalBases.map((b) => b.line),
    parties: x.parties.map((p) => p.lines[0] ?? 0),
    signatories: x.signatories.filter((s) => !s.alsoSignsRegulation).map((s) => s.line),
    clauses: x.clauses.map((c) => c.line),
    responsibilities: x.responsibilities.map((r) => r.line),
    recipients: x.recipients.map((r) => r.line),
    versions: x.versions.map((v) => v.line),
    disseminations: x.disseminations.map((d) => d.line),
  };
}

/**
 * The workbook's notes, each opening with the OCR check and its page: the same "Kiểm tra lại"
 * line an inferred value gets (a value also inferred keeps what to check after it), so the value
 * counts as unconfirmed until the clerk has compared it with the scan and deleted the line.
 */
export function ocrNotes(content: WorkbookContent, x: Extraction, ocr: Pick<OcrText, 'origins'>, lang: Lang): void {
  const mark = (note: string | undefined, line: number): string => {
    const at = originOf(ocr, line);
    const what = [t(lang, 'import.check.ocr', { page: at.page, line: at.line })];
    let rest = note ?? '';
    const earlier = rest ? checkOfNote(rest) : null;
    if (earlier !== null) {
      what.push(earlier.replace(/[.]$/, ''));
      rest = rest.split('\n').slice(1).join('\n');
    }
    return [t(lang, 'import.note.check', { what: what.join('; ') }), rest].filter(Boolean).join('\n');
  };
  const notes = (content.notes ??= {});
  const document = (notes.document ??= {});
  DOCUMENT_FIELDS.forEach((f, i) => {
    const v = x.fields[f.key];
    if (v && content.document[f.key] !== undefined) document[i] = mark(document[i], v.line);
  });
  const lines = rowLines(x);
  for (const [key, rows] of Object.entries(content.blocks) as Array<[keyof typeof content.blocks, unknown[]]>) {
    const at = lines[key];
    if (!rows || !at) continue;
    const n = (notes[key] ??= {});
    rows.forEach((_, i) => (n[i] = mark(n[i], at[i] ?? 0)));
  }
}

type Sourced<T> = Omit<T, 'source'> & { source: PageLine };

/**
 * The extraction as `import --format json` prints it for a scan: each value with its
 * `source: {page, line}` (a field's line as read moves to `text`).
 */
export function ocrJson(x: Extraction, ocr: Pick<OcrText, 'origins'>) {
  const at = (line: number) => originOf(ocr, line);
  const fields: Record<
    string,
    Sourced<NonNullable<Extraction['fields'][keyof Extraction['fields']]>> & { text: string }
  > = {};
  for (const [key, f] of Object.entries(x.fields)) if (f) fields[key] = { ...f, text: f.source, source: at(f.line) };
  return {
    ...x,
    fields,
    parties: x.parties.map((p) => ({ ...p, source: at(p.lines[0] ?? 0) })),
    signatories: x.signatories.map((s) => ({ ...s, source: at(s.line) })),
    legalBases: x.legalBases.map((b) => ({ ...b, source: at(b.line) })),
    clauses: x.clauses.map((c) => ({ ...c, source: at(c.line) })),
    responsibilities: x.responsibilities.map((r) => ({ ...r, source: at(r.line) })),
    recipients: x.recipients.map((r) => ({ ...r, source: at(r.line) })),
    versions: x.versions.map((v) => ({ ...v, source: at(v.line) })),
    disseminations: x.disseminations.map((d) => ({ ...d, source: at(d.line) })),
    unplaced: x.unplaced.map((u) => ({ ...u, source: at(u.line) })),
  };
}
