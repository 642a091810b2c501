// Extraction → WorkbookContent: the template's blocks filled with what was read, each row with
// a note of the line it came from, and a sheet listing the lines that went into no table.
import { compileTemplate, t, type Lang, type MessageKey } from '../i18n';
import { DOCUMENT_FIELDS, SIGNING_ROLE, SUPPORTING_ROLE } from '../layout';
import { dateCell, type ContentRow, type ContentValue, type WorkbookContent } from '../template/content';
import type { Confident, Extraction } from './types';
import { fold } from './vocab';

const EXCERPT = 200;
const excerpt = (s: string) => (s.length > EXCERPT ? `${s.slice(0, EXCERPT - 1)}…` : s);

export function extractionToContent(x: Extraction, lang: Lang = 'vi'): WorkbookContent {
  // A note's template compiled once, not on each row as t compiles it; written as t writes it for
  // data of numbers and strings (the only data given here).
  const compiled = new Map<MessageKey, (data: Record<string, unknown>) => string>();
  const say = (key: MessageKey, data: Record<string, unknown>) => {
    let write = compiled.get(key);
    if (!write) compiled.set(key, (write = compileTemplate(t(lang, key), lang)));
    return write(data);
  };
  const source = (line: number, text: string) => say('import.note.source', { line, text: excerpt(text) });
  // An inferred value's note starts with what to check, so it shows first when the clerk hovers.
  // The lines that say something, one a line (no list made and filtered for each row).
  const checked = (item: Confident, ...lines: string[]) => {
    let note =
      item.confidence === 'inferred'
        ? say('import.note.check', {
            what: (item.checks ?? []).map((c) => t(lang, `import.check.${c}`)).join('; '),
          })
        : '';
    for (const line of lines) if (line) note = note ? `${note}\n${line}` : line;
    return note;
  };

  const document: WorkbookContent['document'] = {};
  const documentNotes: Record<number, string> = {};
  DOCUMENT_FIELDS.forEach((f, i) => {
    const v = x.fields[f.key];
    if (!v) return;
    document[f.key] = v.value;
    let note = source(v.line, v.source);
    if (f.key === 'issueDate' && x.fields.decision && v.line === x.fields.decision.line)
      note = say('import.note.decisionDate', { line: v.line, text: excerpt(v.source) });
    if (f.key === 'effectiveFrom' && /tu ngay ky/.test(fold(v.source)))
      note = say('import.note.effectiveOnSigning', { line: v.line, text: excerpt(v.source) });
    documentNotes[i] = checked(v, note);
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
      (b) =>
        checked(
          b,
          source(b.line, b.text),
          b.issuerRead !== undefined ? say('import.note.issuerRead', { text: b.issuerRead }) : '',
        ),
    ),
    parties: rows(
      'parties',
      x.parties,
      (p) => ({
        code: p.code,
        name: p.name,
        kind: p.kind,
        role: p.signs ? SIGNING_ROLE : SUPPORTING_ROLE,
        note: say('import.note.forms', { forms: p.forms.join('; ') }),
      }),
      (p) =>
        checked(
          p,
          source(
            p.lines[0] ?? 0,
            x.fields.title?.source && p.sources.includes('title') ? x.fields.title.source : p.forms.join('; '),
          ),
        ),
    ),
    signatories: rows(
      'signatories',
      x.signatories.filter((s) => !s.alsoSignsRegulation),
      (s) => ({ partyCode: s.party, name: s.name, title: s.title, capacity: s.capacity, signedOn: null }),
      (s) =>
        checked(
          s,
          source(s.line, [s.capacityText, s.blockText, s.title, s.name].filter(Boolean).join(' / ')),
          s.capacityText && !s.capacity ? say('import.note.capacity', { text: s.capacityText }) : '',
        ),
    ),
    clauses: rows(
      'clauses',
      x.clauses,
      (c) => ({ id: c.id, chapter: c.chapter, article: c.article, paragraph: c.paragraph, text: c.text }),
      (c) =>
        [
          // The source numbers two clauses alike: this one's id got a letter, and the clerk checks the number.
          c.repeats
            ? say('import.note.check', {
                what: say('import.check.repeatedNumber', { id: c.id, first: c.repeats }),
              })
            : '',
          source(c.line, `${c.label === '-' || !c.label ? '' : c.label + ' '}${c.text}`),
        ]
          .filter(Boolean)
          .join('\n'),
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
        note: r.otherBodies.length ? say('import.note.otherBodies', { bodies: r.otherBodies.join(', ') }) : '',
      }),
      (r) =>
        checked(
          r,
          r.read ? source(r.line, r.task) : say('import.note.draft', { line: r.line }),
          r.cadence ? say('import.note.cadenceFrom', { line: r.cadenceLine, text: r.cadenceText }) : '',
          r.months ? say('import.note.monthsFrom', { line: r.line, text: r.monthsText }) : '',
        ),
    ),
    recipients: rows(
      'recipients',
      x.recipients,
      (r) => ({ recipient: r.recipient, purpose: r.purpose }),
      (r) => checked(r, source(r.line, r.text)),
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
