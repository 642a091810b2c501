// Extraction → WorkbookContent: the template's blocks filled with what was read, each row with
// a note of the line it came from, and a sheet listing the lines that went into no table.
import { t, type Lang } from '../i18n';
import { DOCUMENT_FIELDS } from '../layout';
import { dateCell, type ContentRow, type ContentValue, type WorkbookContent } from '../template/content';
import type { Extraction } from './types';
import { fold } from './vocab';

const EXCERPT = 200;
const excerpt = (s: string) => (s.length > EXCERPT ? `${s.slice(0, EXCERPT - 1)}…` : s);

export function extractionToContent(x: Extraction, lang: Lang = 'vi'): WorkbookContent {
  const source = (line: number, text: string) => t(lang, 'import.note.source', { line, text: excerpt(text) });

  const document: WorkbookContent['document'] = {};
  const documentNotes: Record<number, string> = {};
  DOCUMENT_FIELDS.forEach((f, i) => {
    const v = x.fields[f.key];
    if (!v) return;
    document[f.key] = v.value;
    let note = source(v.line, v.source);
    if (f.key === 'issueDate' && x.fields.decision && v.line === x.fields.decision.line)
      note = t(lang, 'import.note.decisionDate', { line: v.line, text: excerpt(v.source) });
    if (f.key === 'effectiveFrom' && /tu ngay ky/.test(fold(v.source)))
      note = t(lang, 'import.note.effectiveOnSigning', { line: v.line, text: excerpt(v.source) });
    documentNotes[i] = note;
  });

  const notes: NonNullable<WorkbookContent['notes']> = { document: documentNotes };
  const rows = <T>(
    key: keyof typeof notes,
    items: T[],
    toRow: (item: T, i: number) => ContentRow,
    note: (item: T) => string,
  ): ContentRow[] => {
    const n: Record<number, string> = {};
    const out = items.map((item, i) => {
      n[i] = note(item);
      return toRow(item, i);
    });
    notes[key] = n;
    return out;
  };

  const blocks: WorkbookContent['blocks'] = {
    legalBases: rows(
      'legalBases',
      x.legalBases,
      (b, i) => ({
        no: i + 1,
        type: b.type,
        number: b.number,
        date: dateCell(b.date, b.dateText),
        issuer: b.issuer,
        summary: b.summary,
      }),
      (b) => source(b.line, b.text),
    ),
    parties: rows(
      'parties',
      x.parties,
      (p) => ({
        code: p.code,
        name: p.name,
        kind: p.kind,
        note: t(lang, 'import.note.forms', { forms: p.forms.join('; ') }),
      }),
      (p) =>
        source(
          p.lines[0] ?? 0,
          x.fields.title?.source && p.sources.includes('title') ? x.fields.title.source : p.forms.join('; '),
        ),
    ),
    signatories: rows(
      'signatories',
      x.signatories,
      (s) => ({ partyCode: s.party, name: s.name, title: s.title, capacity: s.capacity, signedOn: null }),
      (s) =>
        [
          source(s.line, [s.capacityText, s.title, s.name].filter(Boolean).join(' / ')),
          s.capacityText && !s.capacity ? t(lang, 'import.note.capacity', { text: s.capacityText }) : '',
        ]
          .filter(Boolean)
          .join('\n'),
    ),
    clauses: rows(
      'clauses',
      x.clauses,
      (c) => ({ id: c.id, chapter: c.chapter, article: c.article, paragraph: c.paragraph, text: c.text }),
      (c) => source(c.line, `${c.label === '-' || !c.label ? '' : c.label + ' '}${c.text}`),
    ),
    responsibilities: rows(
      'responsibilities',
      x.responsibilities,
      (r, i) => ({
        no: i + 1,
        clauseId: r.clauseId,
        task: r.task,
        lead: r.lead,
        support: r.support.join(', '),
        cadence: r.cadence,
        months: r.months,
        evidence: '',
        note: r.otherBodies.length ? t(lang, 'import.note.otherBodies', { bodies: r.otherBodies.join(', ') }) : '',
      }),
      (r) =>
        [
          t(lang, 'import.note.draft', { line: r.line }),
          r.fromHeading ? t(lang, 'import.note.fromHeading') : '',
          r.cadenceText && r.cadenceText !== r.cadence ? t(lang, 'import.note.cadence', { text: r.cadenceText }) : '',
        ]
          .filter(Boolean)
          .join('\n'),
    ),
    recipients: rows(
      'recipients',
      x.recipients,
      (r) => ({ recipient: r.recipient, purpose: r.purpose }),
      (r) => source(r.line, r.text),
    ),
    versions: rows(
      'versions',
      x.versions,
      (v) => ({
        number: v.number,
        schoolYear: v.schoolYear,
        issuedOn: dateCell(v.issuedOn),
        status: v.status,
        supersededBy: v.supersededBy,
      }),
      (v) =>
        source(
          v.line,
          x.fields.supersedes && v.line === x.fields.supersedes.line ? x.fields.supersedes.source : v.number,
        ),
    ),
    disseminations: rows(
      'disseminations',
      x.disseminations,
      (d) => ({ partyCode: d.party, date: dateCell(d.date), method: d.method, audience: d.audience, evidence: '' }),
      (d) => source(d.line, d.text),
    ),
  };

  const extraSheets = [
    {
      name: t(lang, 'import.sheet.unplaced'),
      headers: [t(lang, 'import.sheet.line'), t(lang, 'import.sheet.reason'), t(lang, 'import.sheet.text')],
      rows: x.unplaced.map((u): ContentValue[] => [u.line, t(lang, `import.reason.${u.reason}`), u.text]),
    },
  ];

  const title = x.fields.title?.value || x.fields.kind?.value;
  return { document, blocks, notes, extraSheets, title: title ? excerpt(title) : undefined };
}
